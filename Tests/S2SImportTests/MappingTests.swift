import Foundation
import Testing
import S2SImport
import S2SModel
import S2STestSupport

/// Internal ERP/WMS exports read through mapping files (Examples/erp).
@Suite struct MappingTests {
    static func erp(_ f: String) -> String { Paths.repo("Examples/erp/" + f).path }

    static func read(_ data: String, mapping: String) throws -> (ImportedFile, Dataset) {
        let m = try Reading.mapping(erp(mapping))
        return try Reading.file(erp(data), zone: Reading.la, mappings: [m])
    }

    @Test func salesOrders() throws {
        let (f, ds) = try Self.read("sales-orders.csv", mapping: "sales-orders.mapping.json")
        #expect(f.kind == .mapped)
        #expect(f.detail == "Acme ERP sales orders")
        #expect(Reading.errors(ds).isEmpty)
        #expect(ds.salesOrderLines.count == 4)
        let s = ds.salesOrderLines[0]
        #expect(s.orderId == "SO-10041")
        #expect(s.lineId == "1")
        #expect(s.orderedAt == Reading.instant("2026-11-28T09:15:00-08:00"))
        #expect(s.shipDate == Reading.day("2026-12-01"))
        #expect(s.customerLicenseNumber == "C10-0000423-LIC")
        #expect(s.tag == "1A4060300002199000003445")
        #expect(s.sku == "BD-35")
        #expect(s.quantity == Quantity(120, .each))
        #expect(s.unitPrice == Decimal(18))
        #expect(s.status == "shipped")                                 // "SHP" rewritten by the mapping
        #expect(s.manifestNumber == "0001977406")
        #expect(ds.salesOrderLines[2].quantity == Quantity(Decimal("2.5"), .pound))
        #expect(ds.salesOrderLines[2].orderedAt == Reading.instant("2026-11-29T14:40:00-08:00"))   // 02:40 PM
        #expect(ds.salesOrderLines[2].manifestNumber == nil)
        #expect(ds.resolve(ds.salesOrderLines[3].source)?.line == 5)
    }

    @Test func receivingLog() throws {
        let (_, ds) = try Self.read("receiving-log.csv", mapping: "receiving-log.mapping.json")
        #expect(ds.receivingLines.count == 3)
        let r = ds.receivingLines[1]
        #expect(r.receiptId == "RCV-7781")
        #expect(r.manifestNumber == "0001977410")
        #expect(r.shipperLicenseNumber == "C11-0000574-LIC")
        #expect(r.expectedQuantity == Quantity(200, .each))
        #expect(r.receivedQuantity == Quantity(196, .each))
        #expect(r.receivedAt == Reading.instant("2026-11-30T10:44:00-08:00"))
        #expect(r.accepted == true)
        #expect(r.condition == "4 prerolls crushed")
        #expect(ds.receivingLines[2].accepted == false)
        #expect(ds.receivingLines[0].receivedQuantity == Quantity(Decimal("453.1"), .gram))
    }

    @Test func onHandJSONWithNestedMembers() throws {
        let (f, ds) = try Self.read("on-hand.json", mapping: "on-hand.mapping.json")
        #expect(f.kind == .mapped)
        #expect(ds.onHand.count == 3)
        let o = ds.onHand[1]
        #expect(o.tag == "1A4060300002199000003447")
        #expect(o.itemName == "Blue Dream Bulk Flower")
        #expect(o.sku == "BD-BULK")
        #expect(o.category == "Flower")
        #expect(o.location == "VAULT-B-01")
        #expect(o.quantity == Quantity(Decimal("11.25"), .pound))
        #expect(o.licenseNumber == "C11-0000574-LIC")
        #expect(o.asOf == Reading.instant("2026-11-30T22:14:00-08:00"))
        #expect(o.status == "hold")
        #expect(o.unitCost == Decimal(610))
        #expect(ds.resolve(o.source)?.pointer == "/items/1")
        #expect(ds.resolve(o.source)?.line == 6)
    }

    @Test func scanLogInLocalTime() throws {
        let (_, ds) = try Self.read("scan-log.csv", mapping: "scan-log.mapping.json")
        #expect(ds.scanEvents.count == 4)
        let e = ds.scanEvents[2]
        #expect(e.tag == "1A4060300002199000003448")
        #expect(e.scannedAt == Reading.instant("2026-11-30T21:05:02-08:00"))
        #expect(e.scannedAt?.zoneWasWritten == false)
        #expect(e.location == "VAULT-C-07")
        #expect(e.session == "CC-2026-11-30-A")
        #expect(e.device == "HH-04")
        #expect(e.scannedBy == "jlee")
        #expect(e.countedUnits == Decimal(10))
        #expect(ds.scanEvents[0].countedUnits == nil)
    }

    @Test func adjustmentsWithAFixedValueAndDefaultUnit() throws {
        let (_, ds) = try Self.read("adjustments.csv", mapping: "adjustments.mapping.json")
        #expect(ds.adjustments.count == 2)
        let a = ds.adjustments[0]
        #expect(a.quantity == Quantity(Decimal("-4.5"), .gram))
        #expect(a.reason == "Drying")
        #expect(a.note == "Moisture loss on re-weigh")
        #expect(a.date == Reading.day("2026-11-30"))
        #expect(a.licenseNumber == "C11-0000574-LIC")
    }

