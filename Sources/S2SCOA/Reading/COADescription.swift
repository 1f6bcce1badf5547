import Foundation
public import S2SModel

/// Renders a COA field by field with where each value was read (`page 1 line 19 col 5`), for
/// `s2slint coa show` and for people checking why a COA was accepted.
public enum COADescription {
    public static func lines(_ coa: COA) -> [String] {
        var out: [String] = []
        func at(_ p: COAPosition?) -> String { p.map { "  [\($0)]" } ?? "" }
        func row<T>(_ label: String, _ f: COAField<T>?, _ show: (T) -> String = { "\($0)" }) {
            guard let f else { out.append("\(label): —"); return }
            var s = "\(label): \(show(f.value))"
            if f.printed != show(f.value), !f.printed.isEmpty { s += "  (printed \"\(f.printed)\")" }
            s += at(f.position)
            if let n = f.note { s += "  note: \(n)" }
            out.append(s)
        }
        out.append("file: \(coa.document.path) (\(coa.document.format.rawValue)\(coa.document.pages.map { ", \($0) pages" } ?? ""))")
        out.append("sha256: \(coa.document.sha256)")
        out.append("reader: \(coa.reading.reader), profile: \(coa.reading.profile), confidence: \(coa.reading.confidence)")
        if !coa.reading.missingFields.isEmpty { out.append("not found: " + coa.reading.missingFields.joined(separator: ", ")) }
        row("lab.name", coa.lab.name)
        row("lab.license", coa.lab.license)
        row("sample_id", coa.sample.sampleID)
        row("report_id", coa.sample.reportID)
        if coa.sample.batchIDs.isEmpty { out.append("batch: —") }
        for b in coa.sample.batchIDs { row("batch", b) }
        for t in coa.sample.traceIDs { row("\(t.role.rawValue) (\(t.system.rawValue))", t.tag) }
        row("product_name", coa.sample.productName)
        row("strain", coa.sample.strain)
        row("matrix", coa.sample.matrix)
        row("category", coa.sample.category) { $0.rawValue }
        row("inhalable", coa.sample.inhalable)
        row("serving_size", coa.sample.servingSize)
        row("unit_mass", coa.sample.unitMass)
        row("dates.sampled", coa.dates.sampled)
        row("dates.received", coa.dates.received)
        row("dates.tested", coa.dates.tested)
        row("dates.released", coa.dates.released)
        row("dates.expires", coa.dates.expires)
        row("dates.produced", coa.dates.produced)
        row("status", coa.status)
        row("purpose", coa.purpose) { $0.rawValue }
        row("basis", coa.basis) { $0.rawValue }
        for t in coa.printedTotals { row("printed \(t.kind) (\(t.context.rawValue))", t.amount) }
        if let t = coa.computedTotalTHC {
            var s = "computed total_thc: \(t.value) = \(t.delta9THC.value) + 0.877 × \(t.thca.value)"
            if let p = t.printed, let d = t.difference { s += "; printed \(p.printed), difference \(d)" + (t.disagrees ? " — DISAGREES" : " — within rounding") }
            if !t.assumptions.isEmpty { s += "; " + t.assumptions.joined(separator: "; ") }
            out.append(s)
        } else {
            out.append("computed total_thc: — (Δ9-THC or THCA not reported)")
        }
        for p in coa.panels {
            var s = "panel \(p.kind.rawValue) \"\(p.name.value)\": \(p.status.map { $0.value.name } ?? "no status printed")"
            if let st = p.status { s += at(st.position) }
            if let t = p.tested { s += "  tested \(t.value)" }
            out.append(s)
            for a in p.analytes {
                var line = "  \(a.id) \"\(a.name.value)\": \(a.result.value)"
                if !a.alternates.isEmpty { line += " (" + a.alternates.map { "\($0.value)" }.joined(separator: ", ") + ")" }
                if let l = a.lod { line += " lod \(l.value)" }
                if let l = a.loq { line += " loq \(l.value)" }
                if let l = a.limit { line += " limit \(l.value)" }
                if let s = a.status { line += " status \(s.value.name)" }
                line += at(a.name.position)
                out.append(line)
            }
        }
        for i in coa.reading.issues { out.append("issue: \(i)") }
        return out
    }
}
