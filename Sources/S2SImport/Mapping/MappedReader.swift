import Foundation
public import S2SModel

/// Reads an internal ERP/WMS export, CSV or JSON, through a mapping file into sales-order lines,
/// receiving lines, on-hand rows, scan events or adjustments. A value that does not fit its field
/// (a quantity that is not a number, a date not in the layout) is a problem at its row and column;
/// the rest of the row and the other rows are still read.
public enum MappedReader {
    /// One row's values, from a CSV row or a JSON object.
    struct RawRow {
        var lookup: (String) -> (text: String, offset: Int)?
        var ref: SourceRef
        var name: String
    }

    // MARK: CSV

    public static func readCSV(_ table: CSVTable, mapping: MappingFile, _ sink: inout ImportSink, _ ds: inout Dataset) {
        guard table.rows.count > mapping.skipRows else {
            sink.problem("the file has no header row", code: "mapping.header", offset: 0, pointer: "row 1")
            return
        }
        let headerRow = table.rows[mapping.skipRows]
        let header = CSVHeader(headerRow.fields)
        var missing: [String] = []
        for f in mapping.fields {
            if case .column(let c) = f.source, header.index(of: [c]) == nil { missing.append(c) }
            if let uc = f.unitColumn, header.index(of: [uc]) == nil { missing.append(uc) }
        }
        if !missing.isEmpty {
            sink.problem("the header lacks column\(missing.count == 1 ? "" : "s") \(missing.map { "\"\($0)\"" }.joined(separator: ", ")) that mapping \(mapping.name) reads (found: \(headerRow.fields.joined(separator: ", ")))",
                         code: "mapping.columns", offset: headerRow.offsets.first ?? 0, pointer: "row \(headerRow.line)",
                         hint: "fix the column names in \(InputHints.fileName(mapping.path))")
        }
        var index: [String: Int] = [:]
        for f in mapping.fields {
            if case .column(let c) = f.source, let i = header.index(of: [c]) { index[c] = i }
            if let uc = f.unitColumn, let i = header.index(of: [uc]) { index[uc] = i }
        }
        for row in table.rows.dropFirst(mapping.skipRows + 1) where !row.fields.allSatisfy({ $0.trimmingSpaces().isEmpty }) {
            let r = CSVRowReader(row: row, header: headerRow.fields)
            if row.fields.count != headerRow.fields.count {
                sink.problem("\(r.rowName) has \(row.fields.count) fields but the header has \(headerRow.fields.count)",
                             code: "csv.row-width", offset: row.offsets.first ?? 0, pointer: r.rowName,
                             level: row.fields.count < headerRow.fields.count ? .error : .warning)
            }
            let raw = RawRow(lookup: { col in
                guard let i = index[col], i < row.fields.count else { return nil }
                let t = row.fields[i].trimmingSpaces()
                return t.isEmpty ? nil : (t, row.offsets[i])
            }, ref: r.ref(sink), name: r.rowName)
            build(raw, mapping, &sink, &ds)
        }
    }

    // MARK: JSON

    /// Reads the rows at the cursor (an array of objects, or one object when `single`).
    static func readJSONRows(_ c: inout JSONCursor, _ pointer: String, single: Bool, mapping: MappingFile,
                             _ sink: inout ImportSink, _ options: InputOptions, _ ds: inout Dataset) throws {
        func readOne(_ c: inout JSONCursor, _ p: String) throws {
            let at = c.here
            let v = try JSONValue.parse(&c)
            let raw = RawRow(lookup: { path in
                var cur: JSONValue? = v
                for part in path.split(separator: ".") { cur = cur?[String(part)] }
                guard let cur, let t = cur.text?.trimmingSpaces(), !t.isEmpty else { return nil }
                return (t, cur.offset)
            }, ref: sink.ref(at, p), name: p)
            build(raw, mapping, &sink, &ds)
        }
        if single { try readOne(&c, pointer); return }
        try c.beginArray()
        var first = true
        var k = 0
        while try c.nextElement(first: &first) {
            try readOne(&c, pointer + "/\(k)")
            k += 1
        }
    }

    // MARK: building records

    static func build(_ row: RawRow, _ m: MappingFile, _ sink: inout ImportSink, _ ds: inout Dataset) {
        let values = Values(row: row, mapping: m)
        switch m.record {
        case .salesOrderLine:
            var s = SalesOrderLine(source: row.ref)
            s.orderId = values.text("order_id")
            s.lineId = values.text("line_id")
            s.orderedAt = values.dateTime("ordered_at", &sink)
            s.shipDate = values.day("ship_date", &sink)
            s.customerLicenseNumber = values.text("customer_license")
            s.customerName = values.text("customer_name")
            s.sellerLicenseNumber = values.text("seller_license")
            s.tag = values.text("tag")
            s.itemName = values.text("item_name")
            s.sku = values.text("sku")
            s.quantity = values.quantity("quantity", &sink)
            s.unitPrice = values.decimal("unit_price", &sink)
            s.discount = values.decimal("discount", &sink)
            s.tax = values.decimal("tax", &sink)
            s.totalPrice = values.decimal("total_price", &sink)
            s.status = values.text("status")
            s.saleType = values.text("sale_type")
            s.manifestNumber = values.text("manifest_number")
            if s.orderId == nil { values.missing("order_id", &sink) }
            ds.salesOrderLines.append(s)
        case .receivingLine:
            var r = ReceivingLine(source: row.ref)
            r.receiptId = values.text("receipt_id")
            r.manifestNumber = values.text("manifest_number")
            r.shipperLicenseNumber = values.text("shipper_license")
            r.receiverLicenseNumber = values.text("receiver_license")
            r.tag = values.text("tag")
            r.itemName = values.text("item_name")
            r.sku = values.text("sku")
            r.expectedQuantity = values.quantity("expected_quantity", &sink)
            r.receivedQuantity = values.quantity("received_quantity", &sink)
            r.receivedAt = values.dateTime("received_at", &sink)
            r.accepted = values.bool("accepted", &sink)
            r.condition = values.text("condition")
            r.receivedBy = values.text("received_by")
            r.note = values.text("note")
            if r.tag == nil { values.missing("tag", &sink) }
            ds.receivingLines.append(r)
        case .onHand:
            var o = OnHandRow(source: row.ref)
            o.tag = values.text("tag")
            o.itemName = values.text("item_name")
            o.sku = values.text("sku")
            o.category = values.text("category")
            o.location = values.text("location")
            o.quantity = values.quantity("quantity", &sink)
            o.licenseNumber = values.text("license")
            o.asOf = values.dateTime("as_of", &sink)
            o.status = values.text("status")
            o.unitCost = values.decimal("unit_cost", &sink)
            o.batch = values.text("batch")
            if o.tag == nil { values.missing("tag", &sink) }
            ds.onHand.append(o)
        case .scanEvent:
            guard let tag = values.text("tag") else { values.missing("tag", &sink); return }
            var e = ScanEvent(tag: tag, source: row.ref)
            e.scannedAt = values.dateTime("scanned_at", &sink)
            e.location = values.text("location")
            e.countedUnits = values.decimal("counted_units", &sink)
            e.session = values.text("session")
            e.device = values.text("device")
            e.scannedBy = values.text("scanned_by")
            ds.scanEvents.append(e)
        case .adjustment:
            var a = Adjustment(source: row.ref)
            a.tag = values.text("tag")
            a.packageId = values.text("package_id")
            a.itemName = values.text("item_name")
            a.quantity = values.quantity("quantity", &sink)
            a.unitName = a.quantity?.unit.symbol
            a.reason = values.text("reason")
            a.note = values.text("note")
            a.date = values.day("date", &sink)
            a.adjustedBy = values.text("adjusted_by")
            a.licenseNumber = values.text("license")
            a.id = values.text("id")
            if a.tag == nil && a.packageId == nil { values.missing("tag", &sink) }
            ds.adjustments.append(a)
        }
    }

    /// A row's values by model field, converted and checked.
    struct Values {
        let row: RawRow
        let mapping: MappingFile
        var fields: [String: MappingFile.Field] = [:]

        init(row: RawRow, mapping: MappingFile) {
            self.row = row
            self.mapping = mapping
            for f in mapping.fields { fields[f.name] = f }
        }

        func raw(_ name: String) -> (text: String, offset: Int, column: String)? {
            guard let f = fields[name] else { return nil }
            switch f.source {
            case .constant(let v): return v.isEmpty ? nil : (apply(f, v), row.ref.offset, "(fixed value)")
            case .column(let c):
                guard let (t, o) = row.lookup(c) else { return nil }
                return (apply(f, t), o, c)
            }
        }

        func apply(_ f: MappingFile.Field, _ t: String) -> String { f.values[t.lowercased()] ?? t }

        func text(_ name: String) -> String? { raw(name)?.text }

        func missing(_ name: String, _ sink: inout ImportSink) {
            let col: String
            if case .column(let c)? = fields[name]?.source { col = "column \"\(c)\"" } else { col = "the field" }
            sink.problem("\(row.name) has no \(name.replacingOccurrences(of: "_", with: " ")) (\(col) is empty)",
                         code: "mapping.missing", offset: row.ref.offset, pointer: row.ref.pointer)
        }

        func decimal(_ name: String, _ sink: inout ImportSink) -> Decimal? {
            guard let (t, o, col) = raw(name) else { return nil }
            if let d = DecimalText.parse(t, lenient: true) { return d }
            sink.problem("\(col) on \(row.name) is \"\(t)\", which is not a number", code: "mapping.not-a-number",
                         offset: o, pointer: row.ref.pointer, hint: "mapping \(mapping.name) reads it as \(name)")
            return nil
        }

        func bool(_ name: String, _ sink: inout ImportSink) -> Bool? {
            guard let (t, o, col) = raw(name) else { return nil }
            switch t.lowercased() {
            case "true", "t", "yes", "y", "1", "accepted", "ok": return true
            case "false", "f", "no", "n", "0", "rejected": return false
            default:
                sink.problem("\(col) on \(row.name) is \"\(t)\"; expected yes/no or true/false", code: "mapping.not-a-bool",
                             offset: o, pointer: row.ref.pointer,
                             hint: "map other words with \"values\", e.g. {\"values\": {\"OK\": \"true\"}}")
                return nil
            }
        }

        func timestamp(_ name: String, _ sink: inout ImportSink) -> ParsedTimestamp? {
            guard let (t, o, col) = raw(name), let f = fields[name] else { return nil }
            let pattern = f.format
            if let p = pattern?.parse(t) ?? (pattern == nil ? ParsedTimestamp.parse(t.utf8) : nil) { return p }
            sink.problem("\(col) on \(row.name) is \"\(t)\", which does not fit the date layout \(pattern?.description ?? "iso8601")",
                         code: "mapping.not-a-date", offset: o, pointer: row.ref.pointer,
                         hint: "set \"format\" for \(name) in \(InputHints.fileName(mapping.path))")
            return nil
        }

        func day(_ name: String, _ sink: inout ImportSink) -> Day? {
            switch timestamp(name, &sink) {
            case .day(let d)?: return d
            case .naive(let l)?, .zoned(let l, _)?: return l.day
            case nil: return nil
            }
        }

        func dateTime(_ name: String, _ sink: inout ImportSink) -> DateTime? {
            guard let p = timestamp(name, &sink) else { return nil }
            return (mapping.zone ?? sink.zone).dateTime(p)
        }

        func quantity(_ name: String, _ sink: inout ImportSink) -> Quantity? {
            guard let v = decimal(name, &sink), let f = fields[name] else { return nil }
            var unitText = f.unit
            if let uc = f.unitColumn {
                if let (u, _) = row.lookup(uc) { unitText = u } else if unitText == nil {
                    sink.problem("\(row.name) has a \(name.replacingOccurrences(of: "_", with: " ")) but no unit (column \"\(uc)\" is empty)",
                                 code: "mapping.unit", offset: row.ref.offset, pointer: row.ref.pointer)
                    return Quantity(v, .other("unknown"))
                }
            }
            let unit = MeasureUnit(parsing: unitText ?? "")
            if case .other(let u) = unit {
                sink.problem("\(row.name): \"\(u)\" is not a unit s2slint knows; the \(name.replacingOccurrences(of: "_", with: " ")) cannot be compared",
                             code: "mapping.unit", offset: row.ref.offset, pointer: row.ref.pointer, level: .warning)
            }
            return Quantity(v, unit)
        }
    }
}
