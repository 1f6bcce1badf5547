import Foundation
import S2SModel

/// Decodes `s2slint.coa-vocabulary/1` and `s2slint.coa-analytes/1` files.
extension ProfileDecoding {
    static let measurementNames: [String: COAMeasurement] = [
        "not_detected": .notDetected, "below_loq": .belowLOQ(bound: nil), "above_limit": .aboveLimit(bound: nil),
        "detected": .detected, "not_tested": .notTested, "not_reported": .notReported,
        "not_evaluated": .notEvaluated, "not_applicable": .notApplicable,
    ]
    static let limitNames: [String: COALimit] = [
        "any_detection": .anyDetection, "none": .none,
        "not_detected_in_1g": .notDetectedIn(COAAmount(1, .gram)),
        "as_printed": .text(""),
    ]
    static let statusNames = ["pass", "fail", "tested", "not_tested", "not_evaluated", "not_applicable", "pending"]

    func token(_ node: JSONNode) throws(COAProfileError.Problem) -> TokenMeaning {
        let o = try object(node, "a token", allowed: ["text", "value", "status", "limit"], required: ["text"])
        var t = TokenMeaning(spellings: [], value: nil, status: nil, limit: nil)
        guard let textNode = o["text"] else { throw problem(node, "a token needs 'text'") }
        for s in try strings(textNode, "'text'") {
            let words = s.split(separator: " ").map { COAVocabulary.tokenWord($0) }
            guard !words.isEmpty else { throw problem(textNode, "a token spelling must not be empty") }
            t.spellings.append(words)
        }
        if let v = o["value"] {
            let name = try string(v, "'value'")
            guard let m = Self.measurementNames[name] else {
                throw problem(v, "unknown value meaning '\(name)'", hint: "expected one of: " + Self.measurementNames.keys.sorted().joined(separator: ", "))
            }
            t.value = m
        }
        if let s = o["status"] {
            let name = try string(s, "'status'")
            guard let st = COAStatus(name: name) else {
                throw problem(s, "unknown status '\(name)'", hint: "expected one of: " + Self.statusNames.joined(separator: ", "))
            }
            t.status = st
        }
        if let l = o["limit"] {
            let name = try string(l, "'limit'")
            guard let lim = Self.limitNames[name] else {
                throw problem(l, "unknown limit meaning '\(name)'", hint: "expected one of: " + Self.limitNames.keys.sorted().joined(separator: ", "))
            }
            t.limit = lim
        }
        if t.value == nil && t.status == nil && t.limit == nil {
            throw problem(node, "a token needs at least one of 'value', 'status', 'limit'")
        }
        return t
    }

    func panelKind(_ node: JSONNode, _ what: String) throws(COAProfileError.Problem) -> COAPanelKind {
        try enumValue(node, what, COAPanelKind.self, allowed: COAPanelKind.allCases)
    }

    func vocabulary(_ root: JSONNode) throws(COAProfileError.Problem) -> COAVocabulary {
        let o = try object(root, "the vocabulary", allowed: ["schema", "description", "tokens", "panels", "categories",
                                                              "header_roles", "purpose_markers", "basis_markers", "totals"])
        var v = COAVocabulary()
        if let tokens = o["tokens"] {
            for t in try array(tokens, "'tokens'") { v.tokens.append(try token(t)) }
        }
        if let panels = o["panels"] {
            guard let members = panels.members else { throw problem(panels, "expected 'panels' to be an object of panel → names") }
            for m in members {
                guard let kind = COAPanelKind(rawValue: m.key) else {
                    throw COAProfileError.Problem(file: file, line: m.keyLine, column: m.keyColumn, message: "unknown panel '\(m.key)'",
                                                  hint: "expected one of: " + COAPanelKind.allCases.map(\.rawValue).joined(separator: ", "))
                }
                v.panelNames.append((kind, try strings(m.value, "the names of panel '\(m.key)'")))
            }
        }
        if let cats = o["categories"] {
            for c in try array(cats, "'categories'") {
                let co = try object(c, "a category", allowed: ["category", "inhalable", "keywords"], required: ["category", "keywords"])
                guard let catNode = co["category"], let kwNode = co["keywords"] else { continue }
                let cat = try enumValue(catNode, "category", COAProductCategory.self, allowed: COAProductCategory.allCases)
                let inhalable: Bool? = try co["inhalable"].map { (n: JSONNode) throws(COAProfileError.Problem) -> Bool in try bool(n, "'inhalable'") }
                v.categories.append(CategoryRule(category: cat, inhalable: inhalable, keywords: try strings(kwNode, "'keywords'")))
            }
        }
        if let roles = o["header_roles"] {
            guard let members = roles.members else { throw problem(roles, "expected 'header_roles' to be an object of header words → role") }
            for m in members {
                v.headerRoles.append((m.key, try enumValue(m.value, "column role", ColumnRole.self, allowed: ColumnRole.allCases)))
            }
        }
        if let marks = o["purpose_markers"] {
            for m in try array(marks, "'purpose_markers'") {
                let mo = try object(m, "a purpose marker", allowed: ["marker", "purpose"], required: ["marker", "purpose"])
                guard let mk = mo["marker"], let p = mo["purpose"] else { continue }
                v.purposeMarkers.append((try nonEmptyString(mk, "'marker'"),
                                         try enumValue(p, "purpose", COA.Purpose.self, allowed: [.regulatoryCompliance, .qualityAssurance, .research])))
            }
        }
        if let marks = o["basis_markers"] {
            for m in try array(marks, "'basis_markers'") {
                let mo = try object(m, "a basis marker", allowed: ["marker", "basis"], required: ["marker", "basis"])
                guard let mk = mo["marker"], let b = mo["basis"] else { continue }
                v.basisMarkers.append((try nonEmptyString(mk, "'marker'"),
                                       try enumValue(b, "basis", COA.Basis.self, allowed: [.dryWeight, .asReceived])))
            }
        }
        if let totals = o["totals"] { v.totals = try strings(totals, "'totals'") }
        return v
    }

    func analytes(_ root: JSONNode) throws(COAProfileError.Problem) -> [AnalyteEntry] {
        let o = try object(root, "the analyte list", allowed: ["schema", "description", "analytes"], required: ["analytes"])
        guard let list = o["analytes"] else { return [] }
        var out: [AnalyteEntry] = []
        var seen: Set<String> = []
        for a in try array(list, "'analytes'") {
            let ao = try object(a, "an analyte", allowed: ["id", "panel", "names"], required: ["id", "panel", "names"])
            guard let idNode = ao["id"], let pNode = ao["panel"], let nNode = ao["names"] else { continue }
            let id = try nonEmptyString(idNode, "'id'")
            guard id.allSatisfy({ $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "_") }) else {
                throw problem(idNode, "analyte id '\(id)' must be lowercase letters, digits and '_'")
            }
            guard seen.insert(id).inserted else { throw problem(idNode, "analyte id '\(id)' is listed twice") }
            out.append(AnalyteEntry(id: id, panel: try panelKind(pNode, "panel"), names: try strings(nNode, "'names'")))
        }
        return out
    }
}
