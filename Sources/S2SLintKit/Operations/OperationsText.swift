import Foundation
import S2SModel

/// The plain-language parts the operation commands print after the report, and the CSV lists they
/// write for the floor (hold list, dispositions).
public enum OperationsText {
    /// `what was compared` lines.
    public static func compared(_ notes: [String]) -> String {
        guard !notes.isEmpty else { return "" }
        return "what was compared:\n" + notes.map { "  " + $0 }.joined(separator: "\n") + "\n"
    }

    static func row(_ p: PackageReasons, showReasons: Bool = true) -> String {
        var s = "  " + p.tag
        let details = [p.item, p.location, p.quantity].compactMap { $0 }.filter { !$0.isEmpty }
        if !details.isEmpty { s += "  " + details.joined(separator: " · ") }
        if showReasons {
            for r in p.reasons { s += "\n      - " + r }
        }
        if !p.movements.isEmpty {
            s += "\n      recent movements:" + p.movements.map { "\n        " + $0 }.joined()
        }
        return s
    }

    public static func holdList(_ list: [PackageReasons]) -> String {
        guard !list.isEmpty else { return "place on hold: nothing; every counted package matches the books\n" }
        return "place on hold until the variance is explained (\(list.count) package\(list.count == 1 ? "" : "s")):\n"
            + list.map { row($0) }.joined(separator: "\n") + "\n"
    }

    public static func dispositions(_ d: OperationsSummary.Dispositions) -> String {
        var s = "may be made available for sale (\(d.available.count)):\n"
        s += d.available.isEmpty ? "  none\n" : d.available.map { row($0, showReasons: false) }.joined(separator: "\n") + "\n"
        s += "quarantine (\(d.quarantine.count)):\n"
        s += d.quarantine.isEmpty ? "  none\n" : d.quarantine.map { row($0) }.joined(separator: "\n") + "\n"
        return s
    }

    public static func tote(_ problems: [PackageReasons], entries: Int) -> String {
        if problems.isEmpty { return "the tote matches its manifest and sales order (\(entries) package\(entries == 1 ? "" : "s")): it may ship\n" }
        return "the tote may not ship as it is (\(problems.count) package\(problems.count == 1 ? "" : "s") to fix):\n"
            + problems.map { row($0) }.joined(separator: "\n") + "\n"
    }

    public static func discrepancies(_ counts: [(category: String, count: Int)]) -> String {
        guard !counts.isEmpty else { return "discrepancies: none\n" }
        return "discrepancies by kind:\n" + counts.map { "  \(String($0.count).leftPadded(5))  \(PlainWords.category($0.category)) (\($0.category))" }.joined(separator: "\n") + "\n"
    }

    /// A list as CSV: tag, item, location, quantity, status, reasons, rules, recent movements.
    public static func csv(_ rows: [(PackageReasons, String)]) -> String {
        var out = "tag,item,location,quantity,status,reasons,rules,recent movements\n"
        for (p, status) in rows {
            out += [p.tag, p.item ?? "", p.location ?? "", p.quantity ?? "", status, p.reasons.joined(separator: "; "),
                    p.rules.joined(separator: " "), p.movements.joined(separator: "; ")].map(cell).joined(separator: ",") + "\n"
        }
        return out
    }

    static func cell(_ s: String) -> String {
        guard s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" }) else { return s }
        return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

extension String {
    func leftPadded(_ n: Int) -> String { count >= n ? self : String(repeating: " ", count: n - count) + self }
}
