import Foundation
import S2SModel

/// Reads Metrc retail sales: receipts (`/sales/v1|v2/receipts` lists, by id, by external number,
/// and the create request), deliveries to customers (`/sales/v2/deliveries` lists, by id, the
/// create request) and retailer deliveries (`/sales/v2/deliveries/retailer` lists, by id, the
/// create request: a vehicle run whose `Destinations` are deliveries and whose `Packages` are what
/// it carries). The requests that change a retailer delivery (depart, restock, end) are not read.
enum MetrcSalesReader {
    static let rowFormats: [JSONRowFormat] = [
        JSONRowFormat(kind: .metrcReceipts,
                      signature: ["ReceiptNumber", "ExternalReceiptNumber", "SalesDateTime", "SalesCustomerType",
                                  "PatientLicenseNumber", "CaregiverLicenseNumber", "IdentificationMethod", "Transactions",
                                  "TotalPackages", "IsFinal"],
                      minimumMatches: 3, required: [["SalesDateTime", "Transactions"]],
                      excluded: ["RecipientAddressStreet1", "DriverName", "Destinations", "RetailerDeliveryId"],
                      decodeRow: readReceipt),
        JSONRowFormat(kind: .metrcSalesDeliveries,
                      signature: ["DeliveryNumber", "SalesDateTime", "SalesCustomerType", "ConsumerId", "DriverName",
                                  "RecipientAddressStreet1", "RecipientAddressCity", "PlannedRoute", "Transactions",
                                  "EstimatedArrivalDateTime", "SalesDeliveryState"],
                      minimumMatches: 4, required: [["SalesDateTime", "RecipientAddressStreet1"]],
                      excluded: ["Destinations", "RetailerDeliveryNumber", "RetailerDeliveryId"],
                      decodeRow: readDelivery),
        JSONRowFormat(kind: .metrcRetailerDeliveries,
                      signature: ["RetailerDeliveryNumber", "Destinations", "Packages", "DriverName", "DriverEmployeeId",
                                  "VehicleMake", "RestockDateTime", "TotalPriceSold", "RetailerDeliveryState"],
                      minimumMatches: 3, required: [["Destinations", "Packages", "DriverName"]],
                      excluded: ["RetailerDeliveryId", "ManifestNumber", "ShipperFacilityLicenseNumber"],
                      decodeRow: readTrip),
    ]

    // MARK: transactions

    struct Line {
        var t = SaleTransaction()
        var quantity: Decimal?
        var unitAbbrev: String?
        var thc: Decimal?
        var thcUnit: String?
        var weight: Decimal?
        var weightUnit: String?
    }
    typealias LR = FieldSetter<Line>
    static let line = RecordDecoder<Line>([
        (["PackageLabel", "Label"], LR.text(\.t.tag)),
        (["PackageId"], LR.text(\.t.packageId)),
        (["ProductName", "ItemName"], LR.text(\.t.productName)),
        (["ProductCategoryName", "ItemCategoryName"], LR.text(\.t.productCategory)),
        (["Quantity", "QuantitySold"], LR.decimal(\.quantity)),
        (["UnitOfMeasure", "UnitOfMeasureName"], LR.text(\.t.unitName)),
        (["UnitOfMeasureAbbreviation"], LR.text(\.unitAbbrev)),
        (["TotalAmount", "TotalPrice"], LR.decimal(\.t.totalPrice)),
        (["Price"], LR.decimal(\.t.price)),
        (["DiscountAmount"], LR.decimal(\.t.discount)),
        (["UnitThcPercent"], LR.decimal(\.t.unitThcPercent)),
        (["UnitThcContent"], LR.decimal(\.thc)),
        (["UnitThcContentUnitOfMeasure", "UnitThcContentUnitOfMeasureName"], LR.text(\.thcUnit)),
        (["UnitWeight"], LR.decimal(\.weight)),
        (["UnitWeightUnitOfMeasure", "UnitWeightUnitOfMeasureName"], LR.text(\.weightUnit)),
    ])

