import ArgumentParser
import S2SLintKit
import S2SModel
import S2SReports

/// The inputs of a daily operation: exports of any kind (recognised by their shape), with the
/// role flags of `check` for files whose shape is ambiguous.
struct OperationsInputs: ParsableArguments {
    @Argument(help: "Exports of any kind, recognised by their shape: S2S exports, ERP/WMS exports (with their mapping files), scan logs; files or folders (read recursively).")
    var files: [String] = []

    @Option(name: .long, help: "More exports of any kind (as the arguments). Repeatable.")
    var inputs: [String] = []

    @Option(name: .long, help: "Mapping file for an ERP/WMS export or a scan log (mapping files inside an input folder, or in the folder of an input file, are found by themselves). Repeatable.")
    var mapping: [String] = []

    @Option(name: .long, help: "S2S package exports: a file, a folder of <LicenseNumber>.json files, or LICENSE=file. Repeatable.")
    var inventory: [String] = []

    @Option(name: .long, help: "License roster CSV files. Repeatable.")
    var licenses: [String] = []

    @Option(name: .customLong("lab-results"), help: "S2S lab-test result exports. Repeatable.")
    var labResults: [String] = []

    @Option(name: .long, help: "Lab certificates (COAs): a file or a folder of them. Repeatable.")
    var coa: [String] = []

    @Option(name: .customLong("lab-profiles"), help: "A folder of extra lab profiles for reading COAs. Repeatable.")
    var labProfiles: [String] = []

    @Option(name: .long, help: "The facility's own license number (which manifests are outgoing, which incoming). Repeatable; default: worked out from the exports.")
    var facility: [String] = []

    var spec: InputSpec {
        InputSpec(inventory: inventory, licenses: licenses, labResults: labResults, inputs: files + inputs, mappings: mapping,
                  coas: coa, labProfiles: labProfiles)
    }

    func validate() throws {
        if spec.isEmpty { throw ValidationError("give the exports to read (files or folders)") }
    }
}

/// Report formats, exit threshold and waivers, as for `check`.
struct OperationsReportOptions: ParsableArguments {
    @Option(name: .long, help: "Output format: \(Reporters.identifiers). Repeatable; the n-th --format goes to the n-th --output.")
    var format: [String] = []

    @Option(name: .long, help: "Write the report to this file ('-': standard output). Repeatable, paired with --format in order.")
    var output: [String] = []

    @Option(name: .customLong("fail-on"), help: "Exit 1 when a finding is at or above this severity: error (default), warning, info or never.")
    var failOn: String = "error"

    @Flag(name: .customLong("keep-going"), help: "Exit by the findings even when some input rows could not be read (they are still reported).")
    var keepGoing = false

    @Option(name: .long, help: "Waiver file (YAML): accepted exceptions with rule, business key, reason, approver and expiry.")
    var waivers: String?

    func validate() throws {
        if !["error", "warning", "info", "never"].contains(failOn) {
            throw ValidationError("--fail-on must be error, warning, info or never, not '\(failOn)'")
        }
        _ = try requests()
    }

    func requests() throws -> [OutputRequest] {
        do { return try CheckSettings.pair(formats: format.isEmpty ? ["text"] : format, outputs: output) } catch {
            throw ValidationError(error.description)
        }
    }
}

/// `--day`, or `--from`/`--to`.
struct OperationsWindow: ParsableArguments {
    @Option(name: .long, help: "The day (YYYY-MM-DD).")
    var day: String?

    @Option(name: .long, help: "First day of a window (YYYY-MM-DD), with --to.")
    var from: String?

    @Option(name: .long, help: "Last day of a window (YYYY-MM-DD), with --from.")
    var to: String?

    func validate() throws {
        if day != nil && (from != nil || to != nil) { throw ValidationError("give either --day or --from/--to, not both") }
        let (f, t) = try days()
        if let f, let t, t < f { throw ValidationError("--to \(t) is before --from \(f)") }
    }

    func days() throws -> (Day?, Day?) {
        if let day { let d = try parseDay(day, option: "--day"); return (d, d) }
        return (try from.map { try parseDay($0, option: "--from") }, try to.map { try parseDay($0, option: "--to") })
    }

    var isEmpty: Bool { day == nil && from == nil && to == nil }
}
