import Foundation
import RuleEngine
import S2SLintKit
import S2SModel
import S2STestSupport

/// The seeded day of Examples/ops (a California distributor on 2026-11-30) run through an
/// operations pack, as the commands run it.
enum OperationsScenario {
    static let ops = Paths.repo("Examples/ops")
    static let inputs = InputSpec(inputs: ["s2s", "erp", "scans"].map { ops.appendingPathComponent($0).path },
                                  coas: [ops.appendingPathComponent("coas").path])

    static func rules(_ pack: String) throws -> CompiledRuleSet {
        let locator = DataLocator(rulesDirectory: Paths.repo("Rules"), jurisdictionsDirectory: Paths.repo("Jurisdictions"))
        let loaded = PackSetLoader.load(pack: pack, locator: locator)
        guard let rules = loaded.rules else { throw ScenarioError(loaded.diagnostics.map(\.description).joined(separator: "\n")) }
        return rules
    }

    static func run(_ request: OperationsRequest, pack: String = "ops") throws -> OperationsRunner.Result {
        OperationsRunner(rules: try rules(pack), request: request).run(inputs)
    }

    static func day(_ s: String) -> Day {
        guard case .day(let d)? = ParsedTimestamp.parse(s.utf8) else { fatalError("bad test date \(s)") }
        return d
    }

    /// `RULE tag-or-manifest` for every finding, sorted: the full list a scenario must produce.
    static func keys(_ r: OperationsRunner.Result) -> [String] {
        r.report.findings.map { "\($0.ruleId) \($0.package ?? "manifest " + ($0.manifest ?? "-"))" }.sorted()
    }

    static func tag(_ n: Int) -> String { "1A40603000021990000" + String(format: "%05d", n) }

    struct ScenarioError: Error, CustomStringConvertible {
        var description: String
        init(_ d: String) { description = d }
    }
}
