public import S2SModel

/// A mapping file: how to read an internal ERP/WMS export (CSV or JSON) into one kind of model
/// record. It names the record kind, and for each model field the column (or JSON member) that
/// holds it, with units and date layouts. See Docs/importers.md for the format.
///
///     { "s2slint-mapping": 1,
///       "name": "Acme ERP sales orders",
///       "record": "sales-order-line",
///       "dateFormat": "MM/dd/yyyy",
///       "fields": { "order_id": "SO Number", "tag": "Package Tag",
///                   "quantity": { "column": "Qty", "unitColumn": "UoM" },
///                   "ordered_at": { "column": "Order Date", "format": "MM/dd/yyyy hh:mm a" } } }
public struct MappingFile: Sendable {
    /// What the rows become.
    public enum Record: String, Sendable, CaseIterable {
        case salesOrderLine = "sales-order-line"
        case receivingLine = "receiving-line"
        case onHand = "on-hand"
        case scanEvent = "scan-event"
        case adjustment = "adjustment"
    }

    /// Where a field's value comes from.
    public enum Source: Sendable {
        /// A CSV column by header name, or a JSON member (a dotted path for nested members).
        case column(String)
        /// The same value for every row.
        case constant(String)
    }

    public struct Field: Sendable {
        public var name: String
        public var source: Source
        /// Date or date-time layout for this field.
        public var format: DatePattern?
        /// Unit of a quantity: fixed, or from another column.
        public var unit: String?
        public var unitColumn: String?
        /// Values rewritten before use (`{"SHIPPED": "shipped"}`), matched ignoring case.
        public var values: [String: String]
    }

    public var path: String
    public var name: String
    public var record: Record
    public var fields: [Field]
    /// Columns whose presence identifies a file as one this mapping reads.
    public var matchColumns: [String]
    public var delimiter: UInt8?
    /// Rows above the header (title lines) to skip.
    public var skipRows: Int
    /// JSON: the member that holds the list of rows (default: a bare array or `Data`).
    public var rowsMember: String?
    /// Zone for times written without one (default: the jurisdiction's).
    public var zone: ZoneResolver?

    /// Whether a CSV header has every match column.
    public func matches(header: CSVHeader) -> Bool {
        !matchColumns.isEmpty && matchColumns.allSatisfy { header.index(of: [$0]) != nil }
    }

    /// Whether a JSON row has every match member (the first part of a dotted path).
    public func matches(jsonKeys: Swift.Set<UInt64>) -> Bool {
        !matchColumns.isEmpty && matchColumns.allSatisfy { col in
            let top = String(col.split(separator: ".").first ?? Substring(col))
            return jsonKeys.contains(JSONKey.hash(top))
        }
    }
}

extension MappingFile {
    /// The kind of value each model field takes, per record.
    enum ValueKind: Sendable { case text, decimal, bool, day, dateTime, quantity }

    static let fieldKinds: [Record: [(String, ValueKind)]] = [
        .salesOrderLine: [("order_id", .text), ("line_id", .text), ("ordered_at", .dateTime), ("ship_date", .day),
                          ("customer_license", .text), ("customer_name", .text), ("seller_license", .text), ("tag", .text),
                          ("item_name", .text), ("sku", .text), ("quantity", .quantity), ("unit_price", .decimal),
                          ("discount", .decimal), ("tax", .decimal), ("total_price", .decimal), ("status", .text),
                          ("sale_type", .text), ("manifest_number", .text)],
        .receivingLine: [("receipt_id", .text), ("manifest_number", .text), ("shipper_license", .text),
                         ("receiver_license", .text), ("tag", .text), ("item_name", .text), ("sku", .text),
                         ("expected_quantity", .quantity), ("received_quantity", .quantity), ("received_at", .dateTime),
                         ("accepted", .bool), ("condition", .text), ("received_by", .text), ("note", .text)],
        .onHand: [("tag", .text), ("item_name", .text), ("sku", .text), ("category", .text), ("location", .text),
                  ("quantity", .quantity), ("license", .text), ("as_of", .dateTime), ("status", .text),
                  ("unit_cost", .decimal), ("batch", .text)],
        .scanEvent: [("tag", .text), ("scanned_at", .dateTime), ("location", .text), ("counted_units", .decimal),
                     ("session", .text), ("device", .text), ("scanned_by", .text)],
        .adjustment: [("tag", .text), ("package_id", .text), ("item_name", .text), ("quantity", .quantity),
                      ("reason", .text), ("note", .text), ("date", .day), ("adjusted_by", .text), ("license", .text),
                      ("id", .text)],
    ]

