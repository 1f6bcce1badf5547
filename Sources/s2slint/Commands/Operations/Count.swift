import ArgumentParser
import RuleEngine
import S2SLintKit

/// `s2slint count`: a cycle count's scans against the books.
struct Count: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check a cycle count (RFID or barcode scan log) against the S2S package list and the on-hand list.",
        discussion: """
            Reports tags the books place in the counted area that were not scanned, tags scanned that the books do \
            not know or place elsewhere, and unit counts that differ; each variance lists the tag's recent \
            movements. The packages with a finding are the ones to place on hold (--hold-list writes them as CSV).
            Examples:
              s2slint count Examples/ops/s2s Examples/ops/erp Examples/ops/scans/cycle-count-2026-11-30.csv --jurisdiction US-CA \\
                --location VAULT-A --location VAULT-B --session CC-2026-11-30-A --hold-list hold.csv
            """)

    @OptionGroup var packOptions: PackOptions
    @Option(name: .long, help: "The counted area: a location, and every bin inside it (VAULT-A holds VAULT-A-03). Repeatable; default: the locations scanned.")
    var location: [String] = []
    @Option(name: .long, help: "Count only packages of this item category (compared ignoring case). Repeatable.")
    var category: [String] = []
    @Option(name: .long, help: "Use only the scans of this count session. Repeatable; default: every scan read.")
    var session: [String] = []
    @OptionGroup var window: OperationsWindow
    @Option(name: .customLong("hold-list"), help: "Write the packages to place on hold, with the reasons, to this CSV file.")
    var holdList: String?
    @OptionGroup var inputs: OperationsInputs
    @OptionGroup var report: OperationsReportOptions

    func run() throws {
        try OperationsCommandRun(pack: packOptions, inputs: inputs, report: report).run({ _ in
            let (from, to) = try window.days()
            return OperationsRequest(operations: [.count], from: from, to: to, locations: location, categories: category, sessions: session)
        }, after: { r, out in
            let holds = OperationsSummary.holdList(r)
            out.write("\n" + OperationsText.compared(r.notes))
            out.write(OperationsText.holdList(holds))
            if let holdList { try writeList(OperationsText.csv(holds.map { ($0, "hold") }), to: holdList) }
        })
    }
}
