import Foundation
import Testing
import S2SImport
import S2SModel

/// Washington CCRS uploads: preamble, header by name (2023 renames), MM/DD/YYYY dates,
/// NumberRecords, Manifest.CSV's key/value block.
@Suite struct CCRSTests {
    static func path(_ f: String) -> String { Reading.fixture("ccrs/" + f) }

    @Test(arguments: [("Inventory.csv", InputKind.ccrsInventory), ("Product.csv", .ccrsProduct), ("Strain.csv", .ccrsStrain),
                      ("LabTest.csv", .ccrsLabTest), ("Sale.csv", .ccrsSale), ("InventoryAdjustment.csv", .ccrsAdjustment),
                      ("InventoryTransfer.csv", .ccrsInventoryTransfer), ("Manifest.csv", .ccrsManifest), ("manifest_412345_20240201130000.csv", .ccrsManifest)])
    func recognisedByHeader(_ file: String, _ kind: InputKind) throws {
        let (f, ds) = try Reading.file(Self.path(file))
        #expect(f.kind == kind)
        #expect(Reading.errors(ds).isEmpty, "\(ds.diagnostics.map(\.message))")
    }

    @Test func inventoryWithProductsSettlesUnits() throws {
        let ds = try Reading.files([Self.path("Inventory.csv"), Self.path("Product.csv")])
        #expect(ds.packages.count == 3)
        let p = ds.packages[0]
        #expect(p.tag == "LOT-0001")
        #expect(p.ownerLicenseNumber == "412345")
        #expect(p.item.name == "Flower Lot 3.5g")
        #expect(p.item.strain == "Blue Dream")
        #expect(p.location == "Vault")
        #expect(p.quantity == Quantity(40, .each))                   // EndProduct: units
        #expect(p.originalQuantity == Quantity(100, .each))
        #expect(p.packagedDate == Reading.day("2024-01-02"))         // MM/DD/YYYY
        #expect(ds.packages[1].quantity == Quantity(Decimal("812.25"), .gram))   // HarvestedMaterial: grams
        #expect(ds.packages[1].originalQuantity == Quantity(Decimal("1000.5"), .gram))   // "1,000.5"
        #expect(ds.packages[2].item.category == "EndProduct")
        // each lot takes its product's type and unit weight (a weight of 0 means none)
        #expect(ds.packages.map(\.item.categoryType) == ["Usable Cannabis", "Flower Lot", "Usable Marijuana"])
        #expect(p.item.unitWeight == Quantity(Decimal("3.5"), .gram))
        #expect(ds.packages[1].item.unitWeight == nil)
        #expect(!ds.diagnostics.contains { $0.code == "input.unit-unknown" })
        #expect(ds.items.map(\.categoryType) == ["Usable Cannabis", "Flower Lot", "Usable Marijuana"])   // both vocabularies
        #expect(ds.items[0].unitWeight == Quantity(Decimal("3.5"), .gram))
    }

    @Test func uploadsGivenWithTheirRoleFlagAreRead() throws {
        // the kind is told by the header after the preamble: LabTest.CSV fills the lab-results role
        let (f, ds) = try Reading.file(Self.path("LabTest.csv"), expected: .labResults)
        #expect(f.kind == .ccrsLabTest)
        #expect(Reading.errors(ds).isEmpty, "\(ds.diagnostics.map(\.message))")
        #expect(ds.labResults.count == 1)
        // Product.CSV may come with the inventory (--inventory): it completes the lots
        let (p, products) = try Reading.file(Self.path("Product.csv"), expected: .packages)
        #expect(p.kind == .ccrsProduct)
        #expect(Reading.errors(products).isEmpty)
        let (_, wrong) = try Reading.file(Self.path("LabTest.csv"), expected: .packages)
        #expect(wrong.diagnostics.contains { $0.code == "input.kind" && $0.message.hasSuffix("looks like \(InputKind.ccrsLabTest.title)") })
    }

    @Test func inventoryAloneSaysItsUnitsAreUnknown() throws {
        let (_, ds) = try Reading.file(Self.path("Inventory.csv"))
        #expect(ds.packages.allSatisfy { $0.quantity?.unit == .other("unknown") })
        #expect(ds.diagnostics.contains { $0.code == "input.unit-unknown" && $0.level == .warning })
    }

