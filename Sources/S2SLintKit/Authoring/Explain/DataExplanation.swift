public import Foundation
public import S2SModel
public import RuleEngine
import S2SImport

/// A rule explained on a data set: the trace of every subject of its scope and the report of the
/// whole run (findings with their positions, waivers applied), for `explain RULE <inputs…>`,
/// `explain RULE --example N` and `check --explain`.
public struct DataExplanation: Sendable {
    public var trace: RuleTrace
    public var report: Report
    public var dataset: Dataset
    /// What the data was (`example 2 of FIFO`, or the input files), for the heading.
    public var dataLabel: String

    /// Explains `ruleId` on a dataset; nil when the set has no such rule. `report` is the run's
    /// report when it was made already (`check --explain` explains several rules of one run).
    public static func make(ruleId: String, set: CompiledRuleSet, dataset: Dataset, asOf: Day?, today: Day? = nil,
                            waivers: [Waiver] = [], report: Report? = nil, label: String) -> DataExplanation? {
        let linter = Linter(rules: set, asOf: asOf, today: today)
        let r = report ?? Self.report(set: set, dataset: dataset, asOf: asOf, today: today, waivers: waivers)
        let ctx = EvalContext(dataset: dataset, index: DataIndex(dataset: dataset, kinds: set.indexKinds), asOf: asOf,
                              today: today ?? linter.zone.today())
        guard var trace = RuleTracer.trace(set, ctx, ruleId: ruleId) else { return nil }
        // the report's finding carries its position and any waiver that accepted it
        let reported = r.findings.filter { $0.ruleId == ruleId }
        for i in trace.subjects.indices {
            if let f = reported.first(where: { $0.ref == trace.subjects[i].ref }) { trace.subjects[i].finding = f }
        }
        return DataExplanation(trace: trace, report: r, dataset: dataset, dataLabel: label)
    }

    /// The report `check` makes of a dataset (findings with positions, waivers applied).
    public static func report(set: CompiledRuleSet, dataset: Dataset, asOf: Day?, today: Day? = nil, waivers: [Waiver] = []) -> Report {
        var service = LintService(linter: Linter(rules: set, asOf: asOf, today: today))
        service.waivers = waivers
        return service.lint(dataset).report
    }

    /// The dataset of a rule's example (patched as the example says), as `rules test` builds it.
    public static func exampleData(_ rule: CompiledRule, number: Int, set: CompiledRuleSet) throws -> (Dataset, Day?) {
        let examples = rule.source.examples
        guard number >= 1, number <= examples.count else {
            throw ExampleError("\(rule.info.id) has \(examples.count) example\(examples.count == 1 ? "" : "s"); choose --example 1…\(examples.count)")
        }
        let ex = examples[number - 1]
        let data = try ExampleData.of(ex, holder: rule.source.file)
        let zone = Linter.zone(of: set)
        let built = try ExampleDataset.build(data, label: "\(rule.info.id) example \(number)", zone: zone,
                                             baseDirectory: ExampleDataset.baseDirectory(holder: rule.source.file, dataFile: ex.file))
        return (built.dataset, built.asOf)
    }
}
