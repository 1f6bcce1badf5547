import Foundation
import S2SModel

// The rule language's view of retail: `sale` (a Metrc sales receipt), `retail_delivery` (a delivery
// to a customer's address), `retail_trip` (a retailer delivery run: one vehicle, several stops),
// `sale_line` (a package sold on a receipt or a delivery) and `trip_package` (a package a run
// carries). A sale line's ref is (holder 0 = receipt / 1 = delivery, holder index, line index).

@inline(__always) func saleRecord(_ r: RecordRef, _ c: EvalContext) -> SalesReceipt { c.dataset.receipts[Int(r.i)] }
@inline(__always) func retailDeliveryRecord(_ r: RecordRef, _ c: EvalContext) -> RetailDelivery { c.dataset.retailDeliveries[Int(r.i)] }
@inline(__always) func retailTripRecord(_ r: RecordRef, _ c: EvalContext) -> RetailTrip { c.dataset.retailTrips[Int(r.i)] }
@inline(__always) func tripPackageRecord(_ r: RecordRef, _ c: EvalContext) -> CarriedPackage {
    c.dataset.retailTrips[Int(r.i)].packages[Int(r.j)]
}
func saleLineRecord(_ r: RecordRef, _ c: EvalContext) -> SaleTransaction {
    r.i == 0 ? c.dataset.receipts[Int(r.j)].transactions[Int(r.k)] : c.dataset.retailDeliveries[Int(r.j)].transactions[Int(r.k)]
}

/// The lines of a receipt (holder 0) or a delivery (holder 1) as values.
func saleLines(holder: Int, _ index: Int, count: Int) -> Value {
    .list((0..<count).map { .record(RecordRef(.saleLine, holder, index, $0)) })
}

/// The day a retail record is judged on and counted in: the local day of its sale date-time.
func retailDay(_ dt: DateTime?) -> Value { Value(dt?.localDay) }

let retailSchema: [RecordKind: [FieldDef]] = [
    .sale: saleFields, .saleLine: saleLineFields, .retailDelivery: retailDeliveryFields,
    .retailTrip: retailTripFields, .tripPackage: tripPackageFields,
]

private let L: ValueType = .record(.license)

let saleFields: [FieldDef] = [
    FieldDef("id", .string, "Id: Metrc's receipt id") { r, c in Value(saleRecord(r, c).id) },
    FieldDef("receipt_number", .string, "ReceiptNumber") { r, c in Value(saleRecord(r, c).receiptNumber) },
    FieldDef("external_receipt_number", .string, "ExternalReceiptNumber (the point-of-sale's number)") { r, c in
        Value(saleRecord(r, c).externalReceiptNumber)
    },
    FieldDef("seller_license_number", .string, "the store's license (FacilityLicenseNumber, else the license the export was given for)") { r, c in
        Value(saleRecord(r, c).facilityLicenseNumber)
    },
    FieldDef("seller", L, "the store's roster license (null when not in any roster)", needs: [.licenseByNumber]) { r, c in
        licenseRef(saleRecord(r, c).facilityLicenseNumber, c)
    },
    FieldDef("sold_at", .dateTime, "SalesDateTime (no zone: the jurisdiction's)") { r, c in Value(saleRecord(r, c).salesDateTime) },
    FieldDef("day", .day, "the calendar day of the sale, local: the day limits per day count it in") { r, c in
        retailDay(saleRecord(r, c).salesDateTime)
    },
    FieldDef("customer_type", .string, "SalesCustomerType as written: Consumer, Patient, Caregiver, ExternalPatient, NonResidentConsumer (CCRS: the SaleType, RecreationalRetail or RecreationalMedical)") { r, c in
        Value(saleRecord(r, c).customerType)
    },
    FieldDef("patient_license_number", .string, "PatientLicenseNumber as written") { r, c in Value(saleRecord(r, c).patientLicenseNumber) },
    FieldDef("caregiver_license_number", .string, "CaregiverLicenseNumber as written") { r, c in Value(saleRecord(r, c).caregiverLicenseNumber) },
    FieldDef("identification_method", .string, "IdentificationMethod") { r, c in Value(saleRecord(r, c).identificationMethod) },
    FieldDef("customer", .string,
             "who bought: 'patient <license>', else 'caregiver <license>'; null for a consumer, whom a receipt does not identify") { r, c in
        Value(saleRecord(r, c).customerKey)
    },
    FieldDef("total_packages", .number, "TotalPackages") { r, c in Value(saleRecord(r, c).totalPackages.map { Decimal($0) }) },
    FieldDef("total_price", .number, "TotalPrice as exported (the lines' total_price are what was paid per package)") { r, c in
        Value(saleRecord(r, c).totalPrice)
    },
    FieldDef("is_final", .bool, "IsFinal") { r, c in Value(saleRecord(r, c).isFinal) },
    FieldDef("archived_date", .day, "ArchivedDate (an archived receipt is no longer active)") { r, c in Value(saleRecord(r, c).archivedDate) },
    FieldDef("recorded_at", .dateTime, "RecordedDateTime: when the sale was entered in Metrc") { r, c in Value(saleRecord(r, c).recordedDateTime) },
    FieldDef("reported_on", .day, "CCRS Sale.CSV: the SubmittedDate of the upload the sale was read from") { r, c in
        Value(saleRecord(r, c).reportedOn)
    },
    FieldDef("lines", .list(.record(.saleLine)), "Transactions: the packages sold") { r, c in
        saleLines(holder: 0, Int(r.i), count: saleRecord(r, c).transactions.count)
    },
]

