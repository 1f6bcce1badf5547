import Foundation
import S2SModel
import S2SReports

/// The end-of-day report as Markdown (a pull request, a wiki, an email).
public enum EODMarkdown {
    public static func render(_ r: EODReport) -> String {
        var s = "# End of day — \(r.day)\n\n"
        s += header(r) + "\n\n"
        s += "## Summary\n\n| | |\n|---|---|\n"
        for (k, v) in EODText.summaryRows(r) { s += "| \(cell(k)) | \(cell(v)) |\n" }
        s += "\n## Movements\n\n"
        s += "### In (received)\n\n" + movements(r.inbound, party: "from", value: true)
        s += "\n### Out (shipped)\n\n" + movements(r.outbound, party: "to", value: true)
        s += "\n### Adjustments\n\n"
        if r.adjustments.isEmpty { s += "None.\n" } else {
            s += "| tag | item | quantity | recorded in | reason | cost |\n|---|---|---:|---|---|---:|\n"
            for m in r.adjustments {
                s += "| \(MarkdownText.code(m.tag)) | \(cell(m.item)) | \(EODNumbers.quantity(m.quantity)) | \(m.system) | \(cell(m.reason)) | \(m.value.map(EODNumbers.money) ?? "") |\n"
            }
        }
        s += "\n## Stock on hand\n\nFrom \(r.stockSource): \(r.totalPackages) packages, \(EODNumbers.money(r.totalValue)).\n\n"
        s += "### By category\n\n" + buckets(r.byCategory, "category")
        s += "\n### By location\n\n" + buckets(r.byLocation, "location")
        s += "\n## Variances\n\n"
        if r.variances.isEmpty { s += "None found.\n" } else {
            s += r.variancesByCategory.map { "\($0.count) \(PlainWords.category($0.category))" }.joined(separator: " · ") + "\n\n"
            s += "| severity | rule | package | manifest | what was found |\n|---|---|---|---|---|\n"
            for f in r.variances {
                s += "| \(f.severity.rawValue)\(f.outcome == .unevaluated ? " (not evaluated)" : "") | \(f.ruleId) | \(f.package.map(MarkdownText.code) ?? "") | \(cell(f.manifest)) | \(cell(f.message)) |\n"
            }
        }
        if r.suppressed > 0 { s += "\n\(r.suppressed) accepted by a waiver (not listed).\n" }
        s += "\n## Open holds\n\n"
        if r.holds.isEmpty { s += "None.\n" } else {
            s += "| tag | item | location | why |\n|---|---|---|---|\n"
            for h in r.holds { s += "| \(MarkdownText.code(h.tag)) | \(cell(h.item)) | \(cell(h.location)) | \(cell(h.reasons.joined(separator: "; "))) |\n" }
        }
        s += "\n## What was compared\n\n" + r.notes.map { "- " + MarkdownText.inline($0) }.joined(separator: "\n") + "\n"
        if !r.problems.isEmpty {
            s += "\n## Problems reading the inputs\n\n" + r.problems.map { "- " + MarkdownText.inline($0.description) }.joined(separator: "\n") + "\n"
        }
        return s
    }

    static func header(_ r: EODReport) -> String {
        var parts: [String] = []
        if !r.facility.isEmpty { parts.append("facility " + r.facility.joined(separator: ", ")) }
        if let j = r.jurisdiction { parts.append("jurisdiction \(j)") }
        let packs = r.packs.filter { !$0.id.hasPrefix("facts:") }.map { "\($0.id) \($0.version)" }
        if !packs.isEmpty { parts.append("packs " + packs.joined(separator: ", ")) }
        return parts.joined(separator: " · ")
    }

    static func movements(_ list: [EODReport.Movement], party: String, value: Bool) -> String {
        guard !list.isEmpty else { return "None.\n" }
        var s = "| tag | item | quantity | \(party) | manifest | status | wholesale value |\n|---|---|---:|---|---|---|---:|\n"
        for m in list {
            s += "| \(MarkdownText.code(m.tag)) | \(cell(m.item)) | \(EODNumbers.quantity(m.quantity)) | \(cell(m.counterparty)) | \(cell(m.manifest)) | \(cell(m.status)) | \(m.value.map(EODNumbers.money) ?? "") |\n"
        }
        return s + "\nTotal: \(list.count) package\(list.count == 1 ? "" : "s"), \(EODNumbers.money(EODReport.total(list))).\n"
    }

    static func buckets(_ list: [EODReport.Bucket], _ what: String) -> String {
        guard !list.isEmpty else { return "None.\n" }
        var s = "| \(what) | packages | stock | value |\n|---|---:|---|---:|\n"
        for b in list {
            s += "| \(cell(b.name)) | \(b.packages) | \(EODNumbers.stock(b)) | \(EODNumbers.money(b.value))\(b.unvalued > 0 ? " (\(b.unvalued) without cost)" : "") |\n"
        }
        return s
    }

    static func cell(_ s: String?) -> String {
        MarkdownText.inline(s ?? "").replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
    }
}

/// Words shared by the end-of-day formats.
enum EODText {
    static func summaryRows(_ r: EODReport) -> [(String, String)] {
        let errors = r.variances.filter { $0.severity == .error }.count
        let warnings = r.variances.filter { $0.severity == .warning }.count
        return [
            ("received", "\(r.inbound.count) package\(r.inbound.count == 1 ? "" : "s") (\(EODNumbers.money(EODReport.total(r.inbound))) wholesale)"),
            ("shipped", "\(r.outbound.count) package\(r.outbound.count == 1 ? "" : "s") (\(EODNumbers.money(EODReport.total(r.outbound))) wholesale)"),
            ("adjustments", "\(r.adjustments.count) (\(EODNumbers.money(EODReport.total(r.adjustments))) at cost)"),
            ("stock on hand", "\(r.totalPackages) packages, \(EODNumbers.money(r.totalValue))"),
            ("variances", r.variances.isEmpty ? "none" : "\(r.variances.count) (\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s"))"),
            ("open holds", "\(r.holds.count)"),
        ]
    }
}
