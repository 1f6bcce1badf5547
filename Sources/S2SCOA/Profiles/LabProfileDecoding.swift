import Foundation
import S2SModel

/// Decodes `s2slint.lab-profile/1` files.
extension ProfileDecoding {
    static let fieldNames: [String] = [
        "lab.name", "lab.license", "report_id", "sample_id", "batch", "source_tag", "lab_sample_tag",
        "product_name", "strain", "matrix", "inhalable", "status", "purpose", "basis",
        "dates.sampled", "dates.received", "dates.tested", "dates.released", "dates.expires", "dates.produced",
        "total.total_thc", "total.total_cbd", "total.total_cannabinoids", "total.sum_of_cannabinoids", "total.total_terpenes",
        "claim.total_thc", "claim.total_cbd", "serving_size", "unit_mass",
    ]

    func labProfile(_ root: JSONNode) throws(COAProfileError.Problem) -> LabProfile {
        let o = try object(root, "the lab profile", allowed: [
            "schema", "id", "name", "description", "fallback", "recognise", "clean", "fields", "summary", "sections",
            "name_headers", "tokens", "analytes", "expected_fields", "confidence_cap", "name_footnotes",
            "power_of_ten_limits",
        ], required: ["id", "name"])
        guard let idNode = o["id"], let nameNode = o["name"] else { throw problem(root, "a lab profile needs 'id' and 'name'") }
        let id = try nonEmptyString(idNode, "'id'")
        var p = LabProfile(id: id, name: try nonEmptyString(nameNode, "'name'"), file: file, isFallback: false,
                           allOf: [], anyOf: [], watermarks: [], endMarkers: [], ignoreLines: [], fields: [],
                           summaries: [], sections: [], nameHeaders: [], tokens: [], analyteAliases: [],
                           expectedFields: [], confidenceCap: 1, nameFootnotes: [], powerOfTenLimits: false)
        if let f = o["fallback"] { p.isFallback = try bool(f, "'fallback'") }
        if let r = o["recognise"] {
            let ro = try object(r, "'recognise'", allowed: ["all", "any"])
            p.allOf = try ro["all"].map { (n: JSONNode) throws(COAProfileError.Problem) -> [String] in try strings(n, "'all'") } ?? []
            p.anyOf = try ro["any"].map { (n: JSONNode) throws(COAProfileError.Problem) -> [String] in try strings(n, "'any'") } ?? []
        }
        if !p.isFallback && p.allOf.isEmpty && p.anyOf.isEmpty {
            throw problem(idNode, "profile '\(id)' has no 'recognise' markers", hint: "give text that appears on page 1 of this lab's COAs, or set \"fallback\": true")
        }
        if let c = o["clean"] {
            let co = try object(c, "'clean'", allowed: ["watermarks", "end_markers", "ignore_lines"])
            if let w = co["watermarks"] { p.watermarks = try strings(w, "'watermarks'") }
            if let e = co["end_markers"] { p.endMarkers = try strings(e, "'end_markers'") }
            if let l = co["ignore_lines"] {
                for n in (l.arrayValue ?? [l]) { p.ignoreLines.append(try regex(n, "an 'ignore_lines' entry")) }
            }
        }
        if let fields = o["fields"] {
            for f in try array(fields, "'fields'") { p.fields.append(try field(f)) }
        }
        if let s = o["summary"] {
            for n in (s.arrayValue ?? [s]) { p.summaries.append(try summary(n)) }
        }
        if let s = o["sections"] {
            for n in try array(s, "'sections'") { p.sections.append(try section(n)) }
        }
        if let h = o["name_headers"] { p.nameHeaders = try strings(h, "'name_headers'") }
        if let t = o["tokens"] {
            for n in try array(t, "'tokens'") { p.tokens.append(try token(n)) }
        }
        if let a = o["analytes"] {
            guard let members = a.members else { throw problem(a, "expected 'analytes' to be an object of printed name → analyte id") }
            for m in members { p.analyteAliases.append((m.key, try nonEmptyString(m.value, "an analyte id"))) }
        }
        if let e = o["expected_fields"] {
            for n in (e.arrayValue ?? [e]) {
                let name = try string(n, "an expected field")
                guard Self.fieldNames.contains(name) || name == "panels" || name == "analytes" else {
                    throw problem(n, "unknown field '\(name)'", hint: TextFolding.suggestion(for: name, among: Self.fieldNames).map { "did you mean '\($0)'?" })
                }
                p.expectedFields.append(name)
            }
        }
        if let c = o["confidence_cap"] {
            let d = try decimal(c, "'confidence_cap'")
            guard d > 0 && d <= 1 else { throw problem(c, "'confidence_cap' must be above 0 and at most 1") }
            p.confidenceCap = d
        }
        if let n = o["name_footnotes"] { p.nameFootnotes = try strings(n, "'name_footnotes'") }
        if let n = o["power_of_ten_limits"] { p.powerOfTenLimits = try bool(n, "'power_of_ten_limits'") }
        return p
    }

