/// `ArtifactPath` with its answers remembered per file: a report names few files many times, so
/// each path is normalised once per report instead of once per finding.
final class PathCache {
    let base: ArtifactPath
    private var shown: [String: String] = [:]
    private var uris: [String: (uri: String, baseId: String?)?] = [:]

    init(workingDirectory: String) { base = ArtifactPath(workingDirectory: workingDirectory) }

    func display(_ path: String) -> String {
        if let s = shown[path] { return s }
        let s = base.display(path)
        shown[path] = s
        return s
    }

    func uri(_ path: String) -> (uri: String, baseId: String?)? {
        if let u = uris[path] { return u }
        let u = base.uri(path)
        uris[path] = u
        return u
    }

    var workingDirectoryURI: String { base.workingDirectoryURI }
}