    @Test func labTestRowsOfOneLotAreOneResult() throws {
        let (_, ds) = try Reading.file(Self.path("LabTest.csv"))
        #expect(ds.labResults.count == 1)
        let r = try #require(ds.labResults.first)
        #expect(r.sourceTag == "LOT-0002")
        #expect(r.labLicenseNumber == "421000")
        #expect(r.testedDate == Reading.day("2024-01-10"))
        #expect(r.panels.map(\.name) == ["Potency - Total THC (%)", "Microbiological - BTGN (CFU/g)", "Residual Solvent - Butanes (ppm)"])
        #expect(r.panels.map(\.passed) == [true, true, false])
        #expect(r.panels[0].level == Decimal("22.4"))
    }

    @Test func salesWithThe2023TaxColumns() throws {
        let ds = try Reading.files([Self.path("Sale.csv"), Self.path("Inventory.csv"), Self.path("Product.csv")])
        #expect(ds.salesOrderLines.count == 2)
        let s = ds.salesOrderLines[1]
        #expect(s.orderId == "SALE-2")
        #expect(s.lineId == "SALE-2-1")
        #expect(s.sellerLicenseNumber == "412345")
        #expect(s.customerLicenseNumber == nil)
        #expect(s.tag == "LOT-0003")
        #expect(s.saleType == "RecreationalRetail")
        #expect(s.quantity == Quantity(2, .each))                     // from the lot's product
        #expect(s.unitPrice == Decimal(8))
        #expect(s.discount == Decimal(1))
        #expect(s.tax == Decimal("3.58"))                             // RetailSalesTax + CannabisExciseTax
        #expect(s.orderedAt?.localDay == Reading.day("2024-01-16"))
        #expect(ds.salesOrderLines[0].customerLicenseNumber == "423456")
    }

    @Test func retailSaleLinesBecomeReceiptsGroupedBySale() throws {
        // a retailer's Sale.CSV, columns in another order (mapped by name), read with its lots
        let ds = try Reading.files([Self.path("Sale_retail.csv"), Self.path("Inventory.csv"), Self.path("Product.csv")], zone: Reading.la)
        #expect(Reading.errors(ds).isEmpty, "\(ds.diagnostics.map(\.message))")
        // every row stays a sales-order line (reconciliation reads them); retail rows are also receipts
        #expect(ds.salesOrderLines.count == 5)
        // R-100 (two lines) and R-101 (medical); R-102's only row is a DELETE; W-7 is wholesale
        #expect(ds.receipts.map(\.id) == ["R-100", "R-101"])
        let r = ds.receipts[0]
        #expect(r.externalReceiptNumber == "R-100")
        #expect(r.facilityLicenseNumber == "412345")
        #expect(r.customerType == "RecreationalRetail")
        #expect(r.salesDateTime == Reading.instant("2024-01-27T00:00:00-08:00"))   // a day, in Washington time
        #expect(r.reportedOn == Reading.day("2024-02-04"))                        // the upload's SubmittedDate
        #expect(r.totalPackages == 2)
        #expect(r.customerKey == nil)                                             // CCRS names no customer
        #expect(r.transactions.map(\.lineId) == ["R-100-1", "R-100-2"])
        #expect(r.transactions.map(\.tag) == ["LOT-0001", "LOT-0003"])
        // unit, product type and unit weight from the lot sold (Inventory.CSV + Product.CSV)
        #expect(r.transactions.map(\.quantity) == [Quantity(4, .each), Quantity(2, .each)])
        #expect(r.transactions.map(\.productCategory) == ["Usable Cannabis", "Usable Marijuana"])
        #expect(r.transactions.map(\.productName) == ["Flower Lot 3.5g", "Sour Diesel Preroll 1g"])
        #expect(r.transactions.map(\.unitWeight) == [Quantity(Decimal("3.5"), .gram), Quantity(1, .gram)])
        #expect(r.transactions[0].price == Decimal(35))
        #expect(r.transactions[1].discount == Decimal(1))
        #expect(r.transactions.map(\.createdDate) == [Reading.day("2024-01-27"), Reading.day("2024-01-27")])
        #expect(r.transactions.map(\.updatedDate) == [nil, Reading.day("2024-01-29")])
        #expect(r.transactions.map(\.operation) == ["INSERT", "UPDATE"])
        #expect(ds.receipts[1].customerType == "RecreationalMedical")
        #expect(ds.receipts[1].salesDateTime?.localDay == Reading.day("2024-01-28"))
        // a line's position is its CSV row
        let loc = try #require(ds.resolve(r.transactions[1].source))
        #expect(loc.line == 6)
    }

