import Foundation
public import S2SModel
import S2SCOA

/// `s2slint coa show` as text: every field read with the place it came from, the reader, profile
/// and confidence, the recomputed Total THC, and with a jurisdiction the required panels and the
/// panel statuses recomputed from the values beside the printed ones.
public enum COAShowText {
    public static func render(_ coa: COA, view: COAJurisdictionView?) -> String {
        var out = COADescription.lines(coa)
        if let view { out += lines(view) }
        return out.joined(separator: "\n") + "\n"
    }

    static func at(_ p: COAPosition?) -> String { p.map { "  [\($0)]" } ?? "" }

    static func lines(_ view: COAJurisdictionView) -> [String] {
        var out = ["", "jurisdiction \(view.jurisdiction), product category \(view.category ?? "unknown")"]
        if let c = view.category, !view.requiredPanels.isEmpty {
            out.append("  required panels (facts.\(COAJurisdictionView.requiredPanelsFact).\(c)):")
            let width = view.requiredPanels.map(\.panel.count).max() ?? 0
            for r in view.requiredPanels {
                let name = r.panel.padding(toLength: width, withPad: " ", startingAt: 0)
                guard let p = r.printed else {
                    out.append("    \(name)  MISSING: not on the certificate")
                    continue
                }
                let status = p.status.map { "printed \($0.value.name)" } ?? "no status printed"
                let flag = [COAStatus.notTested, .notEvaluated, .notApplicable, .fail].contains(p.status?.value ?? .pass) ? "  ← not a pass" : ""
                out.append("    \(name)  \(status)\(flag)\(at(p.status?.position ?? p.name.position))")
            }
        }
        if let c = view.category, !view.recomputed.isEmpty {
            out.append("  recomputed from the values with facts.\(COAJurisdictionView.actionLevelsFact).\(c):")
            for p in view.recomputed {
                var s = "    \(p.kind.rawValue): recomputed \(name(p.computed)), printed \(p.printed.map { $0.value.name } ?? "nothing")"
                if p.disagrees { s += " — DISAGREES" }
                out.append(s)
                for a in p.analytes {
                    var line = "      \(a.analyte): \(name(a.computed)), \(a.reason); limit \(a.limit)"
                    if let r = a.reading {
                        if let st = r.status { line += "; row printed \(st.value.name)" }
                        if let l = r.limit { line += ", lab's limit \(l.value)" }
                        if a.disagrees { line += " — DISAGREES" }
                        line += at(r.result.position ?? r.name.position)
                    }
                    out.append(line)
                }
            }
        }
        for p in view.problems { out.append("  note: \(p)") }
        return out
    }

    static func name(_ s: COAStatus) -> String {
        switch s {
        case .pass: return "pass"
        case .fail: return "FAIL"
        case .unknown(let why): return "unknown (\(why))"
        default: return s.name
        }
    }
}
