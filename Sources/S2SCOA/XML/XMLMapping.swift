import S2SModel

/// How to read one XML COA format: the root namespace it applies to, the prefixes its XPaths use,
/// an XPath per header field, and where panels and analytes are. Kept as data in
/// `Rules/lab-profiles/*.json` (`"schema": "s2slint.coa-xml-mapping/1"`).
public struct XMLMapping: Sendable {
    public var id: String
    public var name: String
    /// The namespace URI of the root element this mapping reads ("" for none).
    public var namespace: String
    public var file: String
    var prefixes: [(prefix: String, uri: String)]
    /// Field name (as in lab profiles: `sample_id`, `dates.tested`, `total.total_thc` …) → XPath.
    var fields: [(name: String, path: String, unitPath: String?)]
    var panels: PanelPaths

    struct PanelPaths: Sendable {
        var select: String
        var kind: String
        var name: String?
        var status: String?
        var tested: String?
        var analytes: AnalytePaths
    }

    struct AnalytePaths: Sendable {
        var select: String
        var name: String
        var value: String
        var unit: String?
        var lod: String?
        var loq: String?
        var limit: String?
        var limitUnit: String?
        var status: String?
    }
}

extension ProfileDecoding {
    static let xmlFieldNames = fieldNames.filter { $0 != "purpose" && $0 != "basis" }

    private func xpath(_ node: JSONNode, _ what: String) throws(COAProfileError.Problem) -> String {
        let s = try nonEmptyString(node, what)
        guard LibXML.isValidXPath(s) else { throw problem(node, "\(what) is not a valid XPath 1.0 expression: '\(s)'") }
        return s
    }

    private func optionalXPath(_ o: [String: JSONNode], _ key: String) throws(COAProfileError.Problem) -> String? {
        guard let n = o[key] else { return nil }
        return try xpath(n, "'\(key)'")
    }

    func xmlMapping(_ root: JSONNode) throws(COAProfileError.Problem) -> XMLMapping {
        let o = try object(root, "the XML mapping", allowed: ["schema", "id", "name", "description", "namespace", "prefixes", "fields", "panels"],
                           required: ["id", "name", "namespace", "fields", "panels"])
        guard let idN = o["id"], let nameN = o["name"], let nsN = o["namespace"], let fN = o["fields"], let pN = o["panels"] else {
            throw problem(root, "an XML mapping needs id, name, namespace, fields and panels")
        }
        var prefixes: [(String, String)] = []
        if let p = o["prefixes"] {
            guard let members = p.members else { throw problem(p, "expected 'prefixes' to be an object of prefix → namespace URI") }
            for m in members { prefixes.append((m.key, try nonEmptyString(m.value, "a namespace URI"))) }
        }
        guard let fieldMembers = fN.members else { throw problem(fN, "expected 'fields' to be an object of field → XPath") }
        var fields: [(String, String, String?)] = []
        for m in fieldMembers {
            guard Self.xmlFieldNames.contains(m.key) else {
                throw COAProfileError.Problem(file: file, line: m.keyLine, column: m.keyColumn, message: "unknown field '\(m.key)'",
                                              hint: TextFolding.suggestion(for: m.key, among: Self.xmlFieldNames).map { "did you mean '\($0)'?" })
            }
            if m.value.stringValue != nil {
                fields.append((m.key, try xpath(m.value, "the XPath of '\(m.key)'"), nil))
            } else {
                let fo = try object(m.value, "field '\(m.key)'", allowed: ["path", "unit"], required: ["path"])
                guard let path = fo["path"] else { continue }
                fields.append((m.key, try xpath(path, "'path'"), try optionalXPath(fo, "unit")))
            }
        }
        let po = try object(pN, "'panels'", allowed: ["select", "kind", "name", "status", "tested", "analytes"], required: ["select", "kind", "analytes"])
        guard let sel = po["select"], let kind = po["kind"], let an = po["analytes"] else { throw problem(pN, "'panels' needs select, kind and analytes") }
        let ao = try object(an, "'analytes'", allowed: ["select", "name", "value", "unit", "lod", "loq", "limit", "limit_unit", "status"],
                            required: ["select", "name", "value"])
        guard let aSel = ao["select"], let aName = ao["name"], let aValue = ao["value"] else { throw problem(an, "'analytes' needs select, name and value") }
        let analytes = XMLMapping.AnalytePaths(
            select: try xpath(aSel, "'select'"), name: try xpath(aName, "'name'"), value: try xpath(aValue, "'value'"),
            unit: try optionalXPath(ao, "unit"), lod: try optionalXPath(ao, "lod"), loq: try optionalXPath(ao, "loq"),
            limit: try optionalXPath(ao, "limit"), limitUnit: try optionalXPath(ao, "limit_unit"), status: try optionalXPath(ao, "status"))
        let panels = XMLMapping.PanelPaths(
            select: try xpath(sel, "'select'"), kind: try xpath(kind, "'kind'"), name: try optionalXPath(po, "name"),
            status: try optionalXPath(po, "status"), tested: try optionalXPath(po, "tested"), analytes: analytes)
        return XMLMapping(id: try nonEmptyString(idN, "'id'"), name: try nonEmptyString(nameN, "'name'"),
                          namespace: try string(nsN, "'namespace'"), file: file, prefixes: prefixes, fields: fields, panels: panels)
    }
}
