import Foundation
import S2SModel

extension Schema {
    /// The canonical model as the rule language sees it.
    public static let model = Schema([
        .manifest: manifestFields,
        .destination: destinationFields,
        .transporter: transporterFields,
        .transporterDetail: transporterDetailFields,
        .line: lineFields,
        .package: packageFields,
        .item: itemFields,
        .license: licenseFields,
        .labResult: labResultFields,
        .labPanel: labPanelFields,
    ])
}

// MARK: - helpers

@inline(__always) func manifest(_ r: RecordRef, _ c: EvalContext) -> Manifest { c.dataset.manifests[Int(r.i)] }

func licenseRef(_ number: String?, _ c: EvalContext) -> Value {
    guard let number, let i = c.index.licenseByNumber[number] else { return .null }
    return .record(RecordRef(.license, i))
}

func packageRef(_ tag: String?, _ c: EvalContext) -> Value {
    guard let tag, let i = c.index.packageByTag[tag] else { return .null }
    return .record(RecordRef(.package, i))
}

private let L: ValueType = .record(.license)

// MARK: - manifest

let manifestFields: [FieldDef] = [
    FieldDef("number", .string, "ManifestNumber, as written (leading zeros kept)") { r, c in Value(manifest(r, c).number) },
    FieldDef("name", .string, "template name or external identifier") { r, c in Value(manifest(r, c).name) },
    FieldDef("key", .string, "the manifest number, else its name (what reports show)") { r, c in Value(manifest(r, c).key) },
    FieldDef("shipper_license_number", .string, "ShipperFacilityLicenseNumber as written") { r, c in
        Value(manifest(r, c).shipperLicenseNumber)
    },
    FieldDef("shipper_name", .string, "ShipperFacilityName") { r, c in Value(manifest(r, c).shipperName) },
    FieldDef("shipper", L, "the shipper's roster license (null when not in any roster)", needs: [.licenseByNumber]) { r, c in
        licenseRef(manifest(r, c).shipperLicenseNumber, c)
    },
    FieldDef("transporter_license_number", .string, "TransporterFacilityLicenseNumber of a template header") { r, c in
        Value(manifest(r, c).transporterLicenseNumber)
    },
    FieldDef("created_at", .dateTime, "CreatedDateTime") { r, c in Value(manifest(r, c).createdAt) },
    FieldDef("status", .string, "draft, outgoing, incoming, rejected …") { r, c in Value(manifest(r, c).status) },
    FieldDef("system", .string, "where the manifest came from: metrc, biotrack, ccrs") { r, c in Value(manifest(r, c).system) },
    FieldDef("destinations", .list(.record(.destination)), "Destinations (stops)") { r, c in
        .list(manifest(r, c).destinations.indices.map { .record(RecordRef(.destination, Int(r.i), $0)) })
    },
    FieldDef("lines", .list(.record(.line)), "every package line of every destination") { r, c in
        var out: [Value] = []
        for (d, dest) in manifest(r, c).destinations.enumerated() {
            for l in dest.lines.indices { out.append(.record(RecordRef(.line, Int(r.i), d, l))) }
        }
        return .list(out)
    },
]

// MARK: - destination

@inline(__always) func destination(_ r: RecordRef, _ c: EvalContext) -> Destination {
    c.dataset.manifests[Int(r.i)].destinations[Int(r.j)]
}

