import Foundation
import S2SModel

/// Reads Metrc transfer exports into manifests:
/// - transfer lists (`/transfers/v1|v2/incoming|outgoing|rejected`, `/transfers/v2/templates/outgoing`,
///   `/transfers/v2/hub`): one row per transfer (outgoing) or per delivery (incoming, flattened
///   with `DeliveryId` and `Recipient…`). Rows of one transfer become one manifest;
/// - deliveries, delivery packages (shipped/received quantities), wholesale prices, transporters and
///   transporter details, which are kept as `TransferParts` and joined to the transfers afterwards
///   (`TransferAssembler`);
/// - `/packages/v2/transferred`: one row per package per transfer, grouped by manifest and recipient.
/// The status of a manifest is the list it came from (`incoming`, `outgoing`, `rejected`, `draft`
/// for templates, `hub`), or `voided` when `IsVoided` is true.
enum MetrcTransferReader {
    // MARK: transfer list rows

    struct TransferRow: Sendable {
        var id: String?
        var number: String?
        var name: String?
        var shipper: String?
        var shipperName: String?
        var createdAt: DateTime?
        var voided: Bool?
        var deliveryId: String?
        var destination = Destination()
        var transporter = Transporter()
        var hasTransporter = false
        var grossWeight: Decimal?
        var grossUnit: String?
    }

    typealias TR = FieldSetter<TransferRow>
    static let transferRow = RecordDecoder<TransferRow>([
        (["Id"], TR.text(\.id)),
        (["ManifestNumber"], TR.text(\.number)),
        (["Name"], TR.text(\.name)),
        (["ShipperFacilityLicenseNumber", "ShipperLicenseNumber"], TR.text(\.shipper)),
        (["ShipperFacilityName", "ShipperName"], TR.text(\.shipperName)),
        (["CreatedDateTime"], TR.dateTime(\.createdAt)),
        (["IsVoided"], TR.bool(\.voided)),
        (["DeliveryId"], { c, s, p, r in
            let v = try c.stringField(&s, p)
            r.deliveryId = (v == "0" || v?.isEmpty == true) ? nil : v
        }),
        (["RecipientFacilityLicenseNumber", "RecipientLicenseNumber"], TR.text(\.destination.recipientLicenseNumber)),
        (["RecipientFacilityName"], TR.text(\.destination.recipientName)),
        (["ShipmentTypeName", "TransferTypeName"], TR.text(\.destination.transferType)),
        (["InvoiceNumber"], TR.text(\.destination.invoiceNumber)),
        (["PlannedRoute"], TR.text(\.destination.plannedRoute)),
        (["EstimatedDepartureDateTime"], TR.dateTime(\.destination.estimatedDeparture)),
        (["EstimatedArrivalDateTime"], TR.dateTime(\.destination.estimatedArrival)),
        (["ActualDepartureDateTime"], TR.dateTime(\.destination.actualDeparture)),
        (["ActualArrivalDateTime"], TR.dateTime(\.destination.actualArrival)),
        (["GrossWeight"], TR.decimal(\.grossWeight)),
        (["GrossUnitOfWeightName", "GrossUnitOfWeightAbbreviation"], TR.text(\.grossUnit)),
        (["TransporterFacilityLicenseNumber"], { c, s, p, r in
            r.transporter.licenseNumber = try c.stringField(&s, p); r.hasTransporter = true
        }),
        (["DriverName"], { c, s, p, r in r.transporter.driverName = try c.stringField(&s, p); r.hasTransporter = true }),
        (["DriverOccupationalLicenseNumber"], TR.text(\.transporter.driverOccupationalLicenseNumber)),
        (["DriverVehicleLicenseNumber", "DriverLicenseNumber"], TR.text(\.transporter.driverLicenseNumber)),
        (["PhoneNumberForQuestions"], TR.text(\.transporter.phone)),
        (["VehicleMake"], TR.text(\.transporter.vehicleMake)),
        (["VehicleModel"], TR.text(\.transporter.vehicleModel)),
        (["VehicleLicensePlateNumber"], { c, s, p, r in
            r.transporter.vehiclePlate = try c.stringField(&s, p); r.hasTransporter = true
        }),
        (["IsLayover"], TR.bool(\.transporter.isLayover)),
        (["TransporterEstimatedDepartureDateTime"], TR.dateTime(\.transporter.estimatedDeparture)),
        (["TransporterEstimatedArrivalDateTime"], TR.dateTime(\.transporter.estimatedArrival)),
        (["ShipmentTransporterDetails", "TransporterDetails"], { c, s, p, r in
            try c.forEachObject(&s, p) { c, s, dp in
                if let d = try readDetail(&c, &s, pointer: dp) { r.transporter.details.append(d.detail) }
            }
        }),
    ])

