public import Foundation
public import S2SModel

/// A test case of a pack (`tests/*.yaml` in the pack's folder): a body of data, and every finding
/// the pack must produce on it, by rule and business key.
///
///     tests:
///       - name: a retailer picks the goods up itself
///         data: ../examples/base.yaml          # or an inline mapping, or `inputs:` (real export files)
///         patch: [{ op: replace, path: /manifests/0/Destinations/0/Transporters/0/TransporterFacilityLicenseNumber, value: C10-0000423-LIC }]
///         expect:
///           - { rule: CA-XFER-001, manifest: "0001977406" }
public struct PackTestCase: Sendable {
    public var name: String
    public var description: String?
    /// Inline data in the form of rule examples (licenses, packages, lab_results, manifests).
    public var data: PlainValue?
    /// A data file in that form (absolute path).
    public var dataFile: String?
    public var patch: [PlainValue]
    /// Real export files, read as `s2slint check` reads them (absolute paths).
    public var inputs: TestInputs?
    /// Judge everything on this day (as `--as-of` does).
    public var asOf: Day?
    /// The day subjects without a date of their own are judged on (default: `as_of`, else the
    /// earliest departure in the data).
    public var today: Day?
    /// Compare only the findings of these rules (default: every rule of the pack set).
    public var only: [String]
    public var expect: [ExpectedFinding]
    public var location: SourceLocation
    /// The cross-state situation the test runs (`situation: failed-lab-test`): the neutral data in
    /// `situations/<name>.yaml` next to the pack folders (`Rules/situations`), which `dataFile` names.
    public var situation: String? = nil
}

/// Export files a test reads, by role.
public struct TestInputs: Sendable {
    public var manifests: [String] = []
    public var inventory: [String] = []
    public var licenses: [String] = []
    public var labResults: [String] = []
}

/// A finding a test expects. Keys left out match any value; `count` asks for exactly that many.
public struct ExpectedFinding: Sendable, Hashable, CustomStringConvertible {
    public var rule: String
    public var manifest: String?
    public var package: String?
    public var license: String?
    /// `violated` or `unevaluated` (not evaluated); nil matches both.
    public var outcome: Outcome?
    public var count: Int?
    public var location: SourceLocation

    public func matches(_ f: Finding) -> Bool {
        f.ruleId == rule && (manifest == nil || f.manifest == manifest) && (package == nil || f.package == package)
            && (license == nil || f.license == license) && (outcome == nil || f.outcome == outcome)
    }

    /// `CA-XFER-001 manifest 0001977406 package 1A40…`
    public var description: String {
        var s = rule
        if let manifest { s += " manifest \(manifest)" }
        if let package { s += " package \(package)" }
        if let license { s += " license \(license)" }
        if let outcome { s += outcome == .unevaluated ? " (not evaluated)" : " (violated)" }
        return s
    }
}

public enum PackTestFile {
    static let fileKeys = ["tests"]
    static let testKeys = ["name", "description", "data", "situation", "patch", "inputs", "as_of", "today", "only", "expect"]
    static let inputKeys = ["manifests", "inventory", "licenses", "lab_results"]
    static let expectKeys = ["rule", "manifest", "package", "license", "outcome", "count"]

    /// Every key a test file accepts, by where it is written (for the JSON Schema and its test).
    public static let acceptedKeys: [String: [String]] = [
        "file": fileKeys, "test": testKeys, "inputs": inputKeys, "expect": expectKeys,
    ]

    /// The test files of a pack: `tests/*.yaml` (and `.yml`) in its folder, in name order.
    public static func files(inPack directory: String) -> [String] {
        let dir = (directory as NSString).appendingPathComponent("tests")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []
        return names.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted()
            .map { (dir as NSString).appendingPathComponent($0) }
    }

