import ArgumentParser
import Foundation
import RuleEngine
import S2SLintKit
import S2SModel

/// `s2slint explain RULE`: what a rule means, and — with data — why it found what it found.
struct Explain: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Explain a rule: its meaning, citation and examples; with data, the values behind each finding.",
        discussion: """
            Examples:
              s2slint explain CA-XFER-001                       (finds the pack that defines the rule)
              s2slint explain FIFO --pack Rules/bench --example 2
              s2slint explain CA-XFER-001 Examples/us-ca/manifests/*.json --jurisdiction US-CA \\
                --inventory Examples/us-ca/packages --licenses Examples/us-ca/licenses.csv \\
                --lab-results Examples/us-ca/lab_results.json
            With data, each finding shows the value of every part of the rule that led to it; when the
            rule found nothing, the explanation says why (no subject, 'when' false, not in force on the
            date, turned off by an overlay, held back by a rule it requires, waived).
            """)

    @Argument(help: "The rule id, e.g. CA-XFER-001.")
    var rule: String

    @Argument(help: "Manifest files to explain the rule on (as for check); '-' reads standard input.")
    var manifests: [String] = []

    @OptionGroup var packOptions: PackOptions

    @Option(name: .long, help: "Inventory exports (as for check). Repeatable.")
    var inventory: [String] = []

    @Option(name: .long, help: "License rosters (as for check). Repeatable.")
    var licenses: [String] = []

    @Option(name: .customLong("lab-results"), help: "Lab-test result exports (as for check). Repeatable.")
    var labResults: [String] = []

    @Option(name: .long, help: "Exports of any kind, recognised by their shape (as for check). Repeatable.")
    var inputs: [String] = []

    @Option(name: .customLong("as-of"), help: "Judge everything as of this date (YYYY-MM-DD).")
    var asOf: String?

    @Option(name: .long, help: "Explain the rule on its own example N (1, 2 …) instead of input files.")
    var example: Int?

    @Option(name: .long, help: "Waiver file, as for check (waived findings are shown as such).")
    var waivers: String?

    func validate() throws {
        if let asOf { _ = try parseDay(asOf, option: "--as-of") }
        if example != nil && !(manifests.isEmpty && inventory.isEmpty && licenses.isEmpty && labResults.isEmpty && inputs.isEmpty) {
            throw ValidationError("give either --example N or input files, not both")
        }
    }

    func run() throws {
        let locator: DataLocator
        do { locator = try packOptions.locator() } catch {
            printError("error: \(error)")
            throw Exit.badInput
        }
        let asOfDay = try asOf.map { try parseDay($0, option: "--as-of") }
        let (set, packLabel) = try loadSet(locator: locator, runDate: asOfDay)
        let versions = RuleDescription.versions(rule, in: set)
        guard !versions.isEmpty else {
            printError("error: pack \(packLabel) has no rule \(rule)" + (RuleDescription.suggestion(rule, in: set).map { "; \($0)" } ?? ""))
            throw Exit.usage
        }
        print(RuleDescription.text(versions, set: set), terminator: "")

        var dataset: Dataset?
        var label = ""
        var dataAsOf = asOfDay
        if let n = example, let v = versions.last {
            do {
                let (ds, exAsOf) = try DataExplanation.exampleData(v, number: n, set: set)
                dataset = ds
                dataAsOf = dataAsOf ?? exAsOf
                label = "example \(n) of \(rule)"
            } catch {
                printError("error: \(error)")
                throw Exit.badInput
            }
        } else if !(manifests.isEmpty && inventory.isEmpty && licenses.isEmpty && labResults.isEmpty && inputs.isEmpty) {
            let linter = Linter(rules: set, asOf: asOfDay)
            var spec = InputSpec(manifests: manifests, inventory: inventory, licenses: licenses, labResults: labResults, inputs: inputs)
            spec.zone = linter.zone
            dataset = InputLoader.load(spec)
            label = "the input files"
        }
        guard let ds = dataset else { return }
        var waiverList: [Waiver] = []
        if let path = waivers {
            do { waiverList = try WaiverFile.load(path: path) } catch {
                printDiagnostics(error.diagnostics)
                throw Exit.badInput
            }
        }
        let today = example != nil ? (dataAsOf ?? PackTestRunner.earliestDeparture(ds)) : nil
        guard let e = DataExplanation.make(ruleId: rule, set: set, dataset: ds, asOf: dataAsOf, today: today, waivers: waiverList,
                                           label: label) else { throw Exit.usage }
        printDiagnostics(e.report.diagnostics.map(AuthoringSupport.relative))
        print("\n" + ExplanationText.render(e, relativeTo: AuthoringSupport.workingDirectory), terminator: "")
        if e.report.diagnostics.contains(where: { $0.level == .error }) { throw Exit.badInput }
    }

    /// The named pack, or the first pack in the Rules folder that defines the rule.
    func loadSet(locator: DataLocator, runDate: Day?) throws -> (CompiledRuleSet, String) {
        let candidates = packOptions.packReference.map { [$0] } ?? AuthoringSupport.packDirectories([], locator: locator)
        var firstProblem: PackSetLoader.Loaded?
        for p in candidates {
            let loaded = PackSetLoader.load(pack: p, locator: locator, runDate: runDate)
            guard let set = loaded.rules, !loaded.hasErrors else {
                if packOptions.packReference != nil || firstProblem == nil { firstProblem = loaded }
                continue
            }
            if packOptions.packReference != nil || !RuleDescription.versions(rule, in: set).isEmpty {
                AuthoringSupport.printPackDiagnostics(loaded.diagnostics)
                return (set, p)
            }
        }
        if let bad = firstProblem, packOptions.packReference != nil {
            AuthoringSupport.printPackDiagnostics(bad.diagnostics)
            printError("error: the rule pack has problems; run s2slint rules check")
            throw Exit.badInput
        }
        printError("error: no pack in \(AuthoringSupport.relative(locator.rulesDirectory.path)) defines rule \(rule); name one with --pack or --jurisdiction")
        throw Exit.usage
    }
}
