import Foundation
import S2SModel

/// Readers for Metrc's reference lists: facilities, item categories, units of measure, lab-test
/// batches and types, transfer types, drivers and vehicles. Each row becomes one record.
enum MetrcReferenceReaders {
    // MARK: facilities (/facilities/v1|v2, a bare array)

    typealias F = FieldSetter<Facility>
    static let licenseObject = RecordDecoder<Facility>([
        (["Number"], F.text(\.licenseNumber)),
        (["StartDate"], F.day(\.licenseStartDate)),
        (["EndDate"], F.day(\.licenseEndDate)),
        (["LicenseType"], F.text(\.licenseType)),
    ])
    /// `FacilityType`: every true/false member is kept by name.
    static let facilityType = RecordDecoder<Facility>([], other: { key, c, s, p, f in
        let b = c.peek()
        guard b == UInt8(ascii: "t") || b == UInt8(ascii: "f") else { return false }
        f.capabilities[key.text] = try c.readBool()
        _ = s
        _ = p
        return true
    })
    static let facility = RecordDecoder<Facility>([
        (["FacilityId", "Id"], F.text(\.id)),
        (["Name"], F.text(\.name)),
        (["DisplayName"], F.text(\.displayName)),
        (["CredentialedDate"], F.day(\.credentialedDate)),
        (["AllowTransferOfOnHoldPackages"], F.bool(\.allowTransferOfOnHoldPackages)),
        (["AllowTransferOfOnRecallPackages"], F.bool(\.allowTransferOfOnRecallPackages)),
        (["License"], { c, s, p, f in
            if c.consumeNull() { return }
            try licenseObject.decode(&c, &s, pointer: p, into: &f)
        }),
        (["FacilityType"], { c, s, p, f in
            if c.consumeNull() { return }
            try facilityType.decode(&c, &s, pointer: p, into: &f)
        }),
    ])

    static func readFacility(_ c: inout JSONCursor, _ sink: inout ImportSink, pointer: String,
                             options: InputOptions, into batch: inout ImportBatch) throws {
        var f = Facility(source: sink.ref(c.here, pointer))
        try facility.decode(&c, &sink, pointer: pointer, into: &f)
        if f.licenseNumber == nil {
            sink.problem("facility at \(pointer) has no License.Number", code: "metrc.facility.license",
                         offset: f.source.offset, pointer: pointer, level: .warning)
        }
        batch.dataset.facilities.append(f)
    }

    // MARK: items (/items/v2/active|inactive|{id}; the create request)

    static func readItem(_ c: inout JSONCursor, _ sink: inout ImportSink, pointer: String,
                         options: InputOptions, into batch: inout ImportBatch) throws {
        if let item = try readItemObject(&c, &sink, pointer: pointer) { batch.dataset.items.append(item) }
    }

    // MARK: item categories (/items/v2/categories)

