import Foundation
import Testing
import RuleEngine
import S2SModel

/// The matching the daily operations rely on: which records pair up is Swift's job (the packs then
/// say which pairs are discrepancies), so it is pinned here record by record.
@Suite("Operations matching")
struct OperationsIndexTests {
    static func day(_ s: String) -> Day {
        guard case .day(let d)? = ParsedTimestamp.parse(s.utf8) else { fatalError(s) }
        return d
    }

    static func time(_ s: String) -> DateTime {
        guard case .zoned(let l, let o)? = ParsedTimestamp.parse(s.utf8) else { fatalError(s) }
        return DateTime(local: l, offsetMinutes: o, zoneWasWritten: true)
    }

    /// A dataset with an S2S file (0) and an internal, mapped file (1).
    static func dataset() -> Dataset {
        var ds = Dataset()
        _ = ds.addFile(SourceFile(path: "s2s.json", kind: "metrc.transfers"))
        _ = ds.addFile(SourceFile(path: "erp.csv", kind: "mapped:ERP"))
        return ds
    }

    static let s2s = SourceRef(file: 0, offset: 0, pointer: "")
    static let erp = SourceRef(file: 1, offset: 0, pointer: "")

    static func manifest(_ number: String, shipper: String, recipient: String, departs: String, tags: [String]) -> Manifest {
        var d = Destination(recipientLicenseNumber: recipient, lines: tags.map { ManifestLine(tag: $0, quantity: Quantity(1, .each), source: s2s) }, source: s2s)
        d.estimatedDeparture = time(departs)
        var m = Manifest(number: number, shipperLicenseNumber: shipper, destinations: [d], source: s2s)
        m.createdAt = time(departs)
        return m
    }

    static func sale(_ order: String, tag: String, ships: String, manifest: String?) -> SalesOrderLine {
        var s = SalesOrderLine(orderId: order, tag: tag, quantity: Quantity(1, .each), source: erp)
        s.shipDate = day(ships)
        s.manifestNumber = manifest
        s.sellerLicenseNumber = "US-1"
        s.status = "shipped"
        return s
    }

    @Test func locationsLieInsideTheirArea() {
        #expect(OperationsIndex.location("VAULT-A-03", isIn: ["VAULT-A"]))
        #expect(OperationsIndex.location(" vault-a ", isIn: ["VAULT-A"]))
        #expect(OperationsIndex.location("VAULT-A/3", isIn: ["VAULT-A"]))
        #expect(!OperationsIndex.location("VAULT-AB", isIn: ["VAULT-A"]))
        #expect(!OperationsIndex.location("VAULT-B-01", isIn: ["VAULT-A"]))
        #expect(!OperationsIndex.location(nil, isIn: ["VAULT-A"]))
        #expect(OperationsIndex.location("Vault-A-03", isIn: ["VAULT-B", " vault-a "]), "any entry of the area")
        #expect(OperationsIndex.location("VAULT-A-03-2", isIn: ["VAULT-A-03"]), "a shelf inside a bin")
        #expect(!OperationsIndex.location("VAULT", isIn: ["VAULT-A"]), "a location is not inside its own parts")
        #expect(!OperationsIndex.location("VAULT-A-03", isIn: ["VAULT-A-"]), "an entry ending in a separator matches itself only")
        #expect(!OperationsIndex.location("VAULT-A", isIn: ["", "  "]), "an empty area holds nothing")
    }

    @Test func aLargeAreaIsLookedUpWithoutWalkingIt() {
        // the bins a whole-vault count scanned: 400 entries; each lookup is a hash of the location's prefixes
        let bins = (1...40).flatMap { n in "ABCDEFGHIJ".map { "VAULT-\($0)-" + (n < 10 ? "0" : "") + "\(n)" } }
        let area = LocationArea(bins)
        #expect(area.contains("vault-j-40") && area.contains("VAULT-A-01/shelf 2"))
        #expect(!area.contains("VAULT-K-01") && !area.contains("VAULT-A-41") && !area.contains("VAULT-A-010"))
        #expect(OperationsIndex.areaText(bins, given: false) == "400 locations scanned (VAULT-A-01, VAULT-B-01, VAULT-C-01 … VAULT-J-40)")
        #expect(OperationsIndex.areaText(["VAULT-A", "VAULT-B"], given: true) == "VAULT-A, VAULT-B")
    }

