import ArgumentParser
import RuleEngine
import S2SLintKit

/// `s2slint receive`: an incoming delivery against its manifest, the dock scans, the receiving log and the COAs.
struct Receive: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check an incoming delivery and say what may be sold and what goes to quarantine, with reasons.",
        discussion: """
            The incoming manifest is checked against the dock scans and the receiving log (missing or extra packages, \
            quantities, damage or tamper notes) and each package against its lab certificate and the S2S lab results. \
            --dispositions writes the list (available or quarantine, with reasons) as CSV.
            Examples:
              s2slint receive Examples/ops/s2s Examples/ops/erp Examples/ops/scans/dock-0002000101.csv \\
                --coa Examples/ops/coas --jurisdiction US-CA --manifest 0002000101 --dispositions receipt.csv
            Without --manifest every incoming manifest of the input (of --day, when given) is received.
            """)

    @OptionGroup var packOptions: PackOptions
    @Option(name: .long, help: "The incoming manifest (its number). Repeatable.")
    var manifest: [String] = []
    @Option(name: .long, help: "Use only the scans of this dock session. Repeatable; default: every scan read.")
    var session: [String] = []
    @OptionGroup var window: OperationsWindow
    @Option(name: .long, help: "Write what may be sold and what goes to quarantine, with the reasons, to this CSV file.")
    var dispositions: String?
    @OptionGroup var inputs: OperationsInputs
    @OptionGroup var report: OperationsReportOptions

    func run() throws {
        try OperationsCommandRun(pack: packOptions, inputs: inputs, report: report).run({ _ in
            let (from, to) = try window.days()
            return OperationsRequest(operations: [.receive], from: from, to: to, sessions: session, manifests: manifest)
        }, after: { r, out in
            let d = OperationsSummary.dispositions(r)
            out.write("\n" + OperationsText.compared(r.notes))
            out.write(OperationsText.dispositions(d))
            if let dispositions {
                try writeList(OperationsText.csv(d.available.map { ($0, "available") } + d.quarantine.map { ($0, "quarantine") }), to: dispositions)
            }
        })
    }
}
