import Foundation
import S2SModel

/// Reads BioTrackTHC legacy JSON API responses (`serverjson.asp`, v2013/2014): the envelope
/// `{"success": 1, "<collection>": […], "sessiontime": …}` (a `{"success": 0, "error": …}` envelope is
/// reported as an error), `sync_inventory` → packages, `sync_manifest` (`manifest`,
/// `manifest_stop_data`, `manifest_stop_items` joined by `manifestid` and `stopnumber`) →
/// manifests with a destination per stop, `sync_vendor` → licenses (with no status: BioTrack does
/// not send one), `sync_inventory_qa_sample` and `inventory_qa_check` → lab results, and the
/// `inventory_manifest` request (a draft manifest). Numbers may be strings, times are unix
/// seconds, ids are 16-digit strings kept as written.
public enum BioTrackReader {
    static func readDocument(_ c: inout JSONCursor, members: [String: JSONInputReader.Member],
                             _ sink: inout ImportSink, _ options: InputOptions, _ batch: inout ImportBatch) throws -> InputKind? {
        func member(_ n: String) -> JSONInputReader.Member? { members[n] }
        if let s = member("success") {
            c.seek(to: s.at)
            let ok = try c.boolField(&sink, "/" + s.name)
            if ok != true {
                var message = "the BioTrack response reports a failure"
                if let e = member("error") {
                    c.seek(to: e.at)
                    if let text = try c.stringField(&sink, "/error") { message += ": \(text)" }
                }
                if let e = member("errorcode") {
                    c.seek(to: e.at)
                    if let code = try c.stringField(&sink, "/errorcode") { message += " (error code \(code))" }
                }
                sink.problem(message + "; the file holds no records", code: "biotrack.error", offset: s.at, pointer: "/success",
                             hint: "export the data again; a failed call (expired session 63, missing privilege 62, validation 602) returns no data")
                return nil
            }
        }
        if let so = member("stop_overview") {
            c.seek(to: 0)
            try readManifestRequest(&c, stops: so, members: members, &sink, options, &batch)
            return .biotrackManifestRequest
        }
        if let m = member("manifest") {
            try readManifests(&c, header: m, stops: member("manifest_stop_data"), items: member("manifest_stop_items"),
                              &sink, options, &batch)
            return .biotrackManifest
        }
        let collections: [(String, InputKind, JSONRowFormat.Decode)] = [
            ("inventory", .biotrackInventory, readInventory),
            ("vendor", .biotrackVendors, readVendor),
            ("inventory_qa_sample", .biotrackQASamples, readQASample),
        ]
        for (name, kind, decode) in collections {
            guard let m = member(name) else { continue }
            c.seek(to: m.at)
            try c.forEachObject(&sink, "/" + m.name) { c, s, p in try decode(&c, &s, p, options, &batch) }
            if kind == .biotrackVendors { noteNoStatus(&sink, batch.dataset.licenses.count) }
            return kind
        }
        if let d = member("data"), d.kind == UInt8(ascii: "{") {
            c.seek(to: d.at)
            try readQACheck(&c, &sink, pointer: "/" + d.name, options: options, into: &batch)
            return .biotrackQACheck
        }
        let names = members.values.filter { $0.kind == UInt8(ascii: "[") || $0.kind == UInt8(ascii: "{") }.map(\.name).sorted()
        sink.problem("a BioTrack response holding \(names.isEmpty ? "no list" : names.joined(separator: ", ")), which s2slint does not read; tried: "
                     + "inventory (sync_inventory), manifest + manifest_stop_data + manifest_stop_items (sync_manifest), "
                     + "vendor (sync_vendor), inventory_qa_sample (sync_inventory_qa_sample), data.test (inventory_qa_check), "
                     + "stop_overview (inventory_manifest request)",
                     code: "input.unrecognised", offset: 0, pointer: "")
        return nil
    }

    static func noteNoStatus(_ sink: inout ImportSink, _ count: Int) {
        guard count > 0 else { return }
        sink.problem("BioTrack vendor lists carry no license status: the \(count) licenses read have status unknown (never treated as active)",
                     code: "roster.no-status", offset: 0, pointer: "", level: .note,
                     hint: "give a state roster (--licenses) for the counterparties' status")
    }

