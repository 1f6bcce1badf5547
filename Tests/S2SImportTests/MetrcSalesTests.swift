import Foundation
import Testing
import S2SImport
import S2SModel

/// Metrc retail files: sales receipts, deliveries to customers and retailer delivery runs, read
/// from `shared/metrc-v2-examples/Sales` and from fixtures in the GET-list shape (with the names
/// `QuantitySold`, `UnitOfMeasureName`, `TotalPrice` that lists use where requests say `Quantity`,
/// `UnitOfMeasure`, `TotalAmount`).
@Suite struct MetrcSalesTests {
    static let denver = ZoneResolver(identifier: "America/Denver")!
    static func sales(_ name: String) -> String { Reading.shared("metrc-v2-examples/Sales/" + name) }

    @Test func theCreateReceiptsRequestGivesAReceiptWithItsLines() throws {
        let (f, ds) = try Reading.file(Self.sales("CreateReceipts.json"), zone: Self.denver, owner: "C10-0000777-LIC")
        #expect(f.kind == .metrcReceipts)
        #expect(Reading.errors(ds).isEmpty)
        let r = try #require(ds.receipts.first)
        #expect(ds.receipts.count == 1)
        #expect(r.externalReceiptNumber == "ABC-1234")
        #expect(r.facilityLicenseNumber == "C10-0000777-LIC", "the license the export was given for")
        #expect(r.customerType == "Consumer")
        #expect(r.customerKey == nil, "a consumer at the counter is not identified")
        // 2016-10-04 16:44:53 written without a zone: Denver, daylight time (UTC-6)
        #expect(r.salesDateTime == Reading.instant("2016-10-04T22:44:53Z"))
        #expect(r.salesDateTime?.localDay == Reading.day("2016-10-04"))
        #expect(r.transactions.map(\.tag) == ["ABCDEF012345670000010331", "ABCDEF012345670000010332"])
        #expect(r.transactions.map(\.quantity) == [Quantity(1, .ounce), Quantity(1, .ounce)])
        #expect(r.transactions.map(\.unitName) == ["Ounces", "Ounces"])
        #expect(r.transactions.map(\.totalPrice) == [Decimal("9.99"), Decimal("9.99")])
        #expect(r.transactions[0].unitThcContent == nil && r.transactions[0].unitWeight == nil)
    }

    @Test func receiptListsAndSingleReceiptsRead() throws {
        for (file, ids) in [("GetActiveReceipts.json", ["1", "2"]), ("GetInactiveReceipts.json", ["1", "2"]),
                            ("GetReceiptById.json", ["1"]), ("GetReceiptsExternalByExternalNumber.json", ["1"])] {
            let (f, ds) = try Reading.file(Self.sales(file), zone: Self.denver)
            #expect(f.kind == .metrcReceipts, "\(file)")
            #expect(Reading.errors(ds).isEmpty, "\(file)")
            #expect(ds.receipts.map(\.id) == ids, "\(file)")
            #expect(ds.receipts.first?.externalReceiptNumber == "ABC-123", "\(file)")
            #expect(ds.receipts.first?.isFinal == false)
            #expect(ds.receipts.first?.recordedDateTime == nil, "0001-01-01 means none")
            #expect(ds.receipts.first?.transactions.isEmpty == true)
        }
    }

    @Test func aReceiptListWithLinesKeepsQuantitiesPricesAndThePatient() throws {
        let (_, ds) = try Reading.file(Reading.fixture("metrc-sales/receipts-v1.json"), zone: Reading.la, owner: "C10-0000777-LIC")
        #expect(Reading.errors(ds).isEmpty, "\(ds.diagnostics.map(\.message))")
        #expect(ds.receipts.count == 2)
        let r = ds.receipts[0]
        #expect(r.id == "9001" && r.receiptNumber == "0000009001")
        #expect(r.customerType == "Patient")
        #expect(r.patientLicenseNumber == " pt-0042-ca ")
        #expect(r.customerKey == "patient PT-0042-CA", "trimmed and upper-cased, so the same patient groups")
        #expect(r.identificationMethod == "Medical ID card")
        #expect(r.totalPackages == 2 && r.totalPrice == Decimal("84.50") && r.isFinal == true)
        #expect(r.recordedDateTime == Reading.instant("2026-11-30T10:16:02Z"))
        let flower = r.transactions[0], gummies = r.transactions[1]
        #expect(flower.packageId == "71001" && flower.productCategory == "Buds")
        #expect(flower.quantity == Quantity(7, .gram) && flower.totalPrice == 60)
        #expect(gummies.unitName == "ea" && gummies.quantity == Quantity(1, .each))
        #expect(gummies.totalPrice == Decimal("24.50"), "a price written as text is read exactly")
        #expect(gummies.unitThcContent == Quantity(100, .milligram))
        #expect(gummies.unitWeight == Quantity(45, .gram))
        // 23:50 in Los Angeles is the next day in UTC; the day a limit counts is the local one
        #expect(ds.receipts[1].salesDateTime?.localDay == Reading.day("2026-11-30"))
        #expect(ds.receipts[1].customerKey == nil)
    }

