/// Turns the file paths of a report into what pipelines expect: paths relative to the working
/// directory when the file is inside it (stable across machines and checkouts), otherwise absolute
/// `file://` URIs. Inputs that are not files (`<stdin>`, `<example …>`) have no URI.
public struct ArtifactPath: Sendable {
    /// The SARIF `uriBaseId` for paths relative to the working directory.
    public static let baseId = "%SRCROOT%"

    /// The working directory, absolute, normalised, without a trailing slash.
    public let workingDirectory: String

    public init(workingDirectory: String) {
        let wd = ArtifactPath.normalise(workingDirectory)
        self.workingDirectory = wd.count > 1 && wd.hasSuffix("/") ? String(wd.dropLast()) : wd
    }

    /// True for `<stdin>` and other inputs that were not read from a file.
    public static func isVirtual(_ path: String) -> Bool { path.hasPrefix("<") }

    /// The path relative to the working directory when it lies inside it, else the absolute path;
    /// virtual inputs unchanged.
    public func display(_ path: String) -> String {
        if ArtifactPath.isVirtual(path) { return path }
        let abs = absolute(path)
        let prefix = workingDirectory == "/" ? "/" : workingDirectory + "/"
        if abs.hasPrefix(prefix) { return String(abs.dropFirst(prefix.count)) }
        return abs
    }

    /// SARIF artifact location: a relative URI with `uriBaseId`, an absolute `file://` URI, or nil.
    public func uri(_ path: String) -> (uri: String, baseId: String?)? {
        if ArtifactPath.isVirtual(path) { return nil }
        let shown = display(path)
        if shown.hasPrefix("/") { return ("file://" + ArtifactPath.percentEncode(shown), nil) }
        return (ArtifactPath.percentEncode(shown), ArtifactPath.baseId)
    }

    /// The `file://` URI of the working directory, ending in `/` as SARIF requires for bases.
    public var workingDirectoryURI: String {
        "file://" + ArtifactPath.percentEncode(workingDirectory == "/" ? "/" : workingDirectory + "/")
    }

    func absolute(_ path: String) -> String {
        path.hasPrefix("/") ? ArtifactPath.normalise(path) : ArtifactPath.normalise(workingDirectory + "/" + path)
    }

    /// Removes `.` and empty components and resolves `..` lexically.
    static func normalise(_ path: String) -> String {
        var parts: [Substring] = []
        for c in path.split(separator: "/", omittingEmptySubsequences: true) {
            if c == "." { continue }
            if c == ".." { if !parts.isEmpty { parts.removeLast() }; continue }
            parts.append(c)
        }
        return "/" + parts.joined(separator: "/")
    }

    /// Percent-encodes everything but unreserved characters and `/` (RFC 3986).
    static func percentEncode(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        let hex = Array("0123456789ABCDEF")
        for b in s.utf8 {
            switch b {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "/"):
                out.unicodeScalars.append(Unicode.Scalar(b))
            default:
                out.append("%")
                out.append(hex[Int(b >> 4)])
                out.append(hex[Int(b & 15)])
            }
        }
        return out
    }
}