    private func target(_ node: JSONNode, _ name: String, system: COATraceSystem?) throws(COAProfileError.Problem) -> FieldTarget {
        if let t = FieldTarget(name: name, system: system) { return t }
        let hint = TextFolding.suggestion(for: name, among: Self.fieldNames + ["purpose", "basis"]).map { "did you mean '\($0)'?" }
            ?? "expected one of: " + Self.fieldNames.joined(separator: ", ")
        throw problem(node, "unknown field '\(name)'", hint: hint)
    }

    func field(_ node: JSONNode) throws(COAProfileError.Problem) -> FieldSpec {
        let o = try object(node, "a field", allowed: [
            "field", "label", "place", "pattern", "anywhere", "pages", "skip", "max_lines", "remove_spaces",
            "null_values", "unit", "system", "purpose", "basis",
        ], required: ["field"])
        guard let fNode = o["field"] else { throw problem(node, "a field needs 'field'") }
        let fieldName = try string(fNode, "'field'")
        var system: COATraceSystem?
        if let s = o["system"] {
            system = try enumValue(s, "trace system", COATraceSystem.self, allowed: [.metrc, .biotrack, .ccrs, .unknown])
        }
        let t: FieldTarget
        if fieldName == "purpose" {
            guard let pNode = o["purpose"] else { throw problem(node, "a 'purpose' field needs 'purpose' (the purpose its label marks)") }
            t = .purpose(try enumValue(pNode, "purpose", COA.Purpose.self, allowed: [.regulatoryCompliance, .qualityAssurance, .research]))
        } else if fieldName == "basis" {
            guard let bNode = o["basis"] else { throw problem(node, "a 'basis' field needs 'basis' (the basis its label marks)") }
            t = .basis(try enumValue(bNode, "basis", COA.Basis.self, allowed: [.dryWeight, .asReceived]))
        } else {
            t = try target(fNode, fieldName, system: system)
        }
        var spec = FieldSpec(target: t, labels: [], places: [.right], pattern: nil, anywhere: false, pages: nil, skip: 0,
                             maxLines: 1, removeSpaces: false, nullValues: [], unit: nil)
        if let l = o["label"] { spec.labels = try strings(l, "'label'") }
        if let pl = o["place"] {
            spec.places = []
            for n in (pl.arrayValue ?? [pl]) {
                spec.places.append(try enumValue(n, "place", ValuePlace.self, allowed: [.right, .below, .above]))
            }
        }
        if let p = o["pattern"] { spec.pattern = try regex(p, "'pattern'") }
        if spec.labels.isEmpty && spec.pattern == nil {
            throw problem(node, "field '\(fieldName)' needs a 'label' or a 'pattern'")
        }
        if let a = o["anywhere"] { spec.anywhere = try bool(a, "'anywhere'") }
        if let p = o["pages"] {
            var pages: [Int] = []
            for n in (p.arrayValue ?? [p]) { pages.append(try int(n, "a page number", range: 1...10_000)) }
            spec.pages = pages
        }
        if let s = o["skip"] { spec.skip = try int(s, "'skip'", range: 0...20) }
        if let m = o["max_lines"] { spec.maxLines = try int(m, "'max_lines'", range: 1...20) }
        if let r = o["remove_spaces"] { spec.removeSpaces = try bool(r, "'remove_spaces'") }
        if let n = o["null_values"] { spec.nullValues = try strings(n, "'null_values'") }
        if let u = o["unit"] {
            let text = try string(u, "'unit'")
            guard let unit = COAUnit(parsing: text) else { throw problem(u, "unknown unit '\(text)'") }
            spec.unit = unit
        }
        return spec
    }

