public import Foundation
public import S2SModel
import RuleEngine
import S2SReports

/// One requested report: a format and the file it goes to (nil: standard output).
public struct OutputRequest: Sendable, Hashable {
    public var format: String
    public var path: String?

    public init(format: String, path: String? = nil) {
        self.format = format
        self.path = path
    }
}

/// What a `.s2slint.yml` file says. Every path in it is relative to the file's own folder and is
/// stored resolved; a key that is absent stays nil so that flags and environment can fill it.
///
///     jurisdiction: US-CA              # or  pack: Rules/US-CA
///     inputs:
///       manifests: outbound/*.json
///       inventory: exports/packages
///       licenses: exports/licenses.csv
///       lab-results: exports/lab_results.json
///       exports: erp/              # any export, recognised by its shape (--inputs)
///       mappings: erp/orders.mapping.yml
///       coa: coas/                 # lab certificates (--coa)
///     outputs:
///       - { format: text }
///       - { format: sarif, output: reports/s2slint.sarif }
///     fail-on: warning
///     waivers: compliance/waivers.yml
///     baseline: compliance/s2slint-baseline.txt
public struct ConfigFile: Sendable {
    public static let names = [".s2slint.yml", ".s2slint.yaml"]
    static let topKeys = ["jurisdiction", "pack", "rules-dir", "jurisdictions-dir", "inputs", "outputs", "fail-on", "keep-going",
                          "waivers", "baseline"]
    static let inputKeys = ["manifests", "inventory", "licenses", "lab-results", "exports", "mappings", "coa", "lab-profiles"]
    static let outputKeys = ["format", "output"]
    public static let failOnValues = ["error", "warning", "info", "never"]

    public var path: String
    public var jurisdiction: String?
    public var pack: String?
    public var rulesDir: String?
    public var jurisdictionsDir: String?
    public var manifests: [String]?
    public var inventory: [String]?
    public var licenses: [String]?
    public var labResults: [String]?
    /// Exports of any kind, recognised by their shape (`--inputs`).
    public var exports: [String]?
    /// Mapping files for ERP/WMS exports (`--mapping`).
    public var mappings: [String]?
    /// Lab certificates: files or folders (`--coa`).
    public var coas: [String]?
    /// Folders of extra lab profiles (`--lab-profiles`).
    public var labProfiles: [String]?
    public var outputs: [OutputRequest]?
    public var failOn: String?
    public var keepGoing: Bool?
    public var waivers: String?
    public var baseline: String?

    public init(path: String) { self.path = path }

    /// The first `.s2slint.yml` (or `.yaml`) in `directory` or one of its parents.
    public static func discover(from directory: String) -> String? {
        var dir = URL(fileURLWithPath: directory).standardized
        while true {
            for n in names {
                let candidate = dir.appendingPathComponent(n).path
                var isDir: ObjCBool = false
                if FileManager.default.fileExists(atPath: candidate, isDirectory: &isDir), !isDir.boolValue { return candidate }
            }
            let parent = dir.deletingLastPathComponent()
            if parent.path == dir.path || dir.path == "/" { return nil }
            dir = parent
        }
    }