let destinationFields: [FieldDef] = [
    FieldDef("recipient_license_number", .string, "RecipientLicenseNumber as written") { r, c in
        Value(destination(r, c).recipientLicenseNumber)
    },
    FieldDef("recipient_name", .string, "RecipientFacilityName") { r, c in Value(destination(r, c).recipientName) },
    FieldDef("recipient", L, "the recipient's roster license (null when not in any roster)", needs: [.licenseByNumber]) { r, c in
        licenseRef(destination(r, c).recipientLicenseNumber, c)
    },
    FieldDef("transfer_type", .string, "TransferTypeName") { r, c in Value(destination(r, c).transferType) },
    FieldDef("planned_route", .string, "PlannedRoute") { r, c in Value(destination(r, c).plannedRoute) },
    FieldDef("invoice_number", .string, "InvoiceNumber") { r, c in Value(destination(r, c).invoiceNumber) },
    FieldDef("departure", .dateTime, "EstimatedDepartureDateTime (no zone: the jurisdiction's)") { r, c in
        Value(destination(r, c).estimatedDeparture)
    },
    FieldDef("arrival", .dateTime, "EstimatedArrivalDateTime") { r, c in Value(destination(r, c).estimatedArrival) },
    FieldDef("actual_departure", .dateTime, "ActualDepartureDateTime") { r, c in Value(destination(r, c).actualDeparture) },
    FieldDef("actual_arrival", .dateTime, "ActualArrivalDateTime") { r, c in Value(destination(r, c).actualArrival) },
    FieldDef("gross_weight", .quantity, "GrossWeight with GrossUnitOfWeightName") { r, c in Value(destination(r, c).grossWeight) },
    FieldDef("transporters", .list(.record(.transporter)), "Transporters (empty when missing or null)") { r, c in
        .list((destination(r, c).transporters ?? []).indices.map { .record(RecordRef(.transporter, Int(r.i), Int(r.j), $0)) })
    },
    FieldDef("lines", .list(.record(.line)), "Packages: the package lines") { r, c in
        .list(destination(r, c).lines.indices.map { .record(RecordRef(.line, Int(r.i), Int(r.j), $0)) })
    },
    FieldDef("manifest", .record(.manifest), "the manifest this destination belongs to") { r, _ in
        .record(RecordRef(.manifest, Int(r.i)))
    },
]

// MARK: - transporter

@inline(__always) func transporter(_ r: RecordRef, _ c: EvalContext) -> Transporter {
    c.dataset.manifests[Int(r.i)].destinations[Int(r.j)].transporters.map { $0[Int(r.k)] } ?? Transporter()
}

let transporterFields: [FieldDef] = [
    FieldDef("license_number", .string, "TransporterFacilityLicenseNumber") { r, c in Value(transporter(r, c).licenseNumber) },
    FieldDef("license", L, "the transporter's roster license", needs: [.licenseByNumber]) { r, c in
        licenseRef(transporter(r, c).licenseNumber, c)
    },
    FieldDef("driver_name", .string, "DriverName") { r, c in Value(transporter(r, c).driverName) },
    FieldDef("driver_occupational_license_number", .string, "DriverOccupationalLicenseNumber") { r, c in
        Value(transporter(r, c).driverOccupationalLicenseNumber)
    },
    FieldDef("driver_license_number", .string, "DriverLicenseNumber (the driver's license)") { r, c in
        Value(transporter(r, c).driverLicenseNumber)
    },
    FieldDef("phone", .string, "PhoneNumberForQuestions") { r, c in Value(transporter(r, c).phone) },
    FieldDef("vehicle_make", .string, "VehicleMake") { r, c in Value(transporter(r, c).vehicleMake) },
    FieldDef("vehicle_model", .string, "VehicleModel") { r, c in Value(transporter(r, c).vehicleModel) },
    FieldDef("vehicle_plate", .string, "VehicleLicensePlateNumber") { r, c in Value(transporter(r, c).vehiclePlate) },
    FieldDef("is_layover", .bool, "IsLayover") { r, c in Value(transporter(r, c).isLayover) },
    FieldDef("layover_leg", .string, "DriverLayoverLeg") { r, c in Value(transporter(r, c).layoverLeg) },
    FieldDef("departure", .dateTime, "the transporter's EstimatedDepartureDateTime") { r, c in
        Value(transporter(r, c).estimatedDeparture)
    },
    FieldDef("arrival", .dateTime, "the transporter's EstimatedArrivalDateTime") { r, c in
        Value(transporter(r, c).estimatedArrival)
    },
    FieldDef("details", .list(.record(.transporterDetail)), "TransporterDetails (driver/vehicle legs)") { r, c in
        .list(transporter(r, c).details.indices.map {
            .record(RecordRef(.transporterDetail, Int(r.i), Int(r.j), Int(r.k), $0))
        })
    },
    FieldDef("destination", .record(.destination), "the destination this transporter serves") { r, _ in
        .record(RecordRef(.destination, Int(r.i), Int(r.j)))
    },
]