    /// `Transactions[]` of a receipt or delivery.
    static func transactions(_ c: inout JSONCursor, _ s: inout ImportSink, _ p: String) throws -> [SaleTransaction] {
        var out: [SaleTransaction] = []
        try c.forEachObject(&s, p) { c, s, ep in
            var l = Line()
            l.t.source = s.ref(c.here, ep)
            try line.decode(&c, &s, pointer: ep, into: &l)
            if l.t.unitName == nil { l.t.unitName = l.unitAbbrev }
            l.t.quantity = quantity(l.quantity, l.t.unitName)
            l.t.unitThcContent = quantity(l.thc, l.thcUnit)
            l.t.unitWeight = quantity(l.weight, l.weightUnit)
            if l.t.tag == nil && l.t.packageId == nil {
                s.problem("the sale line at \(ep) names no package (PackageLabel or PackageId)", code: "metrc.sale.package",
                          offset: l.t.source.offset, pointer: ep)
            }
            out.append(l.t)
        }
        return out
    }

    /// A number and its unit; a number without a unit keeps no quantity (the unit is never guessed).
    static func quantity(_ value: Decimal?, _ unit: String?) -> Quantity? {
        guard let value, let unit, !unit.isEmpty else { return nil }
        return Quantity(value, UnitNames.unit(unit))
    }

    // MARK: receipts

    typealias RR = FieldSetter<SalesReceipt>
    static let receipt = RecordDecoder<SalesReceipt>([
        (["Id"], RR.text(\.id)),
        (["ReceiptNumber"], RR.text(\.receiptNumber)),
        (["ExternalReceiptNumber"], RR.text(\.externalReceiptNumber)),
        (["FacilityLicenseNumber"], RR.text(\.facilityLicenseNumber)),
        (["SalesDateTime"], RR.dateTime(\.salesDateTime)),
        (["SalesCustomerType"], RR.text(\.customerType)),
        (["PatientLicenseNumber"], RR.text(\.patientLicenseNumber)),
        (["CaregiverLicenseNumber"], RR.text(\.caregiverLicenseNumber)),
        (["IdentificationMethod"], RR.text(\.identificationMethod)),
        (["TotalPackages"], RR.int(\.totalPackages)),
        (["TotalPrice"], RR.decimal(\.totalPrice)),
        (["IsFinal"], RR.bool(\.isFinal)),
        (["ArchivedDate"], RR.day(\.archivedDate)),
        (["RecordedDateTime"], RR.dateTime(\.recordedDateTime)),
        (["Transactions"], { c, s, p, r in r.transactions = try transactions(&c, &s, p) }),
    ])

    static func readReceipt(_ c: inout JSONCursor, _ sink: inout ImportSink, pointer: String,
                            options: InputOptions, into batch: inout ImportBatch) throws {
        var r = SalesReceipt(source: sink.ref(c.here, pointer))
        let before = sink.diagnostics.count
        try receipt.decode(&c, &sink, pointer: pointer, into: &r)
        if r.facilityLicenseNumber == nil { r.facilityLicenseNumber = options.owner }
        // a date that could not be read is already an error; a missing one is said here
        let unreadable = sink.diagnostics[before...].contains { $0.ref?.pointer.lowercased().hasSuffix("/salesdatetime") == true }
        if r.salesDateTime == nil && !unreadable {
            sink.problem("the receipt at \(pointer) has no SalesDateTime: limits per day cannot be checked for it",
                         code: "metrc.sale.date", offset: r.source.offset, pointer: pointer, level: .warning)
        }
        batch.dataset.receipts.append(r)
    }

    // MARK: deliveries

