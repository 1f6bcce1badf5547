import S2SModel
import Foundation

/// Reads manifests shaped like Metrc's outgoing transfer template (`POST|GET
/// /transfers/v2/templates/outgoing`): a header (template `Name` or `ManifestNumber`, shipper,
/// optional transporter/driver/vehicle), `Destinations[]` each with `Transporters[]` (with
/// `TransporterDetails[]`) and `Packages[]`. This is also the shape `shared/bench/gen.py` writes.
enum MetrcManifestReader {
    enum Field: Sendable {
        case number, name, shipper, shipperName, transporter, driverName, driverOcc, driverLicense, phone
        case make, model, plate, created, destinations, status
    }
    static let fields = FieldTable<Field>([
        ("ManifestNumber", .number), ("Name", .name), ("ShipperFacilityLicenseNumber", .shipper),
        ("ShipperLicenseNumber", .shipper), ("ShipperFacilityName", .shipperName), ("ShipperName", .shipperName),
        ("TransporterFacilityLicenseNumber", .transporter), ("DriverName", .driverName),
        ("DriverOccupationalLicenseNumber", .driverOcc), ("DriverLicenseNumber", .driverLicense),
        ("PhoneNumberForQuestions", .phone), ("VehicleMake", .make), ("VehicleModel", .model),
        ("VehicleLicensePlateNumber", .plate), ("CreatedDateTime", .created), ("Destinations", .destinations),
        ("ShipmentTransactionType", .status),
    ])
    static let signature = ["Destinations"].map(JSONKey.hash)

    enum DestField: Sendable {
        case recipient, recipientName, transferType, route, invoice, departure, arrival, actualDeparture, actualArrival
        case grossWeight, grossUnit, transporters, packages
    }
    static let destFields = FieldTable<DestField>([
        ("RecipientLicenseNumber", .recipient), ("RecipientFacilityLicenseNumber", .recipient),
        ("RecipientFacilityName", .recipientName), ("RecipientName", .recipientName),
        ("TransferTypeName", .transferType), ("ShipmentTypeName", .transferType), ("PlannedRoute", .route),
        ("InvoiceNumber", .invoice), ("EstimatedDepartureDateTime", .departure),
        ("EstimatedArrivalDateTime", .arrival), ("ActualDepartureDateTime", .actualDeparture),
        ("ActualArrivalDateTime", .actualArrival), ("GrossWeight", .grossWeight),
        ("GrossUnitOfWeightName", .grossUnit), ("Transporters", .transporters), ("Packages", .packages),
    ])

    enum TransporterField: Sendable {
        case license, driverName, driverOcc, driverLicense, layoverLeg, phone, make, model, plate, isLayover
        case departure, arrival, details
    }
    static let transporterFields = FieldTable<TransporterField>([
        ("TransporterFacilityLicenseNumber", .license), ("DriverName", .driverName),
        ("DriverOccupationalLicenseNumber", .driverOcc), ("DriverLicenseNumber", .driverLicense),
        ("DriverLayoverLeg", .layoverLeg), ("PhoneNumberForQuestions", .phone), ("VehicleMake", .make),
        ("VehicleModel", .model), ("VehicleLicensePlateNumber", .plate), ("IsLayover", .isLayover),
        ("EstimatedDepartureDateTime", .departure), ("EstimatedArrivalDateTime", .arrival),
        ("TransporterDetails", .details),
    ])

    enum LineField: Sendable {
        case label, quantity, unit, unitAbbrev, price, grossWeight, grossUnit, itemName, receivedQty, receivedUnit, state
    }
    static let lineFields = FieldTable<LineField>([
        ("PackageLabel", .label), ("Label", .label), ("Quantity", .quantity), ("ShippedQuantity", .quantity),
        ("UnitOfMeasureName", .unit), ("ShippedUnitOfMeasureName", .unit),
        ("ShippedUnitOfMeasureAbbreviation", .unitAbbrev), ("UnitOfMeasureAbbreviation", .unitAbbrev),
        ("WholesalePrice", .price), ("ShipperWholesalePrice", .price), ("GrossWeight", .grossWeight),
        ("GrossUnitOfWeightName", .grossUnit), ("ItemName", .itemName), ("ReceivedQuantity", .receivedQty),
        ("ReceivedUnitOfMeasureName", .receivedUnit), ("ShipmentPackageState", .state),
    ])

