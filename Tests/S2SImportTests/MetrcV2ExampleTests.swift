import Foundation
import Testing
import S2SImport
import S2SModel

/// Every file of `shared/metrc-v2-examples` that holds something s2slint reads imports, with the
/// values the model keeps; the others (write responses, file downloads, sales, locations) are
/// errors that say what was tried.
@Suite struct MetrcV2ExampleTests {
    static let relevant: [(String, InputKind)] = [
        ("Facilities/GetFacilities.json", .metrcFacilities),
        ("Items/CreateItems.json", .metrcItems), ("Items/GetActiveItems.json", .metrcItems),
        ("Items/GetInactiveItems.json", .metrcItems), ("Items/GetItemsById.json", .metrcItems),
        ("Items/GetCategories.json", .metrcItemCategories),
        ("LabTests/CreateRecord.json", .metrcLabTestRecord), ("LabTests/GetBatches.json", .metrcLabTestBatches),
        ("LabTests/GetLabTestsTypes.json", .metrcLabTestTypes), ("LabTests/GetResults.json", .labResults),
        ("Packages/CreateAdjustPackages.json", .metrcAdjustments), ("Packages/GetAdjustments.json", .metrcAdjustments),
        ("Packages/GetActivePackages.json", .packages), ("Packages/GetInTransitPackages.json", .packages),
        ("Packages/GetInactivePackages.json", .packages), ("Packages/GetLabSamples.json", .packages),
        ("Packages/GetOnHoldPackages.json", .packages), ("Packages/GetPackagesById.json", .packages),
        ("Packages/GetPackagesByLabel.json", .packages), ("Packages/GetTransferred.json", .metrcTransferredPackages),
        ("Transfers/CreateIncomingExternal.json", .manifests), ("Transfers/CreateOutgoingTemplates.json", .manifests),
        ("Transfers/GetDeliveryPackageById.json", .metrcDeliveryPackages),
        ("Transfers/GetDeliveryPackageWholesaleById.json", .metrcDeliveryWholesale),
        ("Transfers/GetDeliveryTransporterById.json", .metrcDeliveryTransporters),
        ("Transfers/GetDeliveryTransporterDetailById.json", .metrcDeliveryTransporterDetails),
        ("Transfers/GetHub.json", .metrcTransfers), ("Transfers/GetIncomingTransfers.json", .metrcTransfers),
        ("Transfers/GetOutgoingTemplateDeliveryById.json", .metrcDeliveries),
        ("Transfers/GetOutgoingTemplateDeliveryPackageById.json", .metrcDeliveryPackages),
        ("Transfers/GetOutgoingTemplateDeliveryTransporterById.json", .metrcDeliveryTransporters),
        ("Transfers/GetOutgoingTemplateDeliveryTransporterDetailById.json", .metrcDeliveryTransporterDetails),
        ("Transfers/GetOutgoingTemplates.json", .metrcTransfers), ("Transfers/GetOutgoingTransfers.json", .metrcTransfers),
        ("Transfers/GetRejectedTransfers.json", .metrcTransfers), ("Transfers/GetTransfersDeliveryById.json", .metrcDeliveries),
        ("Transfers/GetTransfersTypes.json", .metrcTransferTypes),
        ("Transporters/CreateDrivers.json", .metrcDrivers), ("Transporters/CreateVehicles.json", .metrcVehicles),
        ("Transporters/GetDriverById.json", .metrcDrivers), ("Transporters/GetDrivers.json", .metrcDrivers),
        ("Transporters/GetVehicleById.json", .metrcVehicles), ("Transporters/GetVehicles.json", .metrcVehicles),
        ("UnitsOfMeasure/GetActiveUnitsOfMeasure.json", .metrcUnits),
        ("UnitsOfMeasure/GetInactiveUnitsOfMeasure.json", .metrcUnits),
        ("Sales/CreateReceipts.json", .metrcReceipts), ("Sales/GetActiveReceipts.json", .metrcReceipts),
        ("Sales/GetInactiveReceipts.json", .metrcReceipts), ("Sales/GetReceiptById.json", .metrcReceipts),
        ("Sales/GetReceiptsExternalByExternalNumber.json", .metrcReceipts),
        ("Sales/CreateDeliveries.json", .metrcSalesDeliveries), ("Sales/GetActiveDeliveries.json", .metrcSalesDeliveries),
        ("Sales/GetInactiveDeliveries.json", .metrcSalesDeliveries), ("Sales/GetSalesDeliveryById.json", .metrcSalesDeliveries),
        ("Sales/CreateSalesDeliveriesRetailer.json", .metrcRetailerDeliveries),
        ("Sales/GetActiveDeliveriesRetailer.json", .metrcRetailerDeliveries),
        ("Sales/GetInactiveDeliveriesRetailer.json", .metrcRetailerDeliveries),
        ("Sales/GetDeliveryRetailerById.json", .metrcRetailerDeliveries),
    ]

