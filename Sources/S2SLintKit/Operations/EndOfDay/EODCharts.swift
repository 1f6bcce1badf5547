import Foundation
import S2SReports

/// Inline SVG charts for the end-of-day HTML report (no script, no external assets). Amounts are
/// exact decimals; only the bar lengths are drawn with floating point.
enum EODCharts {
    struct Bar {
        var label: String
        var amount: Decimal
        /// The text shown at the bar's end (`$12,345.67`, `3 packages`).
        var text: String
        var color: String
    }

    static let palette = ["#2f6f4f", "#4f8f6f", "#7aa95c", "#c9a227", "#d97b29", "#b5473a", "#6a5d9f", "#3d7ea6", "#8c8c8c"]

    /// A horizontal bar chart with a title.
    static func bars(_ title: String, _ bars: [Bar], width: Int = 560) -> String {
        let labelWidth = 170.0, textWidth = 110.0, rowHeight = 26.0, top = 30.0
        let area = Double(width) - labelWidth - textWidth
        let height = top + Double(max(1, bars.count)) * rowHeight + 8
        let maxAmount = bars.map { abs(NSDecimalNumber(decimal: $0.amount).doubleValue) }.max() ?? 0
        var s = "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" class=\"chart\" width=\"\(width)\" height=\"\(Int(height))\" "
        s += "viewBox=\"0 0 \(width) \(Int(height))\" aria-label=\"\(XMLText.attribute(title))\">"
        s += "<title>\(XMLText.text(title))</title>"
        s += "<text x=\"0\" y=\"18\" class=\"chart-title\">\(XMLText.text(title))</text>"
        if bars.isEmpty {
            s += "<text x=\"0\" y=\"\(Int(top + 16))\" class=\"chart-empty\">nothing to show</text>"
        }
        for (k, b) in bars.enumerated() {
            let y = top + Double(k) * rowHeight
            let label = b.label.count > 24 ? String(b.label.prefix(23)) + "…" : b.label
            let amount = abs(NSDecimalNumber(decimal: b.amount).doubleValue)
            let w = maxAmount > 0 ? max(2, area * amount / maxAmount) : 2
            s += "<text x=\"\(fmt(labelWidth - 8))\" y=\"\(fmt(y + 16))\" text-anchor=\"end\">\(XMLText.text(label))</text>"
            s += "<rect x=\"\(fmt(labelWidth))\" y=\"\(fmt(y + 4))\" width=\"\(fmt(w))\" height=\"\(fmt(rowHeight - 9))\" rx=\"3\" fill=\"\(b.color)\">"
            s += "<title>\(XMLText.text("\(b.label): \(b.text)"))</title></rect>"
            s += "<text x=\"\(fmt(labelWidth + w + 6))\" y=\"\(fmt(y + 16))\" class=\"chart-value\">\(XMLText.text(b.text))</text>"
        }
        return s + "</svg>"
    }

    /// One bar per bucket, by value (or by packages when nothing has a value).
    static func stock(_ title: String, _ buckets: [EODReport.Bucket]) -> String {
        let byValue = buckets.contains { $0.value != 0 }
        let shown = Array(buckets.prefix(12))
        return bars(title, shown.enumerated().map { i, b in
            Bar(label: b.name, amount: byValue ? b.value : Decimal(b.packages),
                text: byValue ? EODNumbers.money(b.value) : "\(b.packages) package\(b.packages == 1 ? "" : "s")",
                color: palette[i % palette.count])
        })
    }

    static func fmt(_ d: Double) -> String {
        let r = (d * 10).rounded() / 10
        return r == r.rounded() ? String(Int(r)) : String(r)
    }
}
