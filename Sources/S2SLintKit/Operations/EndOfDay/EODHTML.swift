import Foundation
import S2SModel
import S2SReports

/// The end-of-day report as one HTML file with inline SVG charts (no script, no external assets).
public enum EODHTML {
    public static func render(_ r: EODReport) -> String {
        var s = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        s += "<title>End of day — \(r.day)</title><style>\(style)</style></head><body>\n"
        s += "<header><h1>End of day — \(r.day)</h1><p class=\"sub\">\(e(EODMarkdown.header(r)))</p></header>\n"
        s += "<section class=\"cards\">"
        for (k, v) in EODText.summaryRows(r) {
            let alert = (k == "variances" && !r.variances.isEmpty) || (k == "open holds" && !r.holds.isEmpty)
            s += "<div class=\"card\(alert ? " alert" : "")\"><div class=\"k\">\(e(k))</div><div class=\"v\">\(e(v))</div></div>"
        }
        s += "</section>\n<section class=\"charts\">"
        s += EODCharts.stock("Stock value by category", r.byCategory)
        s += EODCharts.stock("Stock value by location", r.byLocation)
        s += EODCharts.bars("The day's movements (wholesale value or cost)", [
            .init(label: "received (\(r.inbound.count))", amount: EODReport.total(r.inbound), text: EODNumbers.money(EODReport.total(r.inbound)), color: "#3d7ea6"),
            .init(label: "shipped (\(r.outbound.count))", amount: EODReport.total(r.outbound), text: EODNumbers.money(EODReport.total(r.outbound)), color: "#2f6f4f"),
            .init(label: "adjusted (\(r.adjustments.count))", amount: EODReport.total(r.adjustments), text: EODNumbers.money(EODReport.total(r.adjustments)), color: "#d97b29"),
        ])
        s += EODCharts.bars("Variances by kind", r.variancesByCategory.map {
            .init(label: PlainWords.category($0.category), amount: Decimal($0.count), text: "\($0.count)", color: "#b5473a")
        })
        s += "</section>\n"
        s += "<h2>Variances</h2>"
        if r.variances.isEmpty { s += "<p>None found.</p>" } else {
            s += table(["severity", "rule", "package", "manifest", "what was found"], r.variances.map { f in
                [f.severity.rawValue + (f.outcome == .unevaluated ? " (not evaluated)" : ""), f.ruleId, f.package ?? "", f.manifest ?? "", f.message]
            }, classes: r.variances.map { "sev-\($0.severity.rawValue)" }, nowrap: [0, 1, 2, 3])
        }
        s += "<h2>Open holds</h2>"
        s += r.holds.isEmpty ? "<p>None.</p>" : table(["tag", "item", "location", "why"], r.holds.map {
            [$0.tag, $0.item ?? "", $0.location ?? "", $0.reasons.joined(separator: "; ")]
        })
        s += "<h2>Movements</h2><h3>In (received)</h3>" + movements(r.inbound, party: "from")
        s += "<h3>Out (shipped)</h3>" + movements(r.outbound, party: "to")
        s += "<h3>Adjustments</h3>"
        s += r.adjustments.isEmpty ? "<p>None.</p>" : table(["tag", "item", "quantity", "recorded in", "reason", "cost"], r.adjustments.map {
            [$0.tag, $0.item ?? "", EODNumbers.quantity($0.quantity), $0.system, $0.reason ?? "", $0.value.map(EODNumbers.money) ?? ""]
        })
        s += "<h2>Stock on hand</h2><p>From \(e(r.stockSource)): \(r.totalPackages) packages, \(EODNumbers.money(r.totalValue)).</p>"
        s += "<h3>By category</h3>" + buckets(r.byCategory, "category") + "<h3>By location</h3>" + buckets(r.byLocation, "location")
        s += "<h2>What was compared</h2><ul>" + r.notes.map { "<li>\(e($0))</li>" }.joined() + "</ul>"
        if !r.problems.isEmpty {
            s += "<h2>Problems reading the inputs</h2><ul>" + r.problems.map { "<li>\(e($0.description))</li>" }.joined() + "</ul>"
        }
        s += "<footer>s2slint report eod · inputs: \(e(r.inputs.joined(separator: ", ")))</footer>\n</body></html>\n"
        return s
    }

