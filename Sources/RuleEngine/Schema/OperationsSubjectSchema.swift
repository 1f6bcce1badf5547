import Foundation
import S2SModel

// The subjects of the daily-operation scopes: pairs built by matching (Swift) that the packs
// classify. A side or a record that was not found is null, so `pair.s2s == null` reads "missing in
// the S2S record".

private let P: ValueType = .record(.package)
private let OPS: Set<DataIndex.Kind> = [.operations]

@inline(__always) func pair(_ r: RecordRef, _ c: EvalContext) -> ReconcilePair { c.index.operations.pairs[Int(r.i)] }

func sideValue(_ pairIndex: Int32, _ side: Int, _ c: EvalContext) -> Value {
    let p = c.index.operations.pairs[Int(pairIndex)]
    return (side == 0 ? p.s2s : p.internalRecord) == nil ? .null : .record(RecordRef(.pairSide, Int(pairIndex), side))
}

@inline(__always) func sideView(_ r: RecordRef, _ c: EvalContext) -> OpsRecordView? {
    let p = pair(r, c)
    guard let rec = r.j == 0 ? p.s2s : p.internalRecord else { return nil }
    return OpsRecordView(rec, c.dataset, c.index.operations)
}

/// The difference of two quantities in the first one's unit (null when either is missing or they do not convert).
func quantityDifference(_ a: Quantity?, _ b: Quantity?) -> Value {
    guard let a, let b, let bb = b.converted(to: a.unit) else { return .null }
    return .quantity(Quantity(a.value - bb.value, a.unit))
}

let reconcilePairFields: [FieldDef] = [
    FieldDef("flow", .string, "what is compared: outbound (sale ↔ outgoing manifest line), inbound (receipt ↔ incoming manifest line), on_hand (on-hand row ↔ S2S package), adjustment (internal ↔ S2S adjustment)") { r, c in
        .string(pair(r, c).flow.rawValue)
    },
    FieldDef("tag", .string, "the package tag matched on") { r, c in .string(pair(r, c).tag) },
    FieldDef("s2s", .record(.pairSide), "the S2S side: manifest line, package or S2S adjustment (null: missing in the S2S record)") { r, c in
        sideValue(r.i, 0, c)
    },
    FieldDef("internal", .record(.pairSide), "the internal side: sales-order line, receiving-log line, on-hand row or internal adjustment (null: missing internally)") { r, c in
        sideValue(r.i, 1, c)
    },
    FieldDef("package", P, "the S2S package with this tag (null when none)", needs: OPS) { r, c in opsPackage(pair(r, c).tag, c) },
    FieldDef("day", .day, "the day of the event (the internal side's, else the S2S side's)") { r, c in Value(pair(r, c).day) },
    FieldDef("manifest_number", .string, "the manifest named by the S2S side, else by the internal side") { r, c in
        let p = pair(r, c)
        let s = p.s2s.flatMap { OpsRecordView($0, c.dataset, c.index.operations).manifestNumber }
        return Value(s ?? p.internalRecord.flatMap { OpsRecordView($0, c.dataset, c.index.operations).manifestNumber })
    },
    FieldDef("quantity_difference", .quantity, "S2S quantity − internal quantity, in the S2S unit (null when either is missing or the units do not convert)") { r, c in
        let p = pair(r, c)
        let s = p.s2s.flatMap { OpsRecordView($0, c.dataset, c.index.operations).quantity }
        let i = p.internalRecord.flatMap { OpsRecordView($0, c.dataset, c.index.operations).quantity }
        return quantityDifference(s, i)
    },
    FieldDef("transfer", .record(.transferPair), "the transfer the package moved in (outbound and inbound flows; null otherwise)") { r, c in
        pair(r, c).transfer.map { .record(RecordRef(.transferPair, Int($0))) } ?? .null
    },
]