    /// Rows without the envelope (a bare array exported by a tool).
    static let rowFormats: [JSONRowFormat] = [
        JSONRowFormat(kind: .biotrackInventory,
                      signature: ["inventorytype", "remaining_quantity", "strain", "productname", "inventoryparentid",
                                  "currentroom", "sessiontime", "usable_weight"],
                      minimumMatches: 3, required: [["inventorytype", "remaining_quantity"]], decodeRow: readInventory),
        JSONRowFormat(kind: .biotrackVendors,
                      signature: ["ubi", "locationtype", "producer", "processor", "retail", "medical", "location", "name"],
                      minimumMatches: 4, required: [["location", "name"]], decodeRow: readVendor,
                      finish: { b, sink in noteNoStatus(&sink, b.dataset.licenses.count) }),
        JSONRowFormat(kind: .biotrackQASamples,
                      signature: ["inventoryid", "parentid", "lab_license", "sample_use", "result", "quantity"],
                      minimumMatches: 4, required: [["inventoryid", "lab_license"]], decodeRow: readQASample),
    ]

    // MARK: inventory

    struct InventoryRow: Sendable {
        var p = Package(tag: "")
        var typeCode: String?
        var quantity: Decimal?
        var usableWeight: Decimal?
        var deleted: Bool?
        var seized: Bool?
    }
    typealias IR = FieldSetter<InventoryRow>
    static let inventoryRow = RecordDecoder<InventoryRow>([
        (["id"], IR.text(\.p.id)),
        (["location"], IR.text(\.p.ownerLicenseNumber)),
        (["inventorytype"], IR.text(\.typeCode)),
        (["strain"], IR.text(\.p.item.strain)),
        (["productname"], IR.text(\.p.item.name)),
        (["remaining_quantity"], IR.decimal(\.quantity)),
        (["usable_weight"], IR.decimal(\.usableWeight)),
        (["inventoryparentid", "parentid"], { c, s, p, r in
            for id in try c.idListField(&s, p) where !r.p.sourcePackageTags.contains(id) { r.p.sourcePackageTags.append(id) }
        }),
        (["currentroom"], IR.text(\.p.location)),
        (["inventorystatus"], IR.text(\.p.labTestingState)),
        (["inventorystatustime"], { c, s, p, r in r.p.labTestingStateDate = try c.unixTimeField(&s, p)?.localDay }),
        (["is_sample"], IR.bool(\.p.isTestingSample)),
        (["seized"], IR.bool(\.seized)),
        (["deleted"], IR.bool(\.deleted)),
        (["sessiontime"], { c, s, p, r in r.p.lastModified = try c.unixTimeField(&s, p) }),
    ])

    static func readInventory(_ c: inout JSONCursor, _ sink: inout ImportSink, _ pointer: String,
                              _ options: InputOptions, _ batch: inout ImportBatch) throws {
        let ref = sink.ref(c.here, pointer)
        var r = InventoryRow()
        r.p.source = ref
        r.p.item.source = ref
        try inventoryRow.decode(&c, &sink, pointer: pointer, into: &r)
        var p = r.p
        guard let id = p.id, !id.isEmpty else {
            sink.problem("inventory at \(pointer) has no id (the 16-digit barcode)", code: "biotrack.inventory.id",
                         offset: ref.offset, pointer: pointer)
            return
        }
        p.tag = id
        if p.ownerLicenseNumber == nil { p.ownerLicenseNumber = options.owner }
        var unit: MeasureUnit?
        if let t = r.typeCode, let code = Int(t) {
            p.item.categoryType = t
            p.item.category = BioTrackCodes.inventoryTypes[code]
            unit = BioTrackCodes.unit(forType: code)
        }
        if let q = r.quantity {
            if let unit {
                p.quantity = Quantity(q, unit)
                p.unitName = unit.symbol
            } else {
                p.quantity = Quantity(q, .other("unknown type"))
                sink.problem("inventory \(id) has inventorytype \(r.typeCode ?? "(none)"), whose unit is not known; its quantity cannot be compared",
                             code: "biotrack.inventory.unit", offset: ref.offset, pointer: pointer, level: .warning)
            }
        }
        if let w = r.usableWeight { p.item.unitWeight = Quantity(w, .gram) }
        if r.seized == true { p.onHold = true }
        p.status = r.deleted == true ? "inactive" : "active"
        batch.dataset.packages.append(p)
    }

    // MARK: vendors → licenses

