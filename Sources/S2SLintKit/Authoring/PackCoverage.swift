public import RuleEngine

/// How well a pack is tested: which rules have a passing and a failing example that behave, and
/// which rules some test file expects a finding of.
public struct PackCoverage: Sendable {
    /// The pack's own rule ids, in pack order.
    public var rules: [String]
    public var withBothExamples: [String]
    /// Rule id → the test cases (file, name) that expect one of its findings.
    public var expectedBy: [String: [String]]

    public init(rules: [String], examples: RulesTester.Summary, tests: [PackTestRunner.CaseResult]) {
        self.rules = rules
        var kinds: [String: Set<RuleExample.Expectation>] = [:]
        for o in examples.outcomes where o.passed { kinds[o.ruleId, default: []].insert(o.expect) }
        let failed = Set(examples.outcomes.filter { !$0.passed }.map(\.ruleId))
        withBothExamples = rules.filter { kinds[$0]?.count == 2 && !failed.contains($0) }
        var by: [String: [String]] = [:]
        for t in tests {
            for e in t.test.expect where !(by[e.rule] ?? []).contains(t.test.name) { by[e.rule, default: []].append(t.test.name) }
        }
        expectedBy = by
    }

    public var withoutBothExamples: [String] { rules.filter { !withBothExamples.contains($0) } }
    public var notExercised: [String] { rules.filter { expectedBy[$0] == nil } }
}