let saleLineFields: [FieldDef] = [
    FieldDef("tag", .string, "PackageLabel, exactly as written") { r, c in Value(saleLineRecord(r, c).tag) },
    FieldDef("package_id", .string, "PackageId (CCRS: the InventoryExternalIdentifier)") { r, c in Value(saleLineRecord(r, c).packageId) },
    FieldDef("line_id", .string, "CCRS Sale.CSV: SaleDetailExternalIdentifier") { r, c in Value(saleLineRecord(r, c).lineId) },
    FieldDef("created_date", .day, "CCRS Sale.CSV: CreatedDate of the line's row") { r, c in Value(saleLineRecord(r, c).createdDate) },
    FieldDef("updated_date", .day, "CCRS Sale.CSV: UpdatedDate of the line's row") { r, c in Value(saleLineRecord(r, c).updatedDate) },
    FieldDef("operation", .string, "CCRS Sale.CSV: the row's Operation, upper case: INSERT, UPDATE") { r, c in Value(saleLineRecord(r, c).operation) },
    FieldDef("product_name", .string, "ProductName, when the export carries it") { r, c in Value(saleLineRecord(r, c).productName) },
    FieldDef("category", .string, "ProductCategoryName, when the export carries it (else read package.item.category); CCRS: the InventoryType of the lot sold") { r, c in
        Value(saleLineRecord(r, c).productCategory)
    },
    FieldDef("quantity", .quantity, "Quantity (QuantitySold) with its unit") { r, c in Value(saleLineRecord(r, c).quantity) },
    FieldDef("unit_name", .string, "the unit as written") { r, c in Value(saleLineRecord(r, c).unitName) },
    FieldDef("total_price", .number, "TotalAmount (TotalPrice in lists): what the customer paid for the line") { r, c in
        Value(saleLineRecord(r, c).totalPrice)
    },
    FieldDef("price", .number, "Price") { r, c in Value(saleLineRecord(r, c).price) },
    FieldDef("discount", .number, "DiscountAmount") { r, c in Value(saleLineRecord(r, c).discount) },
    FieldDef("unit_thc_percent", .number, "UnitThcPercent") { r, c in Value(saleLineRecord(r, c).unitThcPercent) },
    FieldDef("unit_thc_content", .quantity, "THC per unit with its unit (UnitThcContent, e.g. 10 mg)") { r, c in
        Value(saleLineRecord(r, c).unitThcContent)
    },
    FieldDef("unit_weight", .quantity, "weight per unit (UnitWeight with its unit), for goods sold by count") { r, c in
        Value(saleLineRecord(r, c).unitWeight)
    },
    FieldDef("net_weight", .quantity,
             "the weight sold: the quantity when it is a weight, else the count times unit_weight; null when neither says") { r, c in
        let l = saleLineRecord(r, c)
        guard let q = l.quantity else { return .null }
        if q.unit.dimension == .mass { return .quantity(q) }
        if q.unit.dimension == .count, let w = l.unitWeight, w.unit.dimension == .mass { return .quantity(Quantity(q.value * w.value, w.unit)) }
        return .null
    },
    FieldDef("package", .record(.package), "the package with this exact tag in the inventory exports (null when none)",
             needs: [.packageByTag]) { r, c in packageRef(saleLineRecord(r, c).tag, c) },
    FieldDef("sale", .record(.sale), "the receipt of the line (null for a line of a delivery)") { r, _ in
        r.i == 0 ? .record(RecordRef(.sale, Int(r.j))) : .null
    },
    FieldDef("delivery", .record(.retailDelivery), "the delivery of the line (null for a line of a receipt)") { r, _ in
        r.i == 1 ? .record(RecordRef(.retailDelivery, Int(r.j))) : .null
    },
    FieldDef("day", .day, "the local day of its receipt's or delivery's sale") { r, c in
        retailDay(r.i == 0 ? c.dataset.receipts[Int(r.j)].salesDateTime : c.dataset.retailDeliveries[Int(r.j)].salesDateTime)
    },
    FieldDef("voided", .bool, "true when its receipt is archived or its delivery voided") { r, c in
        .bool(r.i == 0 ? c.dataset.receipts[Int(r.j)].archivedDate != nil : c.dataset.retailDeliveries[Int(r.j)].voidedDate != nil)
    },
]

