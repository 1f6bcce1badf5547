public import Foundation

/// Finds the `Rules/` and `Jurisdictions/` folders: flags, then `S2SLINT_RULES_DIR` /
/// `S2SLINT_JURISDICTIONS_DIR`, then the current directory and its parents, then next to the
/// executable (an installed `share/s2slint/` or a source checkout holding the binary).
public struct DataLocator: Sendable {
    public var rulesDirectory: URL
    public var jurisdictionsDirectory: URL

    public struct NotFound: Error, CustomStringConvertible {
        public var what: String
        public var searched: [String]
        public var description: String {
            "cannot find the \(what) folder; searched:\n" + searched.map { "  \($0)" }.joined(separator: "\n")
                + "\n  hint: pass --rules-dir / --jurisdictions-dir, or set S2SLINT_RULES_DIR / S2SLINT_JURISDICTIONS_DIR"
        }
    }

    public init(rulesDirectory: URL, jurisdictionsDirectory: URL) {
        self.rulesDirectory = rulesDirectory
        self.jurisdictionsDirectory = jurisdictionsDirectory
    }

    public static func locate(rules: String? = nil, jurisdictions: String? = nil,
                              environment: [String: String] = ProcessInfo.processInfo.environment,
                              currentDirectory: String = FileManager.default.currentDirectoryPath,
                              executable: String = CommandLine.arguments.first ?? "") throws -> DataLocator {
        let r = try find("Rules", flag: rules, env: environment["S2SLINT_RULES_DIR"], cwd: currentDirectory, exe: executable)
        let j = try find("Jurisdictions", flag: jurisdictions, env: environment["S2SLINT_JURISDICTIONS_DIR"],
                         cwd: currentDirectory, exe: executable)
        return DataLocator(rulesDirectory: r, jurisdictionsDirectory: j)
    }

    static func find(_ name: String, flag: String?, env: String?, cwd: String, exe: String) throws -> URL {
        var searched: [String] = []
        func isDir(_ p: String) -> Bool {
            var d: ObjCBool = false
            return FileManager.default.fileExists(atPath: p, isDirectory: &d) && d.boolValue
        }
        for explicit in [flag, env].compactMap({ $0 }) {
            searched.append(explicit)
            if isDir(explicit) { return URL(fileURLWithPath: explicit) }
            throw NotFound(what: name, searched: searched)
        }
        var dir = URL(fileURLWithPath: cwd)
        for _ in 0..<8 {
            let c = dir.appendingPathComponent(name).path
            searched.append(c)
            if isDir(c) { return URL(fileURLWithPath: c) }
            let parent = dir.deletingLastPathComponent()
            if parent.path == dir.path { break }
            dir = parent
        }
        let exeURL = URL(fileURLWithPath: exe).resolvingSymlinksInPath().deletingLastPathComponent()
        var candidates = [exeURL.appendingPathComponent("../share/s2slint/\(name)").standardized.path]
        var up = exeURL
        for _ in 0..<5 {
            candidates.append(up.appendingPathComponent(name).path)
            up = up.deletingLastPathComponent()
        }
        for c in candidates {
            searched.append(c)
            if isDir(c) { return URL(fileURLWithPath: c) }
        }
        throw NotFound(what: name, searched: searched)
    }
}