    static func e(_ s: String) -> String { XMLText.text(s) }

    /// A table; the columns in `nowrap` (by position) never break (tags, rule ids, numbers).
    static func table(_ head: [String], _ rows: [[String]], classes: [String] = [], nowrap: Set<Int> = [0]) -> String {
        var s = "<table><thead><tr>" + head.map { "<th>\(e($0))</th>" }.joined() + "</tr></thead><tbody>"
        for (i, row) in rows.enumerated() {
            let c = i < classes.count ? " class=\"\(classes[i])\"" : ""
            s += "<tr\(c)>" + row.enumerated().map { k, v in "<td\(nowrap.contains(k) ? " class=\"nw\"" : "")>\(e(v))</td>" }.joined() + "</tr>"
        }
        return s + "</tbody></table>"
    }

    static func movements(_ list: [EODReport.Movement], party: String) -> String {
        guard !list.isEmpty else { return "<p>None.</p>" }
        return table(["tag", "item", "quantity", party, "manifest", "status", "wholesale value"], list.map {
            [$0.tag, $0.item ?? "", EODNumbers.quantity($0.quantity), $0.counterparty ?? "", $0.manifest ?? "", $0.status ?? "",
             $0.value.map(EODNumbers.money) ?? ""]
        }) + "<p class=\"total\">Total: \(list.count) package\(list.count == 1 ? "" : "s"), \(EODNumbers.money(EODReport.total(list)))</p>"
    }

    static func buckets(_ list: [EODReport.Bucket], _ what: String) -> String {
        list.isEmpty ? "<p>None.</p>" : table([what, "packages", "stock", "value"], list.map {
            [$0.name, "\($0.packages)", EODNumbers.stock($0), EODNumbers.money($0.value) + ($0.unvalued > 0 ? " (\($0.unvalued) without cost)" : "")]
        })
    }

    static let style = """
        body{font:14px/1.45 -apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:#1d2a24;margin:24px auto;max-width:1180px;padding:0 20px;background:#fbfcfb}
        h1{font-size:24px;margin:0}h2{font-size:18px;margin:28px 0 8px;border-bottom:1px solid #dfe6e2;padding-bottom:4px}h3{font-size:15px;margin:18px 0 6px}
        .sub{color:#5b6b63;margin:4px 0 16px}
        .cards{display:grid;grid-template-columns:repeat(6,1fr);gap:10px;margin:10px 0 18px}
        .card{background:#fff;border:1px solid #dfe6e2;border-radius:8px;padding:10px 12px}.card .k{color:#5b6b63;font-size:12px;text-transform:uppercase;letter-spacing:.04em}
        .card .v{font-size:15px;font-weight:600;margin-top:4px}.card.alert{border-color:#e3b2aa;background:#fff6f4}
        .charts{display:grid;grid-template-columns:1fr 1fr;gap:14px}.chart{background:#fff;border:1px solid #dfe6e2;border-radius:8px;padding:8px;font-size:12px;max-width:100%}
        .chart-title{font-weight:600;font-size:13px}.chart-value{fill:#33443b}.chart-empty{fill:#8c8c8c}
        table{border-collapse:collapse;width:100%;background:#fff;margin:6px 0;table-layout:auto}th,td{border:1px solid #dfe6e2;padding:5px 8px;text-align:left;vertical-align:top}
        th{background:#eef3f0;font-weight:600}td.nw{white-space:nowrap}td:first-child{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:12px}
        tr.sev-error td:first-child{color:#a2332a;font-weight:600}tr.sev-warning td:first-child{color:#9a6a0b;font-weight:600}
        .total{color:#5b6b63;margin:2px 0 10px}footer{color:#8c8c8c;font-size:12px;margin:30px 0 10px}
        """
}