    struct VendorRow: Sendable {
        var number: String?
        var name: String?
        var ubi: String?
        var state: String?
        var producer: Bool?
        var processor: Bool?
        var retail: Bool?
        var medical: Bool?
        var deleted: Bool?
        var locationType: String?
    }
    typealias VR = FieldSetter<VendorRow>
    static let vendorRow = RecordDecoder<VendorRow>([
        (["location"], VR.text(\.number)),
        (["name"], VR.text(\.name)),
        (["ubi"], VR.text(\.ubi)),
        (["state"], VR.text(\.state)),
        (["producer"], VR.bool(\.producer)),
        (["processor"], VR.bool(\.processor)),
        (["retail"], VR.bool(\.retail)),
        (["medical"], VR.bool(\.medical)),
        (["deleted"], VR.bool(\.deleted)),
        (["locationtype"], VR.text(\.locationType)),
    ])

    static func readVendor(_ c: inout JSONCursor, _ sink: inout ImportSink, _ pointer: String,
                           _ options: InputOptions, _ batch: inout ImportBatch) throws {
        let ref = sink.ref(c.here, pointer)
        var r = VendorRow()
        try vendorRow.decode(&c, &sink, pointer: pointer, into: &r)
        guard let number = r.number?.trimmingSpaces(), !number.isEmpty else {
            sink.problem("vendor at \(pointer) has no location (license number)", code: "biotrack.vendor.location",
                         offset: ref.offset, pointer: pointer)
            return
        }
        var kinds: [String] = []
        if r.producer == true { kinds.append("producer") }
        if r.processor == true { kinds.append("processor") }
        if r.retail == true { kinds.append("retail") }
        var lic = License(number: number, legalName: r.name, type: kinds.isEmpty ? r.locationType : kinds.joined(separator: ", "),
                          status: .unknown, jurisdiction: r.state, source: ref)
        if r.medical == true { lic.designation = "medical" }
        if r.deleted == true { lic.statusText = "deleted from the vendor list" }
        batch.dataset.licenses.append(lic)
    }

    // MARK: manifests (sync_manifest)

    struct HeaderRow: Sendable {
        var m = Manifest()
        var originLicense: String?
        var location: String?
        var deleted: Bool?
        var transporter = Transporter()
        var fulfilled: Bool?
    }
    typealias HR = FieldSetter<HeaderRow>
    static let headerRow = RecordDecoder<HeaderRow>([
        (["manifestid"], HR.text(\.m.id)),
        (["origination_license_number"], HR.text(\.originLicense)),
        (["location"], HR.text(\.location)),
        (["origination_name"], HR.text(\.m.shipperName)),
        (["completion_date"], { c, s, p, r in r.m.createdAt = try c.unixTimeField(&s, p) }),
        (["transporter_name"], HR.text(\.transporter.driverName)),
        (["transporter_vehicle_details"], HR.text(\.transporter.vehicleModel)),
        (["transporter_vehicle_identification"], HR.text(\.transporter.vehiclePlate)),
        (["fulfilled"], HR.bool(\.fulfilled)),
        (["deleted"], HR.bool(\.deleted)),
    ])

    struct StopRow: Sendable {
        var manifestId: String?
        var d = Destination()
        var deleted: Bool?
    }
    typealias SR = FieldSetter<StopRow>
    static let stopRow = RecordDecoder<StopRow>([
        (["manifestid"], SR.text(\.manifestId)),
        (["stopnumber"], SR.text(\.d.id)),
        (["license_number"], SR.text(\.d.recipientLicenseNumber)),
        (["name"], SR.text(\.d.recipientName)),
        (["arrive_time"], { c, s, p, r in r.d.estimatedArrival = try c.unixTimeField(&s, p) }),
        (["depart_time"], { c, s, p, r in r.d.estimatedDeparture = try c.unixTimeField(&s, p) }),
        (["travel_route"], SR.text(\.d.plannedRoute)),
        (["deleted"], SR.bool(\.deleted)),
    ])

    struct ItemRow: Sendable {
        var manifestId: String?
        var stop: String?
        var l = ManifestLine()
        var quantity: Decimal?
        var deleted: Bool?
    }
    typealias ITR = FieldSetter<ItemRow>
    static let itemRow = RecordDecoder<ItemRow>([
        (["manifestid"], ITR.text(\.manifestId)),
        (["stopnumber"], ITR.text(\.stop)),
        (["inventoryid", "barcodeid"], ITR.text(\.l.tag)),
        (["quantity"], ITR.decimal(\.quantity)),
        (["description"], ITR.text(\.l.itemName)),
        (["deleted"], ITR.bool(\.deleted)),
    ])