let retailDeliveryFields: [FieldDef] = [
    FieldDef("id", .string, "Id") { r, c in Value(retailDeliveryRecord(r, c).id) },
    FieldDef("number", .string, "DeliveryNumber") { r, c in Value(retailDeliveryRecord(r, c).deliveryNumber) },
    FieldDef("seller_license_number", .string, "the store's license (FacilityLicenseNumber, else the run's, else the license the export was given for)") { r, c in
        Value(retailDeliveryRecord(r, c).facilityLicenseNumber)
    },
    FieldDef("seller", L, "the store's roster license (null when not in any roster)", needs: [.licenseByNumber]) { r, c in
        licenseRef(retailDeliveryRecord(r, c).facilityLicenseNumber, c)
    },
    FieldDef("transporter_license_number", .string, "TransporterFacilityLicenseNumber") { r, c in
        Value(retailDeliveryRecord(r, c).transporterLicenseNumber)
    },
    FieldDef("sold_at", .dateTime, "SalesDateTime") { r, c in Value(retailDeliveryRecord(r, c).salesDateTime) },
    FieldDef("day", .day, "the local day of the sale: the day limits per day count it in") { r, c in
        retailDay(retailDeliveryRecord(r, c).salesDateTime)
    },
    FieldDef("customer_type", .string, "SalesCustomerType as written") { r, c in Value(retailDeliveryRecord(r, c).customerType) },
    FieldDef("patient_license_number", .string, "PatientLicenseNumber") { r, c in Value(retailDeliveryRecord(r, c).patientLicenseNumber) },
    FieldDef("consumer_id", .string, "ConsumerId: the store's id for the customer") { r, c in Value(retailDeliveryRecord(r, c).consumerId) },
    FieldDef("customer", .string, "who bought: 'patient <license>', else 'consumer <ConsumerId>'; null when neither is written") { r, c in
        Value(retailDeliveryRecord(r, c).customerKey)
    },
    FieldDef("recipient_name", .string, "RecipientName") { r, c in Value(retailDeliveryRecord(r, c).recipient.name) },
    FieldDef("address", .string, "the recipient's address on one line") { r, c in Value(retailDeliveryRecord(r, c).recipient.oneLine) },
    FieldDef("street", .string, "RecipientAddressStreet1") { r, c in Value(retailDeliveryRecord(r, c).recipient.street1) },
    FieldDef("street2", .string, "RecipientAddressStreet2") { r, c in Value(retailDeliveryRecord(r, c).recipient.street2) },
    FieldDef("city", .string, "RecipientAddressCity") { r, c in Value(retailDeliveryRecord(r, c).recipient.city) },
    FieldDef("county", .string, "RecipientAddressCounty") { r, c in Value(retailDeliveryRecord(r, c).recipient.county) },
    FieldDef("state", .string, "RecipientAddressState (a US state code as written)") { r, c in Value(retailDeliveryRecord(r, c).recipient.state) },
    FieldDef("postal_code", .string, "RecipientAddressPostalCode") { r, c in Value(retailDeliveryRecord(r, c).recipient.postalCode) },
    FieldDef("zone", .string, "the recipient's delivery zone (RecipientDeliveryZoneName, else RecipientZoneId)") { r, c in
        Value(retailDeliveryRecord(r, c).recipient.zone)
    },
    FieldDef("planned_route", .string, "PlannedRoute") { r, c in Value(retailDeliveryRecord(r, c).plannedRoute) },
    FieldDef("driver_name", .string, "DriverName (a run's stops take the run's)") { r, c in Value(retailDeliveryRecord(r, c).driverName) },
    FieldDef("driver_employee_id", .string, "DriverEmployeeId") { r, c in Value(retailDeliveryRecord(r, c).driverEmployeeId) },
    FieldDef("drivers_license_number", .string, "DriversLicenseNumber") { r, c in Value(retailDeliveryRecord(r, c).driversLicenseNumber) },
    FieldDef("vehicle_make", .string, "VehicleMake") { r, c in Value(retailDeliveryRecord(r, c).vehicleMake) },
    FieldDef("vehicle_model", .string, "VehicleModel") { r, c in Value(retailDeliveryRecord(r, c).vehicleModel) },
    FieldDef("vehicle_plate", .string, "VehicleLicensePlateNumber") { r, c in Value(retailDeliveryRecord(r, c).vehiclePlate) },
    FieldDef("departure", .dateTime, "EstimatedDepartureDateTime") { r, c in Value(retailDeliveryRecord(r, c).estimatedDeparture) },
    FieldDef("actual_departure", .dateTime, "ActualDepartureDateTime") { r, c in Value(retailDeliveryRecord(r, c).actualDeparture) },
    FieldDef("arrival", .dateTime, "EstimatedArrivalDateTime") { r, c in Value(retailDeliveryRecord(r, c).estimatedArrival) },
    FieldDef("actual_arrival", .dateTime, "ActualArrivalDateTime") { r, c in Value(retailDeliveryRecord(r, c).actualArrival) },
    FieldDef("accepted_at", .dateTime, "AcceptedDateTime") { r, c in Value(retailDeliveryRecord(r, c).acceptedDateTime) },
    FieldDef("completed_at", .dateTime, "CompletedDateTime") { r, c in Value(retailDeliveryRecord(r, c).completedDateTime) },
    FieldDef("voided_date", .day, "VoidedDate") { r, c in Value(retailDeliveryRecord(r, c).voidedDate) },
    FieldDef("recorded_at", .dateTime, "RecordedDateTime: when the delivery was entered in Metrc") { r, c in Value(retailDeliveryRecord(r, c).recordedDateTime) },
    FieldDef("status", .string, "SalesDeliveryState as written") { r, c in Value(retailDeliveryRecord(r, c).state) },
    FieldDef("total_packages", .number, "TotalPackages") { r, c in Value(retailDeliveryRecord(r, c).totalPackages.map { Decimal($0) }) },
    FieldDef("total_price", .number, "TotalPrice as exported") { r, c in Value(retailDeliveryRecord(r, c).totalPrice) },
    FieldDef("lines", .list(.record(.saleLine)), "Transactions: the packages sold") { r, c in
        saleLines(holder: 1, Int(r.i), count: retailDeliveryRecord(r, c).transactions.count)
    },
    FieldDef("trip", .record(.retailTrip), "the retailer delivery run this delivery is a stop of (null for a delivery on its own)") { r, c in
        retailDeliveryRecord(r, c).trip.map { .record(RecordRef(.retailTrip, $0)) } ?? .null
    },
]

