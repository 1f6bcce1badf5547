public import Foundation

/// Paths the tests read: the repository's own files (so tests check the work tree as it stands)
/// and the read-only `../shared` folder that CI also provides.
public enum Paths {
    /// The repository root, found from this file's location.
    public static let repositoryRoot: URL = {
        URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent()   // S2STestSupport
            .deletingLastPathComponent()   // Tests
            .deletingLastPathComponent()
    }()

    /// `../shared` next to the repository (Metrc examples, rosters, COA samples, bench, schemas).
    public static let shared: URL = repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared")

    public static func repo(_ relative: String) -> URL { repositoryRoot.appendingPathComponent(relative) }
    public static func sharedFile(_ relative: String) -> URL { shared.appendingPathComponent(relative) }

    /// A fresh temporary directory for one test.
    public static func temporaryDirectory(_ name: String = "s2slint-test") throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("\(name)-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