@inline(__always) func transporterDetail(_ r: RecordRef, _ c: EvalContext) -> TransporterDetail {
    transporter(r, c).details[Int(r.l)]
}

let transporterDetailFields: [FieldDef] = [
    FieldDef("driver_name", .string, "DriverName") { r, c in Value(transporterDetail(r, c).driverName) },
    FieldDef("driver_occupational_license_number", .string, "DriverOccupationalLicenseNumber") { r, c in
        Value(transporterDetail(r, c).driverOccupationalLicenseNumber)
    },
    FieldDef("driver_license_number", .string, "DriverLicenseNumber") { r, c in Value(transporterDetail(r, c).driverLicenseNumber) },
    FieldDef("layover_leg", .string, "DriverLayoverLeg") { r, c in Value(transporterDetail(r, c).layoverLeg) },
    FieldDef("vehicle_make", .string, "VehicleMake") { r, c in Value(transporterDetail(r, c).vehicleMake) },
    FieldDef("vehicle_model", .string, "VehicleModel") { r, c in Value(transporterDetail(r, c).vehicleModel) },
    FieldDef("vehicle_plate", .string, "VehicleLicensePlateNumber") { r, c in Value(transporterDetail(r, c).vehiclePlate) },
]

// MARK: - line

@inline(__always) func line(_ r: RecordRef, _ c: EvalContext) -> ManifestLine {
    c.dataset.manifests[Int(r.i)].destinations[Int(r.j)].lines[Int(r.k)]
}

let lineFields: [FieldDef] = [
    FieldDef("tag", .string, "PackageLabel exactly as written (even when malformed)") { r, c in Value(line(r, c).tag) },
    FieldDef("quantity", .quantity, "Quantity with UnitOfMeasureName") { r, c in Value(line(r, c).quantity) },
    FieldDef("unit_name", .string, "UnitOfMeasureName exactly as written") { r, c in Value(line(r, c).unitName) },
    FieldDef("wholesale_price", .number, "WholesalePrice") { r, c in Value(line(r, c).wholesalePrice) },
    FieldDef("gross_weight", .quantity, "GrossWeight with GrossUnitOfWeightName") { r, c in Value(line(r, c).grossWeight) },
    FieldDef("item_name", .string, "ItemName (lines that name an item instead of a tag)") { r, c in Value(line(r, c).itemName) },
    FieldDef("received_quantity", .quantity, "ReceivedQuantity") { r, c in Value(line(r, c).receivedQuantity) },
    FieldDef("state", .string, "ShipmentPackageState: Shipped, Accepted, Rejected, Returned") { r, c in Value(line(r, c).state) },
    FieldDef("package", .record(.package), "the package with this exact tag in the inventory exports (null when none)",
             needs: [.packageByTag]) { r, c in packageRef(line(r, c).tag, c) },
    FieldDef("destination", .record(.destination), "the destination this line belongs to") { r, _ in
        .record(RecordRef(.destination, Int(r.i), Int(r.j)))
    },
    FieldDef("manifest", .record(.manifest), "the manifest this line belongs to") { r, _ in .record(RecordRef(.manifest, Int(r.i))) },
]

// MARK: - package

@inline(__always) func pkg(_ r: RecordRef, _ c: EvalContext) -> Package { c.dataset.packages[Int(r.i)] }

