public import Foundation
public import S2SModel
public import RuleEngine
public import S2SImport

/// The library API: lint a dataset (or files) with a compiled rule set, in process, and get the
/// same report the CLI prints.
///
///     let loaded = PackSetLoader.load(pack: "US-CA", locator: try DataLocator.locate())
///     let linter = Linter(rules: loaded.rules!)
///     let report = linter.lint(InputSpec(manifests: ["m.json"], licenses: ["roster.csv"]))
public struct Linter: Sendable {
    public let rules: CompiledRuleSet
    public var asOf: Day?
    public var today: Day?
    /// The daily operations whose subjects the run builds (`s2slint reconcile`, `count` …); nil for `check`.
    public var operations: OperationsRequest?

    public init(rules: CompiledRuleSet, asOf: Day? = nil, today: Day? = nil) {
        self.rules = rules
        self.asOf = asOf
        self.today = today
    }

    /// The zone for date-times written without one: the jurisdiction's, else UTC.
    public var zone: ZoneResolver { Self.zone(of: rules) }

    /// The zone of a rule set's jurisdiction (`time_zone` in its facts), else UTC.
    public static func zone(of rules: CompiledRuleSet) -> ZoneResolver {
        rules.jurisdiction?.timeZone.flatMap(ZoneResolver.init(identifier:)) ?? .utc
    }

    /// Reads the inputs (in the jurisdiction's zone) and lints them.
    public func lint(_ spec: InputSpec) -> Report {
        var s = spec
        s.zone = zone
        let t0 = PhaseTimer.now()
        let ds = InputLoader.load(s)
        PhaseTimer.report("read inputs", since: t0)
        return lint(ds)
    }

    /// Lints an already-read dataset.
    public func lint(_ dataset: Dataset) -> Report {
        lintWithTallies(dataset).report
    }

    public func lintWithTallies(_ dataset: Dataset) -> (report: Report, tallies: [String: Evaluator.Tally]) {
        let t = PhaseTimer.now()
        let index = DataIndex(dataset: dataset, kinds: rules.indexKinds, operations: operations)
        return lintWithTallies(dataset, index: index, since: PhaseTimer.report("build indexes", since: t))
    }

    /// Lints a dataset with indexes built beforehand (the daily operations keep theirs for their summaries).
    public func lintWithTallies(_ dataset: Dataset, index: DataIndex, since start: UInt64 = PhaseTimer.now())
        -> (report: Report, tallies: [String: Evaluator.Tally]) {
        var t = start
        let ctx = EvalContext(dataset: dataset, index: index, asOf: asOf, today: today ?? zone.today())
        let result = Evaluator.run(rules, ctx)
        t = PhaseTimer.report("evaluate rules", since: t)
        defer { PhaseTimer.report("resolve positions", since: t) }
        var findings = result.findings
        var diagnostics = dataset.diagnostics
        // resolve every position in one pass per file
        var refs: [SourceRef] = findings.map(\.ref)
        for f in findings { refs += f.related.map(\.ref) }
        refs += diagnostics.map { $0.ref ?? .none }
        let resolved = dataset.resolveWithLines(refs)
        var k = 0
        for i in findings.indices { findings[i].location = resolved[k]?.location; k += 1 }
        for i in findings.indices {
            for j in findings[i].related.indices { findings[i].related[j].location = resolved[k]?.location; k += 1 }
        }
        for i in diagnostics.indices {
            if diagnostics[i].location == nil, let r = resolved[k] {
                diagnostics[i].location = r.location
                if diagnostics[i].snippet == nil, let line = r.line {
                    diagnostics[i].snippet = Diagnostic.caret(line: line, column: r.location.column)
                }
            }
            k += 1
        }
        var packs = rules.packs
        if let j = rules.jurisdiction {
            packs.append(PackInfo(id: "facts:\(j.id)", version: "-", sha256: j.sha256, jurisdiction: j.id))
        }
        var report = Report(toolVersion: S2SLintVersion.current, packs: packs, rules: rules.ruleInfos, inputs: dataset.files,
                            findings: findings, diagnostics: diagnostics, asOf: asOf?.description)
        report.disabledRules = rules.disabled
        return (report, result.tallies)
    }
}

/// The tool's version, shown in reports.
public enum S2SLintVersion {
    public static let current = "0.1.0"
}


/// Phase timings on standard error when `S2SLINT_TIMINGS` is set (for performance work).
public enum PhaseTimer {
    static let enabled = ProcessInfo.processInfo.environment["S2SLINT_TIMINGS"] != nil

    public static func now() -> UInt64 { DispatchTime.now().uptimeNanoseconds }

    @discardableResult
    public static func report(_ phase: String, since start: UInt64) -> UInt64 {
        let t = now()
        if enabled {
            FileHandle.standardError.write(Data("timing: \(phase): \(Double(t - start) / 1e6) ms\n".utf8))
        }
        return t
    }
}
