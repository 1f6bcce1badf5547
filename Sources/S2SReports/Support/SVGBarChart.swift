/// A horizontal stacked bar chart as inline SVG (no script, no external assets), for the HTML
/// report: one bar per label, one coloured segment per series.
struct SVGBarChart {
    struct Bar {
        var label: String
        var values: [Int]
    }
    var title: String
    var series: [(name: String, color: String)]
    var bars: [Bar]

    func render() -> String {
        let labelWidth = 190.0, barArea = 360.0, rowHeight = 24.0, top = 28.0
        let width = labelWidth + barArea + 60
        let height = top + Double(max(1, bars.count)) * rowHeight + 30
        let maxTotal = max(1, bars.map { $0.values.reduce(0, +) }.max() ?? 1)
        var s = "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"\(Int(width))\" height=\"\(Int(height))\" "
        s += "viewBox=\"0 0 \(Int(width)) \(Int(height))\" aria-label=\"\(XMLText.attribute(title))\">"
        s += "<title>\(XMLText.text(title))</title>"
        // legend
        var x = labelWidth
        for (name, color) in series {
            s += "<rect x=\"\(fmt(x))\" y=\"6\" width=\"10\" height=\"10\" fill=\"\(color)\"/>"
            s += "<text x=\"\(fmt(x + 14))\" y=\"15\">\(XMLText.text(name))</text>"
            x += 14 + Double(name.count) * 7 + 16
        }
        for (k, bar) in bars.enumerated() {
            let y = top + Double(k) * rowHeight
            let label = bar.label.count > 28 ? String(bar.label.prefix(27)) + "…" : bar.label
            s += "<text x=\"\(fmt(labelWidth - 8))\" y=\"\(fmt(y + 15))\" text-anchor=\"end\">\(XMLText.text(label))</text>"
            var bx = labelWidth
            for (i, v) in bar.values.enumerated() where v > 0 && i < series.count {
                let w = max(1.5, barArea * Double(v) / Double(maxTotal))
                s += "<rect x=\"\(fmt(bx))\" y=\"\(fmt(y + 3))\" width=\"\(fmt(w))\" height=\"\(fmt(rowHeight - 8))\" fill=\"\(series[i].color)\">"
                s += "<title>\(XMLText.text("\(bar.label): \(v) \(series[i].name)"))</title></rect>"
                bx += w
            }
            s += "<text x=\"\(fmt(bx + 6))\" y=\"\(fmt(y + 15))\">\(bar.values.reduce(0, +))</text>"
        }
        return s + "</svg>"
    }

    func fmt(_ d: Double) -> String {
        let r = (d * 10).rounded() / 10
        return r == r.rounded() ? String(Int(r)) : String(r)
    }
}
