import Foundation
import Testing
import S2SModel
import RuleEngine
import S2SLintKit
import S2STestSupport

/// Runs a state's example scenario the way its README says (`s2slint check --jurisdiction ID
/// --inputs Examples/ID`, or the explicit flags) and checks that the state's committed handbook is current. Shared by the
/// ExampleRunUS<ID>Tests files of the states written from their native exports.
enum StateExample {
    struct Run {
        var status: Int32
        var stderr: String
        /// "RULE manifest package license" per finding ("-" for a key the finding has not), sorted.
        var findings: [String]
        /// "file:line RULE" per finding, sorted: every finding points into its input file.
        var places: [String]
        var summary: [String: Int]
    }

    static func check(_ jurisdiction: String, inputs: String) throws -> Run {
        try check(jurisdiction, arguments: ["--inputs", inputs])
    }

    /// `s2slint check --jurisdiction ID ARGUMENTS… --format json --fail-on never`.
    static func check(_ jurisdiction: String, arguments: [String]) throws -> Run {
        let r = try CLIRunner.run(["check", "--jurisdiction", jurisdiction] + arguments + ["--format", "json", "--fail-on", "never"])
        let doc = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any], "\(r.stderr)")
        let violations = doc["violations"] as? [[String: Any]] ?? []
        func key(_ v: [String: Any], _ k: String) -> String { v[k] as? String ?? "-" }
        let findings = violations.map { v in
            "\(key(v, "rule")) \(key(v, "manifest")) \(key(v, "package")) \(key(v, "license"))"
        }.sorted()
        let places = violations.map { v -> String in
            let loc = v["location"] as? [String: Any]
            return "\((loc?["file"] as? String).map { ($0 as NSString).lastPathComponent } ?? "?"):\(loc?["line"] as? Int ?? 0) \(key(v, "rule"))"
        }.sorted()
        let summary = (doc["summary"] as? [String: Any])?.compactMapValues { $0 as? Int } ?? [:]
        return Run(status: r.status, stderr: r.stderr, findings: findings, places: places, summary: summary)
    }

    static let locator = DataLocator(rulesDirectory: Paths.repo("Rules"), jurisdictionsDirectory: Paths.repo("Jurisdictions"))

    /// The committed handbook `Docs/handbook/<ID>.md` equals a fresh one.
    static func expectHandbookIsCurrent(_ id: String) throws {
        let loaded = PackSetLoader.load(pack: Paths.repo("Rules/\(id)").path, locator: locator)
        #expect(!loaded.hasErrors, "\(loaded.diagnostics.map(\.description).joined(separator: "\n"))")
        let fresh = try Handbook(loaded: loaded, packLabel: "Rules/\(id)").markdown()
        let path = "Docs/handbook/\(id).md"
        let committed = try String(contentsOf: Paths.repo(path), encoding: .utf8)
        #expect(committed == fresh, """
            \(path) is stale: the pack changed since it was generated. Regenerate it from the repository root:
              swift run s2slint rules doc Rules/\(id) --format markdown --output \(path)
            """)
    }

    /// The pack's test files (`Rules/<ID>/tests/*.yaml`) pass, as `s2slint rules test` runs them
    /// (PackExamplesTests runs every pack's rule examples).
    static func expectTestFilesPass(_ id: String) throws {
        let checked = PackCheck.check(pack: Paths.repo("Rules/\(id)").path, locator: locator, runDate: Day(year: 2026, month: 11, day: 27))
        #expect(checked.diagnostics.isEmpty, "\(checked.diagnostics.map(\.description).joined(separator: "\n"))")
        let set = try #require(checked.loaded.rules)
        let results = PackTestRunner.run(set, tests: checked.tests)
        #expect(!results.isEmpty)
        for r in results where !r.passed {
            Issue.record("\(r.file):\(r.test.location.line) \(r.test.name): \(r.error ?? "") missing \(r.missing.map(\.expected.description)) unexpected \(r.unexpected.map { "\($0.ruleId) \($0.manifest ?? "") \($0.package ?? "")" })")
        }
    }
}
