import S2SModel

/// One row shape a JSON export can hold, how to recognise it from the member names of its first
/// row, and how to decode a row into the model.
public struct JSONRowFormat: Sendable {
    public typealias Decode = @Sendable (inout JSONCursor, inout ImportSink, String, InputOptions, inout ImportBatch) throws -> Void

    public var kind: InputKind
    /// Member names typical of the shape; the eligible format with the most of them present wins.
    public var signature: [UInt64]
    public var signatureNames: [String]
    /// At least this many signature names must be present.
    public var minimumMatches: Int
    /// Alternatives of names that must all be present (empty: no requirement).
    public var required: [[UInt64]]
    /// Names whose presence rules the format out (they mark a look-alike shape).
    public var excluded: [UInt64]
    public var decodeRow: Decode
    public var finish: @Sendable (inout ImportBatch, inout ImportSink) -> Void

    public init(kind: InputKind, signature: [String], minimumMatches: Int, required: [[String]] = [],
                excluded: [String] = [], decodeRow: @escaping Decode,
                finish: @escaping @Sendable (inout ImportBatch, inout ImportSink) -> Void = { _, _ in }) {
        self.kind = kind
        self.signatureNames = signature
        self.signature = signature.map(JSONKey.hash)
        self.minimumMatches = minimumMatches
        self.required = required.map { $0.map(JSONKey.hash) }
        self.excluded = excluded.map(JSONKey.hash)
        self.decodeRow = decodeRow
        self.finish = finish
    }

    /// How well a row with these member names fits: nil when it is not eligible.
    public func score(_ keys: Swift.Set<UInt64>) -> Int? {
        if excluded.contains(where: keys.contains) { return nil }
        if !required.isEmpty, !required.contains(where: { $0.allSatisfy(keys.contains) }) { return nil }
        let n = signature.filter(keys.contains).count
        return n >= minimumMatches ? n : nil
    }

    /// The formats this build recognises, in the order ties are broken.
    public static let all: [JSONRowFormat] = metrc + MetrcSalesReader.rowFormats + BioTrackReader.rowFormats + [RosterJSONReader.format]