    static func readTransferRow(_ c: inout JSONCursor, _ sink: inout ImportSink, pointer: String,
                                options: InputOptions, into batch: inout ImportBatch) throws {
        let start = c.here
        let ref = sink.ref(start, pointer)
        var row = TransferRow()
        row.destination.source = ref
        row.transporter.source = ref
        try transferRow.decode(&c, &sink, pointer: pointer, into: &row)
        var m = Manifest(number: row.number, name: row.name, shipperLicenseNumber: row.shipper, source: ref)
        m.id = row.id
        m.shipperName = row.shipperName
        m.createdAt = row.createdAt
        m.system = "metrc"
        m.status = row.voided == true ? "voided" : (InputHints.manifestStatus(for: options.listHint) ?? "transfer")
        m.transporterLicenseNumber = row.transporter.licenseNumber
        var d = row.destination
        d.id = row.deliveryId
        if let g = row.grossWeight { d.grossWeight = Quantity(g, UnitNames.unit(row.grossUnit ?? "")) }
        if row.hasTransporter { d.transporters = [row.transporter] }
        // Outgoing rows name no recipient: the destination is filled in by the deliveries export,
        // or dropped (with a warning) by the assembler if none is read.
        if d.recipientLicenseNumber != nil || d.id != nil { m.destinations = [d] }
        batch.dataset.manifests.append(m)
    }

    /// Incoming lists have one row per delivery: rows of the same transfer become one manifest.
    static func groupTransfers(_ batch: inout ImportBatch) {
        var out: [Manifest] = []
        var index: [String: Int] = [:]
        for m in batch.dataset.manifests {
            guard let key = m.id ?? m.number else { out.append(m); continue }
            if let i = index[key] {
                for d in m.destinations where !out[i].destinations.contains(where: { $0.id != nil && $0.id == d.id }) {
                    out[i].destinations.append(d)
                }
            } else {
                index[key] = out.count
                out.append(m)
            }
        }
        batch.dataset.manifests = out
    }

    // MARK: deliveries

    struct DeliveryRow: Sendable {
        var id: String?
        var number: String?
        var destination = Destination()
        var grossWeight: Decimal?
        var grossUnit: String?
    }
    typealias DR = FieldSetter<DeliveryRow>
    static let deliveryRow = RecordDecoder<DeliveryRow>([
        (["Id"], DR.text(\.id)),
        (["ManifestNumber"], DR.text(\.number)),
        (["RecipientFacilityLicenseNumber", "RecipientLicenseNumber"], DR.text(\.destination.recipientLicenseNumber)),
        (["RecipientFacilityName"], DR.text(\.destination.recipientName)),
        (["ShipmentTypeName", "TransferTypeName"], DR.text(\.destination.transferType)),
        (["InvoiceNumber"], DR.text(\.destination.invoiceNumber)),
        (["PlannedRoute"], DR.text(\.destination.plannedRoute)),
        (["EstimatedDepartureDateTime"], DR.dateTime(\.destination.estimatedDeparture)),
        (["EstimatedArrivalDateTime"], DR.dateTime(\.destination.estimatedArrival)),
        (["ActualDepartureDateTime"], DR.dateTime(\.destination.actualDeparture)),
        (["ActualArrivalDateTime"], DR.dateTime(\.destination.actualArrival)),
        (["GrossWeight"], DR.decimal(\.grossWeight)),
        (["GrossUnitOfWeightName", "GrossUnitOfWeightAbbreviation"], DR.text(\.grossUnit)),
    ])

    static func readDelivery(_ c: inout JSONCursor, _ sink: inout ImportSink, pointer: String,
                             options: InputOptions, into batch: inout ImportBatch) throws {
        let ref = sink.ref(c.here, pointer)
        var row = DeliveryRow()
        row.destination.source = ref
        try deliveryRow.decode(&c, &sink, pointer: pointer, into: &row)
        var d = row.destination
        d.id = row.id
        if let g = row.grossWeight { d.grossWeight = Quantity(g, UnitNames.unit(row.grossUnit ?? "")) }
        batch.parts.deliveries.append(.init(deliveryId: row.id, manifestNumber: row.number,
                                            status: InputHints.manifestStatus(for: options.listHint), destination: d))
    }