    /// Reads a test file, reporting every problem at its position. `rules` are the rule ids the
    /// pack set defines (an expectation naming another rule is an error, with a suggestion).
    public static func load(path: String, rules: [String]) -> ([PackTestCase], [Diagnostic]) {
        guard let bytes = FileManager.default.contents(atPath: path) else {
            return ([], [Diagnostic(.error, "cannot read the test file \(path)", code: "test.io",
                                    location: SourceLocation(file: path, line: 1, column: 1))])
        }
        let doc: YAMLDocument
        do {
            doc = try YAMLDocument.load(path: path, text: String(decoding: bytes, as: UTF8.self))
        } catch let d as Diagnostic {
            return ([], [d])
        } catch {
            return ([], [Diagnostic(.error, "\(error)", code: "test.io", location: SourceLocation(file: path, line: 1, column: 1))])
        }
        var problems = PackProblems()
        var reader = Reader(doc: doc, rules: rules)
        let cases = reader.read(&problems)
        return (cases, problems.diagnostics)
    }

    struct Reader {
        let doc: YAMLDocument
        let rules: [String]
        var directory: String { (doc.path as NSString).deletingLastPathComponent }

        func resolve(_ p: String) -> String {
            p.hasPrefix("/") ? p : ((directory as NSString).appendingPathComponent(p) as NSString).standardizingPath
        }

        mutating func read(_ problems: inout PackProblems) -> [PackTestCase] {
            guard case .map(let entries, _) = doc.root, let tests = doc.root["tests"] else {
                problems.error(doc, doc.root.pos, "a test file is a mapping with 'tests:', a list of test cases", code: "test.shape",
                               hint: "tests: [{ name: …, data: …, expect: [{ rule: …, manifest: … }] }]")
                return []
            }
            PackLoader.checkKeys(entries, allowed: PackTestFile.fileKeys, what: "a test file", doc, &problems)
            return PackLoader.listItems(tests, doc, &problems, what: "tests").compactMap { testCase($0, &problems) }
        }

        func testCase(_ node: YNode, _ problems: inout PackProblems) -> PackTestCase? {
            guard case .map(let entries, let pos) = node else {
                problems.error(doc, node.pos, "each test is a mapping starting with 'name:'", code: "test.shape")
                return nil
            }
            PackLoader.checkKeys(entries, allowed: PackTestFile.testKeys, what: "a test", doc, &problems)
            let name = PackLoader.requiredString(node, "name", doc, &problems, what: "a test") ?? "?"
            var t = PackTestCase(name: name, description: PackLoader.optionalString(node, "description", doc, &problems),
                                 data: nil, dataFile: nil, patch: [], inputs: nil, asOf: nil, today: nil, only: [], expect: [],
                                 location: SourceLocation(file: doc.path, line: pos.line, column: pos.column))
            if let d = node["data"] {
                if let s = d.scalar {
                    PackLoader.checkDataFile(s, at: d.pos, doc, &problems)
                    t.dataFile = resolve(s)
                } else {
                    t.data = PackLoader.plain(d)
                }
            }
            if let p = node["patch"] {
                if case .list(let ops, _) = p { t.patch = ops.map(PackLoader.plain) } else {
                    problems.error(doc, p.pos, "'patch' is a list of JSON Patch operations ({op, path, value})", code: "test.shape")
                }
            }
            if let i = node["inputs"] { t.inputs = inputs(i, &problems) }
            if let s = node["situation"] { situation(s, into: &t, &problems) }
            if ["data", "inputs", "situation"].filter({ node[$0] != nil }).count != 1 {
                problems.error(doc, pos, "test '\(name)' needs one of 'data' (example data), 'situation' (a cross-state situation) or 'inputs' (export files)",
                               code: "test.shape")
            }
            t.asOf = PackLoader.date(node["as_of"], doc, &problems)
            t.today = PackLoader.date(node["today"], doc, &problems)
            t.only = PackLoader.stringList(node["only"], doc, &problems, what: "only")
            if let only = node["only"], case .list(let items, _) = only {
                for item in items { if let id = item.scalar { checkRule(id, item.pos, &problems) } }
            }
            if let e = node["expect"] {
                t.expect = PackLoader.listItems(e, doc, &problems, what: "expect").compactMap { expectation($0, &problems) }
            } else {
                problems.error(doc, pos, "test '\(name)' has no 'expect' (the findings it must produce; [] for none)",
                               code: "test.shape")
            }
            return t
        }