    typealias DR = FieldSetter<RetailDelivery>
    static let delivery = RecordDecoder<RetailDelivery>([
        (["Id"], DR.text(\.id)),
        (["DeliveryNumber"], DR.text(\.deliveryNumber)),
        (["FacilityLicenseNumber"], DR.text(\.facilityLicenseNumber)),
        (["TransporterFacilityLicenseNumber"], DR.text(\.transporterLicenseNumber)),
        (["SalesDateTime"], DR.dateTime(\.salesDateTime)),
        (["SalesCustomerType"], DR.text(\.customerType)),
        (["PatientLicenseNumber"], DR.text(\.patientLicenseNumber)),
        (["ConsumerId"], DR.text(\.consumerId)),
        (["RecipientName"], DR.text(\.recipient.name)),
        (["RecipientAddressStreet1"], DR.text(\.recipient.street1)),
        (["RecipientAddressStreet2"], DR.text(\.recipient.street2)),
        (["RecipientAddressCity"], DR.text(\.recipient.city)),
        (["RecipientAddressCounty"], DR.text(\.recipient.county)),
        (["RecipientAddressState"], DR.text(\.recipient.state)),
        (["RecipientAddressPostalCode"], DR.text(\.recipient.postalCode)),
        (["RecipientDeliveryZoneName", "RecipientZoneId"], DR.text(\.recipient.zone)),
        (["PlannedRoute"], DR.text(\.plannedRoute)),
        (["DriverName"], DR.text(\.driverName)),
        (["DriverEmployeeId"], DR.text(\.driverEmployeeId)),
        (["DriversLicenseNumber"], DR.text(\.driversLicenseNumber)),
        (["VehicleMake"], DR.text(\.vehicleMake)),
        (["VehicleModel"], DR.text(\.vehicleModel)),
        (["VehicleLicensePlateNumber"], DR.text(\.vehiclePlate)),
        (["EstimatedDepartureDateTime"], DR.dateTime(\.estimatedDeparture)),
        (["ActualDepartureDateTime"], DR.dateTime(\.actualDeparture)),
        (["EstimatedArrivalDateTime"], DR.dateTime(\.estimatedArrival)),
        (["ActualArrivalDateTime"], DR.dateTime(\.actualArrival)),
        (["AcceptedDateTime"], DR.dateTime(\.acceptedDateTime)),
        (["CompletedDateTime"], DR.dateTime(\.completedDateTime)),
        (["VoidedDate"], DR.day(\.voidedDate)),
        (["RecordedDateTime"], DR.dateTime(\.recordedDateTime)),
        (["SalesDeliveryState"], DR.text(\.state)),
        (["TotalPackages"], DR.int(\.totalPackages)),
        (["TotalPrice"], DR.decimal(\.totalPrice)),
        (["Transactions"], { c, s, p, r in r.transactions = try transactions(&c, &s, p) }),
    ])

    static func readDelivery(_ c: inout JSONCursor, _ sink: inout ImportSink, pointer: String,
                             options: InputOptions, into batch: inout ImportBatch) throws {
        var d = RetailDelivery(source: sink.ref(c.here, pointer))
        try delivery.decode(&c, &sink, pointer: pointer, into: &d)
        if d.facilityLicenseNumber == nil { d.facilityLicenseNumber = options.owner }
        batch.dataset.retailDeliveries.append(d)
    }

    // MARK: retailer deliveries (vehicle runs)

    struct Carried {
        var p = CarriedPackage()
        var quantity: Decimal?
        var unitAbbrev: String?
        var recall: Bool?
        var recallCombined: Bool?
    }
    typealias CR = FieldSetter<Carried>
    static let carried = RecordDecoder<Carried>([
        (["PackageLabel", "Label"], CR.text(\.p.tag)),
        (["PackageId"], CR.text(\.p.packageId)),
        (["ProductName"], CR.text(\.p.productName)),
        (["ProductCategoryName"], CR.text(\.p.productCategory)),
        (["ItemStrainName"], CR.text(\.p.strain)),
        (["Quantity"], CR.decimal(\.quantity)),
        (["UnitOfMeasure", "UnitOfMeasureName"], CR.text(\.p.unitName)),
        (["UnitOfMeasureAbbreviation"], CR.text(\.unitAbbrev)),
        (["TotalPrice"], CR.decimal(\.p.totalPrice)),
        (["IsOnInvestigationHold", "IsOnHold"], CR.bool(\.p.onHold)),
        (["IsOnRecall"], CR.bool(\.recall)),
        (["IsOnRecallCombined"], CR.bool(\.recallCombined)),
    ])

