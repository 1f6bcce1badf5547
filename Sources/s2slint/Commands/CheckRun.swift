import ArgumentParser
import Foundation
import S2SLintKit
import S2SModel
import S2SReports

/// The `check` pipeline once the options are parsed: settings (flags > environment > file) →
/// pack → lint (through the library API) → waivers and baseline → every requested report → exit
/// code (0 clean, 1 findings at or above --fail-on, 2 bad input, pack or configuration, 64 usage).
struct CheckRun {
    var flags: CheckFlags
    var asOf: Day?

    func run() throws {
        let settings: CheckSettings
        do {
            settings = try CheckSettings.resolve(flags)
        } catch {
            switch error {
            case .usage(let message): throw ValidationError(message)
            case .config(let problems):
                printDiagnostics(problems.diagnostics)
                printError("error: the configuration file has problems; nothing was checked")
                throw Exit.badInput
            }
        }
        let options = ReportOptions(failOn: settings.failOn)

        let locator: DataLocator
        do { locator = try DataLocator.locate(rules: settings.rulesDir, jurisdictions: settings.jurisdictionsDir) } catch {
            printError("error: \(error)")
            throw Exit.badInput
        }
        let t0 = PhaseTimer.now()
        let loaded = PackSetLoader.load(pack: settings.packReference, locator: locator, runDate: asOf)
        PhaseTimer.report("load packs", since: t0)
        guard let rules = loaded.rules, !loaded.hasErrors else {
            printDiagnostics(loaded.diagnostics)
            printError("error: the rule pack has problems; nothing was checked")
            writeFailureReport(loaded.diagnostics, settings: settings, options: options)
            throw Exit.badInput
        }
        printDiagnostics(loaded.diagnostics)   // warnings

        var service = LintService(linter: Linter(rules: rules, asOf: asOf))
        var setupProblems: [Diagnostic] = []
        if let path = settings.waivers {
            do { service.waivers = try WaiverFile.load(path: path) } catch { setupProblems += error.diagnostics }
        }
        if let path = settings.baseline {
            do {
                service.baseline = try BaselineFile.load(path: path)
                service.baselineName = path
            } catch {
                setupProblems += error.diagnostics
            }
        }
        if !setupProblems.isEmpty {
            printDiagnostics(setupProblems)
            printError("error: the waiver or baseline file has problems; nothing was checked")
            writeFailureReport(setupProblems, settings: settings, options: options)
            throw Exit.badInput
        }

        var result = service.lint(settings.inputs)
        if let path = settings.writeBaseline {
            do { try service.acceptAsBaseline(&result, writingTo: path) } catch {
                printError("error: cannot write the baseline \(path): \(error.localizedDescription)")
                throw Exit.badInput
            }
        }
        let report = result.report
        do { try ReportWriter.write(report, to: settings.outputs, options: options) } catch {
            printError("error: \(error)")
            throw Exit.badInput
        }
        // People still see input problems and the summary when no text report goes to the terminal.
        if !settings.outputs.contains(where: { $0.format == "text" && $0.path == nil }) {
            printDiagnostics(report.diagnostics)
            printError(TextReporter.summaryLine(report))
        }
        if let path = settings.writeBaseline {
            printError("wrote the baseline \(path): \(result.baseline?.suppressed ?? 0) finding(s) accepted")
        } else if let outcome = result.baseline, outcome.fixed > 0 {
            printError("note: \(outcome.fixed) baseline entr\(outcome.fixed == 1 ? "y no longer occurs" : "ies no longer occur") (fixed); "
                       + "rewrite the baseline with --write-baseline to drop \(outcome.fixed == 1 ? "it" : "them")")
        }
        let inputErrors = report.diagnostics.contains { $0.level == .error }
        if inputErrors && !settings.keepGoing { throw Exit.badInput }
        throw ExitCode(ExitPolicy.code(for: report, failOn: settings.failOn))
    }

    /// When nothing could be checked, the machine-readable reports still appear (SARIF with
    /// `executionSuccessful: false` and the problems as notifications), so a pipeline that uploads
    /// them shows why. Text on the terminal is skipped: the problems were printed already.
    func writeFailureReport(_ diagnostics: [Diagnostic], settings: CheckSettings, options: ReportOptions) {
        let report = Report(toolVersion: S2SLintVersion.current, packs: [], rules: [], inputs: [], findings: [],
                            diagnostics: diagnostics)
        let requests = settings.outputs.filter { !($0.format == "text" && $0.path == nil) }
        try? ReportWriter.write(report, to: requests, options: options)
    }
}
