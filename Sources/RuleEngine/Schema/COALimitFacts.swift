import Foundation
public import S2SModel

/// Action limits as a jurisdiction's facts hold them, turned into the model's `COALimitTable`:
///
/// ```yaml
/// heavy_metals: { cadmium: "0.2 µg/g", lead: "0.5 µg/g" }   # panel kind → analyte id → limit
/// microbials: { stec: "not detected in 1 g" }
/// ```
///
/// The law stays in the facts; this only reads it (`COALimit(factText:)` for the limit words).
public enum COALimitFacts {
    /// The table a facts value describes, and what in it could not be read (`heavy_metals.cadmium:
    /// '0.2 ug' is not a limit`). Panels follow the panel vocabulary's order, analytes their ids'.
    public static func table(_ value: Value, panels only: Set<String>? = nil) -> (COALimitTable, [String]) {
        guard case .map(let byPanel) = value else { return (COALimitTable([]), ["the limits are not a table of panels"]) }
        var entries: [COALimitTable.Entry] = []
        var problems: [String] = []
        for name in byPanel.keys.sorted(by: panelOrder) {
            if let only, !only.contains(name) { continue }
            guard let kind = COAPanelKind(rawValue: name) else {
                problems.append("'\(name)' is not a panel (\(COAPanelKind.allCases.map(\.rawValue).joined(separator: ", ")))")
                continue
            }
            guard case .map(let byAnalyte)? = byPanel[name] else {
                problems.append("\(name): expected a table of analyte ids and limits")
                continue
            }
            for analyte in byAnalyte.keys.sorted() {
                guard let v = byAnalyte[analyte], let limit = limit(v) else {
                    problems.append("\(name).\(analyte): '\(describe(byAnalyte[analyte]))' is not a limit; write e.g. \"0.2 µg/g\", \"any detection\" or \"not detected in 1 g\"")
                    continue
                }
                entries.append(COALimitTable.Entry(analyte: analyte, panel: kind, limit: limit))
            }
        }
        return (COALimitTable(entries), problems)
    }

    /// A limit from a facts value: text (`"0.2 µg/g"`), or a quantity the facts loader typed from a
    /// plain scalar (`0.65 aw`).
    static func limit(_ v: Value) -> COALimit? {
        switch v {
        case .string(let s): return COALimit(factText: s)
        case .quantity(let q): return COALimit(factText: "\(q.value) \(q.unit.symbol)")
        default: return nil
        }
    }

    /// Every problem in a facts node meant as a limit table, over all of its versions (for pack load).
    static func problems(in node: FactNode) -> [String] {
        var out: [String] = []
        for table in versions(of: node) {
            guard case .object(let panels, let order) = table else {
                out.append("the limits are not a table of panels")
                continue
            }
            for name in order {
                guard COAPanelKind(rawValue: name) != nil else {
                    out.append("'\(name)' is not a panel (\(COAPanelKind.allCases.map(\.rawValue).joined(separator: ", ")))")
                    continue
                }
                for panel in versions(of: panels[name] ?? .value(.null, .null)) {
                    guard case .object(let analytes, let ids) = panel else {
                        out.append("\(name): expected a table of analyte ids and limits")
                        continue
                    }
                    for id in ids {
                        for leaf in versions(of: analytes[id] ?? .value(.null, .null)) {
                            guard case .value(let v, _) = leaf, limit(v) != nil else {
                                let shown = if case .value(let v, _) = leaf { describe(v) } else { "a table or list" }
                                out.append("\(name).\(id): '\(shown)' is not a limit; write e.g. \"0.2 µg/g\", \"any detection\" or \"not detected in 1 g\"")
                                continue
                            }
                        }
                    }
                }
            }
        }
        return out
    }

    /// The node itself, or each of its versions.
    static func versions(of node: FactNode) -> [FactNode] {
        if case .versioned(let vs) = node { return vs.flatMap { versions(of: $0.node) } }
        return [node]
    }

    static func panelOrder(_ a: String, _ b: String) -> Bool {
        switch (COAPanelKind(rawValue: a), COAPanelKind(rawValue: b)) {
        case (let x?, let y?): return x < y
        case (nil, nil): return a < b
        case (nil, _): return false
        case (_, nil): return true
        }
    }

    static func describe(_ v: Value?) -> String {
        switch v {
        case .string(let s)?: return s
        case .number(let d)?: return "\(d)"
        case .quantity(let q)?: return q.description
        case .null?, nil: return "null"
        default: return "a table or list"
        }
    }
}
