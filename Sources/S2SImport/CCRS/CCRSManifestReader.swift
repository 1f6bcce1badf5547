import Foundation
import S2SModel

/// Reads Washington CCRS `Manifest.CSV` (since January 2023): a key/value block (`SubmittedBy`,
/// `SubmittedDate`, `NumberRecords`, `ExternalManifestIdentifier`, `Header Operation`,
/// `TransportationType`, `OriginLicenseNumber`, `DriverName`, `DepartureDateTime`, `VIN #`, …,
/// `DestinationLicenseNumber`), then the item table (`InventoryExternalIdentifier`, `Quantity`,
/// `UOM`, …). It becomes one draft manifest with one destination; `SubmittedDate` is kept on it
/// (`submittedOn`, and the start of that day in the jurisdiction's zone). Key spellings vary
/// (`Header Operation`/`HeaderOperation`, `VIN #`/`VIN#`): keys are matched ignoring spaces and
/// punctuation.
enum CCRSManifestReader {
    static func isManifest(_ t: CSVTable) -> Bool {
        t.rows.prefix(12).contains { CSVHeader.normalize($0.fields.first ?? "") == "externalmanifestidentifier" }
    }

    static func read(_ table: CSVTable, _ sink: inout ImportSink, _ ds: inout Dataset) {
        var values: [String: (String, CSVTable.Row)] = [:]
        var itemHeader: Int?
        for (i, row) in table.rows.enumerated() {
            let key = CSVHeader.normalize(row.fields.first ?? "")
            if key == "inventoryexternalidentifier" || key == "plantexternalidentifier" { itemHeader = i; break }
            if key.isEmpty { continue }
            let v = row.fields.count > 1 ? row.fields[1].trimmingSpaces() : ""
            values[key] = (v, row)
        }
        func value(_ keys: String...) -> String? {
            for k in keys { if let (v, _) = values[CSVHeader.normalize(k)], !v.isEmpty { return v } }
            return nil
        }
        func dateTime(_ key: String) -> DateTime? {
            guard let (v, row) = values[CSVHeader.normalize(key)], !v.isEmpty else { return nil }
            if let p = CSVDates.timestamp(v) { return sink.zone.dateTime(p) }
            sink.problem("\(key) is \"\(v)\", which is not a date and time", code: "csv.not-a-datetime",
                         offset: row.offsets.count > 1 ? row.offsets[1] : 0, pointer: "row \(row.line)",
                         hint: "write it as MM/DD/YYYY hh:mm:ss AM")
            return nil
        }
        let firstRef = table.rows.first.map { CSVRowReader(row: $0, header: []).ref(sink) } ?? sink.ref(0, "")
        var m = Manifest(name: value("ExternalManifestIdentifier"), shipperLicenseNumber: value("OriginLicenseNumber"),
                         source: values[CSVHeader.normalize("ExternalManifestIdentifier")].map { CSVRowReader(row: $0.1, header: []).ref(sink) } ?? firstRef)
        m.system = "ccrs"
        m.status = value("Header Operation", "HeaderOperation")?.uppercased() == "DELETE" ? "voided" : "draft"
        m.transporterLicenseNumber = value("TransportationLicenseNumber")
        if let (v, row) = values["submitteddate"], !v.isEmpty {
            if let d = CSVDates.day(v) {
                m.submittedOn = d
                m.submittedEarliest = sink.zone.dateTime(.day(d))
            } else {
                sink.problem("SubmittedDate is \"\(v)\", which is not a date", code: "csv.not-a-date",
                             offset: row.offsets.count > 1 ? row.offsets[1] : 0, pointer: "row \(row.line)",
                             hint: "write the date as MM/DD/YYYY")
            }
        }
        var d = Destination(recipientLicenseNumber: value("DestinationLicenseNumber"), source: m.source)
        d.transferType = value("TransportationType")
        d.estimatedDeparture = dateTime("DepartureDateTime")
        d.estimatedArrival = dateTime("ArrivalDateTime")
        var t = Transporter(licenseNumber: m.transporterLicenseNumber, driverName: value("DriverName"),
                            vehiclePlate: value("VehiclePlateNumber"), source: m.source)
        t.vehicleMake = value("VehicleMake")
        t.vehicleModel = value("VehicleModel")
        t.phone = value("OriginLicenseePhone")
        if t.driverName != nil || t.vehiclePlate != nil || t.licenseNumber != nil { d.transporters = [t] }
        if m.name == nil {
            sink.problem("the manifest has no ExternalManifestIdentifier", code: "ccrs.manifest.id", offset: m.source.offset,
                         pointer: m.source.pointer)
        }
        var declared: (Int, CSVTable.Row)?
        if let (v, row) = values["numberrecords"] {
            if let n = Int(v) { declared = (n, row) } else {
                sink.problem("NumberRecords is \"\(v)\", which is not a whole number", code: "ccrs.number-records",
                             offset: row.offsets.first ?? 0, pointer: "row \(row.line)")
            }
        }
        guard let h = itemHeader else {
            sink.problem("the manifest has no item table (a header row starting InventoryExternalIdentifier)",
                         code: "ccrs.manifest.items", offset: m.source.offset, pointer: m.source.pointer)
            m.destinations = [d]
            ds.manifests.append(m)
            return
        }
        let headerRow = table.rows[h]
        let cols = CCRSReader.Columns(CSVHeader(headerRow.fields))
        let rows = table.rows.dropFirst(h + 1).filter { !$0.fields.allSatisfy { $0.trimmingSpaces().isEmpty } }
        if let (n, row) = declared, n != rows.count {
            sink.problem("NumberRecords says \(n) but the manifest lists \(rows.count) item\(rows.count == 1 ? "" : "s") (CCRS rejects it: \"CheckSum and number of records don't match\")",
                         code: "ccrs.number-records", offset: row.offsets.first ?? 0, pointer: "row \(row.line)")
        }
        for row in rows {
            let r = CSVRowReader(row: row, header: headerRow.fields)
            var l = ManifestLine(tag: r.text(cols["InventoryExternalIdentifier"]) ?? r.text(cols["PlantExternalIdentifier"]),
                                 source: r.ref(sink))
            l.unitName = r.text(cols["UOM"])
            if let q = r.decimal(cols["Quantity"], &sink) {
                l.quantity = Quantity(q, l.unitName.map { MeasureUnit(parsing: $0) } ?? CCRSReader.pendingUnit)
            }
            _ = r.decimal(cols["WeightPerUnit"], &sink)   // checked as a number; the model keeps no per-unit weight on lines
            l.itemName = r.text(cols["Description"])
            if l.tag == nil {
                sink.problem("\(r.rowName) names neither InventoryExternalIdentifier nor PlantExternalIdentifier",
                             code: "ccrs.manifest.item", offset: l.source.offset, pointer: r.rowName)
            }
            d.lines.append(l)
        }
        m.destinations = [d]
        ds.manifests.append(m)
    }
}