    // MARK: delivery packages and transferred packages

    struct LineRow: Sendable {
        var line = ManifestLine()
        var deliveryId: String?
        var shippedUnitAbbrev: String?
        var quantity: Decimal?
        var received: Decimal?
        var receivedUnit: String?
        var gross: Decimal?
        var grossUnit: String?
        // /packages/v2/transferred rows also name the transfer
        var manifestNumber: String?
        var recipient: String?
        var recipientName: String?
        var departure: DateTime?
    }
    typealias LR = FieldSetter<LineRow>
    static let lineRow = RecordDecoder<LineRow>([
        (["PackageId"], LR.text(\.line.packageId)),
        (["PackageLabel", "Label"], LR.text(\.line.tag)),
        (["ItemName", "ProductName"], { c, s, p, r in
            if let v = try c.stringField(&s, p) { r.line.itemName = v }
        }),
        (["ShippedQuantity", "Quantity"], LR.decimal(\.quantity)),
        (["ShippedUnitOfMeasureName", "UnitOfMeasureName"], LR.text(\.line.unitName)),
        (["ShippedUnitOfMeasureAbbreviation", "UnitOfMeasureAbbreviation"], LR.text(\.shippedUnitAbbrev)),
        (["ReceivedQuantity"], LR.decimal(\.received)),
        (["ReceivedUnitOfMeasureName", "ReceivedUnitOfMeasureAbbreviation"], LR.text(\.receivedUnit)),
        (["ShipmentPackageState", "ShipmentPackageStateName"], LR.text(\.line.state)),
        (["GrossWeight"], LR.decimal(\.gross)),
        (["GrossUnitOfWeightName", "GrossUnitOfWeightAbbreviation"], LR.text(\.grossUnit)),
        (["ShipperWholesalePrice", "WholesalePrice"], LR.decimal(\.line.wholesalePrice)),
        (["ReceiverWholesalePrice"], LR.decimal(\.line.receiverWholesalePrice)),
        (["DeliveryId", "ShipmentDeliveryId"], LR.text(\.deliveryId)),
        (["ManifestNumber"], LR.text(\.manifestNumber)),
        (["RecipientFacilityLicenseNumber"], LR.text(\.recipient)),
        (["RecipientFacilityName"], LR.text(\.recipientName)),
        (["ActualDepartureDateTime"], LR.dateTime(\.departure)),
    ])

    static func readLineRow(_ c: inout JSONCursor, _ sink: inout ImportSink, pointer: String) throws -> LineRow {
        var row = LineRow()
        row.line.source = sink.ref(c.here, pointer)
        try lineRow.decode(&c, &sink, pointer: pointer, into: &row)
        if row.line.unitName == nil { row.line.unitName = row.shippedUnitAbbrev }
        if let q = row.quantity { row.line.quantity = Quantity(q, UnitNames.unit(row.line.unitName ?? "")) }
        if let q = row.received {
            row.line.receivedQuantity = Quantity(q, UnitNames.unit(row.receivedUnit ?? row.line.unitName ?? ""))
        }
        if let g = row.gross { row.line.grossWeight = Quantity(g, UnitNames.unit(row.grossUnit ?? "")) }
        return row
    }

    static func readDeliveryPackage(_ c: inout JSONCursor, _ sink: inout ImportSink, pointer: String,
                                    options: InputOptions, into batch: inout ImportBatch) throws {
        let row = try readLineRow(&c, &sink, pointer: pointer)
        batch.parts.lines.append(.init(deliveryId: row.deliveryId ?? options.endpointId,
                                       status: InputHints.manifestStatus(for: options.listHint),
                                       fileLabel: InputHints.fileName(sink.path), line: row.line))
    }