    struct Trip {
        var t = RetailTrip()
        var stops: [RetailDelivery] = []
    }
    typealias TR = FieldSetter<Trip>
    static let trip = RecordDecoder<Trip>([
        (["Id"], TR.text(\.t.id)),
        (["RetailerDeliveryNumber"], TR.text(\.t.number)),
        (["FacilityLicenseNumber"], TR.text(\.t.facilityLicenseNumber)),
        (["DateTime"], TR.dateTime(\.t.dateTime)),
        (["DriverName"], TR.text(\.t.driverName)),
        (["DriverEmployeeId"], TR.text(\.t.driverEmployeeId)),
        (["DriversLicenseNumber"], TR.text(\.t.driversLicenseNumber)),
        (["VehicleMake"], TR.text(\.t.vehicleMake)),
        (["VehicleModel"], TR.text(\.t.vehicleModel)),
        (["VehicleLicensePlateNumber"], TR.text(\.t.vehiclePlate)),
        (["EstimatedDepartureDateTime"], TR.dateTime(\.t.estimatedDeparture)),
        (["ActualDepartureDateTime"], TR.dateTime(\.t.actualDeparture)),
        (["RestockDateTime"], TR.dateTime(\.t.restockDateTime)),
        (["CompletedDateTime"], TR.dateTime(\.t.completedDateTime)),
        (["VoidedDate"], TR.day(\.t.voidedDate)),
        (["RecordedDateTime"], TR.dateTime(\.t.recordedDateTime)),
        (["RetailerDeliveryState"], TR.text(\.t.state)),
        (["TotalPackages"], TR.int(\.t.totalPackages)),
        (["TotalPrice"], TR.decimal(\.t.totalPrice)),
        (["TotalPriceSold"], TR.decimal(\.t.totalPriceSold)),
        (["Destinations"], { c, s, p, r in
            try c.forEachObject(&s, p) { c, s, ep in
                var d = RetailDelivery(source: s.ref(c.here, ep))
                try delivery.decode(&c, &s, pointer: ep, into: &d)
                r.stops.append(d)
            }
        }),
        (["Packages"], { c, s, p, r in
            try c.forEachObject(&s, p) { c, s, ep in
                var k = Carried()
                k.p.source = s.ref(c.here, ep)
                try carried.decode(&c, &s, pointer: ep, into: &k)
                if k.p.unitName == nil { k.p.unitName = k.unitAbbrev }
                k.p.quantity = quantity(k.quantity, k.p.unitName)
                k.p.onRecall = k.recallCombined ?? k.recall
                if k.p.tag == nil && k.p.packageId == nil {
                    s.problem("the carried package at \(ep) names no package (PackageLabel or PackageId)", code: "metrc.sale.package",
                              offset: k.p.source.offset, pointer: ep)
                }
                r.t.packages.append(k.p)
            }
        }),
    ])

    static func readTrip(_ c: inout JSONCursor, _ sink: inout ImportSink, pointer: String,
                         options: InputOptions, into batch: inout ImportBatch) throws {
        var r = Trip()
        r.t.source = sink.ref(c.here, pointer)
        try trip.decode(&c, &sink, pointer: pointer, into: &r)
        if r.t.facilityLicenseNumber == nil { r.t.facilityLicenseNumber = options.owner }
        let tripIndex = batch.dataset.retailTrips.count
        for var d in r.stops {
            d.trip = tripIndex
            // a destination inherits what the run says once: the store, the driver and the vehicle
            d.facilityLicenseNumber = d.facilityLicenseNumber ?? r.t.facilityLicenseNumber
            d.driverName = d.driverName ?? r.t.driverName
            d.driverEmployeeId = d.driverEmployeeId ?? r.t.driverEmployeeId
            d.driversLicenseNumber = d.driversLicenseNumber ?? r.t.driversLicenseNumber
            d.vehicleMake = d.vehicleMake ?? r.t.vehicleMake
            d.vehicleModel = d.vehicleModel ?? r.t.vehicleModel
            d.vehiclePlate = d.vehiclePlate ?? r.t.vehiclePlate
            d.salesDateTime = d.salesDateTime ?? r.t.dateTime
            d.estimatedDeparture = d.estimatedDeparture ?? r.t.estimatedDeparture
            r.t.stops.append(batch.dataset.retailDeliveries.count)
            batch.dataset.retailDeliveries.append(d)
        }
        batch.dataset.retailTrips.append(r.t)
    }
}