    @Test func aSaleMatchesTheLineOfItsOwnManifestBeforeANearerOne() {
        var ds = Self.dataset()
        ds.manifests = [Self.manifest("M-NEAR", shipper: "US-1", recipient: "THEM", departs: "2026-11-30T09:00:00Z", tags: ["T1"]),
                        Self.manifest("M-OWN", shipper: "US-1", recipient: "THEM", departs: "2026-11-27T09:00:00Z", tags: ["T1"])]
        ds.salesOrderLines = [Self.sale("SO-1", tag: "T1", ships: "2026-11-30", manifest: "M-OWN")]
        let d = Self.day("2026-11-30")
        let o = OperationsIndex(ds, request: OperationsRequest(operations: [.reconcile], from: d, to: d))
        let outbound = o.pairs.filter { $0.flow == .outbound }
        #expect(outbound.count == 2)
        // the sale takes M-OWN's line; M-NEAR's line, in the window, stays without an internal record
        #expect(outbound.contains { $0.internalRecord == .salesOrderLine(0) && $0.s2s == .manifestLine(LineRef(1, 0, 0)) })
        #expect(outbound.contains { $0.internalRecord == nil && $0.s2s == .manifestLine(LineRef(0, 0, 0)) })
    }

    @Test func pairsOutsideTheWindowAreLeftOut() {
        var ds = Self.dataset()
        ds.manifests = [Self.manifest("M-1", shipper: "US-1", recipient: "THEM", departs: "2026-11-20T09:00:00Z", tags: ["T1"])]
        ds.salesOrderLines = [Self.sale("SO-1", tag: "T1", ships: "2026-11-20", manifest: "M-1")]
        let d = Self.day("2026-11-30")
        let o = OperationsIndex(ds, request: OperationsRequest(operations: [.reconcile], from: d, to: d))
        #expect(o.pairs.isEmpty)
        #expect(o.transfers.isEmpty)
    }

    @Test func manifestsGoOutOrComeInByTheFacilitysLicense() {
        var ds = Self.dataset()
        ds.manifests = [Self.manifest("IN-1", shipper: "THEM", recipient: "US-1", departs: "2026-11-30T09:00:00Z", tags: ["T9"])]
        var r = ReceivingLine(receiptId: "R-1", tag: "T9", receivedQuantity: Quantity(1, .each), source: Self.erp)
        r.receivedAt = Self.time("2026-11-30T11:00:00Z")
        r.manifestNumber = "IN-1"
        ds.receivingLines = [r]
        let d = Self.day("2026-11-30")
        let o = OperationsIndex(ds, request: OperationsRequest(operations: [.reconcile], from: d, to: d, licenses: ["US-1"]))
        #expect(o.pairs.map(\.flow) == [.inbound])
        #expect(o.transfers.map(\.direction) == [.inbound])
        #expect(o.transfers.first?.manifest == 0)
        #expect(o.transfers.first?.receivingLines == [0])
    }

    @Test func movementsOfATagAreNewestFirst() {
        var ds = Self.dataset()
        ds.manifests = [Self.manifest("M-1", shipper: "US-1", recipient: "THEM", departs: "2026-11-28T09:00:00Z", tags: ["T1"])]
        ds.adjustments = [Adjustment(tag: "T1", quantity: Quantity(-1, .each), reason: "Waste", date: Self.day("2026-11-29"), source: Self.erp),
                          Adjustment(tag: "T1", quantity: Quantity(-2, .each), reason: "Waste", date: Self.day("2026-11-26"), source: Self.s2s)]
        let o = OperationsIndex(ds, request: nil)
        let list = o.movements(of: "T1").map { o.movements[Int($0)] }
        #expect(list.map { $0.day?.description ?? "" } == ["2026-11-29", "2026-11-28", "2026-11-26"])
        #expect(list.map(\.system) == ["internal", "s2s", "s2s"])
        #expect(o.movementSentences(of: "T1", in: ds, limit: 1) == ["2026-11-29 internal adjustment -1 each (Waste)"])
    }

    @Test func aCountExpectsWhatTheBooksPlaceInTheAreaAndKeepsEveryScan() {
        var ds = Self.dataset()
        var p = Package(tag: "T1", quantity: Quantity(5, .each), source: Self.s2s)
        p.location = "VAULT-A-01"
        var q = Package(tag: "T2", quantity: Quantity(5, .each), source: Self.s2s)
        q.location = "VAULT-B-01"
        ds.packages = [p, q]
        ds.scanEvents = [ScanEvent(tag: "T3", location: "VAULT-A-02", source: Self.erp), ScanEvent(tag: "T3", location: "VAULT-A-05", source: Self.erp)]
        let o = OperationsIndex(ds, request: OperationsRequest(operations: [.count], locations: ["VAULT-A"]))
        #expect(o.countEntries.map(\.tag) == ["T1", "T3"])
        #expect(o.countEntries.map(\.expected) == [true, false])
        #expect(o.countEntries[1].scans == [0, 1])
    }
}
