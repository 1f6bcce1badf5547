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
                --lab-results Examples/us-ca/lab_results.json --coa Examples/us-ca/coas
              cat manifest.json | s2slint check - --pack Rules/US-CA --format json
              s2slint check m.json --jurisdiction US-CA --format text --output - --format sarif --output s2slint.sarif
            Settings: flags, then S2SLINT_* environment variables, then .s2slint.yml (see Docs/reports.md).
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

    @Option(name: .long, help: "Exports of any kind, recognised by their shape: a file, a folder (read recursively) or '-'; LICENSE=path names a package export's holder. Repeatable.")
    var inputs: [String] = []

    @Option(name: .long, help: "Mapping file for an ERP/WMS export (see Docs/importers.md). Repeatable.")
    var mapping: [String] = []

    @Option(name: .long, help: "Lab certificates (COAs): a PDF, pdftotext text, XML or WCIA JSON file, or a folder of them. Repeatable.")
    var coa: [String] = []

    @Option(name: .customLong("lab-profiles"), help: "A folder of extra lab profiles for reading COAs (see Docs/coa.md). Repeatable.")
    var labProfiles: [String] = []

    @Option(name: .customLong("as-of"), help: "Judge everything as of this date (YYYY-MM-DD) instead of each manifest's departure date.")
    var asOf: String?

    // MARK: reports, configuration, waivers (settings also come from S2SLINT_* and .s2slint.yml; flags win)

    @Option(name: .long, help: "Output format: \(Reporters.identifiers). Repeatable; the n-th --format goes to the n-th --output.")
    var format: [String] = []

    @Option(name: .long, help: "Write the report to this file ('-': standard output). Repeatable, paired with --format in order.")
    var output: [String] = []

    @Option(name: .customLong("fail-on"), help: "Exit 1 when an unsuppressed finding is at or above this severity: error (default), warning, info or never.")
    var failOn: String?

    @Flag(name: .customLong("keep-going"), help: "Exit by the findings even when some input rows could not be read (they are still reported).")
    var keepGoing = false

    @Option(name: .long, help: "Read settings from this file instead of the .s2slint.yml found from the working directory upward.")
    var config: String?

    @Flag(name: .customLong("no-config"), help: "Do not look for a .s2slint.yml.")
    var noConfig = false

    @Option(name: .long, help: "Waiver file (YAML): accepted exceptions with rule, business key, reason, approver and expiry.")
    var waivers: String?

    @Option(name: .long, help: "Baseline file: findings accepted when adopting s2slint are reported as suppressed.")
    var baseline: String?

    @Option(name: .customLong("write-baseline"), help: "Accept every current finding: write them to this baseline file (and report them as suppressed).")
    var writeBaseline: String?

    @Flag(name: .long, help: "After the report, explain each finding: the value of every part of the rule that led to it.")
    var explain = false

    func validate() throws {
        if let failOn, !["error", "warning", "info", "never"].contains(failOn) {
            throw ValidationError("--fail-on must be error, warning, info or never, not '\(failOn)'")
        }
        for f in format where Reporters.named(f) == nil {
            throw ValidationError("unknown --format '\(f)'; choose one of \(Reporters.identifiers)")
        }
        if let asOf { _ = try parseDay(asOf, option: "--as-of") }
    }

    func run() throws {
        var flags = CheckFlags()
        flags.jurisdiction = packOptions.jurisdiction
        flags.pack = packOptions.pack
        flags.rulesDir = packOptions.rulesDir
        flags.jurisdictionsDir = packOptions.jurisdictionsDir
        flags.inputs = InputSpec(manifests: manifests, inventory: inventory, licenses: licenses, labResults: labResults,
                                 inputs: inputs, mappings: mapping, coas: coa, labProfiles: labProfiles)
        flags.formats = format
        flags.outputs = output
        flags.failOn = failOn
        flags.keepGoing = keepGoing
        flags.config = config
        flags.noConfig = noConfig
        flags.waivers = waivers
        flags.baseline = baseline
        flags.writeBaseline = writeBaseline
        let day = try asOf.map { try parseDay($0, option: "--as-of") }
        do { try CheckRun(flags: flags, asOf: day).run() } catch let code as ExitCode where explain && code.rawValue <= 1 {
            CheckExplain.run(flags: flags, asOf: day)
            throw code
        }
    }
}