let pairSideFields: [FieldDef] = [
    FieldDef("system", .string, "s2s or internal") { r, _ in .string(r.j == 0 ? "s2s" : "internal") },
    FieldDef("record", .string, "manifest_line, package, adjustment, sales_order_line, receiving_line or on_hand") { r, c in
        Value(sideView(r, c)?.record.kindName)
    },
    FieldDef("tag", .string, "the tag as this side writes it") { r, c in Value(sideView(r, c)?.tag) },
    FieldDef("quantity", .quantity, "the quantity this side records: shipped (outbound line), received (inbound line; shipped while the S2S receipt is not recorded), on hand, adjusted, ordered, received at the dock") { r, c in
        Value(sideView(r, c)?.quantity)
    },
    FieldDef("unit_name", .string, "the unit as this side writes it") { r, c in Value(sideView(r, c)?.unitName) },
    FieldDef("status", .string, "manifest line state (else the manifest's status), package list (onhold when on hold), order status, accepted/rejected, on-hand status; the reason of an adjustment") { r, c in
        Value(sideView(r, c)?.status)
    },
    FieldDef("at", .dateTime, "S2S: when the S2S system recorded it (manifest CreatedDateTime; the package's ReceivedDateTime for a receipt; LastModified); internal: the dock time of a receipt, the on-hand list's time; null for orders and adjustments (dates only)") { r, c in
        Value(sideView(r, c)?.at)
    },
    FieldDef("day", .day, "the day of the event on this side (departure, receipt, ship date, adjustment date)") { r, c in Value(sideView(r, c)?.day) },
    FieldDef("manifest_number", .string, "the manifest this side names") { r, c in Value(sideView(r, c)?.manifestNumber) },
    FieldDef("license_number", .string, "the other party (recipient or customer of a sale, shipper of a receipt); the holder for stock and adjustments") { r, c in
        Value(sideView(r, c)?.licenseNumber)
    },
    FieldDef("item_name", .string, "the product as this side names it") { r, c in Value(sideView(r, c)?.itemName) },
    FieldDef("location", .string, "where the stock is (packages and on-hand rows)") { r, c in Value(sideView(r, c)?.location) },
    FieldDef("note", .string, "notes (adjustment note; receiving condition and note)") { r, c in Value(sideView(r, c)?.note) },
    FieldDef("line", .record(.line), "the manifest line (null when this side is another record)") { r, c in
        if case .manifestLine? = sideView(r, c)?.record { return sideView(r, c)?.value ?? .null }
        return .null
    },
    FieldDef("manifest", .record(.manifest), "the manifest of the line (null when this side is another record)") { r, c in
        if case .manifestLine(let l)? = sideView(r, c)?.record { return .record(RecordRef(.manifest, Int(l.manifest))) }
        return .null
    },
    FieldDef("adjustment", .record(.adjustment), "the adjustment (null when this side is another record)") { r, c in
        if case .adjustment? = sideView(r, c)?.record { return sideView(r, c)?.value ?? .null }
        return .null
    },
    FieldDef("sales_order_line", .record(.salesOrderLine), "the sales-order line (null when this side is another record)") { r, c in
        if case .salesOrderLine? = sideView(r, c)?.record { return sideView(r, c)?.value ?? .null }
        return .null
    },
    FieldDef("receiving_line", .record(.receivingLine), "the receiving-log line (null when this side is another record)") { r, c in
        if case .receivingLine? = sideView(r, c)?.record { return sideView(r, c)?.value ?? .null }
        return .null
    },
    FieldDef("on_hand", .record(.onHand), "the on-hand row (null when this side is another record)") { r, c in
        if case .onHand? = sideView(r, c)?.record { return sideView(r, c)?.value ?? .null }
        return .null
    },
    FieldDef("package", P, "the S2S package record (null when this side is another record)") { r, c in
        if case .package? = sideView(r, c)?.record { return sideView(r, c)?.value ?? .null }
        return .null
    },
]

@inline(__always) func transferPair(_ r: RecordRef, _ c: EvalContext) -> TransferPair { c.index.operations.transfers[Int(r.i)] }

