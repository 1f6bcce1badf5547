import ArgumentParser
import Foundation
import RuleEngine
import S2SLintKit
import S2SModel
import S2SReports

/// `s2slint report …`: reports built from the daily operations.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Reports for Compliance and Finance built from the day's records.",
        subcommands: [ReportEOD.self])
}

/// `s2slint report eod`: the end-of-day report.
struct ReportEOD: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eod",
        abstract: "The end-of-day report: movements, stock on hand by category and location with value, variances found, open holds.",
        discussion: """
            The day is reconciled (and, with --count-session, its cycle count checked) through the operations pack; \
            the variances are those findings. Formats: markdown (default), html (with charts), csv, json; repeat \
            --format with an --output each.
            Examples:
              s2slint report eod Examples/ops/s2s Examples/ops/erp Examples/ops/scans --jurisdiction US-CA --day 2026-11-30 \\
                --count-session CC-2026-11-30-A --format html --output eod.html --format csv --output eod.csv
            Without --day the day is today in the jurisdiction's time zone.
            """)

    static let formats = ["markdown", "html", "csv", "json"]

    @OptionGroup var packOptions: PackOptions
    @Option(name: .long, help: "The day (YYYY-MM-DD); default: today in the jurisdiction's time zone.")
    var day: String?
    @Option(name: .customLong("count-session"), help: "Include the cycle count made in this scan session. Repeatable.")
    var countSession: [String] = []
    @Option(name: .long, help: "The cycle count's area (with --count-session): a location and every bin in it. Repeatable.")
    var location: [String] = []
    @OptionGroup var inputs: OperationsInputs
    @Option(name: .long, help: "markdown, html, csv or json. Repeatable; the n-th --format goes to the n-th --output.")
    var format: [String] = []
    @Option(name: .long, help: "Write the report to this file ('-': standard output). Repeatable, paired with --format in order.")
    var output: [String] = []
    @Option(name: .customLong("fail-on"), help: "Exit 1 when a variance is at or above this severity: error (default), warning, info or never.")
    var failOn: String = "error"
    @Flag(name: .customLong("keep-going"), help: "Exit by the variances even when some input rows could not be read (they are still reported).")
    var keepGoing = false

    func validate() throws {
        for f in format where !Self.formats.contains(f) {
            throw ValidationError("unknown --format '\(f)'; choose one of \(Self.formats.joined(separator: ", "))")
        }
        if !["error", "warning", "info", "never"].contains(failOn) {
            throw ValidationError("--fail-on must be error, warning, info or never, not '\(failOn)'")
        }
        if let day { _ = try parseDay(day, option: "--day") }
        _ = try requests()
    }

    func requests() throws -> [(format: String, path: String?)] {
        let fs = format.isEmpty ? ["markdown"] : format
        if output.isEmpty {
            guard fs.count == 1 else { throw ValidationError("with several --format options give an --output for each, in the same order") }
            return [(fs[0], nil)]
        }
        guard output.count == fs.count else {
            throw ValidationError("\(fs.count) --format but \(output.count) --output options: give one --output for each --format, in the same order")
        }
        let pairs = zip(fs, output).map { ($0, $1 == "-" ? nil : $1) }
        if pairs.filter({ $0.1 == nil }).count > 1 { throw ValidationError("only one format can go to standard output") }
        return pairs
    }

    func run() throws {
        let outputs = try requests()
        let op = OperationsCommandRun(pack: packOptions, inputs: inputs,
                                      report: try OperationsReportOptions.parse(["--fail-on", failOn] + (keepGoing ? ["--keep-going"] : [])))
        let (rules, _) = try op.loadRules()
        let theDay = try day.map { try parseDay($0, option: "--day") } ?? OperationsRunner.today(for: rules)
        var ops: Set<OperationsRequest.Operation> = [.reconcile]
        if !countSession.isEmpty { ops.insert(.count) }
        let request = OperationsRequest(operations: ops, from: theDay, to: theDay, licenses: inputs.facility,
                                        locations: location, sessions: countSession)
        let result = OperationsRunner(rules: rules, request: request).run(inputs.spec)
        let eod = EODBuilder.build(result, day: theDay, jurisdiction: rules.jurisdiction?.id)
        for (f, path) in outputs {
            let text: String
            switch f {
            case "html": text = EODHTML.render(eod)
            case "csv": text = EODData.csv(eod)
            case "json": text = EODData.json(eod)
            default: text = EODMarkdown.render(eod)
            }
            if let path { try writeList(text, to: path) } else { FileHandle.standardOutput.write(Data(text.utf8)) }
        }
        printDiagnostics(result.report.diagnostics)
        printError("end of day \(theDay): \(eod.variances.count) variance\(eod.variances.count == 1 ? "" : "s"), \(eod.holds.count) open hold\(eod.holds.count == 1 ? "" : "s")")
        if result.report.diagnostics.contains(where: { $0.level == .error }) && !keepGoing { throw Exit.badInput }
        throw ExitCode(ExitPolicy.code(for: result.report, failOn: failOn))
    }
}
