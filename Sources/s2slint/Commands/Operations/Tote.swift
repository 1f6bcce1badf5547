import ArgumentParser
import RuleEngine
import S2SLintKit

/// `s2slint tote`: a staged tote's scans against its manifest and sales order.
struct Tote: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check a staged tote: every tag of its manifest scanned, no extra tag, quantities and items as the sales order sold.",
        discussion: """
            Examples:
              s2slint tote Examples/ops/s2s Examples/ops/erp Examples/ops/scans/tote-17.csv --jurisdiction US-CA \\
                --tote TOTE-17 --manifest 0001998002
            Without --manifest the tote's manifest is the one its sales order names, else the one holding its scanned tags.
            """)

    @OptionGroup var packOptions: PackOptions
    @Option(name: .long, help: "The tote: the scan session it was staged in. Repeatable; default: every scan read.")
    var tote: [String] = []
    @Option(name: .long, help: "The manifest the tote ships on (its number).")
    var manifest: [String] = []
    @Option(name: .long, help: "The sales order the tote fills. Repeatable; default: the order lines naming the manifest or its tags.")
    var order: [String] = []
    @OptionGroup var inputs: OperationsInputs
    @OptionGroup var report: OperationsReportOptions

    func run() throws {
        try OperationsCommandRun(pack: packOptions, inputs: inputs, report: report).run({ _ in
            OperationsRequest(operations: [.tote], sessions: tote, manifests: manifest, orders: order)
        }, after: { r, out in
            out.write("\n" + OperationsText.compared(r.notes))
            out.write(OperationsText.tote(OperationsSummary.toteProblems(r), entries: r.index.toteEntries.count))
        })
    }
}