    @Test func aMappedFileIsRecognisedByItsColumns() throws {
        let mappings = try ["sales-orders", "receiving-log", "on-hand", "scan-log", "adjustments"]
            .map { try Reading.mapping(Self.erp("\($0).mapping.json")) }
        let ds = try Reading.files(["sales-orders.csv", "receiving-log.csv", "on-hand.json", "scan-log.csv", "adjustments.csv"]
            .map(Self.erp), zone: Reading.la, mappings: mappings)
        #expect(ds.salesOrderLines.count == 4)
        #expect(ds.receivingLines.count == 3)
        #expect(ds.onHand.count == 3)
        #expect(ds.scanEvents.count == 4)
        #expect(ds.adjustments.count == 2)
    }

    @Test func badValuesAreReportedAtTheirCell() throws {
        let dir = try Paths.temporaryDirectory()
        let data = dir.appendingPathComponent("orders.csv")
        try """
            SO #,Line,Order Date,Ship By,Customer License,Customer,Package Tag,Item,SKU,Qty,UoM,Unit Price,Status,Manifest
            SO-1,1,11/28/2026 09:15 AM,12/01/2026,C10-1,A,1A40603000021990000034AA,X,X,12x,ea,1.00,OPN,
            SO-2,1,2026-11-28,12/01/2026,C10-1,A,1A40603000021990000034AB,X,X,3,bales,1.00,OPN,
            SO-3,1,11/28/2026 09:15 AM,12/01/2026,C10-1,A,1A40603000021990000034AC,X,X,5,ea,1.00,OPN,

            """.write(to: data, atomically: true, encoding: .utf8)
        let m = try Reading.mapping(Self.erp("sales-orders.mapping.json"))
        let (_, ds) = try Reading.file(data.path, mappings: [m])
        #expect(ds.salesOrderLines.count == 3)                    // every row is still read
        let qty = try #require(ds.diagnostics.first { $0.code == "mapping.not-a-number" })
        #expect(qty.message.contains("Qty on row 2 is \"12x\""))
        let qref = try #require(qty.ref)
        #expect(ds.resolve(qref)?.column == 76)
        let date = try #require(ds.diagnostics.first { $0.code == "mapping.not-a-date" })
        #expect(date.message.contains("MM/dd/yyyy hh:mm a"))
        #expect(ds.diagnostics.contains { $0.code == "mapping.unit" && $0.message.contains("bales") && $0.level == .warning })
    }

    @Test func mappingFileProblems() throws {
        let text = """
            { "s2slint-mapping": 1, "record": "sales-order-lines",
              "fields": { "order_id": "SO" } }
            """
        let (m, d) = MappingFile.load(Array(text.utf8), path: "bad.mapping.json")
        #expect(m == nil)
        #expect(d.first?.message.contains("\"record\" must be one of") == true)
        #expect(d.first?.hint == "did you mean \"sales-order-line\"?")

        let text2 = """
            { "s2slint-mapping": 1, "record": "scan-event", "colums": [],
              "fields": { "tag": "EPC", "scaned_at": "When", "counted_units": "N",
                          "location": { "column": "Zone", "fromat": "x" } } }
            """
        let (m2, d2) = MappingFile.load(Array(text2.utf8), path: "bad2.mapping.json")
        #expect(m2 == nil)
        let messages = d2.map(\.message)
        #expect(messages.contains("unknown key \"colums\" in the mapping file"))
        #expect(d2.contains { $0.message == "scan-event has no field \"scaned_at\"" && $0.hint?.hasPrefix("did you mean \"scanned_at\"?") == true })
        #expect(d2.contains { $0.message == "unknown key \"fromat\" in field location" && $0.hint == "did you mean \"format\"?" })

        let text3 = """
            { "s2slint-mapping": 1, "record": "on-hand", "fields": { "tag": "Tag", "quantity": "Qty",
              "as_of": { "column": "When", "format": "MM/dd/yyyy QQ" } } }
            """
        let (_, d3) = MappingFile.load(Array(text3.utf8), path: "bad3.mapping.json")
        #expect(d3.contains { $0.message.contains("quantity field quantity needs a \"unit\"") })
        #expect(d3.contains { $0.message.contains("'QQ' is not a date field") })
    }

    @Test(arguments: [
        ("MM/dd/yyyy", "11/30/2026", "2026-11-30"),
        ("M/d/yyyy h:mm a", "1/5/2026 12:05 AM", "2026-01-05T00:05:00"),
        ("M/d/yyyy h:mm a", "1/5/2026 12:05 PM", "2026-01-05T12:05:00"),
        ("yyyy-MM-dd'T'HH:mm:ss.SSSXXX", "2026-11-30T21:05:02.250-08:00", "2026-11-30T21:05:02.25-08:00"),
        ("dd.MM.yy HH:mm", "30.11.26 21:05", "2026-11-30T21:05:00"),
        ("unix", "1764565502", "2025-12-01T05:05:02Z"),
    ])
    func datePatterns(_ pattern: String, _ text: String, _ expected: String) throws {
        let p = try DatePattern(pattern)
        let parsed = try #require(p.parse(text))
        #expect(parsed == ParsedTimestamp.parse(expected.utf8))
    }

    @Test func datePatternRejectsWhatDoesNotFit() throws {
        let p = try DatePattern("MM/dd/yyyy")
        #expect(p.parse("2026-11-30") == nil)
        #expect(p.parse("02/30/2026") == nil)
        #expect(p.parse("11/30/2026 extra") == nil)
    }
}
