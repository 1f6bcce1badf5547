import Foundation
import S2SModel

/// The common facts of any record that can stand on one side of a pair or be a movement: its
/// quantity, status, times, manifest and counterparty, read from the record itself.
struct OpsRecordView {
    let record: OpsRecord
    let ds: Dataset
    let index: OperationsIndex

    init(_ record: OpsRecord, _ ds: Dataset, _ index: OperationsIndex) {
        self.record = record
        self.ds = ds
        self.index = index
    }

    var lineParts: (Manifest, Destination, ManifestLine)? {
        guard case .manifestLine(let r) = record else { return nil }
        let m = ds.manifests[Int(r.manifest)]
        let d = m.destinations[Int(r.destination)]
        return (m, d, d.lines[Int(r.line)])
    }

    var direction: OpsDirection? {
        guard let (m, d, _) = lineParts else { return nil }
        return index.direction(m, d)
    }

    var tag: String? {
        switch record {
        case .manifestLine: return lineParts?.2.tag
        case .package(let i): return ds.packages[Int(i)].tag
        case .adjustment(let i): return ds.adjustments[Int(i)].tag
        case .salesOrderLine(let i): return ds.salesOrderLines[Int(i)].tag
        case .receivingLine(let i): return ds.receivingLines[Int(i)].tag
        case .onHand(let i): return ds.onHand[Int(i)].tag
        }
    }

    /// Outbound lines: shipped; inbound lines: received (shipped while the receipt is not recorded).
    var quantity: Quantity? {
        switch record {
        case .manifestLine:
            guard let (_, _, l) = lineParts else { return nil }
            return direction == .inbound ? (l.receivedQuantity ?? l.quantity) : l.quantity
        case .package(let i): return ds.packages[Int(i)].quantity
        case .adjustment(let i): return ds.adjustments[Int(i)].quantity
        case .salesOrderLine(let i): return ds.salesOrderLines[Int(i)].quantity
        case .receivingLine(let i): return ds.receivingLines[Int(i)].receivedQuantity
        case .onHand(let i): return ds.onHand[Int(i)].quantity
        }
    }

    /// The unit as the record wrote it (the unit read, when the record keeps no text of its own).
    var unitName: String? {
        switch record {
        case .manifestLine: return lineParts?.2.unitName ?? quantity?.unit.symbol
        case .package(let i): return ds.packages[Int(i)].unitName ?? quantity?.unit.symbol
        case .adjustment(let i): return ds.adjustments[Int(i)].unitName ?? quantity?.unit.symbol
        default: return quantity?.unit.symbol
        }
    }

    var status: String? {
        switch record {
        case .manifestLine:
            guard let (m, _, l) = lineParts else { return nil }
            return l.state ?? m.status
        case .package(let i):
            let p = ds.packages[Int(i)]
            return p.onHold == true ? "onhold" : p.status
        case .adjustment(let i): return ds.adjustments[Int(i)].reason
        case .salesOrderLine(let i): return ds.salesOrderLines[Int(i)].status
        case .receivingLine(let i): return ds.receivingLines[Int(i)].accepted.map { $0 ? "accepted" : "rejected" }
        case .onHand(let i): return ds.onHand[Int(i)].status
        }
    }

    /// When the record says the event happened or was recorded (see the field docs).
    var at: DateTime? {
        switch record {
        case .manifestLine(let r):
            guard let dir = direction else { return nil }
            return index.lineTimes(ds, r, dir).recorded
        case .package(let i): return ds.packages[Int(i)].lastModified
        case .adjustment: return nil
        case .salesOrderLine: return nil
        case .receivingLine(let i): return ds.receivingLines[Int(i)].receivedAt
        case .onHand(let i): return ds.onHand[Int(i)].asOf
        }
    }

    var day: Day? {
        switch record {
        case .manifestLine(let r):
            guard let dir = direction else { return nil }
            return index.lineTimes(ds, r, dir).day
        case .package(let i): return ds.packages[Int(i)].lastModified?.localDay
        case .adjustment(let i): return ds.adjustments[Int(i)].date
        case .salesOrderLine(let i): let s = ds.salesOrderLines[Int(i)]; return s.shipDate ?? s.orderedAt?.localDay
        case .receivingLine(let i): return ds.receivingLines[Int(i)].receivedAt?.localDay
        case .onHand(let i): return ds.onHand[Int(i)].asOf?.localDay
        }
    }

    var manifestNumber: String? {
        switch record {
        case .manifestLine: return lineParts?.0.key
        case .salesOrderLine(let i): return ds.salesOrderLines[Int(i)].manifestNumber
        case .receivingLine(let i): return ds.receivingLines[Int(i)].manifestNumber
        case .package(let i): return ds.packages[Int(i)].receivedFromManifestNumber
        default: return nil
        }
    }