    func summary(_ node: JSONNode) throws(COAProfileError.Problem) -> SummarySpec {
        let o = try object(node, "a summary", allowed: ["strategy", "pages", "panels", "overall", "column"], required: ["strategy", "panels"])
        guard let sNode = o["strategy"], let pNode = o["panels"] else { throw problem(node, "a summary needs 'strategy' and 'panels'") }
        var spec = SummarySpec(strategy: try enumValue(sNode, "summary strategy", SummarySpec.Strategy.self, allowed: [.inline, .above, .column]),
                               pages: nil, panels: [], overall: [], columnHeader: nil)
        guard let members = pNode.members else { throw problem(pNode, "expected 'panels' to be an object of panel → labels") }
        for m in members {
            guard let kind = COAPanelKind(rawValue: m.key) else {
                throw COAProfileError.Problem(file: file, line: m.keyLine, column: m.keyColumn, message: "unknown panel '\(m.key)'",
                                              hint: TextFolding.suggestion(for: m.key, among: COAPanelKind.allCases.map(\.rawValue)).map { "did you mean '\($0)'?" })
            }
            spec.panels.append((kind, try strings(m.value, "the labels of panel '\(m.key)'")))
        }
        if let p = o["pages"] {
            var pages: [Int] = []
            for n in (p.arrayValue ?? [p]) { pages.append(try int(n, "a page number", range: 1...10_000)) }
            spec.pages = pages
        }
        if let ov = o["overall"] { spec.overall = try strings(ov, "'overall'") }
        if let c = o["column"] { spec.columnHeader = try nonEmptyString(c, "'column'") }
        if spec.strategy == .column && spec.columnHeader == nil {
            throw problem(node, "a 'column' summary needs 'column' (the header word over the statuses)")
        }
        return spec
    }

    func column(_ node: JSONNode) throws(COAProfileError.Problem) -> ColumnSpec {
        let text = try nonEmptyString(node, "a column")
        let words = text.split(separator: " ").map(String.init)
        guard let first = words.first, let role = ColumnRole(rawValue: first) else {
            let w = words.first ?? text
            throw problem(node, "unknown column role '\(w)'",
                          hint: TextFolding.suggestion(for: w, among: ColumnRole.allCases.map(\.rawValue)).map { "did you mean '\($0)'?" }
                            ?? "expected one of: " + ColumnRole.allCases.map(\.rawValue).joined(separator: ", "))
        }
        var spec = ColumnSpec(role: role, unit: nil, primary: false)
        for w in words.dropFirst() {
            if w == "primary" { spec.primary = true; continue }
            guard let u = COAUnit(parsing: w) else { throw problem(node, "unknown unit '\(w)' in column '\(text)'") }
            spec.unit = u
        }
        return spec
    }

    func columns(_ c: JSONNode) throws(COAProfileError.Problem) -> [ColumnSpec] {
        var cols: [ColumnSpec] = []
        for n in try array(c, "'columns'") { cols.append(try column(n)) }
        guard cols.filter({ $0.role == .name }).count == 1 else { throw problem(c, "a column layout needs exactly one 'name' column") }
        guard cols.contains(where: { $0.role == .value || $0.role == .status }) else {
            throw problem(c, "a column layout needs a 'value' or 'status' column")
        }
        return cols
    }

    func section(_ node: JSONNode) throws(COAProfileError.Problem) -> SectionSpec {
        let o = try object(node, "a section", allowed: ["panel", "titles", "subtables", "columns", "unit", "date_labels",
                                                         "status_on_title", "table", "whole_chunk"], required: ["titles"])
        guard let tNode = o["titles"] else { throw problem(node, "a section needs 'titles'") }
        var spec = SectionSpec(panel: nil, titles: try strings(tNode, "'titles'"), subtables: [], columns: nil, unit: nil,
                               dateLabels: [], statusOnTitle: true, table: true, wholeChunk: false)
        if let p = o["panel"] {
            if case .null = p.value { spec.panel = nil } else { spec.panel = try panelKind(p, "panel") }
        }
        if let s = o["subtables"] {
            for n in try array(s, "'subtables'") {
                if n.stringValue != nil {
                    spec.subtables.append(SubtableSpec(panel: try panelKind(n, "sub-table panel"), columns: nil, unit: nil))
                    continue
                }
                let so = try object(n, "a sub-table", allowed: ["panel", "columns", "unit"], required: ["panel"])
                guard let pn = so["panel"] else { continue }
                var sub = SubtableSpec(panel: try panelKind(pn, "sub-table panel"), columns: nil, unit: nil)
                if let c = so["columns"] { sub.columns = try columns(c) }
                if let u = so["unit"] {
                    let text = try string(u, "'unit'")
                    guard let unit = COAUnit(parsing: text) else { throw problem(u, "unknown unit '\(text)'") }
                    sub.unit = unit
                }
                spec.subtables.append(sub)
            }
        }
        if let c = o["columns"] { spec.columns = try columns(c) }
        if let u = o["unit"] {
            let text = try string(u, "'unit'")
            guard let unit = COAUnit(parsing: text) else { throw problem(u, "unknown unit '\(text)'") }
            spec.unit = unit
        }
        if let d = o["date_labels"] { spec.dateLabels = try strings(d, "'date_labels'") }
        if let s = o["status_on_title"] { spec.statusOnTitle = try bool(s, "'status_on_title'") }
        if let t = o["table"] { spec.table = try bool(t, "'table'") }
        if let w = o["whole_chunk"] { spec.wholeChunk = try bool(w, "'whole_chunk'") }
        if spec.panel == nil { spec.table = false }
        return spec
    }
}
