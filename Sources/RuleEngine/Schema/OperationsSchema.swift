import Foundation
import S2SModel

// The rule language's view of the records of the daily operations: adjustments, sales-order lines,
// receiving-log lines, on-hand rows and scans as read (S2S exports, or ERP/WMS exports through
// mapping files), and the movements of a tag built from them.

extension Schema {
    /// Field tables of the daily-operation records, registered beside the model's.
    static let operations: [RecordKind: [FieldDef]] = [
        .adjustment: adjustmentFields,
        .salesOrderLine: salesOrderLineFields,
        .receivingLine: receivingLineFields,
        .onHand: onHandFields,
        .scan: scanFields,
        .movement: movementFields,
        .reconcilePair: reconcilePairFields,
        .pairSide: pairSideFields,
        .transferPair: transferPairFields,
        .countEntry: countEntryFields,
        .toteEntry: toteEntryFields,
        .receiveEntry: receiveEntryFields,
    ]
}

@inline(__always) func ops(_ c: EvalContext) -> OperationsIndex { c.index.operations }

/// The S2S package with a tag (null when none), through the operations index.
func opsPackage(_ tag: String?, _ c: EvalContext) -> Value {
    guard let tag, let i = c.index.operations.package(of: tag) else { return .null }
    return .record(RecordRef(.package, Int(i)))
}

private let P: ValueType = .record(.package)
private let OPS: Set<DataIndex.Kind> = [.operations]

@inline(__always) func adjustment(_ r: RecordRef, _ c: EvalContext) -> Adjustment { c.dataset.adjustments[Int(r.i)] }

let adjustmentFields: [FieldDef] = [
    FieldDef("tag", .string, "the package tag (Metrc PackageLabel; a mapped log's tag column)") { r, c in Value(adjustment(r, c).tag) },
    FieldDef("system", .string, "s2s (an S2S export) or internal (an ERP/WMS log read through a mapping file)", needs: OPS) { r, c in
        .string(ops(c).isInternalAdjustment(Int(r.i)) ? "internal" : "s2s")
    },
    FieldDef("package_id", .string, "PackageId in the S2S system") { r, c in Value(adjustment(r, c).packageId) },
    FieldDef("item_name", .string, "ItemName") { r, c in Value(adjustment(r, c).itemName) },
    FieldDef("item_category", .string, "ItemCategoryName") { r, c in Value(adjustment(r, c).itemCategory) },
    FieldDef("quantity", .quantity, "the signed amount (negative removes), with its unit") { r, c in Value(adjustment(r, c).quantity) },
    FieldDef("unit_name", .string, "the unit exactly as written") { r, c in Value(adjustment(r, c).unitName) },
    FieldDef("reason", .string, "AdjustmentReasonName (Waste, Drying, Entry Error …) as written") { r, c in Value(adjustment(r, c).reason) },
    FieldDef("note", .string, "AdjustmentNote") { r, c in Value(adjustment(r, c).note) },
    FieldDef("date", .day, "AdjustmentDate") { r, c in Value(adjustment(r, c).date) },
    FieldDef("adjusted_by", .string, "who recorded it") { r, c in Value(adjustment(r, c).adjustedBy) },
    FieldDef("license_number", .string, "the facility that adjusted, when the export says") { r, c in Value(adjustment(r, c).licenseNumber) },
    FieldDef("id", .string, "the adjustment record's own id") { r, c in Value(adjustment(r, c).id) },
    FieldDef("package", P, "the S2S package with this tag (null when none)", needs: OPS) { r, c in opsPackage(adjustment(r, c).tag, c) },
]

@inline(__always) func salesLine(_ r: RecordRef, _ c: EvalContext) -> SalesOrderLine { c.dataset.salesOrderLines[Int(r.i)] }

