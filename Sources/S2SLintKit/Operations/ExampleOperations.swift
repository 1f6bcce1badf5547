import Foundation
import S2SModel
import S2SImport
import RuleEngine

/// The daily-operation sections of rule examples and test data:
///
/// - `adjustments`: Metrc package adjustments (`/packages/v2/adjustments` rows);
/// - `sales_orders`, `receiving`, `on_hand`, `scans`, `internal_adjustments`: ERP/WMS rows whose
///   members are the field names of a mapping file (`order_id`, `tag`, `quantity` with `unit` …,
///   dates and times in ISO 8601), read through the same mapping reader as real exports;
/// - `operation`: what to pair up: `{ run: reconcile | count | tote | receive (or a list), day | from
///   | to, licenses, locations, categories, sessions, manifests, orders }`.
enum ExampleOperations {
    static let sections = ["adjustments", "internal_adjustments", "sales_orders", "receiving", "on_hand", "scans", "operation"]

    /// The mapping each ERP/WMS section is read with: every field from the member of the same name.
    static let mappings: [(section: String, record: MappingFile.Record, match: String, fields: [String], quantities: [String])] = [
        ("sales_orders", .salesOrderLine, "order_id",
         ["order_id", "line_id", "ordered_at", "ship_date", "customer_license", "customer_name", "seller_license", "tag", "item_name",
          "sku", "unit_price", "total_price", "status", "sale_type", "manifest_number"], ["quantity"]),
        ("receiving", .receivingLine, "tag",
         ["receipt_id", "manifest_number", "shipper_license", "receiver_license", "tag", "item_name", "sku", "received_at", "accepted",
          "condition", "received_by", "note"], ["expected_quantity", "received_quantity"]),
        ("on_hand", .onHand, "tag",
         ["tag", "item_name", "sku", "category", "location", "license", "as_of", "status", "unit_cost", "batch"], ["quantity"]),
        ("scans", .scanEvent, "tag", ["tag", "scanned_at", "location", "counted_units", "session", "device", "scanned_by"], []),
        ("internal_adjustments", .adjustment, "tag",
         ["tag", "package_id", "item_name", "reason", "note", "date", "adjusted_by", "license", "id"], ["quantity"]),
    ]

    static func mappingText(_ section: String, _ record: MappingFile.Record, _ match: String, _ fields: [String], _ quantities: [String]) -> String {
        var parts = fields.map { "\"\($0)\": \"\($0)\"" }
        parts += quantities.map { "\"\($0)\": {\"column\": \"\($0)\", \"unitColumn\": \"unit\"}" }
        return """
            {"s2slint-mapping": 1, "name": "example \(section)", "record": "\(record.rawValue)", "dateFormat": "iso8601",
             "dateTimeFormat": "iso8601", "match": ["\(match)"], "fields": {\(parts.joined(separator: ", "))}}
            """
    }

    /// Reads the operation sections into the dataset; returns the operation asked for (nil when none).
    static func add(_ values: [String: PlainValue], label: String, zone: ZoneResolver, into ds: inout Dataset) throws -> OperationsRequest? {
        if let rows = values["adjustments"] {
            let bytes = Array(rows.json.utf8)
            let path = "<\(label) adjustments>"
            let id = ds.addFile(SourceFile(path: path, kind: InputKind.metrcAdjustments.rawValue, retainedBytes: bytes))
            var options = InputOptions(expected: .metrcAdjustments, zone: zone)
            options.listFromPath = false   // the path is a label (a test's name), not a file name
            ds.absorb(JSONInputReader.read(bytes, fileID: id, path: path, options: options).dataset)
        }
        for m in mappings {
            guard let rows = values[m.section] else { continue }
            guard case .list = rows else { throw ExampleError("\(m.section) must be a list of rows") }
            let (mapping, problems) = MappingFile.load(Array(mappingText(m.section, m.record, m.match, m.fields, m.quantities).utf8),
                                                       path: "<\(m.section) mapping>")
            guard let mapping else { throw ExampleError("internal: the \(m.section) mapping does not read: \(problems.first?.message ?? "")") }
            let bytes = Array(rows.json.utf8)
            let path = "<\(label) \(m.section)>"
            let id = ds.addFile(SourceFile(path: path, kind: "mapped:" + mapping.name, retainedBytes: bytes))
            var options = InputOptions(zone: zone, mappings: [mapping])
            options.listFromPath = false
            ds.absorb(JSONInputReader.read(bytes, fileID: id, path: path, options: options).dataset)
        }
        guard let op = values["operation"] else { return nil }
        return try request(op)
    }

    static func request(_ op: PlainValue) throws -> OperationsRequest {
        guard case .object(let keys, let v) = op else { throw ExampleError("operation must be a mapping such as { run: reconcile, day: 2026-11-30 }") }
        let known = ["run", "day", "from", "to", "licenses", "locations", "categories", "sessions", "manifests", "orders"]
        for k in keys where !known.contains(k) {
            throw ExampleError("unknown key '\(k)' in operation (keys: \(known.joined(separator: ", ")))")
        }
        func texts(_ key: String) throws -> [String] {
            switch v[key] {
            case nil, .null?: return []
            case .string(let s)?: return [s]
            case .number(let n)?: return [n]
            case .list(let items)?:
                return try items.map {
                    switch $0 {
                    case .string(let s): return s
                    case .number(let n): return n
                    default: throw ExampleError("operation \(key) must list texts")
                    }
                }
            default: throw ExampleError("operation \(key) must be a text or a list of texts")
            }
        }
        func day(_ key: String) throws -> Day? {
            guard let s = try texts(key).first else { return nil }
            guard case .day(let d)? = ParsedTimestamp.parse(s.utf8) else { throw ExampleError("operation \(key) must be a date (YYYY-MM-DD), not '\(s)'") }
            return d
        }
        var ops = Set<OperationsRequest.Operation>()
        for name in try texts("run") {
            guard let o = OperationsRequest.Operation(rawValue: name) else {
                throw ExampleError("operation run '\(name)' is not one of \(OperationsRequest.Operation.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            ops.insert(o)
        }
        if ops.isEmpty { throw ExampleError("operation needs run: reconcile, count, tote or receive") }
        let d = try day("day")
        return OperationsRequest(operations: ops, from: try day("from") ?? d, to: try day("to") ?? d, licenses: try texts("licenses"),
                                 locations: try texts("locations"), categories: try texts("categories"), sessions: try texts("sessions"),
                                 manifests: try texts("manifests"), orders: try texts("orders"))
    }
}