    /// `/packages/v2/transferred`: rows of the same manifest and recipient become one destination.
    static func readTransferredPackage(_ c: inout JSONCursor, _ sink: inout ImportSink, pointer: String,
                                       options: InputOptions, into batch: inout ImportBatch) throws {
        let row = try readLineRow(&c, &sink, pointer: pointer)
        let ds = batch.dataset
        if let mi = ds.manifests.lastIndex(where: { $0.number == row.manifestNumber }) {
            if let di = ds.manifests[mi].destinations.firstIndex(where: { $0.recipientLicenseNumber == row.recipient }) {
                batch.dataset.manifests[mi].destinations[di].lines.append(row.line)
            } else {
                var d = Destination(recipientLicenseNumber: row.recipient, lines: [row.line], source: row.line.source)
                d.recipientName = row.recipientName
                d.actualDeparture = row.departure
                batch.dataset.manifests[mi].destinations.append(d)
            }
            return
        }
        var d = Destination(recipientLicenseNumber: row.recipient, lines: [row.line], source: row.line.source)
        d.recipientName = row.recipientName
        d.actualDeparture = row.departure
        var m = Manifest(number: row.manifestNumber, destinations: [d], source: row.line.source)
        m.system = "metrc"
        m.status = "outgoing"
        m.shipperLicenseNumber = options.owner
        batch.dataset.manifests.append(m)
    }

    // MARK: wholesale, transporters, details

    static let wholesaleRow = RecordDecoder<TransferParts.WholesalePart>([
        (["PackageId"], FieldSetter.text(\.packageId)),
        (["PackageLabel"], FieldSetter.text(\.tag)),
        (["ShipperWholesalePrice"], FieldSetter.decimal(\.shipperPrice)),
        (["ReceiverWholesalePrice"], FieldSetter.decimal(\.receiverPrice)),
        (["DeliveryId", "ShipmentDeliveryId"], FieldSetter.text(\.deliveryId)),
    ])

    static func readWholesale(_ c: inout JSONCursor, _ sink: inout ImportSink, pointer: String,
                              options: InputOptions, into batch: inout ImportBatch) throws {
        var w = TransferParts.WholesalePart(source: sink.ref(c.here, pointer))
        try wholesaleRow.decode(&c, &sink, pointer: pointer, into: &w)
        if w.deliveryId == nil { w.deliveryId = options.endpointId }
        batch.parts.wholesale.append(w)
    }

    static let transporterRow = RecordDecoder<TransferParts.TransporterPart>([
        (["ShipmentDeliveryId", "DeliveryId"], FieldSetter.text(\.deliveryId)),
        (["TransporterFacilityLicenseNumber"], FieldSetter.text(\.transporter.licenseNumber)),
    ])

    static func readTransporter(_ c: inout JSONCursor, _ sink: inout ImportSink, pointer: String,
                                options: InputOptions, into batch: inout ImportBatch) throws {
        var t = TransferParts.TransporterPart(transporter: Transporter(source: sink.ref(c.here, pointer)))
        try transporterRow.decode(&c, &sink, pointer: pointer, into: &t)
        if t.deliveryId == nil { t.deliveryId = options.endpointId }
        batch.parts.transporters.append(t)
    }

    static let detailRow = RecordDecoder<TransferParts.DetailPart>([
        (["ShipmentDeliveryId", "DeliveryId"], FieldSetter.text(\.deliveryId)),
        (["DriverName"], FieldSetter.text(\.detail.driverName)),
        (["DriverOccupationalLicenseNumber"], FieldSetter.text(\.detail.driverOccupationalLicenseNumber)),
        (["DriverVehicleLicenseNumber", "DriverLicenseNumber"], FieldSetter.text(\.detail.driverLicenseNumber)),
        (["DriverLayoverLeg"], FieldSetter.text(\.detail.layoverLeg)),
        (["VehicleMake"], FieldSetter.text(\.detail.vehicleMake)),
        (["VehicleModel"], FieldSetter.text(\.detail.vehicleModel)),
        (["VehicleLicensePlateNumber"], FieldSetter.text(\.detail.vehiclePlate)),
    ])

    static func readDetail(_ c: inout JSONCursor, _ sink: inout ImportSink, pointer: String) throws -> TransferParts.DetailPart? {
        var d = TransferParts.DetailPart(detail: TransporterDetail(source: sink.ref(c.here, pointer)))
        guard try detailRow.decode(&c, &sink, pointer: pointer, into: &d) else { return nil }
        return d
    }

    static func readDetailRow(_ c: inout JSONCursor, _ sink: inout ImportSink, pointer: String,
                              options: InputOptions, into batch: inout ImportBatch) throws {
        guard var d = try readDetail(&c, &sink, pointer: pointer) else { return }
        if d.deliveryId == nil { d.deliveryId = options.endpointId }
        batch.parts.details.append(d)
    }
}