    static func example(_ rel: String) -> String { Reading.shared("metrc-v2-examples/" + rel) }

    @Test(arguments: relevant)
    func importsWithoutErrors(_ file: String, _ kind: InputKind) throws {
        let (f, ds) = try Reading.file(Self.example(file), zone: Reading.la)
        #expect(f.kind == kind, "\(file)")
        #expect(Reading.errors(ds).isEmpty, "\(file): \(ds.diagnostics.map(\.message))")
        let counts: [Int] = [ds.packages.count, ds.items.count, ds.labResults.count, ds.manifests.count, ds.facilities.count,
                             ds.itemCategories.count, ds.unitsOfMeasure.count, ds.labTestBatches.count, ds.labTestTypes.count,
                             ds.transferTypes.count, ds.drivers.count, ds.vehicles.count, ds.adjustments.count,
                             ds.receipts.count, ds.retailDeliveries.count, ds.retailTrips.count,
                             f.parts.deliveries.count, f.parts.lines.count, f.parts.wholesale.count,
                             f.parts.transporters.count, f.parts.details.count]
        let records = counts.reduce(0, +)
        #expect(records > 0, "\(file) read nothing")
    }

    @Test func everyOtherExampleIsAnErrorThatSaysWhy() throws {
        let all = try FileManager.default.subpathsOfDirectory(atPath: Reading.shared("metrc-v2-examples"))
            .filter { $0.hasSuffix(".json") }
        let relevant = Set(Self.relevant.map(\.0))
        let others = all.filter { !relevant.contains($0) }
        #expect(others.count == all.count - relevant.count)
        for rel in others {
            let (f, ds) = try Reading.file(Self.example(rel))
            let kinds: [InputKind?] = [nil, .manifests]
            #expect(kinds.contains(f.kind) || f.kind == nil, "\(rel)")
            if f.kind == nil {
                let e = Reading.errors(ds)
                #expect(e.count == 1, "\(rel)")
                #expect(["input.unrecognised", "input.shape"].contains(e.first?.code ?? ""), "\(rel)")
            }
        }
    }

    @Test func activePackagesKeepTheirValues() throws {
        let (_, ds) = try Reading.file(Self.example("Packages/GetActivePackages.json"))
        #expect(ds.packages.count == 2)
        let p = try #require(ds.packages.first)
        #expect(p.id == "2")
        #expect(p.tag == "ABCDEF012345670000010042")
        #expect(p.packageType == "Product")
        #expect(p.quantity == Quantity(1, .ounce))
        #expect(p.unitName == "Ounces")
        #expect(p.originalQuantity == Quantity(0, .ounce))
        #expect(p.packagedDate == Reading.day("2014-11-29"))
        #expect(p.labTestingState == "NotSubmitted")
        #expect(p.onHold == false)
        #expect(p.onRecall == false)
        #expect(p.status == "active")
        #expect(p.sourcePackageTags.isEmpty)
        #expect(p.lastModified == Reading.instant("2026-02-08T07:05:59.804361Z"))
        #expect(p.item.name == "Buds")
        #expect(p.item.category == "Buds")
        // enums as numbers are kept as written
        #expect(p.item.categoryType == "0")
        #expect(p.item.quantityType == "0")
        #expect(p.item.approvalStatus == "0")
        // positions: the record starts at its '{' on line 5
        let loc = try #require(ds.resolve(p.source))
        #expect(loc.line == 5)
        #expect(loc.column == 7)
        #expect(loc.pointer == "/response/Data/0")
    }