    @Test func deliveriesToCustomersKeepAddressRouteDriverVehicleAndTimes() throws {
        let (f, ds) = try Reading.file(Self.sales("CreateDeliveries.json"), zone: Self.denver)
        #expect(f.kind == .metrcSalesDeliveries)
        #expect(Reading.errors(ds).isEmpty)
        let d = try #require(ds.retailDeliveries.first)
        #expect(ds.retailDeliveries.count == 1 && ds.retailTrips.isEmpty)
        #expect(d.transporterLicenseNumber == "1")
        #expect(d.recipient.street1 == "1 Someplace Road" && d.recipient.street2 == "Ste 9")
        #expect(d.recipient.city == "Denver" && d.recipient.state == "CO" && d.recipient.postalCode == "11111")
        #expect(d.recipient.oneLine == "1 Someplace Road, Ste 9, Denver, CO 11111")
        #expect(d.plannedRoute == "Drive to destination.")
        #expect(d.driverName == "John Doe" && d.driverEmployeeId == "1" && d.driversLicenseNumber == "1")
        #expect(d.vehicleMake == "Car" && d.vehicleModel == "Small" && d.vehiclePlate == "000000")
        #expect(d.estimatedDeparture == Reading.instant("2017-04-04T17:00:00Z"))
        #expect(d.estimatedArrival == Reading.instant("2017-04-04T19:00:00Z"))
        #expect(d.actualDeparture == nil && d.actualArrival == nil)
        #expect(d.transactions.map(\.tag) == ["ABCDEF012345670000000001", "ABCDEF012345670000000002"])
        #expect(d.trip == nil)
        for file in ["GetActiveDeliveries.json", "GetInactiveDeliveries.json", "GetSalesDeliveryById.json"] {
            let (f, ds) = try Reading.file(Self.sales(file), zone: Self.denver)
            #expect(f.kind == .metrcSalesDeliveries, "\(file)")
            #expect(Reading.errors(ds).isEmpty, "\(file)")
            #expect(ds.retailDeliveries.first?.state == "Undesignated")
            #expect(ds.retailDeliveries.first?.salesDateTime?.localDay == Reading.day("2016-01-01"))
        }
        let (_, list) = try Reading.file(Self.sales("GetActiveDeliveries.json"), zone: Self.denver)
        #expect(list.retailDeliveries.map(\.customerKey) == ["consumer 456DEF", "consumer 123ABC"])
        // RecordedDateTime 0001-01-01 is Metrc's "none"; a real one is kept (CA-TT-004 compares it with the departure)
        #expect(list.retailDeliveries.allSatisfy { $0.recordedDateTime == nil })
        let (_, recorded) = try Reading.file(Self.sales("GetActiveDeliveries.json"), zone: Self.denver) { bytes in
            bytes = Array(String(decoding: bytes, as: UTF8.self)
                .replacingOccurrences(of: "\"RecordedDateTime\": \"0001-01-01T00:00:00+00:00\"",
                                      with: "\"RecordedDateTime\": \"2017-04-04T10:40:00-06:00\"").utf8)
        }
        #expect(recorded.retailDeliveries.map(\.recordedDateTime) == [Reading.instant("2017-04-04T16:40:00Z"), Reading.instant("2017-04-04T16:40:00Z")])
    }