        /// `situation: NAME`: the neutral data `situations/NAME.yaml` beside the pack folders.
        func situation(_ node: YNode, into t: inout PackTestCase, _ problems: inout PackProblems) {
            guard let name = node.scalar else {
                problems.error(doc, node.pos, "'situation' names one situation, e.g. failed-lab-test", code: "test.shape")
                return
            }
            // tests/x.yaml → the pack folder → the folder of packs → situations/
            let folder = (((directory as NSString).deletingLastPathComponent as NSString).deletingLastPathComponent as NSString)
                .appendingPathComponent("situations")
            let path = (folder as NSString).appendingPathComponent(name + ".yaml")
            guard FileManager.default.fileExists(atPath: path) else {
                let known = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
                    .filter { $0.hasSuffix(".yaml") }.map { String($0.dropLast(5)) }.sorted()
                problems.error(doc, node.pos, "no situation '\(name)' (looked for \(path))", code: "test.situation",
                               hint: Suggest.hint(name, in: known) ?? (known.isEmpty ? "situations live in a 'situations' folder beside the pack folders (Rules/situations)"
                                                                        : "situations: \(known.joined(separator: ", "))"))
                return
            }
            t.situation = name
            t.dataFile = path
        }

        func inputs(_ node: YNode, _ problems: inout PackProblems) -> TestInputs? {
            guard case .map(let entries, _) = node else {
                problems.error(doc, node.pos, "'inputs' is a mapping of manifests, inventory, licenses and lab_results to files",
                               code: "test.shape")
                return nil
            }
            PackLoader.checkKeys(entries, allowed: PackTestFile.inputKeys, what: "inputs", doc, &problems)
            func files(_ key: String) -> [String] {
                guard let n = node[key] else { return [] }
                let names = PackLoader.stringList(n, doc, &problems, what: key)
                for (k, name) in names.enumerated() {
                    let item: YNode
                    if case .list(let items, _) = n, k < items.count { item = items[k] } else { item = n }
                    if !FileManager.default.fileExists(atPath: resolve(name)) {
                        problems.error(doc, item.pos, "\(name) does not exist (looked for \(resolve(name)))", code: "test.file",
                                       hint: "input files are named relative to the test file")
                    }
                }
                return names.map(resolve)
            }
            return TestInputs(manifests: files("manifests"), inventory: files("inventory"), licenses: files("licenses"),
                              labResults: files("lab_results"))
        }

        func expectation(_ node: YNode, _ problems: inout PackProblems) -> ExpectedFinding? {
            guard case .map(let entries, let pos) = node else {
                problems.error(doc, node.pos, "an expected finding is a mapping such as { rule: CA-XFER-001, manifest: \"0001977406\" }",
                               code: "test.shape")
                return nil
            }
            PackLoader.checkKeys(entries, allowed: PackTestFile.expectKeys, what: "an expected finding", doc, &problems)
            guard let rule = PackLoader.requiredString(node, "rule", doc, &problems, what: "an expected finding") else { return nil }
            checkRule(rule, node["rule"]?.pos ?? pos, &problems)
            var outcome: Outcome?
            if let o = PackLoader.optionalString(node, "outcome", doc, &problems) {
                switch o {
                case "violated": outcome = .violated
                case "unevaluated", "not evaluated": outcome = .unevaluated
                default:
                    problems.error(doc, node["outcome"]?.pos ?? pos, "outcome must be violated or unevaluated, not '\(o)'",
                                   code: "test.shape", hint: Suggest.hint(o, in: ["violated", "unevaluated"]))
                }
            }
            var count: Int?
            if let c = node["count"] {
                if let s = c.scalar, let n = Int(s), n >= 1 { count = n } else {
                    problems.error(doc, c.pos, "count must be a whole number of at least 1", code: "test.shape")
                }
            }
            return ExpectedFinding(rule: rule, manifest: PackLoader.optionalString(node, "manifest", doc, &problems),
                                   package: PackLoader.optionalString(node, "package", doc, &problems),
                                   license: PackLoader.optionalString(node, "license", doc, &problems),
                                   outcome: outcome, count: count,
                                   location: SourceLocation(file: doc.path, line: pos.line, column: pos.column))
        }

        func checkRule(_ id: String, _ pos: YPos, _ problems: inout PackProblems) {
            guard !rules.contains(id) else { return }
            problems.error(doc, pos, "no rule \(id) in this pack or the packs it extends", code: "test.rule",
                           hint: Suggest.hint(id, in: rules))
        }
    }
}