    @Test func linesOfOneSaleThatDisagreeAreReported() throws {
        let ds = try Reading.files([Self.path("Sale_retail.csv")], zone: Reading.la) { _, bytes in
            bytes = Array(String(decoding: bytes, as: UTF8.self)
                .replacingOccurrences(of: "R-100,R-100-2,412345,RecreationalRetail,01/27/2024", with: "R-100,R-100-2,412345,RecreationalRetail,01/26/2024")
                .replacingOccurrences(of: "R-101,R-101-1,", with: ",R-101-1,").utf8)
        }
        let mixed = try #require(ds.diagnostics.first { $0.code == "ccrs.sale.inconsistent" })
        #expect(mixed.level == .warning)
        #expect(ds.resolve(try #require(mixed.ref)).map(\.line) == 6)
        let noId = try #require(ds.diagnostics.first { $0.code == "ccrs.sale.id" })
        #expect(noId.level == .error)
        #expect(ds.receipts.count == 2)   // the line without a sale id is a sale of its own
    }

    @Test func submittedDateIsKeptOnTheRecords() throws {
        let ds = try Reading.files([Self.path("Inventory.csv"), Self.path("Product.csv"), Self.path("Manifest.csv")], zone: Reading.la)
        #expect(ds.packages.allSatisfy { $0.reportedOn == Reading.day("2024-01-31") })
        let lot = ds.packages[2]
        #expect(lot.createdDate == Reading.day("2024-01-04"))
        #expect(lot.updatedDate == Reading.day("2024-01-20"))
        #expect(lot.operation == "UPDATE")
        #expect(ds.packages[0].operation == "INSERT")
        #expect(ds.packages[0].updatedDate == nil)
        let m = try #require(ds.manifests.first)
        #expect(m.submittedOn == Reading.day("2024-01-31"))
        #expect(m.submittedEarliest == Reading.instant("2024-01-31T00:00:00-08:00"))
    }

    @Test func aSubmittedDateThatIsNotADateIsAnError() throws {
        let ds = try Reading.files([Self.path("Inventory.csv")]) { _, bytes in
            bytes = Array(String(decoding: bytes, as: UTF8.self).replacingOccurrences(of: "SubmittedDate,01/31/2024", with: "SubmittedDate,31/01/2024").utf8)
        }
        let d = try #require(ds.diagnostics.first { $0.code == "csv.not-a-date" })
        #expect(d.level == .error)
        #expect(ds.resolve(try #require(d.ref)).map(\.line) == 2)
        #expect(ds.packages.allSatisfy { $0.reportedOn == nil })
    }

    @Test func theRecipientsInventoryTransferReceivesTheManifestLines() throws {
        let ds = try Reading.files([Self.path("Manifest.csv"), Self.path("InventoryTransfer.csv")], zone: Reading.la)
        #expect(Reading.errors(ds).isEmpty, "\(ds.diagnostics.map(\.message))")
        #expect(ds.inventoryTransfers.count == 2)
        let t = ds.inventoryTransfers[0]
        #expect(t.fromLicenseNumber == "412345")
        #expect(t.toLicenseNumber == "423456")                       // trimmed
        #expect(t.fromTag == "LOT-0001")
        #expect(t.toTag == "R-LOT-77")
        #expect(t.transferDate == Reading.day("2024-01-31"))
        #expect(t.reportedOn == Reading.day("2024-02-04"))
        #expect(ds.inventoryTransfers[1].operation == "DELETE")
        let d = try #require(ds.manifests.first?.destinations.first)
        #expect(d.receiptsReportedOn == Reading.day("2024-02-04"))
        // LOT-0001 was received as R-LOT-77, 9 of the 10 units; LOT-0002's report was deleted
        #expect(d.lines.map(\.receivedTag) == ["R-LOT-77", nil])
        #expect(d.lines.map(\.receivedQuantity) == [Quantity(9, .each), nil])
    }

    @Test func anInventoryTransferRowWithoutItsLotsIsAnError() throws {
        let ds = try Reading.files([Self.path("InventoryTransfer.csv")]) { _, bytes in
            bytes = Array(String(decoding: bytes, as: UTF8.self).replacingOccurrences(of: ",LOT-0001,R-LOT-77,", with: ",LOT-0001,,").utf8)
        }
        let e = try #require(ds.diagnostics.first { $0.code == "ccrs.transfer.field" })
        #expect(e.level == .error)
        #expect(e.message.contains("ToInventoryExternalIdentifier"))
        #expect(ds.resolve(try #require(e.ref)).map(\.line) == 5)
    }