let transferPairFields: [FieldDef] = [
    FieldDef("direction", .string, "outbound (sales orders ↔ outgoing manifest) or inbound (receiving log ↔ incoming manifest)") { r, c in
        .string(transferPair(r, c).direction.rawValue)
    },
    FieldDef("manifest_number", .string, "the manifest number matched on") { r, c in .string(transferPair(r, c).manifestNumber) },
    FieldDef("manifest", .record(.manifest), "the S2S manifest (null: no manifest with this number in the S2S exports)") { r, c in
        transferPair(r, c).manifest.map { .record(RecordRef(.manifest, Int($0))) } ?? .null
    },
    FieldDef("order_lines", .list(.record(.salesOrderLine)), "sales-order lines shipped on this manifest (outbound)") { r, c in
        .list(transferPair(r, c).orderLines.map { .record(RecordRef(.salesOrderLine, Int($0))) })
    },
    FieldDef("receiving_lines", .list(.record(.receivingLine)), "receiving-log lines for this manifest (inbound)") { r, c in
        .list(transferPair(r, c).receivingLines.map { .record(RecordRef(.receivingLine, Int($0))) })
    },
    FieldDef("pairs", .list(.record(.reconcilePair)), "the package pairs of the transfer") { r, c in
        .list(transferPair(r, c).pairs.map { .record(RecordRef(.reconcilePair, Int($0))) })
    },
    FieldDef("internal_count", .number, "how many internal records (order lines or receiving lines) name the manifest") { r, c in
        let t = transferPair(r, c)
        return .number(Decimal(t.orderLines.count + t.receivingLines.count))
    },
    FieldDef("day", .day, "the transfer's day (departure or receipt)") { r, c in Value(transferPair(r, c).day) },
    FieldDef("s2s_counterparties", .list(.string), "the other party in the S2S record: the recipients of an outbound manifest, the shipper of an inbound one") { r, c in
        let t = transferPair(r, c)
        guard let m = t.manifest.map({ c.dataset.manifests[Int($0)] }) else { return .list([]) }
        if t.direction == .inbound { return Value(m.shipperLicenseNumber.map { [$0] } ?? []) }
        var out: [String] = []
        for d in m.destinations { if let l = d.recipientLicenseNumber, !out.contains(l) { out.append(l) } }
        return Value(out)
    },
    FieldDef("internal_counterparties", .list(.string), "the other party internally: the customers of the order lines, the shippers on the receiving log") { r, c in
        let t = transferPair(r, c)
        var out: [String] = []
        for i in t.orderLines { if let l = c.dataset.salesOrderLines[Int(i)].customerLicenseNumber, !out.contains(l) { out.append(l) } }
        for i in t.receivingLines { if let l = c.dataset.receivingLines[Int(i)].shipperLicenseNumber, !out.contains(l) { out.append(l) } }
        return Value(out)
    },
]

@inline(__always) func countEntry(_ r: RecordRef, _ c: EvalContext) -> CountEntry { c.index.operations.countEntries[Int(r.i)] }

func scanList(_ scans: [Int32]) -> Value { .list(scans.map { .record(RecordRef(.scan, Int($0))) }) }