    @Test func aRetailerDeliveryIsARunWithItsStopsAndWhatTheVehicleCarries() throws {
        let (f, ds) = try Reading.file(Self.sales("CreateSalesDeliveriesRetailer.json"), zone: Self.denver, owner: "C10-0000777-LIC")
        #expect(f.kind == .metrcRetailerDeliveries)
        #expect(Reading.errors(ds).isEmpty)
        let t = try #require(ds.retailTrips.first)
        #expect(t.facilityLicenseNumber == "C10-0000777-LIC")
        #expect(t.driverName == "John Doe" && t.vehiclePlate == "000000")
        #expect(t.estimatedDeparture == Reading.instant("2017-04-04T17:00:00Z"))
        #expect(t.stops == [0, 1])
        #expect(ds.retailDeliveries.map(\.trip) == [0, 0])
        #expect(ds.retailDeliveries.map(\.consumerId) == ["456DEF", "123ABC"])
        // the run's store, driver and vehicle hold for each stop
        #expect(ds.retailDeliveries.allSatisfy { $0.facilityLicenseNumber == "C10-0000777-LIC" && $0.driverName == "John Doe" && $0.vehicleMake == "Car" })
        #expect(ds.retailDeliveries[0].recipient.zone == "0001")
        #expect(ds.retailDeliveries[0].estimatedArrival == Reading.instant("2017-04-04T19:00:00Z"))
        #expect(ds.retailDeliveries[0].transactions.map(\.quantity) == [Quantity(1, .ounce), Quantity(2, .gram)])
        #expect(ds.retailDeliveries[1].transactions.map(\.totalPrice) == [Decimal("9.99"), Decimal("19.99")])
        #expect(t.packages.map(\.tag) == ["ABCDEF012345670000000001", "ABCDEF012345670000000002"])
        #expect(t.packages.map(\.totalPrice) == [Decimal("9.99"), Decimal("9.99")])

        let (_, byId) = try Reading.file(Self.sales("GetDeliveryRetailerById.json"), zone: Self.denver)
        let run = try #require(byId.retailTrips.first)
        #expect(run.number == "0000000005" && run.facilityLicenseNumber == "050-X0001")
        #expect(run.recordedDateTime == nil && byId.retailDeliveries.allSatisfy { $0.recordedDateTime == nil })
        #expect(run.state == "Undesignated" && run.totalPriceSold == 0)
        #expect(byId.retailDeliveries.count == 2 && byId.retailDeliveries.allSatisfy { $0.facilityLicenseNumber == "050-X0001" })
        let p = try #require(run.packages.first)
        #expect(p.quantity == Quantity(1, .ounce) && p.unitName == "Ounces" && p.totalPrice == Decimal("9.99"))
        #expect(p.onHold == false && p.onRecall == false && p.packageId == "0")
        for file in ["GetActiveDeliveriesRetailer.json", "GetInactiveDeliveriesRetailer.json"] {
            let (f, ds) = try Reading.file(Self.sales(file), zone: Self.denver)
            #expect(f.kind == .metrcRetailerDeliveries, "\(file)")
            #expect(Reading.errors(ds).isEmpty && ds.retailTrips.count == 2, "\(file)")
        }
    }

    @Test func runsReadTogetherKeepTheirStops() throws {
        let ds = try Reading.files([Self.sales("GetDeliveryRetailerById.json"), Self.sales("CreateSalesDeliveriesRetailer.json")],
                                   zone: Self.denver)
        #expect(ds.retailTrips.count == 2 && ds.retailDeliveries.count == 4)
        for (i, t) in ds.retailTrips.enumerated() {
            #expect(t.stops.count == 2)
            #expect(t.stops.allSatisfy { ds.retailDeliveries[$0].trip == i }, "run \(i)'s stops point back to it")
        }
        #expect(ds.retailTrips[1].stops.map { ds.retailDeliveries[$0].transactions.count } == [2, 2])
    }

    @Test func theRequestsThatChangeARunAndTheWordListsAreNotRead() throws {
        for file in ["CreateDeliveriesRetailerDepart.json", "CreateDeliveriesRetailerEnd.json", "CreateDeliveriesRetailerRestock.json",
                     "GetCounties.json", "GetCustomerTypes.json", "GetDeliveriesReturnReasons.json", "GetPatientRegistrationLocations.json"] {
            let (f, ds) = try Reading.file(Self.sales(file))
            #expect(f.kind == nil, "\(file)")
            #expect(Reading.errors(ds).count == 1, "\(file)")
        }
    }

    @Test func badValuesAreErrorsAtTheirPlaceAndTheRestIsRead() throws {
        let path = Reading.fixture("metrc-sales/malformed-receipts.json")
        let (_, ds) = try Reading.file(path)
        #expect(ds.receipts.count == 2, "both receipts are still read")
        let problems = ds.diagnostics.map { d -> String in
            let loc = ds.resolve(d.ref ?? .none)
            return "\(loc?.line ?? 0):\(loc?.column ?? 0) \(d.level) \(d.code)"
        }
        #expect(problems.contains("4:22 error json.not-a-datetime"), "\(problems)")
        #expect(problems.contains("6:19 error json.not-a-number"), "\(problems)")
        #expect(problems.contains("8:65 error json.not-a-number"), "\(problems)")
        #expect(problems.contains("9:7 error metrc.sale.package"), "\(problems)")
        #expect(problems.contains("12:3 warning metrc.sale.date"), "\(problems)")
        #expect(problems.contains("16:21 error json.type"), "\(problems)")
        #expect(ds.diagnostics.count == 6, "\(ds.diagnostics.map(\.message))")
        #expect(ds.receipts[0].transactions.count == 2)
        #expect(ds.receipts[0].transactions[0].quantity == nil, "a quantity that is not a number is none, never a guess")
    }
}