let packageFields: [FieldDef] = [
    FieldDef("tag", .string, "Label: the package tag (UID)") { r, c in .string(pkg(r, c).tag) },
    FieldDef("id", .string, "Id in the S2S system") { r, c in Value(pkg(r, c).id) },
    FieldDef("owner_license_number", .string, "license of the facility holding the package (the export's licenseNumber)") { r, c in
        Value(pkg(r, c).ownerLicenseNumber)
    },
    FieldDef("owner", L, "the holder's roster license", needs: [.licenseByNumber]) { r, c in
        licenseRef(pkg(r, c).ownerLicenseNumber, c)
    },
    FieldDef("item", .record(.item), "Item: the product in the package") { r, _ in .record(RecordRef(.item, Int(r.i))) },
    FieldDef("item_name", .string, "Item.Name") { r, c in Value(pkg(r, c).item.name) },
    FieldDef("quantity", .quantity, "Quantity with UnitOfMeasureName") { r, c in Value(pkg(r, c).quantity) },
    FieldDef("unit_name", .string, "UnitOfMeasureName exactly as written") { r, c in Value(pkg(r, c).unitName) },
    FieldDef("original_quantity", .quantity, "OriginalPackageQuantity") { r, c in Value(pkg(r, c).originalQuantity) },
    FieldDef("batch", .string, "ProductionBatchNumber") { r, c in Value(pkg(r, c).productionBatch) },
    FieldDef("is_production_batch", .bool, "IsProductionBatch") { r, c in Value(pkg(r, c).isProductionBatch) },
    FieldDef("source_tags", .list(.string), "SourcePackageLabels, split at commas") { r, c in Value(pkg(r, c).sourcePackageTags) },
    FieldDef("source_batches", .list(.string), "SourceProductionBatchNumbers") { r, c in Value(pkg(r, c).sourceProductionBatches) },
    FieldDef("harvest_names", .list(.string), "SourceHarvestNames") { r, c in Value(pkg(r, c).sourceHarvestNames) },
    FieldDef("packaged_date", .day, "PackagedDate") { r, c in Value(pkg(r, c).packagedDate) },
    FieldDef("expiration_date", .day, "ExpirationDate") { r, c in Value(pkg(r, c).expirationDate) },
    FieldDef("sell_by_date", .day, "SellByDate") { r, c in Value(pkg(r, c).sellByDate) },
    FieldDef("use_by_date", .day, "UseByDate") { r, c in Value(pkg(r, c).useByDate) },
    FieldDef("lab_testing_state", .string, "LabTestingState: TestPassed, TestFailed, NotSubmitted …") { r, c in
        Value(pkg(r, c).labTestingState)
    },
    FieldDef("lab_testing_state_date", .day, "LabTestingStateDate") { r, c in Value(pkg(r, c).labTestingStateDate) },
    FieldDef("initial_lab_testing_state", .string, "InitialLabTestingState") { r, c in Value(pkg(r, c).initialLabTestingState) },
    FieldDef("on_hold", .bool, "IsOnHold") { r, c in Value(pkg(r, c).onHold) },
    FieldDef("on_recall", .bool, "IsOnRecallCombined") { r, c in Value(pkg(r, c).onRecall) },
    FieldDef("on_investigation", .bool, "IsOnInvestigation") { r, c in Value(pkg(r, c).onInvestigation) },
    FieldDef("is_trade_sample", .bool, "IsTradeSample") { r, c in Value(pkg(r, c).isTradeSample) },
    FieldDef("is_testing_sample", .bool, "IsTestingSample") { r, c in Value(pkg(r, c).isTestingSample) },
    FieldDef("is_donation", .bool, "IsDonation") { r, c in Value(pkg(r, c).isDonation) },
    FieldDef("requires_remediation", .bool, "ProductRequiresRemediation") { r, c in Value(pkg(r, c).requiresRemediation) },
    FieldDef("package_type", .string, "PackageType: Product, ImmaturePlant …") { r, c in Value(pkg(r, c).packageType) },
    FieldDef("location", .string, "LocationName") { r, c in Value(pkg(r, c).location) },
    FieldDef("status", .string, "which export it came from: active, onhold, inactive, intransit") { r, c in Value(pkg(r, c).status) },
    FieldDef("item_from_license_number", .string, "ItemFromFacilityLicenseNumber (where the item came from; not the owner)") { r, c in
        Value(pkg(r, c).itemFromLicenseNumber)
    },
    FieldDef("received_from_license_number", .string, "ReceivedFromFacilityLicenseNumber") { r, c in
        Value(pkg(r, c).receivedFromLicenseNumber)
    },
    FieldDef("received_from_manifest_number", .string, "ReceivedFromManifestNumber") { r, c in
        Value(pkg(r, c).receivedFromManifestNumber)
    },
    FieldDef("received_at", .dateTime, "ReceivedDateTime") { r, c in Value(pkg(r, c).receivedAt) },
    FieldDef("archived_date", .day, "ArchivedDate") { r, c in Value(pkg(r, c).archivedDate) },
    FieldDef("finished_date", .day, "FinishedDate") { r, c in Value(pkg(r, c).finishedDate) },
    FieldDef("last_modified", .dateTime, "LastModified") { r, c in Value(pkg(r, c).lastModified) },
    FieldDef("note", .string, "Note") { r, c in Value(pkg(r, c).note) },
    FieldDef("lab_results", .list(.record(.labResult)),
             "lab results linked to the package by its id, its tag as the tested source, or its batch",
             needs: [.labResults]) { r, c in
        .list(c.index.labResults(forPackage: Int(r.i), in: c.dataset).map { .record(RecordRef(.labResult, $0)) })
    },
]

