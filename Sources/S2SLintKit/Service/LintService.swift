public import Foundation
public import S2SModel
public import S2SReports
import RuleEngine
import S2SImport

/// The library API: lint manifests in process and get exactly the report `s2slint check` prints
/// (the CLI runs through this type too). Load the pack once, then lint as often as needed; the
/// service is a value and `Sendable`, so a server can share it between requests.
///
///     let service = try LintService(pack: "US-CA")                  // or a pack directory
///     var spec = InputSpec(manifests: ["-"], inventory: ["exports/packages"], licenses: ["roster.csv"])
///     let result = service.lint(spec, standardInput: Array(manifestJSON.utf8))
///     if result.report.summary.error > 0 { … }
///     let sarif = result.render("sarif")                            // any format of `s2slint check`
///
/// A manifest held in memory is passed as standard input (`"-"`); findings then point into it
/// (`<stdin>:line:column`). Waivers and a baseline apply as they do on the command line.
public struct LintService: Sendable {
    public var linter: Linter
    public var waivers: [Waiver] = []
    public var baseline: Baseline?
    /// How the baseline is named in the findings it suppresses.
    public var baselineName = "baseline"
    /// The day waivers expire against (default: today in the jurisdiction's time zone).
    public var today: Day?

    public init(linter: Linter) { self.linter = linter }

    /// Loads and compiles a pack: a directory, or a pack id under the rules folder (found as the
    /// CLI finds it: `S2SLINT_RULES_DIR`, the working directory and its parents, the executable).
    public init(pack: String, locator: DataLocator? = nil, asOf: Day? = nil) throws {
        let loc = try locator ?? DataLocator.locate()
        let loaded = PackSetLoader.load(pack: pack, locator: loc)
        guard let rules = loaded.rules, !loaded.hasErrors else { throw PackProblems(loaded.diagnostics) }
        self.init(linter: Linter(rules: rules, asOf: asOf))
    }

    /// Reads the inputs and lints them. `standardInput` supplies the bytes of an input named `-`.
    public func lint(_ spec: InputSpec, standardInput: [UInt8]? = nil) -> LintResult {
        guard let bytes = standardInput else { return finish(linter.lint(spec)) }   // the CLI's path
        var s = spec
        s.zone = linter.zone
        let t = PhaseTimer.now()
        let dataset = InputLoader.load(s, stdin: { bytes })
        PhaseTimer.report("read inputs", since: t)
        return lint(dataset)
    }

    /// Lints a dataset that was read already.
    public func lint(_ dataset: Dataset) -> LintResult {
        finish(linter.lint(dataset))
    }

    /// The steps after evaluation: record regions, then waivers, then the baseline.
    public func finish(_ report: Report) -> LintResult {
        var r = report
        let t = PhaseTimer.now()
        defer { PhaseTimer.report("regions, waivers, baseline", since: t) }
        RecordRegions.fill(&r)
        WaiverApplication.apply(waivers, to: &r, today: today ?? linter.today ?? linter.zone.today())
        var outcome: Baseline.Outcome?
        if let baseline { outcome = baseline.apply(to: &r, file: baselineName) }
        return LintResult(report: r, baseline: outcome)
    }

    /// Accepts every open finding of a result as the new baseline: writes the baseline file and
    /// marks the findings suppressed (`--write-baseline`).
    public func acceptAsBaseline(_ result: inout LintResult, writingTo path: String) throws {
        try BaselineFile.write(result.report, to: path)
        let b = Baseline(report: result.report)
        let outcome = b.apply(to: &result.report, file: path)
        result.baseline = Baseline.Outcome(suppressed: (result.baseline?.suppressed ?? 0) + outcome.suppressed, fixed: 0)
    }
}

/// A lint run's report, with what the baseline did.
public struct LintResult: Sendable {
    public var report: Report
    /// Set when a baseline was applied.
    public var baseline: Baseline.Outcome?

    public init(report: Report, baseline: Baseline.Outcome? = nil) {
        self.report = report
        self.baseline = baseline
    }

    /// The report in a format of `s2slint check --format` (`text`, `json`, `sarif`, `junit`,
    /// `github`, `checkstyle`, `markdown`, `html`); nil for an unknown format.
    public func render(_ format: String, options: ReportOptions = ReportOptions()) -> String? {
        guard let type = Reporters.named(format) else { return nil }
        let sink = OutputSink.memory()
        type.init(options: options).write(report, to: sink)
        return sink.text
    }
}

/// A rule pack that could not be loaded; the diagnostics name file, line and column.
public struct PackProblems: Error, Sendable, CustomStringConvertible {
    public var diagnostics: [Diagnostic]
    public init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }
    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