    @Test(arguments: [("GetOnHoldPackages", "onhold"), ("GetInactivePackages", "inactive"),
                      ("GetInTransitPackages", "intransit"), ("GetActivePackages", "active")])
    func packageListGoesToStatus(_ file: String, _ status: String) throws {
        let (_, ds) = try Reading.file(Self.example("Packages/\(file).json"))
        #expect(!ds.packages.isEmpty)
        #expect(ds.packages.allSatisfy { $0.status == status })
        if status == "onhold" { #expect(ds.packages.allSatisfy { $0.onHold == true }) }
        if status == "intransit" { #expect(ds.packages.first?.finishedDate == Reading.day("2014-12-15")) }
    }

    @Test func transferredPackagesBecomeAnOutgoingManifest() throws {
        let (_, ds) = try Reading.file(Self.example("Packages/GetTransferred.json"))
        let m = try #require(ds.manifests.first)
        #expect(m.number == "0000000035")
        #expect(m.status == "outgoing")
        let d = try #require(m.destinations.first)
        #expect(d.recipientLicenseNumber == "4a-X0001")
        #expect(d.recipientName == "AK LOFTY ESTABLISHMENT, LLC")
        #expect(d.actualDeparture == Reading.instant("2025-01-19T00:00:00Z"))
        let l = try #require(d.lines.first)
        #expect(l.tag == "ABCDEF012345670000011979")
        #expect(l.packageId == "288")
        #expect(l.itemName == "Buds - Metrc Bliss")
        #expect(l.quantity == Quantity(14, .ounce))
        #expect(l.receivedQuantity == Quantity(14, .ounce))
        #expect(l.grossWeight == Quantity(28, .ounce))
        #expect(l.wholesalePrice == Decimal("17.98"))
        #expect(l.receiverWholesalePrice == Decimal("17.99"))
        #expect(l.state == "Accepted")
    }

    @Test func labResultsKeepTheirValues() throws {
        let (_, ds) = try Reading.file(Self.example("LabTests/GetResults.json"))
        #expect(ds.labResults.count == 2)
        let r = try #require(ds.labResults.first)
        #expect(r.id == "1")
        #expect(r.packageId == "2")
        #expect(r.sourceTag == "ABCDEF012345670000010042")
        #expect(r.labLicenseNumber == "405R-X0001")
        #expect(r.labName == "CO PERCEPTIVE TESTING LABS, LLC")
        #expect(r.testedDate == Reading.day("2014-11-29"))
        #expect(r.overallPassed == true)
        #expect(r.released == true)
        #expect(r.releasedAt == Reading.instant("2014-11-29T00:00:00Z"))
        #expect(r.panels.count == 1)
        #expect(r.panels.first?.name == "Microbiologicals")
        #expect(r.panels.first?.passed == true)
        #expect(r.panels.first?.level == Decimal("0.1"))
        #expect(r.panels.first?.comment == "This is a comment.")
    }

    @Test func labRecordRequestBecomesResults() throws {
        let (_, ds) = try Reading.file(Self.example("LabTests/CreateRecord.json"))
        #expect(ds.labResults.count == 2)
        #expect(ds.labResults.first?.sampleTag != nil)
        #expect(ds.labResults.first?.testedDate == Reading.day("2015-12-15"))
        #expect(ds.labResults.first?.panels.first?.name != nil)
    }

    @Test func facilitiesKeepLicenseAndCapabilities() throws {
        let (_, ds) = try Reading.file(Self.example("Facilities/GetFacilities.json"))
        let f = try #require(ds.facilities.first)
        #expect(f.id == "1")
        #expect(f.name == "Cultivation LLC")
        #expect(f.displayName == "Cultivation on Road St")
        #expect(f.licenseNumber == "403-X0001")
        #expect(f.licenseType == "Medical Cultivation")
        #expect(f.licenseStartDate == Reading.day("2013-06-28"))
        #expect(f.licenseEndDate == Reading.day("2015-12-28"))
        #expect(f.credentialedDate == Reading.day("1969-08-15"))
        #expect(f.capabilities["IsRetail"] == true)
        #expect(f.capabilities["CanGrowPlants"] == false)
        #expect(f.allowTransferOfOnHoldPackages == nil)
    }

    @Test func itemsCategoriesAndUnits() throws {
        let (_, items) = try Reading.file(Self.example("Items/GetActiveItems.json"))
        let buds = try #require(items.items.first)
        #expect(buds.id == "1")
        #expect(buds.categoryType == "Buds")         // here the enum arrives as a string
        #expect(buds.quantityType == "WeightBased")
        #expect(buds.strain == "Spring Hill Kush")
        #expect(buds.approvalStatus == "Approved")
        let brownies = try #require(items.items.first { $0.name == "Brownies" })
        #expect(brownies.unitThcContent == Quantity(2, .milligram))
        #expect(brownies.unitWeight == Quantity(15, .ounce))

        let (_, cats) = try Reading.file(Self.example("Items/GetCategories.json"))
        let c = try #require(cats.itemCategories.first)
        #expect(c.name == "Buds")
        #expect(c.quantityType == "WeightBased")
        #expect(c.requirements.contains("RequiresStrain"))
        #expect(c.flags["CanContainSeeds"] == true)
        #expect(c.labTestBatchNames == ["LB Name"])

        let (_, units) = try Reading.file(Self.example("UnitsOfMeasure/GetActiveUnitsOfMeasure.json"))
        #expect(units.unitsOfMeasure.count == 6)
        #expect(units.unitsOfMeasure.map(\.abbreviation) == ["ea", "oz", "lb", "g", "mg", "kg"])
        #expect(units.unitsOfMeasure.map(\.unit) == [.each, .ounce, .pound, .gram, .milligram, .kilogram])
        #expect(units.unitsOfMeasure.allSatisfy { $0.isActive == true })
        let (_, inactive) = try Reading.file(Self.example("UnitsOfMeasure/GetInactiveUnitsOfMeasure.json"))
        #expect(inactive.unitsOfMeasure.allSatisfy { $0.isActive == false })
    }

    @Test func labTestBatchesTypesAndTransferTypes() throws {
        let (_, b) = try Reading.file(Self.example("LabTests/GetBatches.json"))
        let batch = try #require(b.labTestBatches.first)
        #expect(batch.name == "Potency")
        #expect(batch.testTypes.map(\.name) == ["THC", "THCa", "CBD", "CBDa"])
        #expect(batch.itemCategories.contains("Seeds"))
        let (_, t) = try Reading.file(Self.example("LabTests/GetLabTestsTypes.json"))
        #expect(t.labTestTypes.count == 5)
        #expect(t.labTestTypes.first?.name == "THC")
        #expect(t.labTestTypes.first?.maxAllowedFailureCount != nil)
        let (_, tt) = try Reading.file(Self.example("Transfers/GetTransfersTypes.json"))
        #expect(tt.transferTypes.map(\.name) == ["Transfer", "Wholesale"])
        #expect(tt.transferTypes.map(\.transactionType) == ["Standard", "Wholesale"])
        #expect(tt.transferTypes.first?.forLicensedShipments == true)
        #expect(tt.transferTypes.first?.requiresInvoiceNumber != nil)
    }

    @Test func driversVehiclesAndAdjustments() throws {
        let (_, d) = try Reading.file(Self.example("Transporters/GetDrivers.json"))
        #expect(d.drivers.map(\.name) == ["Jim Bob", "Sally May"])
        #expect(d.drivers.first?.driversLicenseNumber == "ABC1234")
        #expect(d.drivers.first?.employeeId == "1234")
        let (_, v) = try Reading.file(Self.example("Transporters/GetVehicles.json"))
        #expect(v.vehicles.map(\.licensePlateNumber) == ["ABC1234", "ACB2345"])
        #expect(v.vehicles.last?.make == "Tesla")

        let (_, a) = try Reading.file(Self.example("Packages/GetAdjustments.json"))
        let first = try #require(a.adjustments.first)
        #expect(first.packageId == "101")
        #expect(first.tag == "ABCDEF012345670000010042")
        #expect(first.quantity == Quantity(Decimal("-0.5"), .gram))
        #expect(first.reason == "Plant not growing")
        #expect(first.note == nil)                       // "" is no note
        #expect(first.date == Reading.day("2024-01-15"))
        #expect(first.adjustedBy == "Store Manager")
        #expect(a.adjustments.last?.quantity == Quantity(-2, .each))

        let (_, req) = try Reading.file(Self.example("Packages/CreateAdjustPackages.json"))
        #expect(req.adjustments.map(\.tag) == ["ABCDEF012345670000010041", "ABCDEF012345670000010042"])
        #expect(req.adjustments.first?.quantity == Quantity(-2, .ounce))
        #expect(req.adjustments.last?.reason == "Scale Variance")
        #expect(req.adjustments.last?.note == "We are obtaining a new certified scale")
    }

    @Test func templateCreateRequestIsADraftManifest() throws {
        let (_, ds) = try Reading.file(Self.example("Transfers/CreateOutgoingTemplates.json"), zone: Reading.la)
        let m = try #require(ds.manifests.first)
        #expect(m.name == "Template 1")
        #expect(m.status == "draft")
        #expect(m.system == "metrc")
        let d = try #require(m.destinations.first)
        #expect(d.recipientLicenseNumber == "123-XYZ")
        #expect(d.invoiceNumber == "INV-001-0236521")
        #expect(d.transferType == "Transfer")
        // a time with no zone is read in the jurisdiction's zone (Pacific, standard time in March)
        #expect(d.estimatedDeparture == Reading.instant("2018-03-06T09:15:00-08:00"))
        #expect(d.estimatedDeparture?.zoneWasWritten == false)
        let t = try #require(d.transporters?.first)
        #expect(t.licenseNumber == "123-ABC")
        #expect(t.layoverLeg == "FromAndToLayover")
        #expect(t.details.first?.layoverLeg == "FromLayover")
        #expect(d.lines.map(\.tag) == ["ABCDEF012345670000010026", "ABCDEF012345670000010027"])
        #expect(d.lines.first?.grossWeight == Quantity(Decimal("20.5"), .gram))
        #expect(d.lines.last?.grossWeight == Quantity(Decimal("30.6"), .milligram))
    }

    @Test func externalIncomingNamesItemsNotTags() throws {
        let (_, ds) = try Reading.file(Self.example("Transfers/CreateIncomingExternal.json"))
        let m = try #require(ds.manifests.first)
        #expect(m.status == "incoming")
        #expect(m.shipperLicenseNumber == "123-ABC")
        let lines = m.destinations.first?.lines ?? []
        #expect(lines.count == 3)
        #expect(lines.allSatisfy { $0.tag == nil && $0.itemName == "Buds" })
        #expect(lines.map { $0.quantity?.value } == [Decimal(10), Decimal("9.5"), Decimal("8.5")])
    }

    @Test(arguments: [("GetIncomingTransfers", "incoming"), ("GetOutgoingTransfers", "outgoing"),
                      ("GetRejectedTransfers", "rejected"), ("GetOutgoingTemplates", "draft"), ("GetHub", "hub")])
    func transferListGoesToStatus(_ file: String, _ status: String) throws {
        let (_, ds) = try Reading.file(Self.example("Transfers/\(file).json"))
        #expect(!ds.manifests.isEmpty)
        #expect(ds.manifests.allSatisfy { $0.status == status }, "\(ds.manifests.map(\.status))")
        if status != "draft" {   // templates have no manifest number yet
            #expect(ds.manifests.first?.number?.hasPrefix("000000000") == true)   // leading zeros kept
        }
    }

    @Test func incomingTransferRowIsADestination() throws {
        let (_, ds) = try Reading.file(Self.example("Transfers/GetIncomingTransfers.json"), zone: Reading.la)
        let m = try #require(ds.manifests.first)
        #expect(m.id == "1")
        #expect(m.shipperLicenseNumber == "123-ABC")
        #expect(m.createdAt == Reading.instant("2016-10-10T16:20:45Z"))
        let d = try #require(m.destinations.first)
        #expect(d.id == "1")
        #expect(d.recipientLicenseNumber == "123-ABC")
        #expect(d.transferType == "Transfer")
        #expect(d.estimatedDeparture == Reading.instant("2016-10-11T14:48:30-07:00"))
        #expect(d.actualDeparture == nil)
        let t = try #require(d.transporters?.first)
        #expect(t.licenseNumber == "123-BCD")
        #expect(t.driverName == "X")
    }

    /// The outgoing list names no recipient; the deliveries, packages, wholesale prices,
    /// transporters and details exported for delivery 1 complete it.
    @Test func outgoingTransferIsJoinedWithItsDeliveryExports() throws {
        let files = ["Transfers/GetOutgoingTransfers.json", "Transfers/GetTransfersDeliveryById.json",
                     "Transfers/GetDeliveryPackageById.json", "Transfers/GetDeliveryPackageWholesaleById.json",
                     "Transfers/GetDeliveryTransporterById.json", "Transfers/GetDeliveryTransporterDetailById.json"]
        // the documented endpoints say "{id}": export them as for delivery 1
        let ds = try Reading.files(files.map(Self.example), zone: Reading.la) { _, bytes in
            bytes = Array(String(decoding: bytes, as: UTF8.self).replacingOccurrences(of: "{id}", with: "1").utf8)
        }
        #expect(ds.manifests.count == 1)
        let m = try #require(ds.manifests.first)
        #expect(m.number == "0000000001")
        #expect(m.status == "outgoing")
        let d = try #require(m.destinations.first)
        #expect(m.destinations.count == 1)
        #expect(d.recipientLicenseNumber == "123-ABC")
        #expect(d.plannedRoute == "I will use this route.")
        #expect(d.estimatedArrival == Reading.instant("2016-10-11T16:50:00Z"))
        #expect(d.lines.map(\.tag) == ["ABCDEF012345670000010026", "ABCDEF012345670000010027"])
        #expect(d.lines.first?.state == "Accepted")
        #expect(d.lines.first?.quantity == Quantity(10, .ounce))
        #expect(d.lines.first?.receivedQuantity == Quantity(10, .ounce))
        #expect(d.lines.last?.wholesalePrice == Decimal("3.5"))
        let licenses = d.transporters?.map(\.licenseNumber) ?? []
        #expect(licenses.contains("123-BCD") && licenses.contains("4a-X0001"))
        #expect(d.transporters?.first?.details.map(\.driverName) == ["Lewis Hamilton", "Michael Schumacher"])
        // the transporter of delivery 2 and its wholesale prices for other packages join nothing: reported
        #expect(ds.diagnostics.contains { $0.code == "metrc.transfer.unjoined" && $0.message.contains("delivery 2") })
        #expect(Reading.errors(ds).isEmpty)
    }

    @Test func outgoingTransferWithoutDeliveriesIsReported() throws {
        let (_, ds) = try Reading.file(Self.example("Transfers/GetOutgoingTransfers.json"))
        #expect(ds.manifests.first?.destinations.isEmpty == true)
        #expect(ds.diagnostics.contains { $0.code == "metrc.transfer.no-deliveries" && $0.level == .warning })
    }
}
