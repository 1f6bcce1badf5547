public import Foundation

/// Every lab profile, the shared vocabulary and the XML mappings, loaded from one or more
/// directories. A user adds a lab by dropping a JSON file into a directory and passing it in; no
/// recompiling. Later directories win: a profile with the same `id` replaces the earlier one, and
/// vocabulary entries are added in front.
public struct COAProfileSet: Sendable {
    public private(set) var profiles: [LabProfile] = []
    public private(set) var vocabulary = COAVocabulary()
    public private(set) var xmlMappings: [XMLMapping] = []
    /// The files read, in order.
    public private(set) var files: [String] = []

    public init() {}

    /// The directory of bundled profiles: `$S2SLINT_LAB_PROFILES` when set, else `Rules/lab-profiles`
    /// under the current directory, else under the first ancestor of the running executable that has
    /// one (a `swift build` tree or an installed prefix).
    public static func defaultDirectory(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL? {
        let fm = FileManager.default
        func isDir(_ url: URL) -> Bool {
            var d: ObjCBool = false
            return fm.fileExists(atPath: url.path, isDirectory: &d) && d.boolValue
        }
        if let env = environment["S2SLINT_LAB_PROFILES"], !env.isEmpty { return URL(fileURLWithPath: env) }
        let cwd = URL(fileURLWithPath: fm.currentDirectoryPath).appendingPathComponent("Rules/lab-profiles")
        if isDir(cwd) { return cwd }
        var dir = URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<8 {
            for candidate in ["Rules/lab-profiles", "share/s2slint/lab-profiles"] {
                let u = dir.appendingPathComponent(candidate)
                if isDir(u) { return u }
            }
            let parent = dir.deletingLastPathComponent()
            if parent.path == dir.path { break }
            dir = parent
        }
        return nil
    }

    /// Loads every `*.json` file of each directory (not recursive), in name order. Throws a
    /// `COAProfileError` listing every problem of every file (`file:line:column`), or when a
    /// directory cannot be read.
    public static func load(directories: [URL]) throws(COAProfileError) -> COAProfileSet {
        var set = COAProfileSet()
        var problems: [COAProfileError.Problem] = []
        for dir in directories {
            let names: [String]
            do {
                names = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".json") }.sorted()
            } catch {
                problems.append(.init(file: dir.path, line: 1, column: 1, message: "cannot read the lab-profile directory", hint: "check the path"))
                continue
            }
            var idsHere: [String: String] = [:]
            for name in names {
                let url = dir.appendingPathComponent(name)
                do {
                    try set.loadFile(url, idsHere: &idsHere)
                } catch {
                    problems.append(error)
                }
            }
        }
        guard problems.isEmpty else { throw COAProfileError(problems: problems) }
        if set.vocabulary.tokens.isEmpty, !directories.isEmpty {
            let where_ = directories.map(\.path).joined(separator: ", ")
            throw COAProfileError(problems: [.init(file: where_, line: 1, column: 1,
                                                   message: "no vocabulary (a file with \"schema\": \"s2slint.coa-vocabulary/1\") was found",
                                                   hint: "include the bundled Rules/lab-profiles directory before your own")])
        }
        return set
    }

    /// Loads the bundled directory (see `defaultDirectory`) followed by `extra` directories.
    public static func loadDefault(adding extra: [URL] = []) throws(COAProfileError) -> COAProfileSet {
        guard let dir = defaultDirectory() else {
            throw COAProfileError(problems: [.init(file: "Rules/lab-profiles", line: 1, column: 1,
                                                   message: "the bundled lab-profile directory was not found",
                                                   hint: "run from the repository, or set S2SLINT_LAB_PROFILES")])
        }
        return try load(directories: [dir] + extra)
    }

    private mutating func loadFile(_ url: URL, idsHere: inout [String: String]) throws(COAProfileError.Problem) {
        let path = url.path
        guard let data = FileManager.default.contents(atPath: path) else {
            throw COAProfileError.Problem(file: path, line: 1, column: 1, message: "cannot read the file")
        }
        let root: JSONNode
        do {
            root = try JSONParser.parse([UInt8](data))
        } catch {
            throw COAProfileError.Problem(file: path, line: error.line, column: error.column, message: error.message)
        }
        let d = ProfileDecoding(file: path)
        guard let schemaNode = root["schema"] else {
            throw d.problem(root, "the file needs a \"schema\" key",
                            hint: "one of: s2slint.lab-profile/1, s2slint.coa-vocabulary/1, s2slint.coa-analytes/1, s2slint.coa-xml-mapping/1")
        }
        let schema = try d.string(schemaNode, "'schema'")
        files.append(path)
        switch schema {
        case "s2slint.lab-profile/1":
            var profile = try d.labProfile(root)
            if let other = idsHere[profile.id] {
                throw d.problem(root["id"] ?? root, "profile id '\(profile.id)' is also used by \(other)")
            }
            idsHere[profile.id] = path
            profile.file = path
            profiles.removeAll { $0.id == profile.id }
            profiles.append(profile)
        case "s2slint.coa-vocabulary/1":
            vocabulary.merge(try d.vocabulary(root))
        case "s2slint.coa-analytes/1":
            var v = COAVocabulary()
            for a in try d.analytes(root) { v.add(analyte: a) }
            vocabulary.merge(v)
        case "s2slint.coa-xml-mapping/1":
            let m = try d.xmlMapping(root)
            xmlMappings.removeAll { $0.id == m.id }
            xmlMappings.append(m)
        default:
            throw d.problem(schemaNode, "unknown schema '\(schema)'",
                            hint: "one of: s2slint.lab-profile/1, s2slint.coa-vocabulary/1, s2slint.coa-analytes/1, s2slint.coa-xml-mapping/1")
        }
    }

    /// The profile with `id`.
    public func profile(_ id: String) -> LabProfile? { profiles.first { $0.id == id } }
}