    static let metrc: [JSONRowFormat] = [
        JSONRowFormat(kind: .packages,
                      signature: ["Label", "LabTestingState", "PackagedDate", "PackageType", "UnitOfMeasureName",
                                  "Item", "Quantity", "IsOnHold", "ProductName"],
                      minimumMatches: 3, excluded: ["AdjustmentQuantity", "ShippedQuantity", "Results"]) { c, sink, ptr, opts, b in
            if let p = try MetrcPackageReader.readPackage(&c, &sink, pointer: ptr, owner: opts.owner,
                                                          status: InputHints.packageStatus(for: opts.listHint)) {
                b.dataset.packages.append(p)
            }
        },
        JSONRowFormat(kind: .labResults,
                      signature: ["LabFacilityLicenseNumber", "TestPerformedDate", "TestTypeName", "Panels",
                                  "LabTestResultId", "TestPassed", "OverallPassed"],
                      minimumMatches: 2, excluded: ["Label", "ShippedQuantity"],
                      decodeRow: { c, sink, ptr, _, b in
                          let (r, _) = try MetrcLabResultReader.readRow(&c, &sink, pointer: ptr)
                          b.dataset.labResults.append(r)
                      },
                      finish: { b, _ in b.dataset.labResults = MetrcLabResultReader.groupRows(b.dataset.labResults) }),
        JSONRowFormat(kind: .metrcLabTestRecord, signature: ["Label", "ResultDate", "Results"], minimumMatches: 2,
                      required: [["Results"]], decodeRow: MetrcLabRecordReader.read),
        JSONRowFormat(kind: .manifests,
                      signature: ["Destinations", "ManifestNumber", "ShipperFacilityLicenseNumber", "Name"],
                      minimumMatches: 1, required: [["Destinations"]],
                      // retail deliveries to consumers (/sales/v2/deliveries/retailer) are not transfers
                      excluded: ["RetailerDeliveryId", "RetailerDeliveryNumber", "DriverEmployeeId", "RestockDateTime"]) { c, sink, ptr, opts, b in
            var m = try MetrcManifestReader.readManifest(&c, &sink, pointer: ptr)
            if let s = InputHints.manifestStatus(for: opts.listHint) { m.status = s }
            b.dataset.manifests.append(m)
        },
        JSONRowFormat(kind: .metrcTransfers,
                      signature: ["ManifestNumber", "ShipperFacilityLicenseNumber", "DeliveryCount", "PackageCount",
                                  "ShipmentLicenseType", "CreatedDateTime", "IsVoided", "ReceivedDeliveryCount", "DeliveryId"],
                      minimumMatches: 3, required: [["ManifestNumber", "ShipperFacilityLicenseNumber"]],
                      excluded: ["Destinations", "PackageLabel"],
                      decodeRow: MetrcTransferReader.readTransferRow,
                      finish: { b, _ in MetrcTransferReader.groupTransfers(&b) }),
        JSONRowFormat(kind: .metrcDeliveries,
                      signature: ["DeliveryNumber", "RecipientFacilityLicenseNumber", "DeliveryPackageCount", "PlannedRoute",
                                  "GrossWeight", "EstimatedDepartureDateTime", "RejectedPackagesReturned"],
                      minimumMatches: 3, required: [["DeliveryNumber"], ["DeliveryPackageCount", "RecipientFacilityLicenseNumber"]],
                      excluded: ["ShipperFacilityLicenseNumber", "Destinations", "SalesDateTime", "RetailerDeliveryNumber"],
                      decodeRow: MetrcTransferReader.readDelivery),
        JSONRowFormat(kind: .metrcTransferredPackages,
                      signature: ["ManifestNumber", "PackageLabel", "ShippedQuantity", "RecipientFacilityLicenseNumber",
                                  "ShipmentPackageStateName"],
                      minimumMatches: 3, required: [["ManifestNumber", "PackageLabel"]],
                      decodeRow: MetrcTransferReader.readTransferredPackage),
        JSONRowFormat(kind: .metrcDeliveryPackages,
                      signature: ["PackageLabel", "ShippedQuantity", "ShipmentPackageState", "ItemName", "ReceivedQuantity",
                                  "ShippedUnitOfMeasureName", "PackageId"],
                      minimumMatches: 3, required: [["ShippedQuantity"], ["ShipmentPackageState"]],
                      excluded: ["ManifestNumber"],
                      decodeRow: MetrcTransferReader.readDeliveryPackage),
        JSONRowFormat(kind: .metrcDeliveryWholesale,
                      signature: ["PackageId", "PackageLabel", "ShipperWholesalePrice", "ReceiverWholesalePrice"],
                      minimumMatches: 2, required: [["ShipperWholesalePrice"], ["ReceiverWholesalePrice"]],
                      excluded: ["ShippedQuantity", "ManifestNumber"],
                      decodeRow: MetrcTransferReader.readWholesale),
        JSONRowFormat(kind: .metrcDeliveryTransporters,
                      signature: ["ShipmentDeliveryId", "TransporterFacilityLicenseNumber", "TransporterFacilityName",
                                  "TransporterDirection"],
                      minimumMatches: 2, required: [["TransporterFacilityLicenseNumber"]],
                      excluded: ["ManifestNumber", "DriverName", "Destinations", "SalesDateTime"],
                      decodeRow: MetrcTransferReader.readTransporter),
        JSONRowFormat(kind: .metrcDeliveryTransporterDetails,
                      signature: ["ShipmentDeliveryId", "DriverName", "DriverOccupationalLicenseNumber",
                                  "DriverVehicleLicenseNumber", "DriverLayoverLeg", "VehicleMake", "VehicleLicensePlateNumber",
                                  "ActualDriverStartDateTime"],
                      minimumMatches: 3, required: [["DriverName"]],
                      excluded: ["ManifestNumber", "Destinations", "TransporterFacilityLicenseNumber", "SalesDateTime",
                                 "RetailerDeliveryNumber"],
                      decodeRow: MetrcTransferReader.readDetailRow),
        JSONRowFormat(kind: .metrcItemCategories,
                      signature: ["Name", "ProductCategoryType", "QuantityType", "RequiresStrain", "RequiresItemBrand",
                                  "CanContainSeeds", "CanBeRemediated", "RequiresUnitWeight"],
                      minimumMatches: 3, required: [["Name", "RequiresStrain"], ["Name", "CanContainSeeds"]],
                      decodeRow: MetrcReferenceReaders.readCategory),
        JSONRowFormat(kind: .metrcItems,
                      signature: ["Name", "ProductCategoryName", "ProductCategoryType", "QuantityType", "StrainName",
                                  "DefaultLabTestingState", "ApprovalStatus", "UnitOfMeasureName", "ItemCategory",
                                  "UnitOfMeasure", "ItemBrandName"],
                      minimumMatches: 3, required: [["Name"]],
                      excluded: ["Label", "PackageLabel", "RequiresStrain", "CanContainSeeds", "Abbreviation"],
                      decodeRow: MetrcReferenceReaders.readItem),
        JSONRowFormat(kind: .metrcUnits, signature: ["Name", "Abbreviation", "QuantityType"], minimumMatches: 2,
                      required: [["Abbreviation"]], decodeRow: MetrcReferenceReaders.readUnit),
        JSONRowFormat(kind: .metrcFacilities,
                      signature: ["FacilityId", "FacilityType", "License", "DisplayName", "CredentialedDate", "HireDate", "Name"],
                      minimumMatches: 2, required: [["FacilityType"], ["License", "Name"]],
                      decodeRow: MetrcReferenceReaders.readFacility),
        JSONRowFormat(kind: .metrcLabTestBatches,
                      signature: ["Name", "RequiresAllFromLabTestBatch", "LabTestTypeCount", "ItemCategoryCount",
                                  "LabTestTypes", "ItemCategories"],
                      minimumMatches: 2, required: [["LabTestTypes"], ["RequiresAllFromLabTestBatch"]],
                      decodeRow: MetrcReferenceReaders.readLabTestBatch),
        JSONRowFormat(kind: .metrcLabTestTypes,
                      signature: ["Name", "RequiresTestResult", "InformationalOnly", "AlwaysPasses", "MaxAllowedFailureCount",
                                  "LabTestResultMode", "LabTestResultExpirationDays", "DependencyMode"],
                      minimumMatches: 3, required: [["LabTestResultMode"], ["AlwaysPasses"]],
                      excluded: ["LabTestTypes"],
                      decodeRow: MetrcReferenceReaders.readLabTestType),
        JSONRowFormat(kind: .metrcTransferTypes,
                      signature: ["Name", "TransactionType", "ForLicensedShipments", "RequiresInvoiceNumber",
                                  "RequiresDestinationGrossWeight", "RequiresPackagesGrossWeight"],
                      minimumMatches: 2, required: [["TransactionType"]],
                      decodeRow: MetrcReferenceReaders.readTransferType),
        JSONRowFormat(kind: .metrcDrivers, signature: ["Name", "DriversLicenseNumber", "EmployeeId", "FacilityId"],
                      minimumMatches: 2, required: [["Name", "DriversLicenseNumber"]],
                      excluded: ["DriverName", "SalesDateTime", "VehicleMake", "Transactions"],
                      decodeRow: MetrcReferenceReaders.readDriver),
        JSONRowFormat(kind: .metrcVehicles, signature: ["Make", "Model", "LicensePlateNumber", "FacilityId"],
                      minimumMatches: 3, required: [["Make", "Model", "LicensePlateNumber"]],
                      decodeRow: MetrcReferenceReaders.readVehicle),
        JSONRowFormat(kind: .metrcAdjustments,
                      signature: ["PackageLabel", "Label", "AdjustmentQuantity", "AdjustmentReasonName", "AdjustmentReason",
                                  "AdjustmentDate", "AdjustmentUnitOfMeasureName", "ReasonNote", "Quantity"],
                      minimumMatches: 3, required: [["AdjustmentReasonName"], ["AdjustmentReason"], ["AdjustmentQuantity"]],
                      decodeRow: MetrcAdjustmentReader.read),
    ]
}
