import ArgumentParser
import Foundation
import RuleEngine
import S2SLintKit
import S2SModel
import S2SReports

/// The pipeline every daily operation shares: the operations pack of the jurisdiction → the inputs
/// → the pairs and the rules (`OperationsRunner`) → every requested report → the operation's lists
/// for the floor → the exit code (0 clean, 1 findings at or above --fail-on, 2 bad input or pack,
/// 64 usage), as `check`.
struct OperationsCommandRun {
    var pack: PackOptions
    var inputs: OperationsInputs
    var report: OperationsReportOptions

    /// Loads the pack and runs the operation; `request` gets today's date in the jurisdiction's zone.
    /// `after` prints the operation's summary (to the stream the text report went to) and writes its files.
    func run(_ request: (Day) throws -> OperationsRequest,
             after: (OperationsRunner.Result, inout TextOutputStreamTarget) throws -> Void) throws {
        let outputs = try report.requests()
        let (rules, _) = try loadRules()
        var rq = try request(OperationsRunner.today(for: rules))
        rq.licenses = inputs.facility
        var runner = OperationsRunner(rules: rules, request: rq)
        if let path = report.waivers {
            do { runner.waivers = try WaiverFile.load(path: path) } catch {
                printDiagnostics(error.diagnostics)
                printError("error: the waiver file has problems; nothing was checked")
                throw Exit.badInput
            }
        }
        let result = runner.run(inputs.spec)
        do { try ReportWriter.write(result.report, to: outputs, options: ReportOptions(failOn: report.failOn)) } catch {
            printError("error: \(error)")
            throw Exit.badInput
        }
        let textOnTerminal = outputs.contains { $0.format == "text" && $0.path == nil }
        if !textOnTerminal {
            printDiagnostics(result.report.diagnostics)
            printError(TextReporter.summaryLine(result.report))
        }
        var target = TextOutputStreamTarget(toStandardOutput: textOnTerminal)
        try after(result, &target)
        if result.report.diagnostics.contains(where: { $0.level == .error }) && !report.keepGoing { throw Exit.badInput }
        throw ExitCode(ExitPolicy.code(for: result.report, failOn: report.failOn))
    }

    /// The operations pack (`--pack`, else `Rules/<JURISDICTION>-ops`, else `Rules/ops`), compiled.
    func loadRules() throws -> (CompiledRuleSet, String) {
        let locator: DataLocator
        do { locator = try pack.locator() } catch {
            printError("error: \(error)")
            throw Exit.badInput
        }
        let choice = OperationsPackChoice.choose(pack: pack.pack, jurisdiction: pack.jurisdiction, rulesDirectory: locator.rulesDirectory)
        if let w = choice.warning { printError("warning: " + w) }
        let loaded = PackSetLoader.load(pack: choice.pack, locator: locator)
        guard let rules = loaded.rules, !loaded.hasErrors else {
            printDiagnostics(loaded.diagnostics)
            printError("error: the rule pack has problems; nothing was checked")
            throw Exit.badInput
        }
        printDiagnostics(loaded.diagnostics)
        return (rules, choice.pack)
    }
}

/// Standard output or standard error, for the summary that follows the report.
struct TextOutputStreamTarget: TextOutputStream {
    var toStandardOutput: Bool

    mutating func write(_ string: String) {
        let data = Data(string.utf8)
        if toStandardOutput { FileHandle.standardOutput.write(data) } else { FileHandle.standardError.write(data) }
    }
}

/// Writes a floor list (CSV) to a file, or says why it cannot.
func writeList(_ text: String, to path: String) throws {
    do { try text.write(toFile: path, atomically: true, encoding: .utf8) } catch {
        printError("error: cannot write \(path): \(error.localizedDescription)")
        throw Exit.badInput
    }
}