let salesOrderLineFields: [FieldDef] = [
    FieldDef("order_id", .string, "the sales order number") { r, c in Value(salesLine(r, c).orderId) },
    FieldDef("line_id", .string, "the line number on the order") { r, c in Value(salesLine(r, c).lineId) },
    FieldDef("ordered_at", .dateTime, "when the order was placed") { r, c in Value(salesLine(r, c).orderedAt) },
    FieldDef("ship_date", .day, "the day the goods ship (as the mapping names it)") { r, c in Value(salesLine(r, c).shipDate) },
    FieldDef("customer_license_number", .string, "the buyer's license") { r, c in Value(salesLine(r, c).customerLicenseNumber) },
    FieldDef("customer_name", .string, "the buyer's name") { r, c in Value(salesLine(r, c).customerName) },
    FieldDef("seller_license_number", .string, "the selling facility's license") { r, c in Value(salesLine(r, c).sellerLicenseNumber) },
    FieldDef("tag", .string, "the package tag the line is filled from") { r, c in Value(salesLine(r, c).tag) },
    FieldDef("item_name", .string, "the product as the ERP names it") { r, c in Value(salesLine(r, c).itemName) },
    FieldDef("sku", .string, "the business's product code") { r, c in Value(salesLine(r, c).sku) },
    FieldDef("quantity", .quantity, "the quantity ordered, with its unit") { r, c in Value(salesLine(r, c).quantity) },
    FieldDef("unit_price", .number, "price per unit") { r, c in Value(salesLine(r, c).unitPrice) },
    FieldDef("total_price", .number, "the line's total") { r, c in Value(salesLine(r, c).totalPrice) },
    FieldDef("status", .string, "the line's status after the mapping's value table (open, shipped, cancelled …)") { r, c in
        Value(salesLine(r, c).status)
    },
    FieldDef("sale_type", .string, "kind of sale as written") { r, c in Value(salesLine(r, c).saleType) },
    FieldDef("manifest_number", .string, "the manifest the line shipped on, when the ERP records it") { r, c in
        Value(salesLine(r, c).manifestNumber)
    },
    FieldDef("package", P, "the S2S package with this tag (null when none)", needs: OPS) { r, c in opsPackage(salesLine(r, c).tag, c) },
]

@inline(__always) func receivingLine(_ r: RecordRef, _ c: EvalContext) -> ReceivingLine { c.dataset.receivingLines[Int(r.i)] }

let receivingLineFields: [FieldDef] = [
    FieldDef("receipt_id", .string, "the receiving document (receipt, PO, dock ticket)") { r, c in Value(receivingLine(r, c).receiptId) },
    FieldDef("manifest_number", .string, "the manifest the goods arrived on") { r, c in Value(receivingLine(r, c).manifestNumber) },
    FieldDef("shipper_license_number", .string, "the shipper's license") { r, c in Value(receivingLine(r, c).shipperLicenseNumber) },
    FieldDef("receiver_license_number", .string, "the receiving facility's license") { r, c in Value(receivingLine(r, c).receiverLicenseNumber) },
    FieldDef("tag", .string, "the package tag received") { r, c in Value(receivingLine(r, c).tag) },
    FieldDef("item_name", .string, "the product as the log names it") { r, c in Value(receivingLine(r, c).itemName) },
    FieldDef("sku", .string, "the business's product code") { r, c in Value(receivingLine(r, c).sku) },
    FieldDef("expected_quantity", .quantity, "what the manifest or order said would arrive") { r, c in Value(receivingLine(r, c).expectedQuantity) },
    FieldDef("received_quantity", .quantity, "what was counted or weighed on arrival") { r, c in Value(receivingLine(r, c).receivedQuantity) },
    FieldDef("received_at", .dateTime, "when it was received at the dock") { r, c in Value(receivingLine(r, c).receivedAt) },
    FieldDef("accepted", .bool, "accepted (false: rejected or quarantined), when recorded") { r, c in Value(receivingLine(r, c).accepted) },
    FieldDef("condition", .string, "damage, tamper or other condition notes as written") { r, c in Value(receivingLine(r, c).condition) },
    FieldDef("received_by", .string, "who received it") { r, c in Value(receivingLine(r, c).receivedBy) },
    FieldDef("note", .string, "other notes") { r, c in Value(receivingLine(r, c).note) },
    FieldDef("package", P, "the S2S package with this tag (null when none)", needs: OPS) { r, c in opsPackage(receivingLine(r, c).tag, c) },
]

@inline(__always) func onHandRow(_ r: RecordRef, _ c: EvalContext) -> OnHandRow { c.dataset.onHand[Int(r.i)] }

let onHandFields: [FieldDef] = [
    FieldDef("tag", .string, "the package tag") { r, c in Value(onHandRow(r, c).tag) },
    FieldDef("item_name", .string, "the product as the ERP/WMS names it") { r, c in Value(onHandRow(r, c).itemName) },
    FieldDef("sku", .string, "the business's product code") { r, c in Value(onHandRow(r, c).sku) },
    FieldDef("category", .string, "the category as the ERP/WMS writes it") { r, c in Value(onHandRow(r, c).category) },
    FieldDef("location", .string, "the bin, shelf or room") { r, c in Value(onHandRow(r, c).location) },
    FieldDef("quantity", .quantity, "the quantity the ERP/WMS holds, with its unit") { r, c in Value(onHandRow(r, c).quantity) },
    FieldDef("license_number", .string, "the facility that holds the stock") { r, c in Value(onHandRow(r, c).licenseNumber) },
    FieldDef("as_of", .dateTime, "when the list was taken (or the row last changed)") { r, c in Value(onHandRow(r, c).asOf) },
    FieldDef("status", .string, "the stock status as written (available, hold, quarantine …)") { r, c in Value(onHandRow(r, c).status) },
    FieldDef("unit_cost", .number, "cost per unit of the quantity") { r, c in Value(onHandRow(r, c).unitCost) },
    FieldDef("value", .number, "quantity × unit cost (null when either is missing)") { r, c in
        let row = onHandRow(r, c)
        guard let q = row.quantity, let u = row.unitCost else { return .null }
        return .number(q.value * u)
    },
    FieldDef("batch", .string, "the batch or lot as the ERP/WMS writes it") { r, c in Value(onHandRow(r, c).batch) },
    FieldDef("package", P, "the S2S package with this tag (null when none)", needs: OPS) { r, c in opsPackage(onHandRow(r, c).tag, c) },
]