let countEntryFields: [FieldDef] = [
    FieldDef("tag", .string, "the package tag") { r, c in .string(countEntry(r, c).tag) },
    FieldDef("expected", .bool, "the books (the on-hand list or the S2S package list) place it in the counted area (and category)") { r, c in
        .bool(countEntry(r, c).expected)
    },
    FieldDef("scanned", .bool, "it was scanned in the count") { r, c in .bool(!countEntry(r, c).scans.isEmpty) },
    FieldDef("scans", .list(.record(.scan)), "its scans in the count, in the order of the log") { r, c in scanList(countEntry(r, c).scans) },
    FieldDef("scan_count", .number, "how many times it was scanned") { r, c in .number(Decimal(countEntry(r, c).scans.count)) },
    FieldDef("scanned_location", .string, "where it was last scanned (null when not scanned)") { r, c in
        Value(countEntry(r, c).scans.last.flatMap { c.dataset.scanEvents[Int($0)].location })
    },
    FieldDef("scanned_locations", .list(.string), "every location it was scanned in") { r, c in
        var out: [String] = []
        for s in countEntry(r, c).scans { if let l = c.dataset.scanEvents[Int(s)].location, !out.contains(l) { out.append(l) } }
        return Value(out)
    },
    FieldDef("scanned_at", .dateTime, "when it was last scanned") { r, c in Value(countEntry(r, c).scans.last.flatMap { c.dataset.scanEvents[Int($0)].scannedAt }) },
    FieldDef("counted_units", .number, "the units counted in the case (the last scan that has a count; null when none was counted)") { r, c in
        Value(countEntry(r, c).scans.reversed().lazy.compactMap { c.dataset.scanEvents[Int($0)].countedUnits }.first)
    },
    FieldDef("book_location", .string, "where the books put it: the on-hand row's location, else the S2S package's") { r, c in
        let e = countEntry(r, c)
        return Value(e.onHand.flatMap { c.dataset.onHand[Int($0)].location } ?? e.package.flatMap { c.dataset.packages[Int($0)].location })
    },
    FieldDef("in_area", .bool, "the book location lies in the counted area") { r, c in
        let e = countEntry(r, c)
        let loc = e.onHand.flatMap { c.dataset.onHand[Int($0)].location } ?? e.package.flatMap { c.dataset.packages[Int($0)].location }
        return .bool(c.index.operations.countAreaLookup.contains(loc))
    },
    FieldDef("area", .list(.string), "the counted area (the locations given, else those scanned)") { _, c in Value(c.index.operations.countArea) },
    FieldDef("package", P, "the S2S package with this tag (null when none)") { r, c in
        countEntry(r, c).package.map { .record(RecordRef(.package, Int($0))) } ?? .null
    },
    FieldDef("on_hand", .record(.onHand), "the on-hand row with this tag (null when none)") { r, c in
        countEntry(r, c).onHand.map { .record(RecordRef(.onHand, Int($0))) } ?? .null
    },
    FieldDef("book_quantity", .quantity, "the quantity the books hold: the on-hand row's, else the S2S package's") { r, c in
        let e = countEntry(r, c)
        return Value(e.onHand.flatMap { c.dataset.onHand[Int($0)].quantity } ?? e.package.flatMap { c.dataset.packages[Int($0)].quantity })
    },
    FieldDef("item_name", .string, "the product: the S2S item name, else the on-hand row's") { r, c in
        let e = countEntry(r, c)
        return Value(e.package.flatMap { c.dataset.packages[Int($0)].item.name } ?? e.onHand.flatMap { c.dataset.onHand[Int($0)].itemName })
    },
    FieldDef("category", .string, "the category: the S2S item category, else the on-hand row's") { r, c in
        let e = countEntry(r, c)
        return Value(e.package.flatMap { c.dataset.packages[Int($0)].item.category } ?? e.onHand.flatMap { c.dataset.onHand[Int($0)].category })
    },
]

@inline(__always) func toteEntry(_ r: RecordRef, _ c: EvalContext) -> ToteEntry { c.index.operations.toteEntries[Int(r.i)] }

func lineValue(_ l: LineRef?) -> Value {
    l.map { .record(RecordRef(.line, Int($0.manifest), Int($0.destination), Int($0.line))) } ?? .null
}

let toteEntryFields: [FieldDef] = [
    FieldDef("tag", .string, "the package tag") { r, c in .string(toteEntry(r, c).tag) },
    FieldDef("on_manifest", .bool, "the tag is on the tote's manifest") { r, c in .bool(toteEntry(r, c).line != nil) },
    FieldDef("scanned", .bool, "the tag was scanned into the tote") { r, c in .bool(!toteEntry(r, c).scans.isEmpty) },
    FieldDef("on_order", .bool, "the tag is on the sales order the tote fills") { r, c in .bool(toteEntry(r, c).orderLine != nil) },
    FieldDef("order_found", .bool, "a sales order for the tote was found (some tag of the tote is on it)") { _, c in
        .bool(c.index.operations.toteEntries.contains { $0.orderLine != nil })
    },
    FieldDef("scans", .list(.record(.scan)), "its scans in the tote") { r, c in scanList(toteEntry(r, c).scans) },
    FieldDef("scan_count", .number, "how many times it was scanned") { r, c in .number(Decimal(toteEntry(r, c).scans.count)) },
    FieldDef("line", .record(.line), "the manifest line with this tag (null when not on the manifest)") { r, c in lineValue(toteEntry(r, c).line) },
    FieldDef("order_line", .record(.salesOrderLine), "the sales-order line with this tag (null when not on the order)") { r, c in
        toteEntry(r, c).orderLine.map { .record(RecordRef(.salesOrderLine, Int($0))) } ?? .null
    },
    FieldDef("package", P, "the S2S package with this tag (null when none)") { r, c in
        toteEntry(r, c).package.map { .record(RecordRef(.package, Int($0))) } ?? .null
    },
    FieldDef("manifest_number", .string, "the tote's manifest") { r, c in Value(toteEntry(r, c).manifestNumber) },
    FieldDef("item_name", .string, "the product on the manifest: the line's item name, else the S2S package's") { r, c in
        let e = toteEntry(r, c)
        if let l = e.line {
            let line = c.dataset.manifests[Int(l.manifest)].destinations[Int(l.destination)].lines[Int(l.line)]
            if let n = line.itemName { return .string(n) }
        }
        return Value(e.package.flatMap { c.dataset.packages[Int($0)].item.name })
    },
    FieldDef("tote", .string, "the tote (the scan session)") { r, c in
        Value(toteEntry(r, c).scans.first.flatMap { c.dataset.scanEvents[Int($0)].session })
    },
]

