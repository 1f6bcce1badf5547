import Foundation
import S2SModel
import S2SReports

/// The end-of-day report as data: one CSV table (a `section` column tells the parts apart) and JSON
/// (`"schema": "s2slint.eod/1"`).
public enum EODData {
    public static func csv(_ r: EODReport) -> String {
        var out = "section,tag,name,item,quantity,unit,value,detail\n"
        func row(_ cells: [String]) { out += cells.map(cell).joined(separator: ",") + "\n" }
        func mv(_ section: String, _ m: EODReport.Movement) {
            row([section, m.tag, m.counterparty ?? "", m.item ?? "", m.quantity.map { "\($0.value)" } ?? "", m.quantity?.unit.symbol ?? "",
                 m.value.map { "\($0)" } ?? "", [m.system, m.manifest.map { "manifest \($0)" }, m.status, m.reason].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: "; ")])
        }
        r.inbound.forEach { mv("received", $0) }
        r.outbound.forEach { mv("shipped", $0) }
        r.adjustments.forEach { mv("adjustment", $0) }
        for b in r.byCategory { row(["stock_by_category", "", b.name, "", "\(b.packages)", "packages", "\(b.value)", EODNumbers.stock(b)]) }
        for b in r.byLocation { row(["stock_by_location", "", b.name, "", "\(b.packages)", "packages", "\(b.value)", EODNumbers.stock(b)]) }
        for f in r.variances { row(["variance", f.package ?? "", f.ruleId, f.category, "", "", "", "\(f.severity.rawValue): \(f.message)"]) }
        for h in r.holds { row(["hold", h.tag, h.location ?? "", h.item ?? "", h.quantity.map { "\($0.value)" } ?? "", h.quantity?.unit.symbol ?? "", "", h.reasons.joined(separator: "; ")]) }
        return out
    }

    static func cell(_ s: String) -> String {
        guard s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" }) else { return s }
        return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    public static func json(_ r: EODReport) -> String {
        let q = JSONText.quote, o = JSONText.optional
        func num(_ d: Decimal?) -> String { d.map { "\($0)" } ?? "null" }
        func qty(_ x: Quantity?) -> String { x.map { "{\"value\": \($0.value), \"unit\": \(q($0.unit.symbol))}" } ?? "null" }
        func mv(_ m: EODReport.Movement) -> String {
            "{\"tag\": \(q(m.tag)), \"item\": \(o(m.item)), \"category\": \(o(m.category)), \"quantity\": \(qty(m.quantity)), \"system\": \(q(m.system)), "
                + "\"counterparty\": \(o(m.counterparty)), \"manifest\": \(o(m.manifest)), \"status\": \(o(m.status)), \"reason\": \(o(m.reason)), \"value\": \(num(m.value))}"
        }
        func bucket(_ b: EODReport.Bucket) -> String {
            "{\"name\": \(q(b.name)), \"packages\": \(b.packages), \"units\": \(b.units), \"grams\": \(b.grams), \"millilitres\": \(b.millilitres), \"value\": \(b.value), \"unvalued\": \(b.unvalued)}"
        }
        func list(_ items: [String], indent: String = "    ") -> String {
            items.isEmpty ? "[]" : "[\n" + items.map { indent + $0 }.joined(separator: ",\n") + "\n" + indent.dropLast(2) + "]"
        }
        var s = "{\n  \"schema\": \"s2slint.eod/1\",\n  \"day\": \(q(r.day.description)),\n"
        s += "  \"facility\": [\(r.facility.map(q).joined(separator: ", "))],\n  \"jurisdiction\": \(o(r.jurisdiction)),\n"
        s += "  \"packs\": [\(r.packs.map { "{\"id\": \(q($0.id)), \"version\": \(q($0.version)), \"sha256\": \(q($0.sha256))}" }.joined(separator: ", "))],\n"
        s += "  \"summary\": {\"received\": \(r.inbound.count), \"shipped\": \(r.outbound.count), \"adjustments\": \(r.adjustments.count), "
        s += "\"packages_on_hand\": \(r.totalPackages), \"stock_value\": \(r.totalValue), \"variances\": \(r.variances.count), \"suppressed\": \(r.suppressed), \"holds\": \(r.holds.count)},\n"
        s += "  \"movements\": {\n    \"received\": \(list(r.inbound.map(mv), indent: "      ")),\n    \"shipped\": \(list(r.outbound.map(mv), indent: "      ")),\n"
        s += "    \"adjustments\": \(list(r.adjustments.map(mv), indent: "      "))\n  },\n"
        s += "  \"stock\": {\"source\": \(q(r.stockSource)), \"by_category\": \(list(r.byCategory.map(bucket), indent: "      ")), \"by_location\": \(list(r.byLocation.map(bucket), indent: "      "))},\n"
        s += "  \"variances\": \(list(r.variances.map { f in "{\"rule\": \(q(f.ruleId)), \"category\": \(q(f.category)), \"severity\": \(q(f.severity.rawValue)), \"outcome\": \(q(f.outcome.rawValue)), \"package\": \(o(f.package)), \"manifest\": \(o(f.manifest)), \"message\": \(q(f.message))}" })),\n"
        s += "  \"holds\": \(list(r.holds.map { h in "{\"tag\": \(q(h.tag)), \"item\": \(o(h.item)), \"location\": \(o(h.location)), \"quantity\": \(qty(h.quantity)), \"reasons\": [\(h.reasons.map(q).joined(separator: ", "))]}" })),\n"
        s += "  \"notes\": [\(r.notes.map(q).joined(separator: ", "))],\n"
        s += "  \"problems\": [\(r.problems.map { q($0.description) }.joined(separator: ", "))]\n}\n"
        return s
    }
}