    typealias IC = FieldSetter<ItemCategory>
    static let category = RecordDecoder<ItemCategory>([
        (["Name"], IC.text(\.name)),
        (["ProductCategoryType"], IC.text(\.categoryType)),
        (["QuantityType"], IC.text(\.quantityType)),
        (["LabTestBatchNames"], IC.list(\.labTestBatchNames)),
    ], other: { key, c, s, p, cat in
        let name = key.text
        let b = c.peek()
        if b == UInt8(ascii: "t") || b == UInt8(ascii: "f") {
            let v = try c.readBool()
            if name.hasPrefix("Requires") { if v { cat.requirements.append(name) } } else { cat.flags[name] = v }
            return true
        }
        // photo requirements are counts (0 = not required)
        if name.hasPrefix("Requires"), let b, b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9") {
            if let n = try c.decimalField(&s, p), n > 0 { cat.requirements.append(name) }
            return true
        }
        return false
    })

    static func readCategory(_ c: inout JSONCursor, _ sink: inout ImportSink, pointer: String,
                             options: InputOptions, into batch: inout ImportBatch) throws {
        var cat = ItemCategory(source: sink.ref(c.here, pointer))
        try category.decode(&c, &sink, pointer: pointer, into: &cat)
        batch.dataset.itemCategories.append(cat)
    }

    // MARK: units of measure (/unitsofmeasure/v2/active|inactive, a bare array)

    static let unit = RecordDecoder<UnitOfMeasureDefinition>([
        (["Name"], FieldSetter.text(\.name)),
        (["Abbreviation"], FieldSetter.text(\.abbreviation)),
        (["QuantityType"], FieldSetter.text(\.quantityType)),
    ])

    static func readUnit(_ c: inout JSONCursor, _ sink: inout ImportSink, pointer: String,
                         options: InputOptions, into batch: inout ImportBatch) throws {
        var u = UnitOfMeasureDefinition(source: sink.ref(c.here, pointer))
        try unit.decode(&c, &sink, pointer: pointer, into: &u)
        u.unit = UnitNames.unit(u.abbreviation ?? u.name ?? "")
        switch options.listHint {
        case "active"?: u.isActive = true
        case "inactive"?: u.isActive = false
        default: break
        }
        batch.dataset.unitsOfMeasure.append(u)
    }

    // MARK: lab-test types and batches (/labtests/v2/types, /labtests/v2/batches)

    typealias LT = FieldSetter<LabTestType>
    static let testType = RecordDecoder<LabTestType>([
        (["Id"], LT.text(\.id)),
        (["Name"], LT.text(\.name)),
        (["RequiresTestResult"], LT.bool(\.requiresTestResult)),
        (["InformationalOnly"], LT.bool(\.informationalOnly)),
        (["ResearchAndDevelopment"], LT.bool(\.researchAndDevelopment)),
        (["AlwaysPasses"], LT.bool(\.alwaysPasses)),
        (["MaxAllowedFailureCount"], LT.int(\.maxAllowedFailureCount)),
        (["LabTestResultMode"], LT.text(\.resultMode)),
        (["LabTestResultMinimum"], LT.decimal(\.resultMinimum)),
        (["LabTestResultMaximum"], LT.decimal(\.resultMaximum)),
        (["LabTestResultExpirationDays"], LT.int(\.resultExpirationDays)),
        (["DependencyMode"], LT.text(\.dependencyMode)),
    ])

    static func readTestType(_ c: inout JSONCursor, _ sink: inout ImportSink, pointer: String) throws -> LabTestType {
        var t = LabTestType(source: sink.ref(c.here, pointer))
        try testType.decode(&c, &sink, pointer: pointer, into: &t)
        return t
    }

    static func readLabTestType(_ c: inout JSONCursor, _ sink: inout ImportSink, pointer: String,
                                options: InputOptions, into batch: inout ImportBatch) throws {
        batch.dataset.labTestTypes.append(try readTestType(&c, &sink, pointer: pointer))
    }

    /// `ItemCategories[]` of a batch: `{ProductCategoryId, ProductCategory{Name, …}}` or a name.
    static let batchCategory = RecordDecoder<LabTestBatch>([
        (["ProductCategory"], { c, s, p, b in
            if c.consumeNull() { return }
            var cat = ItemCategory()
            try category.decode(&c, &s, pointer: p, into: &cat)
            if let n = cat.name { b.itemCategories.append(n) }
        }),
        (["ProductCategoryName", "Name"], { c, s, p, b in if let n = try c.stringField(&s, p) { b.itemCategories.append(n) } }),
    ])

    typealias LB = FieldSetter<LabTestBatch>
    static let testBatch = RecordDecoder<LabTestBatch>([
        (["Id"], LB.text(\.id)),
        (["Name"], LB.text(\.name)),
        (["RequiresAllFromLabTestBatch"], LB.bool(\.requiresAll)),
        (["LabTestTypes"], { c, s, p, b in
            try c.forEachObject(&s, p) { c, s, ep in b.testTypes.append(try readTestType(&c, &s, pointer: ep)) }
        }),
        (["ItemCategories"], { c, s, p, b in
            try c.forEachObject(&s, p) { c, s, ep in try batchCategory.decode(&c, &s, pointer: ep, into: &b) }
        }),
    ])

    static func readLabTestBatch(_ c: inout JSONCursor, _ sink: inout ImportSink, pointer: String,
                                 options: InputOptions, into batch: inout ImportBatch) throws {
        var b = LabTestBatch(source: sink.ref(c.here, pointer))
        try testBatch.decode(&c, &sink, pointer: pointer, into: &b)
        batch.dataset.labTestBatches.append(b)
    }

    // MARK: transfer types (/transfers/v2/types)

    typealias TT = FieldSetter<TransferType>
    static let transferType = RecordDecoder<TransferType>([
        (["Name"], TT.text(\.name)),
        (["TransactionType"], TT.text(\.transactionType)),
        (["ForLicensedShipments"], TT.bool(\.forLicensedShipments)),
        (["ForExternalIncomingShipments"], TT.bool(\.forExternalIncomingShipments)),
        (["ForExternalOutgoingShipments"], TT.bool(\.forExternalOutgoingShipments)),
        (["RequiresDestinationGrossWeight"], TT.bool(\.requiresDestinationGrossWeight)),
        (["RequiresPackagesGrossWeight"], TT.bool(\.requiresPackagesGrossWeight)),
        (["RequiresInvoiceNumber"], TT.bool(\.requiresInvoiceNumber)),
        (["RequiresPDFDocument"], TT.bool(\.requiresPDFDocument)),
        (["BypassApproval"], TT.bool(\.bypassApproval)),
    ])

    static func readTransferType(_ c: inout JSONCursor, _ sink: inout ImportSink, pointer: String,
                                 options: InputOptions, into batch: inout ImportBatch) throws {
        var t = TransferType(source: sink.ref(c.here, pointer))
        try transferType.decode(&c, &sink, pointer: pointer, into: &t)
        batch.dataset.transferTypes.append(t)
    }

    // MARK: drivers and vehicles (/transporters/v2/drivers|vehicles, GET and create request)

    static let driver = RecordDecoder<Driver>([
        (["Id"], FieldSetter.text(\.id)),
        (["FacilityId"], FieldSetter.text(\.facilityId)),
        (["EmployeeId"], FieldSetter.text(\.employeeId)),
        (["Name"], FieldSetter.text(\.name)),
        (["DriversLicenseNumber"], FieldSetter.text(\.driversLicenseNumber)),
    ])

    static func readDriver(_ c: inout JSONCursor, _ sink: inout ImportSink, pointer: String,
                           options: InputOptions, into batch: inout ImportBatch) throws {
        var d = Driver(source: sink.ref(c.here, pointer))
        try driver.decode(&c, &sink, pointer: pointer, into: &d)
        batch.dataset.drivers.append(d)
    }

    static let vehicle = RecordDecoder<Vehicle>([
        (["Id"], FieldSetter.text(\.id)),
        (["FacilityId"], FieldSetter.text(\.facilityId)),
        (["Make"], FieldSetter.text(\.make)),
        (["Model"], FieldSetter.text(\.model)),
        (["LicensePlateNumber"], FieldSetter.text(\.licensePlateNumber)),
    ])

    static func readVehicle(_ c: inout JSONCursor, _ sink: inout ImportSink, pointer: String,
                            options: InputOptions, into batch: inout ImportBatch) throws {
        var v = Vehicle(source: sink.ref(c.here, pointer))
        try vehicle.decode(&c, &sink, pointer: pointer, into: &v)
        batch.dataset.vehicles.append(v)
    }
}