    /// The other party: recipient of an outbound line, shipper of an inbound one, the customer of a
    /// sale, the shipper on a receiving log; the holder for packages, adjustments and on-hand rows.
    var licenseNumber: String? {
        switch record {
        case .manifestLine:
            guard let (m, d, _) = lineParts else { return nil }
            return direction == .inbound ? m.shipperLicenseNumber : d.recipientLicenseNumber
        case .package(let i): return ds.packages[Int(i)].ownerLicenseNumber
        case .adjustment(let i): return ds.adjustments[Int(i)].licenseNumber
        case .salesOrderLine(let i): return ds.salesOrderLines[Int(i)].customerLicenseNumber
        case .receivingLine(let i): return ds.receivingLines[Int(i)].shipperLicenseNumber
        case .onHand(let i): return ds.onHand[Int(i)].licenseNumber
        }
    }

    var itemName: String? {
        switch record {
        case .manifestLine:
            guard let (_, _, l) = lineParts else { return nil }
            return l.itemName ?? l.tag.flatMap { index.packageByTag[$0] }.flatMap { ds.packages[Int($0)].item.name }
        case .package(let i): return ds.packages[Int(i)].item.name
        case .adjustment(let i): return ds.adjustments[Int(i)].itemName
        case .salesOrderLine(let i): return ds.salesOrderLines[Int(i)].itemName
        case .receivingLine(let i): return ds.receivingLines[Int(i)].itemName
        case .onHand(let i): return ds.onHand[Int(i)].itemName
        }
    }

    var location: String? {
        switch record {
        case .package(let i): return ds.packages[Int(i)].location
        case .onHand(let i): return ds.onHand[Int(i)].location
        default: return nil
        }
    }

    var note: String? {
        switch record {
        case .adjustment(let i): return ds.adjustments[Int(i)].note
        case .receivingLine(let i):
            let r = ds.receivingLines[Int(i)]
            let parts = [r.condition, r.note].compactMap { $0 }.filter { !$0.isEmpty }
            return parts.isEmpty ? nil : parts.joined(separator: "; ")
        default: return nil
        }
    }

    /// The record as a value of the rule language.
    var value: Value { OpsRecordView.value(record) }

    static func value(_ r: OpsRecord?) -> Value {
        switch r {
        case .manifestLine(let l)?: return .record(RecordRef(.line, Int(l.manifest), Int(l.destination), Int(l.line)))
        case .package(let i)?: return .record(RecordRef(.package, Int(i)))
        case .adjustment(let i)?: return .record(RecordRef(.adjustment, Int(i)))
        case .salesOrderLine(let i)?: return .record(RecordRef(.salesOrderLine, Int(i)))
        case .receivingLine(let i)?: return .record(RecordRef(.receivingLine, Int(i)))
        case .onHand(let i)?: return .record(RecordRef(.onHand, Int(i)))
        case nil: return .null
        }
    }

    /// One line for messages and evidence: `2026-11-30 out 120 each on S2S manifest 0001977406 to C10-0000423-LIC`.
    func sentence(system: String? = nil) -> String {
        var parts: [String] = [day?.description ?? "(no date)"]
        let q = quantity.map { "\($0.value) \(unitName ?? $0.unit.symbol)" }
        switch record {
        case .manifestLine:
            let dir = direction ?? .outbound
            parts.append(dir == .outbound ? "out" : "in")
            if let q { parts.append(q) }
            parts.append("on S2S manifest \(manifestNumber ?? "?")")
            if let l = licenseNumber { parts.append(dir == .outbound ? "to \(l)" : "from \(l)") }
            if let s = status { parts.append("(\(s))") }
        case .adjustment(let i):
            parts.append(index.isInternalAdjustment(Int(i)) ? "internal adjustment" : "S2S adjustment")
            if let q { parts.append(q) }
            let a = ds.adjustments[Int(i)]
            let why = [a.reason, a.note].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ": ")
            if !why.isEmpty { parts.append("(\(why))") }
        case .receivingLine(let i):
            parts.append("in")
            if let q { parts.append(q) }
            let r = ds.receivingLines[Int(i)]
            parts.append("on receiving log \(r.receiptId ?? "?")" + (r.manifestNumber.map { " (manifest \($0))" } ?? ""))
            if let s = status { parts.append("(\(s))") }
        case .salesOrderLine(let i):
            let s = ds.salesOrderLines[Int(i)]
            parts.append("sales order \(s.orderId ?? "?")" + (s.lineId.map { " line \($0)" } ?? "") + ":")
            if let q { parts.append(q) }
            if let c = s.customerLicenseNumber { parts.append("to \(c)") }
            if let st = s.status { parts.append("(\(st))") }
        case .package:
            parts.append("S2S package"); if let q { parts.append(q) }
        case .onHand:
            parts.append("on hand"); if let q { parts.append(q) }
            if let l = location { parts.append("in \(l)") }
        }
        return parts.joined(separator: " ")
    }
}
