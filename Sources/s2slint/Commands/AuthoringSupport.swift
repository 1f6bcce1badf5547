import Foundation
import RuleEngine
import S2SLintKit
import S2SModel

/// Helpers the authoring commands share: paths shown relative to the working directory, and
/// every pack found in the Rules folder.
enum AuthoringSupport {
    static var workingDirectory: String { FileManager.default.currentDirectoryPath }

    /// A path as the user would type it: relative to the working directory when inside it.
    static func relative(_ path: String) -> String {
        let cwd = workingDirectory
        return path.hasPrefix(cwd + "/") ? String(path.dropFirst(cwd.count + 1)) : path
    }

    static func relative(_ d: Diagnostic) -> Diagnostic {
        var copy = d
        if let loc = d.location { copy.location?.file = relative(loc.file) }
        return copy
    }

    static func printPackDiagnostics(_ ds: [Diagnostic]) {
        printDiagnostics(ds.map(relative))
    }

    /// Pack arguments: explicit directories or names, else every pack under the Rules folder.
    static func packDirectories(_ args: [String], locator: DataLocator) -> [String] {
        if !args.isEmpty { return args }
        let root = locator.rulesDirectory
        let names = (try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []
        return names.sorted().compactMap { name in
            let dir = root.appendingPathComponent(name)
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: dir.path, isDirectory: &isDir), isDir.boolValue else { return nil }
            let files = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
            let hasPack = files.contains { f in
                (f.hasSuffix(".yaml") || f.hasSuffix(".yml"))
                    && PackLoader.isPackFile((try? String(contentsOf: dir.appendingPathComponent(f), encoding: .utf8)) ?? "")
            }
            return hasPack ? relative(dir.path) : nil
        }
    }
}
