import Foundation
import Testing
import S2SImport
import S2SModel

/// BioTrackTHC legacy JSON API responses, written from the shapes in the research note.
@Suite struct BioTrackTests {
    static func path(_ f: String) -> String { Reading.fixture("biotrack/" + f) }

    @Test func inventoryNumbersAsStringsUnixTimesAndLongIds() throws {
        let (f, ds) = try Reading.file(Self.path("sync_inventory.json"), zone: Reading.la)
        #expect(f.kind == .biotrackInventory)
        #expect(Reading.errors(ds).isEmpty)
        #expect(ds.packages.count == 3)
        let p = ds.packages[0]
        #expect(p.tag == "2023171133000000")
        #expect(p.id == "2023171133000000")
        #expect(p.ownerLicenseNumber == "990001")
        #expect(p.item.name == "Preroll")
        #expect(p.item.strain == "Green Crack")
        #expect(p.item.categoryType == "28")
        #expect(p.item.category == "Usable Marijuana")
        #expect(p.quantity == Quantity(99, .each))
        #expect(p.item.unitWeight == Quantity(Decimal("1.5050505050505"), .gram))
        #expect(p.sourcePackageTags == ["2023171133000001", "2023171133000002"])   // parentid as a list
        #expect(p.lastModified == DateTime(utcMicroseconds: 1_683_396_546_000_000, offsetMinutes: 0))
        #expect(p.lastModified?.offsetMinutes == -420)      // shown on Pacific (daylight) time
        #expect(p.status == "active")
        let q = ds.packages[1]
        #expect(q.tag == "0000000090000033")                // leading zeros kept
        #expect(q.quantity == Quantity(Decimal("1234.50"), .gram))   // "1,234.50", inventorytype "6" (Flower)
        #expect(q.sourcePackageTags == ["0000000090000001"]) // parentid as a string
        #expect(q.location == "Vault A")
        #expect(q.onHold == true)                           // seized
        #expect(q.isTestingSample == false)
        let r = ds.packages[2]
        #expect(r.status == "inactive")                     // deleted
        #expect(r.lastModified == nil)                      // sessiontime 0
        #expect(ds.diagnostics.contains { $0.code == "biotrack.inventory.unit" && $0.message.contains("inventorytype 99") })
    }

    @Test func manifestStopsAndItemsJoinedByManifestId() throws {
        let ds = try Reading.files([Self.path("sync_manifest.json"), Self.path("sync_inventory.json")], zone: Reading.la)
        #expect(ds.manifests.count == 1)
        let m = try #require(ds.manifests.first)
        #expect(m.number == "3692253654269107")
        #expect(m.system == "biotrack")
        #expect(m.status == "outgoing")
        #expect(m.shipperLicenseNumber == "189")
        #expect(m.shipperName == "Trade 24")
        #expect(m.createdAt == DateTime(utcMicroseconds: 1_389_796_859_000_000, offsetMinutes: 0))
        #expect(m.destinations.map(\.id) == ["1", "2"])
        #expect(m.destinations.map(\.recipientLicenseNumber) == ["11111", "22222"])
        let d = m.destinations[0]
        #expect(d.recipientName == "Some Retail Location")
        #expect(d.estimatedDeparture == DateTime(utcMicroseconds: 1_389_880_003_000_000, offsetMinutes: 0))
        #expect(d.estimatedArrival == DateTime(utcMicroseconds: 1_389_886_803_000_000, offsetMinutes: 0))
        #expect(d.plannedRoute == "Head southwest.")
        let t = try #require(d.transporters?.first)
        #expect(t.driverName == "New Employee")
        #expect(t.vehicleModel == "Black Chevy Cavalier 23856")
        #expect(t.vehiclePlate == "32495954656")
        #expect(d.lines.map(\.tag) == ["0000000090000033", "2023171133000000"])
        // units come from the package's inventory type
        #expect(d.lines[0].quantity == Quantity(15, .gram))
        #expect(d.lines[1].quantity == Quantity(4, .each))
        // a line whose package is not in the inventory read takes the unit of the type it names
        #expect(m.destinations[1].lines.first?.quantity == Quantity(Decimal("2.5"), .gram))
        #expect(Reading.errors(ds).isEmpty)
    }

    @Test func vendorsAreLicensesWithNoStatus() throws {
        let (f, ds) = try Reading.file(Self.path("sync_vendor.json"))
        #expect(f.kind == .biotrackVendors)
        #expect(ds.licenses.map(\.number) == ["11111", "22222", "189"])
        #expect(ds.licenses.allSatisfy { $0.status == .unknown })
        #expect(ds.licenses[0].type == "retail")
        #expect(ds.licenses[1].designation == "medical")
        #expect(ds.licenses[2].type == "producer, processor")
        #expect(ds.diagnostics.contains { $0.code == "roster.no-status" })
    }

    @Test func qaCheckAndSamplesAreLabResults() throws {
        let (_, check) = try Reading.file(Self.path("inventory_qa_check.json"))
        let r = try #require(check.labResults.first)
        #expect(r.labLicenseNumber == "990020")
        #expect(r.sourceTag == "2023171133000000")
        #expect(r.sampleTag == "2024058110000001")
        #expect(r.overallPassed == true)
        #expect(r.panels.count == 14)
        let thc = try #require(r.panels.first { $0.name == "Potency: THC" })
        #expect(thc.level == Decimal("18.876"))
        #expect(r.panels.first?.name == "Moisture: moisture")

        let (_, samples) = try Reading.file(Self.path("sync_inventory_qa_sample.json"))
        #expect(samples.labResults.map(\.overallPassed) == [true, false])
        #expect(samples.labResults.map(\.sourceTag) == ["2023171133000000", "0000000090000033"])
    }

    @Test func failureEnvelopeIsAnError() throws {
        let (f, ds) = try Reading.file(Self.path("error_session_expired.json"))
        #expect(f.kind == nil)
        let e = try #require(Reading.errors(ds).first)
        #expect(e.code == "biotrack.error")
        #expect(e.message.contains("Your session has expired"))
        #expect(e.message.contains("error code 63"))
    }

    @Test func manifestRequestIsADraft() throws {
        let (f, ds) = try Reading.file(Self.path("inventory_manifest_request.json"))
        #expect(f.kind == .biotrackManifestRequest)
        let m = try #require(ds.manifests.first)
        #expect(m.status == "draft")
        #expect(m.shipperLicenseNumber == "189")
        #expect(m.destinations.first?.recipientLicenseNumber == "11111")
        #expect(m.destinations.first?.lines.map(\.tag) == ["0000000090000033", "2023171133000000"])
        #expect(m.destinations.first?.estimatedDeparture == DateTime(utcMicroseconds: 1_767_283_200_000_000, offsetMinutes: 0))
    }
}