let retailTripFields: [FieldDef] = [
    FieldDef("id", .string, "Id") { r, c in Value(retailTripRecord(r, c).id) },
    FieldDef("number", .string, "RetailerDeliveryNumber (leading zeros kept)") { r, c in Value(retailTripRecord(r, c).number) },
    FieldDef("seller_license_number", .string, "the store's license (FacilityLicenseNumber, else the license the export was given for)") { r, c in
        Value(retailTripRecord(r, c).facilityLicenseNumber)
    },
    FieldDef("seller", L, "the store's roster license (null when not in any roster)", needs: [.licenseByNumber]) { r, c in
        licenseRef(retailTripRecord(r, c).facilityLicenseNumber, c)
    },
    FieldDef("created_at", .dateTime, "DateTime") { r, c in Value(retailTripRecord(r, c).dateTime) },
    FieldDef("day", .day, "the local day the run leaves (its estimated departure, else its DateTime)") { r, c in
        retailDay(retailTripRecord(r, c).estimatedDeparture ?? retailTripRecord(r, c).dateTime)
    },
    FieldDef("driver_name", .string, "DriverName") { r, c in Value(retailTripRecord(r, c).driverName) },
    FieldDef("driver_employee_id", .string, "DriverEmployeeId") { r, c in Value(retailTripRecord(r, c).driverEmployeeId) },
    FieldDef("drivers_license_number", .string, "DriversLicenseNumber") { r, c in Value(retailTripRecord(r, c).driversLicenseNumber) },
    FieldDef("vehicle_make", .string, "VehicleMake") { r, c in Value(retailTripRecord(r, c).vehicleMake) },
    FieldDef("vehicle_model", .string, "VehicleModel") { r, c in Value(retailTripRecord(r, c).vehicleModel) },
    FieldDef("vehicle_plate", .string, "VehicleLicensePlateNumber") { r, c in Value(retailTripRecord(r, c).vehiclePlate) },
    FieldDef("departure", .dateTime, "EstimatedDepartureDateTime") { r, c in Value(retailTripRecord(r, c).estimatedDeparture) },
    FieldDef("actual_departure", .dateTime, "ActualDepartureDateTime") { r, c in Value(retailTripRecord(r, c).actualDeparture) },
    FieldDef("recorded_at", .dateTime, "RecordedDateTime: when the run was entered in Metrc") { r, c in Value(retailTripRecord(r, c).recordedDateTime) },
    FieldDef("restocked_at", .dateTime, "RestockDateTime") { r, c in Value(retailTripRecord(r, c).restockDateTime) },
    FieldDef("completed_at", .dateTime, "CompletedDateTime") { r, c in Value(retailTripRecord(r, c).completedDateTime) },
    FieldDef("voided_date", .day, "VoidedDate") { r, c in Value(retailTripRecord(r, c).voidedDate) },
    FieldDef("status", .string, "RetailerDeliveryState as written") { r, c in Value(retailTripRecord(r, c).state) },
    FieldDef("total_packages", .number, "TotalPackages") { r, c in Value(retailTripRecord(r, c).totalPackages.map { Decimal($0) }) },
    FieldDef("total_price", .number, "TotalPrice as exported") { r, c in Value(retailTripRecord(r, c).totalPrice) },
    FieldDef("total_price_sold", .number, "TotalPriceSold") { r, c in Value(retailTripRecord(r, c).totalPriceSold) },
    FieldDef("stops", .list(.record(.retailDelivery)), "Destinations: the deliveries of the run, in order") { r, c in
        .list(retailTripRecord(r, c).stops.map { .record(RecordRef(.retailDelivery, $0)) })
    },
    FieldDef("packages", .list(.record(.tripPackage)), "Packages: what the vehicle carries (the driver's ledger)") { r, c in
        .list(retailTripRecord(r, c).packages.indices.map { .record(RecordRef(.tripPackage, Int(r.i), $0)) })
    },
]

