public import Foundation
public import S2SModel

/// What a report shows of a movement: read from its record, nothing judged.
public struct MovementFacts: Sendable, Hashable {
    public var tag: String
    /// `s2s` or `internal`.
    public var system: String
    /// `out`, `in` or `adjust`.
    public var direction: String
    /// `manifest_line`, `adjustment`, `receiving_line`, `sales_order_line`.
    public var record: String
    public var day: Day?
    public var quantity: Quantity?
    public var unitName: String?
    public var itemName: String?
    public var category: String?
    /// The other party (recipient, shipper, customer); the holder for adjustments.
    public var licenseNumber: String?
    public var manifestNumber: String?
    /// Line state, order status, accepted/rejected; for adjustments, the reason.
    public var status: String?
    public var note: String?
    /// The wholesale price a manifest line or an order line carries (the line's total), when given.
    public var price: Decimal?
    public var sentence: String
}

extension OperationsIndex {
    /// The movements of one day (as each record dates it), in the order they were read.
    public func movements(on day: Day, in ds: Dataset) -> [MovementFacts] {
        movements.filter { $0.day == day }.map { facts($0, ds) }
    }

    public func facts(_ m: Movement, _ ds: Dataset) -> MovementFacts {
        let v = OpsRecordView(m.record, ds, self)
        var price: Decimal?
        var category = packageByTag[m.tag].flatMap { ds.packages[Int($0)].item.category }
        switch m.record {
        case .manifestLine:
            price = v.lineParts?.2.wholesalePrice
        case .salesOrderLine(let i):
            let s = ds.salesOrderLines[Int(i)]
            price = s.totalPrice ?? s.unitPrice.flatMap { p in s.quantity.map { p * $0.value } }
        case .adjustment(let i):
            category = category ?? ds.adjustments[Int(i)].itemCategory
        default: break
        }
        if category == nil, let r = onHandByTag[m.tag]?.first { category = ds.onHand[Int(r)].category }
        return MovementFacts(tag: m.tag, system: m.system, direction: m.direction, record: m.record.kindName, day: m.day,
                             quantity: v.quantity, unitName: v.unitName, itemName: v.itemName, category: category,
                             licenseNumber: v.licenseNumber, manifestNumber: v.manifestNumber, status: v.status, note: v.note,
                             price: price, sentence: v.sentence())
    }
}