    static func readManifest(_ c: inout JSONCursor, _ sink: inout ImportSink, pointer: String) throws -> Manifest {
        let start = c.here
        try c.beginObject()
        var m = Manifest(source: sink.ref(start, pointer))
        m.system = "metrc"
        m.status = "draft"
        var header = Transporter(source: m.source)
        var hasHeaderTransport = false
        var first = true
        while let key = try c.nextKey(first: &first) {
            guard let f = fields.field(for: key) else { try c.skipValue(); continue }
            func ptr() -> String { pointer + "/" + key.text }
            switch f {
            case .number: m.number = try c.stringField(&sink, ptr())
            case .name: m.name = try c.stringField(&sink, ptr())
            case .shipper: m.shipperLicenseNumber = try c.stringField(&sink, ptr())
            case .shipperName: m.shipperName = try c.stringField(&sink, ptr())
            case .transporter: m.transporterLicenseNumber = try c.stringField(&sink, ptr())
            case .driverName: header.driverName = try c.stringField(&sink, ptr()); hasHeaderTransport = true
            case .driverOcc: header.driverOccupationalLicenseNumber = try c.stringField(&sink, ptr())
            case .driverLicense: header.driverLicenseNumber = try c.stringField(&sink, ptr())
            case .phone: header.phone = try c.stringField(&sink, ptr())
            case .make: header.vehicleMake = try c.stringField(&sink, ptr())
            case .model: header.vehicleModel = try c.stringField(&sink, ptr())
            case .plate: header.vehiclePlate = try c.stringField(&sink, ptr()); hasHeaderTransport = true
            case .created: m.createdAt = try c.dateTimeField(&sink, ptr())
            case .status: _ = try c.stringField(&sink, ptr())
            case .destinations:
                if c.consumeNull() { break }
                guard c.peek() == UInt8(ascii: "[") else {
                    let _: Int? = try c.mismatch(&sink, ptr(), expected: "a list of destinations")
                    break
                }
                try c.beginArray()
                var firstEl = true
                while try c.nextElement(first: &firstEl) {
                    let dp = ptr() + "/\(m.destinations.count)"
                    if let d = try readDestination(&c, &sink, pointer: dp) { m.destinations.append(d) }
                }
            }
        }
        // A template header's driver/vehicle applies to destinations that list no transporter.
        if hasHeaderTransport || m.transporterLicenseNumber != nil {
            header.licenseNumber = m.transporterLicenseNumber
            for i in m.destinations.indices where m.destinations[i].transporters == nil {
                m.destinations[i].transporters = [header]
            }
        }
        return m
    }

    static func readDestination(_ c: inout JSONCursor, _ sink: inout ImportSink, pointer: String) throws -> Destination? {
        guard c.peek() == UInt8(ascii: "{") else {
            let _: Int? = try c.mismatch(&sink, pointer, expected: "a destination object")
            return nil
        }
        let start = c.here
        try c.beginObject()
        var d = Destination(source: sink.ref(start, pointer))
        var grossWeight: Decimal?
        var grossUnit: String?
        var first = true
        while let key = try c.nextKey(first: &first) {
            guard let f = destFields.field(for: key) else { try c.skipValue(); continue }
            func ptr() -> String { pointer + "/" + key.text }
            switch f {
            case .recipient: d.recipientLicenseNumber = try c.stringField(&sink, ptr())
            case .recipientName: d.recipientName = try c.stringField(&sink, ptr())
            case .transferType: d.transferType = try c.stringField(&sink, ptr())
            case .route: d.plannedRoute = try c.stringField(&sink, ptr())
            case .invoice: d.invoiceNumber = try c.stringField(&sink, ptr())
            case .departure: d.estimatedDeparture = try c.dateTimeField(&sink, ptr())
            case .arrival: d.estimatedArrival = try c.dateTimeField(&sink, ptr())
            case .actualDeparture: d.actualDeparture = try c.dateTimeField(&sink, ptr())
            case .actualArrival: d.actualArrival = try c.dateTimeField(&sink, ptr())
            case .grossWeight: grossWeight = try c.decimalField(&sink, ptr())
            case .grossUnit: grossUnit = try c.stringField(&sink, ptr())
            case .transporters:
                if c.consumeNull() { d.transporters = nil; break }
                guard c.peek() == UInt8(ascii: "[") else {
                    let _: Int? = try c.mismatch(&sink, ptr(), expected: "a list of transporters")
                    break
                }
                var list: [Transporter] = []
                try c.beginArray()
                var firstEl = true
                while try c.nextElement(first: &firstEl) {
                    if let t = try readTransporter(&c, &sink, pointer: ptr() + "/\(list.count)") { list.append(t) }
                }
                d.transporters = list
            case .packages:
                if c.consumeNull() { break }
                guard c.peek() == UInt8(ascii: "[") else {
                    let _: Int? = try c.mismatch(&sink, ptr(), expected: "a list of packages")
                    break
                }
                try c.beginArray()
                var firstEl = true
                var k = 0
                while try c.nextElement(first: &firstEl) {
                    if let l = try readLine(&c, &sink, pointer: ptr() + "/\(k)") { d.lines.append(l) }
                    k += 1
                }
            }
        }
        if let grossWeight { d.grossWeight = Quantity(grossWeight, UnitNames.unit(grossUnit ?? "")) }
        return d
    }