let tripPackageFields: [FieldDef] = [
    FieldDef("tag", .string, "PackageLabel, exactly as written") { r, c in Value(tripPackageRecord(r, c).tag) },
    FieldDef("package_id", .string, "PackageId") { r, c in Value(tripPackageRecord(r, c).packageId) },
    FieldDef("product_name", .string, "ProductName") { r, c in Value(tripPackageRecord(r, c).productName) },
    FieldDef("category", .string, "ProductCategoryName") { r, c in Value(tripPackageRecord(r, c).productCategory) },
    FieldDef("strain", .string, "ItemStrainName") { r, c in Value(tripPackageRecord(r, c).strain) },
    FieldDef("quantity", .quantity, "Quantity with its unit") { r, c in Value(tripPackageRecord(r, c).quantity) },
    FieldDef("unit_name", .string, "the unit as written") { r, c in Value(tripPackageRecord(r, c).unitName) },
    FieldDef("total_price", .number, "TotalPrice: the retail value carried") { r, c in Value(tripPackageRecord(r, c).totalPrice) },
    FieldDef("on_hold", .bool, "IsOnInvestigationHold") { r, c in Value(tripPackageRecord(r, c).onHold) },
    FieldDef("on_recall", .bool, "IsOnRecallCombined (else IsOnRecall)") { r, c in Value(tripPackageRecord(r, c).onRecall) },
    FieldDef("package", .record(.package), "the package with this exact tag in the inventory exports (null when none)",
             needs: [.packageByTag]) { r, c in packageRef(tripPackageRecord(r, c).tag, c) },
    FieldDef("trip", .record(.retailTrip), "the run that carries it") { r, _ in .record(RecordRef(.retailTrip, Int(r.i))) },
]
