public import Foundation
public import S2SModel
public import RuleEngine
import S2SImport

/// Runs every rule's examples (`s2slint rules test`): a `pass` example must give the rule no finding,
/// a `fail` example at least one violation (or exactly `count`).
public enum RulesTester {
    public struct ExampleOutcome: Sendable {
        public var ruleId: String
        public var packId: String
        public var index: Int
        public var expect: RuleExample.Expectation
        public var passed: Bool
        /// What went wrong, or a one-line account of what happened.
        public var detail: String
        public var location: SourceLocation
    }

    public struct Summary: Sendable {
        public var outcomes: [ExampleOutcome]
        public var rulesWithBoth: Int
        public var rules: Int
        public var failures: [ExampleOutcome] { outcomes.filter { !$0.passed } }
        public var coverage: Double { rules == 0 ? 1 : Double(rulesWithBoth) / Double(rules) }
    }

    public static func run(_ set: CompiledRuleSet, only packId: String? = nil) -> Summary {
        let zone = Linter.zone(of: set)
        var outcomes: [ExampleOutcome] = []
        var covered = 0
        var total = 0
        for rule in set.rules where packId == nil || rule.info.packId == packId {
            total += 1
            var passKinds = Set<RuleExample.Expectation>()
            for (i, ex) in rule.source.examples.enumerated() {
                let o = runExample(rule, i, ex, set: set, zone: zone)
                if o.passed { passKinds.insert(ex.expect) }
                outcomes.append(o)
            }
            if passKinds.count == 2 { covered += 1 }
        }
        return Summary(outcomes: outcomes, rulesWithBoth: covered, rules: total)
    }

    static func runExample(_ rule: CompiledRule, _ i: Int, _ ex: RuleExample, set: CompiledRuleSet,
                           zone: ZoneResolver) -> ExampleOutcome {
        func outcome(_ ok: Bool, _ detail: String) -> ExampleOutcome {
            ExampleOutcome(ruleId: rule.info.id, packId: rule.info.packId, index: i + 1, expect: ex.expect, passed: ok,
                           detail: detail, location: ex.location)
        }
        let data: PlainValue
        do {
            data = try ExampleData.of(ex, holder: rule.source.file)
        } catch {
            return outcome(false, "cannot load the example data: \(error)")
        }
        let built: ExampleDataset.Built
        do {
            built = try ExampleDataset.build(data, label: "\(rule.info.id) example \(i + 1)", zone: zone,
                                             baseDirectory: ExampleDataset.baseDirectory(holder: rule.source.file, dataFile: ex.file))
        } catch {
            return outcome(false, "\(error)")
        }
        if let bad = built.dataset.diagnostics.first(where: { $0.level == .error }) {
            return outcome(false, "the example data does not read cleanly: \(bad.message)")
        }
        var linter = Linter(rules: set, asOf: built.asOf)
        linter.operations = built.operations
        linter.today = built.asOf ?? Day(year: 2026, month: 1, day: 1)
        let (report, tallies) = linter.lintWithTallies(built.dataset)
        let mine = report.findings.filter { $0.ruleId == rule.info.id }
        let violations = mine.filter { $0.outcome == .violated }
        let unevaluated = mine.filter { $0.outcome == .unevaluated }
        let t = tallies[rule.info.id]
        switch ex.expect {
        case .pass:
            if !mine.isEmpty {
                let f = mine[0]
                return outcome(false, "expected no finding, got \(mine.count): \(f.outcome == .unevaluated ? "not evaluated — " : "")\(f.message)")
            }
            if (t?.passed ?? 0) + (t?.notApplicable ?? 0) == 0 {
                return outcome(false, "expected the rule to pass, but it never ran (no subject in scope \(rule.info.scope), or not in force)")
            }
            return outcome(true, "no finding (\(t?.passed ?? 0) passed, \(t?.notApplicable ?? 0) not applicable)")
        case .fail:
            if let n = ex.count, violations.count != n {
                return outcome(false, "expected \(n) violation\(n == 1 ? "" : "s"), got \(violations.count)"
                               + (unevaluated.isEmpty ? "" : " and \(unevaluated.count) not evaluated"))
            }
            if violations.isEmpty {
                if let u = unevaluated.first { return outcome(false, "expected a violation, but the rule could not be evaluated: \(u.message)") }
                return outcome(false, "expected a violation, got none (\(t?.passed ?? 0) passed, \(t?.notApplicable ?? 0) not applicable, \(t?.gated ?? 0) gated)")
            }
            return outcome(true, violations[0].message)
        }
    }
}
