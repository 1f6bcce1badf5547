import ArgumentParser
import Foundation
import S2SLintKit
import S2SModel
import S2SReports

/// `s2slint check`: lint manifests against a pack.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Lint transfer manifests (and the inventory, roster and lab results they depend on).",
        discussion: """
            Examples:
              s2slint check Examples/us-ca/manifests/*.json --jurisdiction US-CA \\
                --inventory Examples/us-ca/packages --licenses Examples/us-ca/licenses.csv \\
                --lab-results Examples/us-ca/lab_results.json
              cat manifest.json | s2slint check - --pack Rules/US-CA --format json
            """)

    @Argument(help: "Manifest files (Metrc transfer-template JSON); '-' reads standard input.")
    var manifests: [String] = []

    @OptionGroup var packOptions: PackOptions

    @Option(name: .long, help: "Inventory exports: a file, a folder of <LicenseNumber>.json files, or LICENSE=file. Repeatable.")
    var inventory: [String] = []

    @Option(name: .long, help: "License roster CSV files. Repeatable.")
    var licenses: [String] = []

    @Option(name: .customLong("lab-results"), help: "Lab-test result exports (Metrc JSON). Repeatable.")
    var labResults: [String] = []

    @Option(name: .customLong("as-of"), help: "Judge everything as of this date (YYYY-MM-DD) instead of each manifest's departure date.")
    var asOf: String?

    @Option(name: .long, help: "Output format: \(Reporters.all.map { $0.identifier }.joined(separator: ", ")).")
    var format: String = "text"

    @Option(name: .long, help: "Write the report to this file instead of standard output.")
    var output: String?

    @Option(name: .customLong("fail-on"), help: "Exit 1 when a finding is at or above this severity: error, warning, info or never.")
    var failOn: String = "error"

    @Flag(name: .customLong("keep-going"), help: "Exit by the findings even when some input rows could not be read (they are still reported).")
    var keepGoing = false

    func validate() throws {
        guard packOptions.packReference != nil else {
            throw ValidationError("name the rules: --jurisdiction US-CA or --pack DIR")
        }
        guard ["error", "warning", "info", "never"].contains(failOn) else {
            throw ValidationError("--fail-on must be error, warning, info or never, not '\(failOn)'")
        }
        guard Reporters.named(format) != nil else {
            throw ValidationError("unknown --format '\(format)'; choose one of \(Reporters.all.map { $0.identifier }.joined(separator: ", "))")
        }
        if manifests.isEmpty && inventory.isEmpty && licenses.isEmpty && labResults.isEmpty {
            throw ValidationError("give at least one input file (manifests, --inventory, --licenses or --lab-results)")
        }
        if let asOf { _ = try parseDay(asOf, option: "--as-of") }
    }

    func run() throws {
        let locator: DataLocator
        do { locator = try packOptions.locator() } catch {
            printError("error: \(error)")
            throw Exit.badInput
        }
        let t0 = PhaseTimer.now()
        let loaded = PackSetLoader.load(pack: packOptions.packReference ?? "", locator: locator)
        PhaseTimer.report("load packs", since: t0)
        if loaded.hasErrors || loaded.rules == nil {
            printDiagnostics(loaded.diagnostics)
            printError("error: the rule pack has problems; nothing was checked")
            throw Exit.badInput
        }
        guard let rules = loaded.rules else { throw Exit.badInput }
        printDiagnostics(loaded.diagnostics)   // warnings
        let linter = Linter(rules: rules, asOf: try asOf.map { try parseDay($0, option: "--as-of") })
        let report = linter.lint(InputSpec(manifests: manifests, inventory: inventory, licenses: licenses, labResults: labResults))

        guard let reporterType = Reporters.named(format) else { throw Exit.usage }
        let sink: OutputSink
        if let output {
            do { sink = try OutputSink(path: output) } catch {
                printError("error: cannot write \(output): \(error.localizedDescription)")
                throw Exit.badInput
            }
        } else {
            sink = .standardOutput()
        }
        let t1 = PhaseTimer.now()
        reporterType.init().write(report, to: sink)
        sink.close()
        PhaseTimer.report("write report", since: t1)
        if output != nil || format != "text" {
            // people still see input problems and the summary when the report goes elsewhere
            printDiagnostics(report.diagnostics)
            if format != "text" || output != nil { printError(TextReporter.summaryLine(report)) }
        }
        let inputErrors = report.diagnostics.contains { $0.level == .error }
        if inputErrors && !keepGoing { throw Exit.badInput }
        throw ExitCode(ExitPolicy.code(for: report, failOn: failOn))
    }
}
