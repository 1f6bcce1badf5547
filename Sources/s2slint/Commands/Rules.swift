import ArgumentParser
import Foundation
import RuleEngine
import S2SLintKit
import S2SModel

/// `s2slint rules …`: authoring tools for rule packs.
struct Rules: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List, check and test rule packs.",
        subcommands: [RulesList.self, RulesCheck.self, RulesTest.self])
}

/// Resolves pack arguments: explicit directories, or every pack under the Rules folder.
func packDirectories(_ args: [String], locator: DataLocator) -> [String] {
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
        return hasPack ? dir.path : nil
    }
}

struct RulesList: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List the rules of packs.")

    @Argument(help: "Pack directories or names (default: every pack in the Rules folder).")
    var packs: [String] = []

    @Option(name: .customLong("rules-dir")) var rulesDir: String?
    @Option(name: .customLong("jurisdictions-dir")) var jurisdictionsDir: String?
    @Option(name: .long, help: "text or json") var format: String = "text"

    func run() throws {
        let locator = try DataLocator.locate(rules: rulesDir, jurisdictions: jurisdictionsDir)
        var failed = false
        var json: [String] = []
        for p in packDirectories(packs, locator: locator) {
            let loaded = PackSetLoader.load(pack: p, locator: locator)
            guard let set = loaded.rules else {
                printDiagnostics(loaded.diagnostics)
                failed = true
                continue
            }
            let own = loaded.sources.last?.id
            for r in set.rules where r.info.packId == own {
                let c = r.info.cite.first
                if format == "json" {
                    json.append("{\"pack\": \(q(r.info.packId)), \"id\": \(q(r.info.id)), \"severity\": \"\(r.info.severity.rawValue)\", "
                                + "\"category\": \(q(r.info.category)), \"scope\": \(q(r.info.scope)), \"title\": \(q(r.info.title)), "
                                + "\"cite\": \(q(c?.ref ?? "")), \"status\": \(q(c?.status.rawValue ?? "")), \"effective\": \(q(r.window.description))}")
                } else {
                    let id = r.info.id.padding(toLength: 22, withPad: " ", startingAt: 0)
                    let sev = r.info.severity.rawValue.padding(toLength: 8, withPad: " ", startingAt: 0)
                    let cat = r.info.category.padding(toLength: 18, withPad: " ", startingAt: 0)
                    print("\(r.info.packId)  \(id)\(sev)\(cat)\(r.info.title)  [\(c?.ref ?? "no citation"), \(c?.status.rawValue ?? "-")]"
                          + (r.window == .always ? "" : "  (\(r.window))"))
                }
            }
        }
        if format == "json" { print("[\n" + json.joined(separator: ",\n") + "\n]") }
        if failed { throw Exit.badInput }
    }

    func q(_ s: String) -> String {
        "\"" + s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}

struct RulesCheck: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Load packs and report every problem in them (no data needed).")

    @Argument(help: "Pack directories or names (default: every pack in the Rules folder).")
    var packs: [String] = []

    @Option(name: .customLong("rules-dir")) var rulesDir: String?
    @Option(name: .customLong("jurisdictions-dir")) var jurisdictionsDir: String?

    func run() throws {
        let locator = try DataLocator.locate(rules: rulesDir, jurisdictions: jurisdictionsDir)
        var errors = 0
        var warnings = 0
        let dirs = packDirectories(packs, locator: locator)
        for p in dirs {
            let loaded = PackSetLoader.load(pack: p, locator: locator)
            printDiagnostics(loaded.diagnostics)
            errors += loaded.diagnostics.filter { $0.level == .error }.count
            warnings += loaded.diagnostics.filter { $0.level == .warning }.count
            if let set = loaded.rules, !loaded.hasErrors {
                let own = loaded.sources.last?.id ?? p
                let n = set.rules.filter { $0.info.packId == own }.count
                print("\(own): \(n) rule\(n == 1 ? "" : "s") ok")
            }
        }
        print("\(dirs.count) pack\(dirs.count == 1 ? "" : "s") checked: \(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")")
        if errors > 0 { throw Exit.badInput }
    }
}

struct RulesTest: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "test",
        abstract: "Run every rule's passing and failing examples.")

    @Argument(help: "Pack directories or names (default: every pack in the Rules folder).")
    var packs: [String] = []

    @Option(name: .customLong("rules-dir")) var rulesDir: String?
    @Option(name: .customLong("jurisdictions-dir")) var jurisdictionsDir: String?
    @Flag(name: .long, help: "Print every example, not only failures.") var verbose = false

    func run() throws {
        let locator = try DataLocator.locate(rules: rulesDir, jurisdictions: jurisdictionsDir)
        var failures = 0
        var loadErrors = false
        for p in packDirectories(packs, locator: locator) {
            let loaded = PackSetLoader.load(pack: p, locator: locator)
            guard let set = loaded.rules, !loaded.hasErrors else {
                printDiagnostics(loaded.diagnostics)
                loadErrors = true
                continue
            }
            let own = loaded.sources.last?.id
            let summary = RulesTester.run(set, only: own)
            var byRule: [String: [RulesTester.ExampleOutcome]] = [:]
            var order: [String] = []
            for o in summary.outcomes {
                if byRule[o.ruleId] == nil { order.append(o.ruleId) }
                byRule[o.ruleId, default: []].append(o)
            }
            for id in order {
                let os = byRule[id] ?? []
                let bad = os.filter { !$0.passed }
                if bad.isEmpty {
                    if verbose { print("ok    \(id)  (\(os.count) examples)") }
                } else {
                    print("FAIL  \(id)")
                }
                for o in os where verbose || !o.passed {
                    print("      \(o.location.description): example \(o.index) (expect \(o.expect.rawValue)): \(o.passed ? "ok" : "FAILED") — \(o.detail)")
                }
            }
            failures += summary.failures.count
            let pct = Int((summary.coverage * 100).rounded())
            print("\(own ?? p): \(summary.outcomes.count - summary.failures.count)/\(summary.outcomes.count) examples pass; "
                  + "rule coverage \(summary.rulesWithBoth)/\(summary.rules) (\(pct)%) rules with a passing and a failing example that behave")
        }
        if loadErrors { throw Exit.badInput }
        if failures > 0 { throw Exit.findings }
    }
}