    static func readManifests(_ c: inout JSONCursor, header: JSONInputReader.Member, stops: JSONInputReader.Member?,
                              items: JSONInputReader.Member?, _ sink: inout ImportSink, _ options: InputOptions,
                              _ batch: inout ImportBatch) throws {
        var manifests: [Manifest] = []
        var byId: [String: Int] = [:]
        var pendingTransporter: [String: Transporter] = [:]   // the header's driver and vehicle, for its stops
        c.seek(to: header.at)
        try c.forEachObject(&sink, "/" + header.name) { c, s, p in
            var r = HeaderRow()
            r.m.source = s.ref(c.here, p)
            r.transporter.source = r.m.source
            try headerRow.decode(&c, &s, pointer: p, into: &r)
            var m = r.m
            m.number = m.id
            m.system = "biotrack"
            m.shipperLicenseNumber = r.originLicense ?? r.location
            m.status = r.deleted == true ? "voided" : (r.fulfilled == true ? "fulfilled" : "outgoing")
            if r.transporter.driverName != nil || r.transporter.vehiclePlate != nil {
                pendingTransporter[m.id ?? ""] = r.transporter
            }
            if let id = m.id { byId[id] = manifests.count }
            manifests.append(m)
        }
        var stopIndex: [String: (Int, Int)] = [:]
        if let stops {
            c.seek(to: stops.at)
            try c.forEachObject(&sink, "/" + stops.name) { c, s, p in
                var r = StopRow()
                r.d.source = s.ref(c.here, p)
                try stopRow.decode(&c, &s, pointer: p, into: &r)
                guard let mid = r.manifestId, let mi = byId[mid] else {
                    s.problem("stop \(r.d.id ?? "?") names manifest \(r.manifestId ?? "(none)"), which is not in the manifest list",
                              code: "biotrack.manifest.join", offset: r.d.source.offset, pointer: p)
                    return
                }
                if r.deleted == true { return }
                if let t = pendingTransporter[mid] { r.d.transporters = [t] }
                manifests[mi].destinations.append(r.d)
                stopIndex[mid + "#" + (r.d.id ?? "")] = (mi, manifests[mi].destinations.count - 1)
            }
        }
        if let items {
            c.seek(to: items.at)
            try c.forEachObject(&sink, "/" + items.name) { c, s, p in
                var r = ItemRow()
                r.l.source = s.ref(c.here, p)
                try itemRow.decode(&c, &s, pointer: p, into: &r)
                guard let (mi, di) = stopIndex[(r.manifestId ?? "") + "#" + (r.stop ?? "")] else {
                    s.problem("item \(r.l.tag ?? "?") names manifest \(r.manifestId ?? "(none)") stop \(r.stop ?? "(none)"), which is not in the stop list",
                              code: "biotrack.manifest.join", offset: r.l.source.offset, pointer: p)
                    return
                }
                if r.deleted == true { return }
                r.l.packageId = r.l.tag
                // the unit is the package's (its inventorytype), settled after the inventory is read
                if let q = r.quantity { r.l.quantity = Quantity(q, .other("unknown")) }
                manifests[mi].destinations[di].lines.append(r.l)
            }
        }
        batch.dataset.manifests += manifests
    }

    // MARK: inventory_manifest request (a draft)

    struct RequestStop: Sendable {
        var d = Destination()
        var stopNumber: String?
    }
    typealias RS = FieldSetter<RequestStop>
    static let requestStop = RecordDecoder<RequestStop>([
        (["stop_number"], RS.text(\.stopNumber)),
        (["vendor_license"], RS.text(\.d.recipientLicenseNumber)),
        (["approximate_departure"], { c, s, p, r in r.d.estimatedDeparture = try c.unixTimeField(&s, p) }),
        (["approximate_arrival"], { c, s, p, r in r.d.estimatedArrival = try c.unixTimeField(&s, p) }),
        (["approximate_route"], RS.text(\.d.plannedRoute)),
        (["barcodeid"], { c, s, p, r in
            let at = c.here
            for (k, tag) in try c.idListField(&s, p).enumerated() {
                var l = ManifestLine(tag: tag, source: s.ref(at, p + "/\(k)"))
                l.packageId = tag
                r.d.lines.append(l)
            }
        }),
    ])

