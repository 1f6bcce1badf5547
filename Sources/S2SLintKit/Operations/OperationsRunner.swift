public import Foundation
public import S2SModel
public import RuleEngine
import S2SImport

/// Runs a daily operation (`reconcile`, `count`, `tote`, `receive`) through the rule engine: reads
/// the inputs, builds the operation's pairs (`OperationsIndex`), evaluates the packs, and keeps the
/// pairs for the summaries (hold list, what may be sold, what was compared).
public struct OperationsRunner: Sendable {
    public var linter: Linter
    public var waivers: [Waiver] = []

    public init(rules: CompiledRuleSet, request: OperationsRequest, asOf: Day? = nil, today: Day? = nil) {
        linter = Linter(rules: rules, asOf: asOf, today: today)
        linter.operations = request
    }

    public struct Result: Sendable {
        public var report: Report
        public var dataset: Dataset
        public var index: OperationsIndex
        public var request: OperationsRequest
    }

    /// Reads the inputs (in the jurisdiction's zone) and runs the operation.
    public func run(_ spec: InputSpec) -> Result {
        var s = spec
        s.zone = linter.zone
        let t = PhaseTimer.now()
        let ds = InputLoader.load(s)
        PhaseTimer.report("read inputs", since: t)
        return run(ds)
    }

    /// Runs the operation on a dataset read already.
    public func run(_ dataset: Dataset) -> Result {
        let request = linter.operations ?? OperationsRequest(operations: [])
        let t = PhaseTimer.now()
        let index = DataIndex(dataset: dataset, kinds: linter.rules.indexKinds, operations: request)
        let (evaluated, _) = linter.lintWithTallies(dataset, index: index, since: PhaseTimer.report("build indexes", since: t))
        var service = LintService(linter: linter)
        service.waivers = waivers
        var report = service.finish(evaluated).report
        // what could not be compared is said in every format (a warning), never skipped silently
        for n in index.operations.notes where n.level != .info {
            report.diagnostics.append(Diagnostic(n.level == .error ? .error : .warning, n.text, code: n.code))
        }
        return Result(report: report, dataset: dataset, index: index.operations, request: request)
    }
}

extension OperationsRunner.Result {
    /// Findings of one scope's subjects (`count_entry`, `receive_entry` …) at or above a severity, open or not evaluated.
    public func findings(subject: String, atLeast: Severity = .warning) -> [Finding] {
        report.findings.filter { $0.subject == subject && $0.severity >= atLeast && $0.suppression == nil }
    }

    /// What the operation compared, in plain words (one line each).
    public var notes: [String] { index.notes.map(\.text) }
}

extension OperationsRunner {
    /// Today in the time zone of the pack's jurisdiction (UTC without one).
    public static func today(for rules: CompiledRuleSet) -> Day { Linter(rules: rules).zone.today() }
}
