import ArgumentParser
import RuleEngine
import S2SLintKit
import S2SModel

/// `s2slint reconcile`: the day's movements matched between the S2S export and the internal records.
struct Reconcile: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Match a day's sales, receipts, stock and adjustments between the S2S export and the ERP/WMS records.",
        discussion: """
            Outgoing manifests are matched with the sales orders, incoming manifests with the receiving log, the \
            S2S package list with the on-hand list and S2S adjustments with the internal ones, package by package \
            and transfer by transfer; the pack says which differences are discrepancies (missing on either side, \
            quantity, status, unit of measure, recorded late against the state's deadline).
            Examples:
              s2slint reconcile Examples/ops/s2s Examples/ops/erp --jurisdiction US-CA --day 2026-11-30
              s2slint reconcile exports/ --jurisdiction US-CA --format json --output reconcile.json
            Without --day the day is yesterday in the jurisdiction's time zone.
            """)

    @OptionGroup var packOptions: PackOptions
    @OptionGroup var window: OperationsWindow
    @OptionGroup var inputs: OperationsInputs
    @OptionGroup var report: OperationsReportOptions

    func run() throws {
        try OperationsCommandRun(pack: packOptions, inputs: inputs, report: report).run({ today in
            var (from, to) = try window.days()
            if window.isEmpty { from = today.adding(days: -1); to = from }
            return OperationsRequest(operations: [.reconcile], from: from, to: to)
        }, after: { r, out in
            out.write("\nreconcile \(r.request.windowText)\n")
            out.write(OperationsText.compared(r.notes))
            out.write(OperationsText.discrepancies(OperationsSummary.discrepancyCounts(r.report)))
        })
    }
}