@inline(__always) func receiveEntry(_ r: RecordRef, _ c: EvalContext) -> ReceiveEntry { c.index.operations.receiveEntries[Int(r.i)] }

let receiveEntryFields: [FieldDef] = [
    FieldDef("tag", .string, "the package tag") { r, c in .string(receiveEntry(r, c).tag) },
    FieldDef("on_manifest", .bool, "the tag is on the incoming manifest") { r, c in .bool(receiveEntry(r, c).line != nil) },
    FieldDef("scanned", .bool, "the tag was scanned at the dock") { r, c in .bool(!receiveEntry(r, c).scans.isEmpty) },
    FieldDef("on_receiving_log", .bool, "the receiving log has a line for the tag") { r, c in .bool(receiveEntry(r, c).receivingLine != nil) },
    FieldDef("scans", .list(.record(.scan)), "its dock scans") { r, c in scanList(receiveEntry(r, c).scans) },
    FieldDef("line", .record(.line), "the incoming manifest line (null when not on the manifest)") { r, c in lineValue(receiveEntry(r, c).line) },
    FieldDef("receiving_line", .record(.receivingLine), "the receiving-log line (null when none)") { r, c in
        receiveEntry(r, c).receivingLine.map { .record(RecordRef(.receivingLine, Int($0))) } ?? .null
    },
    FieldDef("package", P, "the S2S package with this tag (batch, lab results, COAs; null when the exports do not hold it)") { r, c in
        receiveEntry(r, c).package.map { .record(RecordRef(.package, Int($0))) } ?? .null
    },
    FieldDef("manifest_number", .string, "the incoming manifest") { r, c in Value(receiveEntry(r, c).manifestNumber) },
    FieldDef("shipped_quantity", .quantity, "the quantity shipped, as the manifest line says") { r, c in
        guard let l = receiveEntry(r, c).line else { return .null }
        return Value(c.dataset.manifests[Int(l.manifest)].destinations[Int(l.destination)].lines[Int(l.line)].quantity)
    },
    FieldDef("received_quantity", .quantity, "the quantity received: the receiving log's, else the S2S receipt's") { r, c in
        let e = receiveEntry(r, c)
        if let i = e.receivingLine, let q = c.dataset.receivingLines[Int(i)].receivedQuantity { return .quantity(q) }
        guard let l = e.line else { return .null }
        return Value(c.dataset.manifests[Int(l.manifest)].destinations[Int(l.destination)].lines[Int(l.line)].receivedQuantity)
    },
    FieldDef("condition", .string, "the condition and notes on the receiving log (null when none)") { r, c in
        guard let i = receiveEntry(r, c).receivingLine else { return .null }
        return Value(OpsRecordView(.receivingLine(i), c.dataset, c.index.operations).note)
    },
    FieldDef("accepted", .bool, "whether the receiving log accepted it (null when it does not say)") { r, c in
        Value(receiveEntry(r, c).receivingLine.flatMap { c.dataset.receivingLines[Int($0)].accepted })
    },
]