    static func readManifestRequest(_ c: inout JSONCursor, stops: JSONInputReader.Member,
                                    members: [String: JSONInputReader.Member], _ sink: inout ImportSink,
                                    _ options: InputOptions, _ batch: inout ImportBatch) throws {
        c.seek(to: 0)
        var m = Manifest(source: sink.ref(c.here, ""))
        m.system = "biotrack"
        m.status = "draft"
        if let l = members["location"] {
            c.seek(to: l.at)
            m.shipperLicenseNumber = try c.stringField(&sink, "/location")
        }
        c.seek(to: stops.at)
        try c.forEachObject(&sink, "/" + stops.name) { c, s, p in
            var r = RequestStop()
            r.d.source = s.ref(c.here, p)
            try requestStop.decode(&c, &s, pointer: p, into: &r)
            r.d.id = r.stopNumber
            m.destinations.append(r.d)
        }
        batch.dataset.manifests.append(m)
    }

    // MARK: lab results

    struct SampleRow: Sendable {
        var r = LabResult()
        var result: String?
    }
    typealias QS = FieldSetter<SampleRow>
    static let sampleRow = RecordDecoder<SampleRow>([
        (["inventoryid"], QS.text(\.r.sampleTag)),
        (["parentid"], { c, s, p, r in r.r.sourceTag = try c.idListField(&s, p).first }),
        (["lab_license"], QS.text(\.r.labLicenseNumber)),
        (["result"], QS.text(\.result)),
        (["strain"], QS.text(\.r.productName)),
    ])

    static func readQASample(_ c: inout JSONCursor, _ sink: inout ImportSink, _ pointer: String,
                             _ options: InputOptions, _ batch: inout ImportBatch) throws {
        var row = SampleRow()
        row.r.source = sink.ref(c.here, pointer)
        try sampleRow.decode(&c, &sink, pointer: pointer, into: &row)
        row.r.overallPassed = BioTrackCodes.passed(row.result)
        row.r.packageId = row.r.sourceTag
        batch.dataset.labResults.append(row.r)
    }

    /// `inventory_qa_check`: `data{lab_license, parent_id, barcode_id, sample_id, result, test[{type, <analyte>: "value", …}]}`.
    /// Each analyte becomes a panel named `<test type>: <analyte>` with its value as the level.
    static func readQACheck(_ c: inout JSONCursor, _ sink: inout ImportSink, pointer: String,
                            options: InputOptions, into batch: inout ImportBatch) throws {
        var row = SampleRow()
        row.r.source = sink.ref(c.here, pointer)
        let check = RecordDecoder<SampleRow>([
            (["lab_license"], QS.text(\.r.labLicenseNumber)),
            (["parent_id"], { c, s, p, r in r.r.sourceTag = try c.idListField(&s, p).first }),
            (["barcode_id"], QS.text(\.r.sampleTag)),
            (["sample_id"], QS.text(\.r.id)),
            (["result"], QS.text(\.result)),
            (["test"], { c, s, p, r in
                try c.forEachObject(&s, p) { c, s, tp in
                    let at = c.here
                    var type: String?
                    var values: [(String, Decimal?, SourcePoint)] = []
                    try c.beginObject()
                    var first = true
                    while let key = try c.nextKey(first: &first) {
                        let name = key.text
                        if name == "type" { type = try c.stringField(&s, tp + "/type"); continue }
                        let vat = c.here
                        values.append((name, try c.decimalField(&s, tp + "/" + name), vat))
                    }
                    let typeName = type.flatMap { Int($0) }.flatMap { BioTrackCodes.testTypes[$0] } ?? "test type \(type ?? "?")"
                    if values.isEmpty { r.r.panels.append(LabPanel(name: typeName, source: s.ref(at, tp))) }
                    for (name, v, vat) in values {
                        r.r.panels.append(LabPanel(name: "\(typeName): \(name)", level: v, source: s.ref(vat, tp + "/" + name)))
                    }
                }
            }),
        ])
        try check.decode(&c, &sink, pointer: pointer, into: &row)
        row.r.overallPassed = BioTrackCodes.passed(row.result)
        row.r.packageId = row.r.sourceTag
        batch.dataset.labResults.append(row.r)
    }
}
