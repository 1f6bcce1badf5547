import Foundation
import S2SModel

/// Reads the WCIA Lab Result Schema JSON (Washington; `conflabs/wcia-lab-result-schema`): one lab
/// result, or an array of them. Values are strings (`qom`), `"0"` meaning not detected; there are no
/// LOD, LOQ or limits. Every field keeps its JSON pointer and line.
struct WCIAReader {
    let profiles: COAProfileSet

    func readAll(_ bytes: [UInt8], document: COADocument) throws(COAReadError) -> [COA] {
        let root: JSONNode
        do {
            root = try JSONParser.parse(bytes)
        } catch {
            throw .malformedJSON(path: document.path, line: error.line, column: error.column, detail: error.message)
        }
        let results = root.arrayValue ?? [root]
        guard !results.isEmpty else { throw .notWCIA(path: document.path, pointer: "", line: root.line, detail: "the array is empty") }
        var out: [COA] = []
        for r in results { out.append(try read(r, document: document)) }
        return out
    }

    private func position(_ n: JSONNode) -> COAPosition { COAPosition(line: n.line, column: n.column, pointer: n.pointer) }

    private func string(_ n: JSONNode?) -> String? {
        guard let n else { return nil }
        switch n.value {
        case .string(let s): return s.trimmingSpaces.isEmpty ? nil : s
        case .number(let s): return s
        default: return nil
        }
    }

    static let units: [String: COAUnit] = ["pct": .percent, "%": .percent, "ppm": .microgramPerGram, "ppb": .microgramPerKilogram,
                                           "cfu": .cfuPerGram, "cfu/g": .cfuPerGram, "aw": .waterActivity, "mg/g": .milligramPerGram]

    private func read(_ r: JSONNode, document: COADocument) throws(COAReadError) -> COA {
        guard r.members != nil else { throw .notWCIA(path: document.path, pointer: r.pointer, line: r.line, detail: "expected an object, found \(r.typeName)") }
        guard let metricList = r["metric_list"], let metrics = metricList.arrayValue else {
            throw .notWCIA(path: document.path, pointer: r.pointer, line: r.line, detail: "no 'metric_list' array")
        }
        let vocabulary = profiles.vocabulary
        var a = COAAssembly(document: document, reader: "wcia-json", profile: "wcia-lab-result", vocabulary: vocabulary)
        func set(_ target: FieldTarget, _ key: String, in node: JSONNode = r) {
            guard let n = node[key], let s = string(n) else { return }
            if !a.set(target, text: s, at: position(n)) { a.issue("coa.field.unreadable", "\(key): '\(s)' does not read as expected", at: position(n)) }
        }
        set(.labName, "lab_name")
        set(.labLicense, "lab_ccrs_license")
        set(.labLicense, "lab_ubi_license")
        set(.sampleID, "labresult_id")
        set(.reportID, "labresult_id")
        set(.date(.released), "release_date")
        set(.date(.expires), "expire_date")
        set(.status, "status")
        if let sample = r["sample"] {
            set(.trace(.labSample, .ccrs), "id", in: sample)
            set(.trace(.sourcePackage, .ccrs), "sample_source_id", in: sample)
        }
        if let amended = r["amended_date"], let s = string(amended) {
            a.issue("coa.amended", "the result was amended on \(s)", at: position(amended))
        }
        for m in metrics {
            guard let typeNode = m["test_type"], let type = string(typeNode) else {
                a.issue("coa.panel.kind", "a metric list entry has no test_type", at: position(m))
                continue
            }
            guard let kind = vocabulary.panelKind(for: type) else {
                a.issue("coa.panel.kind", "unknown test_type '\(type)'", at: position(typeNode))
                continue
            }
            let at = position(typeNode)
            _ = a.panelIndex(kind, name: type, at: at)
            if let s = m["status"], let text = string(s) {
                if let (st, printed) = ValueInterpretation.status(text: text, vocabulary: vocabulary) {
                    a.sectionStatus(kind, COAField(st, printed: printed, at: position(s)), name: type, at: at)
                }
            }
            for metric in m["metrics"]?.arrayValue ?? [] {
                guard let nameNode = metric["name"], let name = string(nameNode) else { continue }
                let resolved = AnalyteNaming(vocabulary: vocabulary, footnotes: []).resolve(name, panel: kind)
                guard let q = metric["qom"], let qom = string(q) else {
                    a.issue("coa.value.missing", "\(name): no qom", at: position(metric))
                    continue
                }
                let uomText = string(metric["uom"]) ?? ""
                guard let unit = Self.units[uomText.lowercased()] ?? COAUnit(parsing: uomText) else {
                    a.issue("coa.value.unit", "\(name): unknown uom '\(uomText)'", at: metric["uom"].map(position))
                    continue
                }
                guard let d = DecimalText.parse(printed: qom.trimmingSpaces) else {
                    a.issue("coa.value.unreadable", "\(name): qom '\(qom)' is not a number", at: position(q))
                    continue
                }
                let result: COAField<COAMeasurement> = d == 0
                    ? COAField(.notDetected, printed: qom, at: position(q), note: "WCIA writes 0 for not detected")
                    : COAField(.amount(COAAmount(d, unit)), printed: qom, at: position(q))
                var analyte = COAAnalyte(id: resolved.id, name: COAField(resolved.name, printed: name, at: position(nameNode)), panel: kind, result: result)
                if let s = metric["status"], let text = string(s), let (st, printed) = ValueInterpretation.status(text: text, vocabulary: vocabulary) {
                    analyte.status = COAField(st, printed: printed, at: position(s))
                }
                if vocabulary.totals.contains(resolved.id) {
                    a.addTotal(COAPrintedTotal(kind: resolved.id, amount: result, context: .table))
                } else {
                    a.add(analyte, panelName: type, at: at)
                }
            }
        }
        return a.finish(expected: ["lab.name", "lab.license", "sample_id", "source_tag", "dates.released", "status", "panels", "analytes"], cap: 1)
    }
}