    @Test func strainsAndAdjustments() throws {
        let (_, st) = try Reading.file(Self.path("Strain.csv"))
        #expect(st.strains.map(\.name) == ["Blue Dream", "Sour Diesel"])
        #expect(st.strains.map(\.type) == ["Hybrid", "Sativa"])        // columns in another order
        let (_, adj) = try Reading.file(Self.path("InventoryAdjustment.csv"))
        let a = try #require(adj.adjustments.first)
        #expect(a.tag == "LOT-0002")
        #expect(a.reason == "Waste")
        #expect(a.note == "Trim waste after re-bagging")
        #expect(a.quantity?.value == Decimal("12.5"))
        #expect(a.date == Reading.day("2024-01-20"))
        #expect(a.id == "ADJ-1")
    }

    @Test func manifestCSVBecomesADraftManifest() throws {
        let ds = try Reading.files([Self.path("Manifest.csv")], zone: ZoneResolver(identifier: "America/Los_Angeles")!)
        let m = try #require(ds.manifests.first)
        #expect(m.system == "ccrs")
        #expect(m.status == "draft")
        #expect(m.name == "01HQ7Z9K2M3N4P5Q6R7S8T9V0W")
        #expect(m.shipperLicenseNumber == "412345")
        #expect(m.transporterLicenseNumber == nil)
        let d = try #require(m.destinations.first)
        #expect(d.recipientLicenseNumber == "423456")
        #expect(d.transferType == "REGULAR")
        #expect(d.estimatedDeparture == Reading.instant("2024-01-31T09:00:00-08:00"))
        #expect(d.estimatedArrival == Reading.instant("2024-01-31T11:30:00-08:00"))
        let t = try #require(d.transporters?.first)
        #expect(t.driverName == "Jane Doe")
        #expect(t.vehiclePlate == "ABC1234")
        #expect(t.vehicleMake == "Honda")
        #expect(t.vehicleModel == "Accord")
        #expect(t.phone == "555-555-5555")
        #expect(d.lines.map(\.tag) == ["LOT-0001", "LOT-0002"])
        #expect(d.lines.map(\.quantity) == [Quantity(10, .each), Quantity(Decimal("250.5"), .gram)])
        #expect(d.lines.map(\.unitName) == ["EACH", "GRAM"])
        // the line's position is its CSV row
        let loc = try #require(ds.resolve(d.lines[1].source))
        #expect(loc.line == 24)
        #expect(loc.column == 1)
    }

    @Test func otherKeySpellingsAndTwentyFourHourTimes() throws {
        let (_, ds) = try Reading.file(Self.path("manifest_412345_20240201130000.csv"))
        let d = try #require(ds.manifests.first?.destinations.first)
        #expect(ds.manifests.first?.name == "MAN-0002")
        #expect(d.estimatedDeparture == Reading.instant("2024-02-01T13:00:00Z"))
        #expect(d.recipientLicenseNumber == "499999")
    }

    @Test func numberRecordsMustMatchTheRows() throws {
        let (_, ds) = try Reading.file(Reading.fixture("malformed/Strain_bad_rows.csv"))
        let count = try #require(ds.diagnostics.first { $0.code == "ccrs.number-records" })
        #expect(count.level == .error)
        #expect(count.message.contains("NumberRecords says 3 but the file has 2"))
        let ref = try #require(count.ref)
        #expect(ds.resolve(ref)?.line == 3)
        // the other rows are still read
        #expect(ds.strains.count == 2)
        #expect(ds.diagnostics.contains { $0.code == "csv.syntax" })
    }

    @Test func utf16TabSeparatedExtractWithPaddedNumbers() throws {
        let (f, ds) = try Reading.file(Self.path("Licensee_extract_utf16.tsv"))
        #expect(f.kind == .roster)
        #expect(ds.licenses.map(\.number) == ["412345", "423456", "499999"])   // padding trimmed
        #expect(ds.licenses.map(\.status) == [.active, .active, .inactive])
        #expect(ds.licenses[1].dba == "Seaside\tCannabis")                      // an embedded tab in quotes
        #expect(ds.licenses[0].expirationDate == Reading.day("2026-12-31"))
        // positions point into the text as read (the file itself is UTF-16)
        let loc = try #require(ds.resolve(ds.licenses[2].source))
        #expect(loc.line == 4)
        #expect(f.retainedText != nil)
    }
}