// MARK: - item

@inline(__always) func item(_ r: RecordRef, _ c: EvalContext) -> Item { c.dataset.packages[Int(r.i)].item }

let itemFields: [FieldDef] = [
    FieldDef("id", .string, "Item.Id") { r, c in Value(item(r, c).id) },
    FieldDef("name", .string, "Item.Name") { r, c in Value(item(r, c).name) },
    FieldDef("category", .string, "ProductCategoryName") { r, c in Value(item(r, c).category) },
    FieldDef("category_type", .string, "ProductCategoryType") { r, c in Value(item(r, c).categoryType) },
    FieldDef("quantity_type", .string, "QuantityType: WeightBased, CountBased, VolumeBased") { r, c in Value(item(r, c).quantityType) },
    FieldDef("strain", .string, "StrainName") { r, c in Value(item(r, c).strain) },
    FieldDef("brand", .string, "ItemBrandName") { r, c in Value(item(r, c).brand) },
    FieldDef("unit_of_measure", .string, "the item's UnitOfMeasureName") { r, c in Value(item(r, c).unitOfMeasure) },
    FieldDef("unit_thc_percent", .number, "UnitThcPercent (labelled)") { r, c in Value(item(r, c).unitThcPercent) },
    FieldDef("unit_thc_content", .quantity, "UnitThcContent with its unit (labelled)") { r, c in Value(item(r, c).unitThcContent) },
    FieldDef("unit_cbd_percent", .number, "UnitCbdPercent (labelled)") { r, c in Value(item(r, c).unitCbdPercent) },
    FieldDef("unit_cbd_content", .quantity, "UnitCbdContent with its unit (labelled)") { r, c in Value(item(r, c).unitCbdContent) },
    FieldDef("unit_weight", .quantity, "UnitWeight with its unit") { r, c in Value(item(r, c).unitWeight) },
    FieldDef("unit_volume", .quantity, "UnitVolume with its unit") { r, c in Value(item(r, c).unitVolume) },
    FieldDef("approval_status", .string, "ApprovalStatus") { r, c in Value(item(r, c).approvalStatus) },
]

// MARK: - license

@inline(__always) func lic(_ r: RecordRef, _ c: EvalContext) -> License { c.dataset.licenses[Int(r.i)] }

let licenseFields: [FieldDef] = [
    FieldDef("number", .string, "the license number") { r, c in .string(lic(r, c).number) },
    FieldDef("legal_name", .string, "legal business name") { r, c in Value(lic(r, c).legalName) },
    FieldDef("dba", .string, "doing-business-as name") { r, c in Value(lic(r, c).dba) },
    FieldDef("type", .string, "the roster's license type text (map it with facts)") { r, c in Value(lic(r, c).type) },
    FieldDef("status", .string,
             "normalised status: active, inactive, pending, expired, suspended, surrendered, revoked, cancelled, void, unknown") { r, c in
        .string(lic(r, c).status.rawValue)
    },
    FieldDef("status_text", .string, "the status exactly as the roster writes it") { r, c in Value(lic(r, c).statusText) },
    FieldDef("issue_date", .day, "issue date") { r, c in Value(lic(r, c).issueDate) },
    FieldDef("expiration_date", .day, "expiration date") { r, c in Value(lic(r, c).expirationDate) },
    FieldDef("designation", .string, "adult-use, medicinal or both, as written") { r, c in Value(lic(r, c).designation) },
    FieldDef("jurisdiction", .string, "state of the licensed premises") { r, c in Value(lic(r, c).jurisdiction) },
]

