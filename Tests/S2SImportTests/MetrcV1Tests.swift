import Foundation
import Testing
import S2SImport
import S2SModel

/// The older (v1) shapes: bare arrays, item fields flattened onto the package, enums as numbers,
/// times with `Z`, offsets or no zone, `0001-01-01` as none, comma-joined lists.
@Suite struct MetrcV1Tests {
    @Test func flattenedPackagesKeepTheirValues() throws {
        let (f, ds) = try Reading.file(Reading.fixture("metrc-v1/packages-onhold.json"), zone: Reading.la,
                                       expected: .packages, owner: "403-X0001")
        #expect(f.kind == .packages)
        #expect(Reading.errors(ds).isEmpty, "\(ds.diagnostics.map(\.message))")
        #expect(ds.packages.count == 2)
        let p = try #require(ds.packages.first)
        #expect(p.id == "101")
        #expect(p.tag == "1A4FF0300000026000000007")
        #expect(p.ownerLicenseNumber == "403-X0001")
        #expect(p.status == "onhold")                       // from the file name
        #expect(p.onHold == true)
        #expect(p.location == "Vault 2")
        #expect(p.quantity == Quantity(Decimal("16.5"), .gram))
        // the item, flattened onto the row
        #expect(p.item.id == "7")
        #expect(p.item.name == "Blue Dream Buds")
        #expect(p.item.category == "Buds")
        #expect(p.item.categoryType == "0")
        #expect(p.item.strain == "Blue Dream")
        #expect(p.item.unitThcPercent == Decimal("21.4"))
        #expect(p.item.unitWeight == Quantity(Decimal("3.5"), .gram))
        // comma-joined lists
        #expect(p.sourcePackageTags == ["1A4FF0300000026000000001", "1A4FF0300000026000000002"])
        #expect(p.sourceHarvestNames == ["2016-04-01 Harvest A", "2016-04-02 Harvest B"])
        #expect(p.sourceProductionBatches == ["PB-0001", "PB-0002"])
        #expect(p.productionBatch == "PB-0007")
        #expect(p.isProductionBatch == true)
        // an enum as a number is kept as written
        #expect(p.labTestingState == "2")
        #expect(p.initialLabTestingState == "NotSubmitted")
        // 0001-01-01 means none; no zone means the jurisdiction's; Z is UTC
        #expect(p.archivedDate == nil)
        #expect(p.receivedAt == Reading.instant("2016-04-03T14:20:00-07:00"))
        #expect(p.receivedAt?.zoneWasWritten == false)
        #expect(p.lastModified == Reading.instant("2016-04-03T21:20:00Z"))
        #expect(p.receivedFromManifestNumber == "0000000035")
        #expect(p.receivedFromLicenseNumber == "402-X0002")
        #expect(p.itemFromLicenseNumber == "403-X0001")

        let q = ds.packages[1]
        #expect(q.quantity == Quantity(10, .each))            // a number written as a string
        #expect(q.item.quantityType == "1")
        #expect(q.item.approvalStatus == "2")
        #expect(q.packagedDate == Reading.day("2016-04-05"))   // a date-time gives its local date
        #expect(q.receivedAt == Reading.instant("2016-04-06T15:00:00Z"))
        #expect(q.receivedAt?.offsetMinutes == -420)
    }

    @Test func incomingRowsOfOneTransferAreOneManifest() throws {
        let (f, ds) = try Reading.file(Reading.fixture("metrc-v1/transfers-incoming.json"), zone: Reading.la)
        #expect(f.kind == .metrcTransfers)
        #expect(Reading.errors(ds).isEmpty)
        #expect(ds.manifests.count == 2)
        let m = try #require(ds.manifests.first)
        #expect(m.number == "0000000001")
        #expect(m.status == "incoming")
        #expect(m.destinations.map(\.id) == ["11", "12"])
        #expect(m.destinations.map(\.recipientLicenseNumber) == ["123-ABC", "123-XYZ"])
        let d = m.destinations[0]
        #expect(d.estimatedDeparture == Reading.instant("2016-10-11T14:48:30-07:00"))
        #expect(d.estimatedArrival == Reading.instant("2016-10-11T16:50:00Z"))
        #expect(d.actualArrival == nil)                     // 0001-01-01T00:00:00
        let t = try #require(d.transporters?.first)
        #expect(t.licenseNumber == "123-BCD")
        #expect(t.driverLicenseNumber == "D1234567")
        #expect(t.driverOccupationalLicenseNumber == "")
        #expect(t.vehiclePlate == "7ABC123")
        #expect(m.destinations[1].transferType == "Wholesale")
        // IsVoided true: the manifest is voided whatever list it came from
        #expect(ds.manifests[1].number == "0001977406")
        #expect(ds.manifests[1].status == "voided")
        #expect(ds.manifests[1].destinations.first?.estimatedDeparture == Reading.instant("2016-11-02T09:00:00-07:00"))
    }

    @Test func deliveryPackagesJoinTheirDelivery() throws {
        let ds = try Reading.files([Reading.fixture("metrc-v1/transfers-incoming.json"),
                                    Reading.fixture("metrc-v1/delivery-11-packages.json")], zone: Reading.la)
        let d = try #require(ds.manifests.first?.destinations.first { $0.id == "11" })
        #expect(d.lines.count == 2)
        let l = d.lines[0]
        #expect(l.tag == "1A4FF0300000026000000007")
        #expect(l.packageId == "501")
        #expect(l.itemName == "Blue Dream Buds")
        #expect(l.quantity == Quantity(Decimal("16.5"), .gram))
        #expect(l.receivedQuantity == Quantity(16, .gram))
        #expect(l.grossWeight == Quantity(Decimal("20.25"), .gram))
        #expect(l.state == "Accepted")
        #expect(d.lines[1].state == "Rejected")
        #expect(d.lines[1].quantity == Quantity(10, .each))
        #expect(!ds.diagnostics.contains { $0.code == "metrc.transfer.unjoined" })
    }

    @Test func labResultRowsOfOneTestAreOneResult() throws {
        let (_, ds) = try Reading.file(Reading.fixture("metrc-v1/lab-results.json"), zone: Reading.la)
        #expect(ds.labResults.count == 1)
        let r = try #require(ds.labResults.first)
        #expect(r.packageId == "101")
        #expect(r.overallPassed == true)                    // "true" as a string
        #expect(r.released == true)                         // 1 as a number
        #expect(r.documentId == "77")
        #expect(r.releasedAt == Reading.instant("2016-04-03T10:00:00-07:00"))
        #expect(r.panels.map(\.name) == ["THC", "Microbiologicals"])
        #expect(r.panels.map(\.passed) == [true, false])
        #expect(r.panels.first?.level == Decimal("21.40"))
        #expect(r.panels.last?.revokedDate == nil)
    }

    @Test func itemsWithNumericAndTextEnums() throws {
        let (f, ds) = try Reading.file(Reading.fixture("metrc-v1/items.json"))
        #expect(f.kind == .metrcItems)
        #expect(ds.items.map(\.categoryType) == ["0", "InfusedEdible"])
        #expect(ds.items.map(\.quantityType) == ["0", "CountBased"])
        #expect(ds.items.map(\.approvalStatus) == ["1", "Approved"])
        #expect(ds.items[1].unitThcContent == Quantity(10, .milligram))
    }
}