@inline(__always) func scanEvent(_ r: RecordRef, _ c: EvalContext) -> ScanEvent { c.dataset.scanEvents[Int(r.i)] }

let scanFields: [FieldDef] = [
    FieldDef("tag", .string, "the tag exactly as the reader wrote it") { r, c in .string(scanEvent(r, c).tag) },
    FieldDef("scanned_at", .dateTime, "when it was scanned") { r, c in Value(scanEvent(r, c).scannedAt) },
    FieldDef("location", .string, "where (shelf, bin, dock door …)") { r, c in Value(scanEvent(r, c).location) },
    FieldDef("counted_units", .number, "units counted in a sampled case, when the operator counted them") { r, c in
        Value(scanEvent(r, c).countedUnits)
    },
    FieldDef("session", .string, "the count, tote or receiving session") { r, c in Value(scanEvent(r, c).session) },
    FieldDef("device", .string, "the reader or scanner") { r, c in Value(scanEvent(r, c).device) },
    FieldDef("scanned_by", .string, "the operator") { r, c in Value(scanEvent(r, c).scannedBy) },
    FieldDef("package", P, "the S2S package with this tag (null when none)", needs: OPS) { r, c in opsPackage(scanEvent(r, c).tag, c) },
]

@inline(__always) func movement(_ r: RecordRef, _ c: EvalContext) -> Movement { c.index.operations.movements[Int(r.i)] }
@inline(__always) func movementView(_ r: RecordRef, _ c: EvalContext) -> OpsRecordView {
    OpsRecordView(movement(r, c).record, c.dataset, c.index.operations)
}

let movementFields: [FieldDef] = [
    FieldDef("tag", .string, "the package tag") { r, c in .string(movement(r, c).tag) },
    FieldDef("system", .string, "s2s or internal") { r, c in .string(movement(r, c).system) },
    FieldDef("direction", .string, "out, in or adjust") { r, c in .string(movement(r, c).direction) },
    FieldDef("record", .string, "manifest_line, adjustment, receiving_line or sales_order_line") { r, c in .string(movement(r, c).record.kindName) },
    FieldDef("day", .day, "the day it happened (departure, receipt, adjustment, ship date)") { r, c in Value(movement(r, c).day) },
    FieldDef("at", .dateTime, "when it happened, when the record has a time") { r, c in Value(movement(r, c).at) },
    FieldDef("quantity", .quantity, "the quantity moved (signed for adjustments)") { r, c in Value(movementView(r, c).quantity) },
    FieldDef("manifest_number", .string, "the manifest it moved on") { r, c in Value(movementView(r, c).manifestNumber) },
    FieldDef("license_number", .string, "the other party (recipient, shipper, customer)") { r, c in Value(movementView(r, c).licenseNumber) },
    FieldDef("status", .string, "the record's status (line state, order status, accepted/rejected, adjustment reason)") { r, c in
        Value(movementView(r, c).status)
    },
    FieldDef("description", .string, "the movement in one line, as evidence shows it") { r, c in .string(movementView(r, c).sentence()) },
    FieldDef("line", .record(.line), "the manifest line (null for other movements)") { r, c in
        if case .manifestLine = movement(r, c).record { return OpsRecordView.value(movement(r, c).record) }
        return .null
    },
    FieldDef("adjustment", .record(.adjustment), "the adjustment (null for other movements)") { r, c in
        if case .adjustment = movement(r, c).record { return OpsRecordView.value(movement(r, c).record) }
        return .null
    },
    FieldDef("receiving_line", .record(.receivingLine), "the receiving-log line (null for other movements)") { r, c in
        if case .receivingLine = movement(r, c).record { return OpsRecordView.value(movement(r, c).record) }
        return .null
    },
    FieldDef("sales_order_line", .record(.salesOrderLine), "the sales-order line (null for other movements)") { r, c in
        if case .salesOrderLine = movement(r, c).record { return OpsRecordView.value(movement(r, c).record) }
        return .null
    },
]