    /// Fields a mapping must map for its rows to mean anything.
    static let requiredFields: [Record: [String]] = [
        .salesOrderLine: ["order_id"], .receivingLine: ["tag"], .onHand: ["tag"], .scanEvent: ["tag"],
        .adjustment: ["tag", "quantity"],
    ]

    static let topKeys = ["s2slint-mapping", "name", "record", "fields", "match", "dateFormat", "dateTimeFormat",
                          "timeZone", "unit", "delimiter", "skipRows", "rows", "description"]
    static let fieldKeys = ["column", "value", "format", "unit", "unitColumn", "values"]

    /// Reads a mapping file. Problems (unknown keys, an unknown field with a suggestion, a date
    /// layout that cannot be read, a quantity without a unit) are returned as error diagnostics.
    public static func load(_ bytes: [UInt8], path: String, fileID: Int32 = -1) -> (MappingFile?, [Diagnostic]) {
        var diags: [Diagnostic] = []
        func problem(_ message: String, _ offset: Int, hint: String? = nil) {
            diags.append(Diagnostic(.error, message, code: "mapping.invalid", ref: SourceRef(file: fileID, offset: offset, pointer: ""),
                                    hint: hint))
        }
        let root: JSONValue
        do {
            root = try JSONCursor.read(bytes) { c in
                let v = try JSONValue.parse(&c)
                try c.expectEnd()
                return v
            }
        } catch let e as JSONError {
            problem("the mapping file is not valid JSON: \(e.message)", e.offset)
            return (nil, diags)
        } catch {
            problem("cannot read the mapping file: \(error)", 0)
            return (nil, diags)
        }
        guard case .object(let members, _) = root else {
            problem("a mapping file is a JSON object with \"s2slint-mapping\": 1, \"record\" and \"fields\"", root.offset)
            return (nil, diags)
        }
        for (k, v) in members where !topKeys.contains(k) {
            problem("unknown key \"\(k)\" in the mapping file", v.offset, hint: suggest(k, topKeys).map { "did you mean \"\($0)\"?" })
        }
        guard let version = root["s2slint-mapping"] else {
            problem("the mapping file does not say \"s2slint-mapping\": 1 (the format version)", root.offset)
            return (nil, diags)
        }
        if version.text != "1" { problem("unsupported mapping format version \(version.text ?? version.describe); this build reads version 1", version.offset) }
        guard let recordText = root["record"]?.text, let record = Record(rawValue: recordText) else {
            let at = root["record"]?.offset ?? root.offset
            problem("\"record\" must be one of \(Record.allCases.map(\.rawValue).joined(separator: ", "))", at,
                    hint: root["record"]?.text.flatMap { suggest($0, Record.allCases.map(\.rawValue)) }.map { "did you mean \"\($0)\"?" })
            return (nil, diags)
        }
        let kinds = fieldKinds[record] ?? []
        func pattern(_ v: JSONValue?) -> DatePattern? {
            guard let v else { return nil }
            guard let t = v.text else { problem("a date format must be text", v.offset); return nil }
            do { return try DatePattern(t) } catch let e as DatePattern.PatternError {
                problem("date format \"\(t)\": \(e.message)", v.offset)
            } catch { problem("date format \"\(t)\" cannot be read", v.offset) }
            return nil
        }
        let dateFormat = pattern(root["dateFormat"])
        let dateTimeFormat = pattern(root["dateTimeFormat"])
        let defaultUnit = root["unit"]?.text
        var zone: ZoneResolver?
        if let z = root["timeZone"] {
            if let t = z.text, let r = ZoneResolver(identifier: t) { zone = r } else {
                problem("timeZone \"\(z.text ?? z.describe)\" is not a time zone name such as America/Los_Angeles", z.offset)
            }
        }
        var fields: [Field] = []
        guard case .object(let fieldMembers, _)? = root["fields"] else {
            problem("\"fields\" must map model fields to columns, e.g. {\"tag\": \"Package Tag\"}", root["fields"]?.offset ?? root.offset)
            return (nil, diags)
        }
        for (name, spec) in fieldMembers {
            guard let kind = kinds.first(where: { $0.0 == name })?.1 else {
                problem("\(record.rawValue) has no field \"\(name)\"", spec.offset,
                        hint: (suggest(name, kinds.map(\.0)).map { "did you mean \"\($0)\"? " } ?? "")
                            + "fields: \(kinds.map(\.0).joined(separator: ", "))")
                continue
            }
            var f = Field(name: name, source: .constant(""), format: nil, unit: nil, unitColumn: nil, values: [:])
            switch spec {
            case .string(let col, _): f.source = .column(col)
            case .object(let sm, _):
                for (k, v) in sm where !fieldKeys.contains(k) {
                    problem("unknown key \"\(k)\" in field \(name)", v.offset, hint: suggest(k, fieldKeys).map { "did you mean \"\($0)\"?" })
                }
                if let col = spec["column"]?.text { f.source = .column(col) } else if let v = spec["value"]?.text { f.source = .constant(v) } else {
                    problem("field \(name) needs a \"column\" (or a fixed \"value\")", spec.offset)
                    continue
                }
                f.format = pattern(spec["format"])
                f.unit = spec["unit"]?.text
                f.unitColumn = spec["unitColumn"]?.text
                if case .object(let vm, _)? = spec["values"] {
                    for (k, v) in vm { f.values[k.lowercased()] = v.text ?? "" }
                }
            default:
                problem("field \(name) must be a column name or {\"column\": …}", spec.offset)
                continue
            }
            switch kind {
            case .day: if f.format == nil { f.format = dateFormat }
            case .dateTime: if f.format == nil { f.format = dateTimeFormat ?? dateFormat }
            case .quantity:
                if f.unit == nil && f.unitColumn == nil { f.unit = defaultUnit }
                if f.unit == nil && f.unitColumn == nil {
                    problem("quantity field \(name) needs a \"unit\" (g, kg, lb, oz, each, ml …) or a \"unitColumn\"", spec.offset)
                }
                if let u = f.unit, case .other = MeasureUnit(parsing: u) {
                    problem("\"\(u)\" is not a unit s2slint knows (g, mg, kg, oz, lb, each, ml, l, fl oz, gal)", spec.offset)
                }
            default: break
            }
            if (kind == .day || kind == .dateTime) && f.format == nil, case .column = f.source {
                f.format = try? DatePattern("iso8601")
            }
            fields.append(f)
        }
        for req in requiredFields[record] ?? [] where !fields.contains(where: { $0.name == req }) {
            problem("a \(record.rawValue) mapping must map \"\(req)\"", root["fields"]?.offset ?? root.offset)
        }
        var match: [String] = []
        if let m = root["match"] {
            if case .array(let items, _) = m { match = items.compactMap(\.text) } else {
                problem("\"match\" must be a list of column names", m.offset)
            }
        } else {
            match = fields.compactMap { if case .column(let c) = $0.source { return c }; return nil }
        }
        var delimiter: UInt8?
        if let d = root["delimiter"]?.text {
            switch d {
            case ",": delimiter = 44
            case ";": delimiter = 59
            case "|": delimiter = 124
            case "\t", "tab", "\\t": delimiter = 9
            default: problem("delimiter must be \",\", \";\", \"|\" or \"tab\"", root["delimiter"]?.offset ?? 0)
            }
        }
        let skip = root["skipRows"]?.text.flatMap(Int.init) ?? 0
        guard !diags.contains(where: { $0.level == .error }) else { return (nil, diags) }
        let name = root["name"]?.text ?? InputHints.fileName(path)
        return (MappingFile(path: path, name: name, record: record, fields: fields, matchColumns: match, delimiter: delimiter,
                            skipRows: skip, rowsMember: root["rows"]?.text, zone: zone), diags)
    }

    /// The closest name by edit distance (for "did you mean").
    static func suggest(_ word: String, _ options: [String]) -> String? {
        func distance(_ a: String, _ b: String) -> Int {
            let a = Array(a.lowercased()), b = Array(b.lowercased())
            var prev = Array(0...b.count)
            for i in 1...max(a.count, 1) where !a.isEmpty {
                var cur = [i] + Array(repeating: 0, count: b.count)
                for j in 1...max(b.count, 1) where !b.isEmpty {
                    cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
                }
                prev = cur
            }
            return prev[b.count]
        }
        let best = options.map { ($0, distance(word, $0)) }.min { $0.1 < $1.1 }
        guard let best, best.1 <= max(2, word.count / 3) else { return nil }
        return best.0
    }
}