// MARK: - lab results

@inline(__always) func lab(_ r: RecordRef, _ c: EvalContext) -> LabResult { c.dataset.labResults[Int(r.i)] }

let labResultFields: [FieldDef] = [
    FieldDef("id", .string, "LabTestResultId") { r, c in Value(lab(r, c).id) },
    FieldDef("lab_license_number", .string, "LabFacilityLicenseNumber") { r, c in Value(lab(r, c).labLicenseNumber) },
    FieldDef("lab", L, "the lab's roster license", needs: [.licenseByNumber]) { r, c in licenseRef(lab(r, c).labLicenseNumber, c) },
    FieldDef("lab_name", .string, "LabFacilityName") { r, c in Value(lab(r, c).labName) },
    FieldDef("package_id", .string, "PackageId of the tested package") { r, c in Value(lab(r, c).packageId) },
    FieldDef("sample_tag", .string, "PackageLabel of the lab sample") { r, c in Value(lab(r, c).sampleTag) },
    FieldDef("source_tag", .string, "SourcePackageLabel: the package the sample came from") { r, c in Value(lab(r, c).sourceTag) },
    FieldDef("batch", .string, "ProductionBatchNumber") { r, c in Value(lab(r, c).productionBatch) },
    FieldDef("product_name", .string, "ProductName") { r, c in Value(lab(r, c).productName) },
    FieldDef("product_category", .string, "ProductCategoryName") { r, c in Value(lab(r, c).productCategory) },
    FieldDef("tested_date", .day, "TestPerformedDate") { r, c in Value(lab(r, c).testedDate) },
    FieldDef("overall_passed", .bool, "OverallPassed") { r, c in Value(lab(r, c).overallPassed) },
    FieldDef("released", .bool, "ResultReleased") { r, c in Value(lab(r, c).released) },
    FieldDef("released_at", .dateTime, "ResultReleaseDateTime") { r, c in Value(lab(r, c).releasedAt) },
    FieldDef("expires_at", .dateTime, "ExpirationDateTime") { r, c in Value(lab(r, c).expiresAt) },
    FieldDef("revoked_date", .day, "RevokedDate") { r, c in Value(lab(r, c).revokedDate) },
    FieldDef("total_thc", .number, "TotalTHC (percent)") { r, c in Value(lab(r, c).totalTHC) },
    FieldDef("total_cbd", .number, "TotalCBD (percent)") { r, c in Value(lab(r, c).totalCBD) },
    FieldDef("document_id", .string, "LabTestResultDocumentFileId") { r, c in Value(lab(r, c).documentId) },
    FieldDef("panels", .list(.record(.labPanel)), "the test types (panels) of this result") { r, c in
        .list(lab(r, c).panels.indices.map { .record(RecordRef(.labPanel, Int(r.i), $0)) })
    },
]

@inline(__always) func panel(_ r: RecordRef, _ c: EvalContext) -> LabPanel { c.dataset.labResults[Int(r.i)].panels[Int(r.j)] }

let labPanelFields: [FieldDef] = [
    FieldDef("name", .string, "TestTypeName, e.g. Heavy Metals") { r, c in Value(panel(r, c).name) },
    FieldDef("passed", .bool, "TestPassed") { r, c in Value(panel(r, c).passed) },
    FieldDef("level", .number, "TestResultLevel") { r, c in Value(panel(r, c).level) },
    FieldDef("informational_only", .bool, "TestInformationalOnly") { r, c in Value(panel(r, c).informationalOnly) },
    FieldDef("comment", .string, "TestComment") { r, c in Value(panel(r, c).comment) },
    FieldDef("revoked_date", .day, "LabTestDetailRevokedDate") { r, c in Value(panel(r, c).revokedDate) },
]