    /// Reads and validates a configuration file; throws every problem at once.
    public static func load(path: String) throws(ConfigProblems) -> ConfigFile {
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw ConfigProblems([Diagnostic(.error, "cannot read the configuration file: \(error.localizedDescription)",
                                             code: "config.io", location: SourceLocation(file: path, line: 1, column: 1))])
        }
        return try parse(path: path, text: text)
    }

    public static func parse(path: String, text: String) throws(ConfigProblems) -> ConfigFile {
        let doc: PositionedYAML
        do { doc = try PositionedYAML.parse(path: path, text: text) } catch { throw ConfigProblems([error]) }
        var config = ConfigFile(path: path)
        var problems: [Diagnostic] = []
        let base = URL(fileURLWithPath: path).deletingLastPathComponent()
        func resolved(_ p: String) -> String {
            p.hasPrefix("/") || p == "-" ? p : base.appendingPathComponent(p).standardized.path
        }
        if case .null = doc.root { return config }   // an empty file
        guard case .map(let entries, _) = doc.root else {
            throw ConfigProblems([doc.diagnostic("the configuration must be a mapping of settings (jurisdiction:, inputs:, …), not \(doc.root.kindName)",
                                                 at: doc.root.position, code: "config.shape")])
        }
        ConfigReading.checkKeys(entries, allowed: topKeys, what: "configuration", doc: doc, code: "config.unknown-key", into: &problems)

        func scalar(_ key: String, in node: YAMLValue) -> String? {
            guard let v = node[key] else { return nil }
            guard let s = v.scalar, !s.isEmpty else {
                problems.append(doc.diagnostic("'\(key)' must be a single value, not \(v.kindName)", at: v.position, code: "config.value"))
                return nil
            }
            return s
        }
        func list(_ key: String, in node: YAMLValue) -> [String]? {
            guard let v = node[key] else { return nil }
            switch v {
            case .scalar(let s, _, _): return [s]
            case .list(let items, _):
                var out: [String] = []
                for item in items {
                    if let s = item.scalar { out.append(s) } else {
                        problems.append(doc.diagnostic("the entries of '\(key)' must be paths, not \(item.kindName)", at: item.position,
                                                       code: "config.value"))
                    }
                }
                return out
            default:
                problems.append(doc.diagnostic("'\(key)' must be a path or a list of paths, not \(v.kindName)", at: v.position,
                                               code: "config.value"))
                return nil
            }
        }
        func expanded(_ key: String, in node: YAMLValue) -> [String]? {
            guard let items = list(key, in: node) else { return nil }
            var out: [String] = []
            for item in items {
                if PathPattern.isPattern(item) {
                    let matches = PathPattern.expand(resolved(item))
                    if matches.isEmpty, let v = node[key] {
                        problems.append(doc.diagnostic("'\(item)' matches no file", at: v.position, code: "config.no-match",
                                                       hint: "patterns are relative to the folder of \(path)"))
                    }
                    out += matches
                } else if key == "inventory" || key == "exports", let eq = item.firstIndex(of: "="), !item[..<eq].contains("/") {
                    out.append(String(item[...eq]) + resolved(String(item[item.index(after: eq)...])))   // LICENSE=path
                } else {
                    out.append(resolved(item))
                }
            }
            return out
        }

        config.jurisdiction = scalar("jurisdiction", in: doc.root)
        if let p = scalar("pack", in: doc.root) {
            // a folder next to the configuration, else a pack name looked up in the rules folder
            var isDir: ObjCBool = false
            let candidate = resolved(p)
            config.pack = FileManager.default.fileExists(atPath: candidate, isDirectory: &isDir) && isDir.boolValue ? candidate : p
        }
        if config.jurisdiction != nil, config.pack != nil, let v = doc.root["pack"] {
            problems.append(doc.diagnostic("give either 'jurisdiction' or 'pack', not both", at: v.position, code: "config.value"))
        }
        config.rulesDir = scalar("rules-dir", in: doc.root).map(resolved)
        config.jurisdictionsDir = scalar("jurisdictions-dir", in: doc.root).map(resolved)
        config.waivers = scalar("waivers", in: doc.root).map(resolved)
        config.baseline = scalar("baseline", in: doc.root).map(resolved)
        if let f = scalar("fail-on", in: doc.root), let v = doc.root["fail-on"] {
            if failOnValues.contains(f) { config.failOn = f } else {
                problems.append(doc.diagnostic("'fail-on' must be error, warning, info or never, not '\(f)'", at: v.position,
                                               code: "config.value", hint: PositionedYAML.didYouMean(f, in: failOnValues)))
            }
        }
        if let k = scalar("keep-going", in: doc.root), let v = doc.root["keep-going"] {
            switch k {
            case "true", "yes": config.keepGoing = true
            case "false", "no": config.keepGoing = false
            default:
                problems.append(doc.diagnostic("'keep-going' must be true or false, not '\(k)'", at: v.position, code: "config.value"))
            }
        }
        if let inputs = doc.root["inputs"] {
            if case .map(let e, _) = inputs {
                ConfigReading.checkKeys(e, allowed: inputKeys, what: "inputs", doc: doc, code: "config.unknown-key", into: &problems)
                config.manifests = expanded("manifests", in: inputs)
                config.inventory = expanded("inventory", in: inputs)
                config.licenses = expanded("licenses", in: inputs)
                config.labResults = expanded("lab-results", in: inputs)
                config.exports = expanded("exports", in: inputs)
                config.mappings = expanded("mappings", in: inputs)
                config.coas = expanded("coa", in: inputs)
                config.labProfiles = expanded("lab-profiles", in: inputs)
            } else if case .null = inputs {
            } else {
                problems.append(doc.diagnostic("'inputs' must be a mapping (manifests:, inventory:, licenses:, lab-results:, exports:, mappings:, coa:, lab-profiles:), not \(inputs.kindName)",
                                               at: inputs.position, code: "config.shape"))
            }
        }
        if let outputs = doc.root["outputs"] {
            config.outputs = readOutputs(outputs, doc: doc, resolve: resolved, into: &problems)
        }
        if !problems.isEmpty { throw ConfigProblems(problems) }
        return config
    }

    static func readOutputs(_ node: YAMLValue, doc: PositionedYAML, resolve: (String) -> String,
                            into problems: inout [Diagnostic]) -> [OutputRequest] {
        guard case .list(let items, _) = node else {
            problems.append(doc.diagnostic("'outputs' must be a list of '- { format: sarif, output: FILE }' entries, not \(node.kindName)",
                                           at: node.position, code: "config.shape"))
            return []
        }
        var out: [OutputRequest] = []
        let known = Reporters.all.map { $0.identifier }
        for item in items {
            guard case .map(let e, let pos) = item else {
                problems.append(doc.diagnostic("an output is a mapping with 'format' and optionally 'output', not \(item.kindName)",
                                               at: item.position, code: "config.shape"))
                continue
            }
            ConfigReading.checkKeys(e, allowed: outputKeys, what: "output", doc: doc, code: "config.unknown-key", into: &problems)
            guard let fv = item["format"], let format = fv.scalar else {
                problems.append(doc.diagnostic("this output has no 'format'", at: pos, code: "config.missing-key",
                                               hint: "formats: " + known.joined(separator: ", ")))
                continue
            }
            guard known.contains(format) else {
                problems.append(doc.diagnostic("unknown format '\(format)'", at: fv.position, code: "config.value",
                                               hint: PositionedYAML.didYouMean(format, in: known) ?? "formats: " + known.joined(separator: ", ")))
                continue
            }
            var path: String?
            if let ov = item["output"] {
                guard let p = ov.scalar, !p.isEmpty else {
                    problems.append(doc.diagnostic("'output' must be a file path, not \(ov.kindName)", at: ov.position, code: "config.value"))
                    continue
                }
                path = p == "-" ? nil : resolve(p)
            }
            out.append(OutputRequest(format: format, path: path))
        }
        if out.filter({ $0.path == nil }).count > 1 {
            problems.append(doc.diagnostic("only one output can go to standard output; give the others an 'output' file",
                                           at: node.position, code: "config.value"))
        }
        return out
    }
}
