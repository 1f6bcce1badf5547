import Foundation
import S2SModel

/// The lookups retail rules need for limits per customer: a customer's receipts and deliveries at
/// one store, by day. A customer is `SalesReceipt.customerKey` / `RetailDelivery.customerKey`
/// (the patient's or caregiver's license, a delivery's ConsumerId); a sale whose customer or date
/// is unknown belongs to no group, and the lookups give null for it (a rule cannot count what it
/// cannot attribute).
struct RetailIndex: Sendable {
    struct Key: Hashable, Sendable {
        var seller: String?
        var customer: String
    }

    /// A sale line's holder: a receipt (0) or a delivery (1), and its index.
    struct Holder: Hashable, Sendable {
        var kind: Int
        var index: Int
        var day: Day
    }

    /// Key → the receipts and deliveries of the customer at the store, oldest day first.
    var byCustomer: [Key: [Holder]] = [:]

    init() {}

    init(_ ds: Dataset) {
        for (i, r) in ds.receipts.enumerated() {
            guard let c = r.customerKey, let day = r.salesDateTime?.localDay else { continue }
            byCustomer[Key(seller: r.facilityLicenseNumber, customer: c), default: []].append(Holder(kind: 0, index: i, day: day))
        }
        for (i, d) in ds.retailDeliveries.enumerated() {
            guard let c = d.customerKey, let day = d.salesDateTime?.localDay else { continue }
            byCustomer[Key(seller: d.facilityLicenseNumber, customer: c), default: []].append(Holder(kind: 1, index: i, day: day))
        }
        for (k, v) in byCustomer { byCustomer[k] = v.sorted { ($0.day, $0.kind, $0.index) < ($1.day, $1.kind, $1.index) } }
    }

    /// The receipts and deliveries of the same customer at the same store whose day lies in the
    /// `days` days ending on the subject's day (1: the same day); nil when the subject's customer or
    /// day is unknown. The subject itself is included.
    func sameCustomer(kind: Int, index: Int, days: Int, in ds: Dataset) -> [Holder]? {
        let seller: String?, customer: String?, day: Day?
        if kind == 0 {
            let r = ds.receipts[index]
            (seller, customer, day) = (r.facilityLicenseNumber, r.customerKey, r.salesDateTime?.localDay)
        } else {
            let d = ds.retailDeliveries[index]
            (seller, customer, day) = (d.facilityLicenseNumber, d.customerKey, d.salesDateTime?.localDay)
        }
        guard let customer, let day, days >= 1 else { return nil }
        let first = day.adding(days: -(days - 1))
        return (byCustomer[Key(seller: seller, customer: customer)] ?? []).filter { $0.day >= first && $0.day <= day }
    }

    /// How a retail record is named in messages and evidence.
    static func recordKey(_ r: RecordRef, _ c: EvalContext) -> String {
        let ds = c.dataset
        switch r.kind {
        case .sale:
            let s = ds.receipts[Int(r.i)]
            return "receipt " + (s.receiptNumber ?? s.externalReceiptNumber ?? s.id ?? "\(r.i + 1)")
        case .retailDelivery:
            let d = ds.retailDeliveries[Int(r.i)]
            return "delivery " + (d.deliveryNumber ?? d.id ?? "\(r.i + 1)")
        case .retailTrip:
            let t = ds.retailTrips[Int(r.i)]
            return "delivery run " + (t.number ?? t.id ?? "\(r.i + 1)")
        case .tripPackage:
            return ds.retailTrips[Int(r.i)].packages[Int(r.j)].tag ?? "carried package \(r.j + 1)"
        default:
            return saleLineRecord(r, c).tag ?? "sale line \(r.k + 1)"
        }
    }
}