    static func readTransporter(_ c: inout JSONCursor, _ sink: inout ImportSink, pointer: String) throws -> Transporter? {
        guard c.peek() == UInt8(ascii: "{") else {
            let _: Int? = try c.mismatch(&sink, pointer, expected: "a transporter object")
            return nil
        }
        let start = c.here
        try c.beginObject()
        var t = Transporter(source: sink.ref(start, pointer))
        var first = true
        while let key = try c.nextKey(first: &first) {
            guard let f = transporterFields.field(for: key) else { try c.skipValue(); continue }
            func ptr() -> String { pointer + "/" + key.text }
            switch f {
            case .license: t.licenseNumber = try c.stringField(&sink, ptr())
            case .driverName: t.driverName = try c.stringField(&sink, ptr())
            case .driverOcc: t.driverOccupationalLicenseNumber = try c.stringField(&sink, ptr())
            case .driverLicense: t.driverLicenseNumber = try c.stringField(&sink, ptr())
            case .layoverLeg: t.layoverLeg = try c.stringField(&sink, ptr())
            case .phone: t.phone = try c.stringField(&sink, ptr())
            case .make: t.vehicleMake = try c.stringField(&sink, ptr())
            case .model: t.vehicleModel = try c.stringField(&sink, ptr())
            case .plate: t.vehiclePlate = try c.stringField(&sink, ptr())
            case .isLayover: t.isLayover = try c.boolField(&sink, ptr())
            case .departure: t.estimatedDeparture = try c.dateTimeField(&sink, ptr())
            case .arrival: t.estimatedArrival = try c.dateTimeField(&sink, ptr())
            case .details:
                if c.consumeNull() { break }
                guard c.peek() == UInt8(ascii: "[") else {
                    let _: Int? = try c.mismatch(&sink, ptr(), expected: "a list of transporter details")
                    break
                }
                try c.beginArray()
                var firstEl = true
                while try c.nextElement(first: &firstEl) {
                    let dp = ptr() + "/\(t.details.count)"
                    guard c.peek() == UInt8(ascii: "{") else {
                        let _: Int? = try c.mismatch(&sink, dp, expected: "a transporter detail object")
                        continue
                    }
                    let ds = c.here
                    // details carry the same driver/vehicle fields as a transporter
                    guard let inner = try readTransporter(&c, &sink, pointer: dp) else { continue }
                    var detail = TransporterDetail(source: sink.ref(ds, dp))
                    detail.driverName = inner.driverName
                    detail.driverOccupationalLicenseNumber = inner.driverOccupationalLicenseNumber
                    detail.driverLicenseNumber = inner.driverLicenseNumber
                    detail.layoverLeg = inner.layoverLeg
                    detail.vehicleMake = inner.vehicleMake
                    detail.vehicleModel = inner.vehicleModel
                    detail.vehiclePlate = inner.vehiclePlate
                    t.details.append(detail)
                }
            }
        }
        return t
    }

    static func readLine(_ c: inout JSONCursor, _ sink: inout ImportSink, pointer: String) throws -> ManifestLine? {
        guard c.peek() == UInt8(ascii: "{") else {
            let _: Int? = try c.mismatch(&sink, pointer, expected: "a package line object")
            return nil
        }
        let start = c.here
        try c.beginObject()
        var l = ManifestLine(source: sink.ref(start, pointer))
        var qty: Decimal?
        var abbrev: String?
        var gross: Decimal?
        var grossUnit: String?
        var received: Decimal?
        var receivedUnit: String?
        var first = true
        while let key = try c.nextKey(first: &first) {
            guard let f = lineFields.field(for: key) else { try c.skipValue(); continue }
            func ptr() -> String { pointer + "/" + key.text }
            switch f {
            case .label: l.tag = try c.stringField(&sink, ptr())
            case .quantity: qty = try c.decimalField(&sink, ptr())
            case .unit: l.unitName = try c.stringField(&sink, ptr())
            case .unitAbbrev: abbrev = try c.stringField(&sink, ptr())
            case .price: l.wholesalePrice = try c.decimalField(&sink, ptr())
            case .grossWeight: gross = try c.decimalField(&sink, ptr())
            case .grossUnit: grossUnit = try c.stringField(&sink, ptr())
            case .itemName: l.itemName = try c.stringField(&sink, ptr())
            case .receivedQty: received = try c.decimalField(&sink, ptr())
            case .receivedUnit: receivedUnit = try c.stringField(&sink, ptr())
            case .state: l.state = try c.stringField(&sink, ptr())
            }
        }
        if l.unitName == nil { l.unitName = abbrev }
        if let qty { l.quantity = Quantity(qty, UnitNames.unit(l.unitName ?? "")) }
        if let gross { l.grossWeight = Quantity(gross, UnitNames.unit(grossUnit ?? "")) }
        if let received { l.receivedQuantity = Quantity(received, UnitNames.unit(receivedUnit ?? l.unitName ?? "")) }
        return l
    }
}
