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
        .package: packageFields + packageCOAFields,
        .item: itemFields,
        .license: licenseFields,
        .labResult: labResultFields,
        .labPanel: labPanelFields,
        .coa: coaFields,
        .coaPanel: coaPanelFields,
        .coaAnalyte: coaAnalyteFields,
    ].merging(operations) { model, _ in model }.merging(retailSchema) { model, _ in model })
}

// MARK: - helpers

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
    FieldDef("number", .string, "ManifestNumber, as written (leading zeros kept)") { r, c in Value(c.dataset.manifests[Int(r.i)].number) },
    FieldDef("name", .string, "template name or external identifier") { r, c in Value(c.dataset.manifests[Int(r.i)].name) },
    FieldDef("key", .string, "the manifest number, else its name (what reports show)") { r, c in Value(c.dataset.manifests[Int(r.i)].key) },
    FieldDef("shipper_license_number", .string, "ShipperFacilityLicenseNumber as written") { r, c in
        Value(c.dataset.manifests[Int(r.i)].shipperLicenseNumber)
    },
    FieldDef("shipper_name", .string, "ShipperFacilityName") { r, c in Value(c.dataset.manifests[Int(r.i)].shipperName) },
    FieldDef("shipper", L, "the shipper's roster license (null when not in any roster)", needs: [.licenseByNumber]) { r, c in
        licenseRef(c.dataset.manifests[Int(r.i)].shipperLicenseNumber, c)
    },
    FieldDef("transporter_license_number", .string, "TransporterFacilityLicenseNumber of a template header") { r, c in
        Value(c.dataset.manifests[Int(r.i)].transporterLicenseNumber)
    },
    FieldDef("created_at", .dateTime, "CreatedDateTime") { r, c in Value(c.dataset.manifests[Int(r.i)].createdAt) },
    FieldDef("status", .string, "draft, outgoing, incoming, rejected …") { r, c in Value(c.dataset.manifests[Int(r.i)].status) },
    FieldDef("system", .string, "where the manifest came from: metrc, biotrack, ccrs") { r, c in Value(c.dataset.manifests[Int(r.i)].system) },
    FieldDef("submitted_on", .day, "CCRS Manifest.CSV: the SubmittedDate of its header block (a day, no time)") { r, c in
        Value(c.dataset.manifests[Int(r.i)].submittedOn)
    },
    FieldDef("submitted_earliest", .dateTime,
             "CCRS Manifest.CSV: the start of the SubmittedDate in the jurisdiction's zone, the earliest moment the file can have been submitted") { r, c in
        Value(c.dataset.manifests[Int(r.i)].submittedEarliest)
    },
    FieldDef("destinations", .list(.record(.destination)), "Destinations (stops)") { r, c in
        .list(c.dataset.manifests[Int(r.i)].destinations.indices.map { .record(RecordRef(.destination, Int(r.i), $0)) })
    },
    FieldDef("lines", .list(.record(.line)), "every package line of every destination") { r, c in
        var out: [Value] = []
        for (d, dest) in c.dataset.manifests[Int(r.i)].destinations.enumerated() {
            for l in dest.lines.indices { out.append(.record(RecordRef(.line, Int(r.i), d, l))) }
        }
        return .list(out)
    },
]

// MARK: - destination

let destinationFields: [FieldDef] = [
    FieldDef("recipient_license_number", .string, "RecipientLicenseNumber as written") { r, c in
        Value(c.dataset.manifests[Int(r.i)].destinations[Int(r.j)].recipientLicenseNumber)
    },
    FieldDef("recipient_name", .string, "RecipientFacilityName") { r, c in Value(c.dataset.manifests[Int(r.i)].destinations[Int(r.j)].recipientName) },
    FieldDef("recipient", L, "the recipient's roster license (null when not in any roster)", needs: [.licenseByNumber]) { r, c in
        licenseRef(c.dataset.manifests[Int(r.i)].destinations[Int(r.j)].recipientLicenseNumber, c)
    },
    FieldDef("transfer_type", .string, "TransferTypeName") { r, c in Value(c.dataset.manifests[Int(r.i)].destinations[Int(r.j)].transferType) },
    FieldDef("planned_route", .string, "PlannedRoute") { r, c in Value(c.dataset.manifests[Int(r.i)].destinations[Int(r.j)].plannedRoute) },
    FieldDef("invoice_number", .string, "InvoiceNumber") { r, c in Value(c.dataset.manifests[Int(r.i)].destinations[Int(r.j)].invoiceNumber) },
    FieldDef("departure", .dateTime, "EstimatedDepartureDateTime (no zone: the jurisdiction's)") { r, c in
        Value(c.dataset.manifests[Int(r.i)].destinations[Int(r.j)].estimatedDeparture)
    },
    FieldDef("arrival", .dateTime, "EstimatedArrivalDateTime") { r, c in Value(c.dataset.manifests[Int(r.i)].destinations[Int(r.j)].estimatedArrival) },
    FieldDef("actual_departure", .dateTime, "ActualDepartureDateTime") { r, c in Value(c.dataset.manifests[Int(r.i)].destinations[Int(r.j)].actualDeparture) },
    FieldDef("actual_arrival", .dateTime, "ActualArrivalDateTime") { r, c in Value(c.dataset.manifests[Int(r.i)].destinations[Int(r.j)].actualArrival) },
    FieldDef("gross_weight", .quantity, "GrossWeight with GrossUnitOfWeightName") { r, c in Value(c.dataset.manifests[Int(r.i)].destinations[Int(r.j)].grossWeight) },
    FieldDef("receipts_reported_on", .day,
             "CCRS: the latest SubmittedDate of the recipient's InventoryTransfer.CSV uploads in the run (null when none was given)") { r, c in
        Value(c.dataset.manifests[Int(r.i)].destinations[Int(r.j)].receiptsReportedOn)
    },
    FieldDef("transporters", .list(.record(.transporter)), "Transporters (empty when missing or null)") { r, c in
        .list((c.dataset.manifests[Int(r.i)].destinations[Int(r.j)].transporters ?? []).indices.map { .record(RecordRef(.transporter, Int(r.i), Int(r.j), $0)) })
    },
    FieldDef("lines", .list(.record(.line)), "Packages: the package lines") { r, c in
        .list(c.dataset.manifests[Int(r.i)].destinations[Int(r.j)].lines.indices.map { .record(RecordRef(.line, Int(r.i), Int(r.j), $0)) })
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

let lineFields: [FieldDef] = [
    FieldDef("tag", .string, "PackageLabel exactly as written (even when malformed)") { r, c in Value(c.dataset.manifests[Int(r.i)].destinations[Int(r.j)].lines[Int(r.k)].tag) },
    FieldDef("quantity", .quantity, "Quantity with UnitOfMeasureName") { r, c in Value(c.dataset.manifests[Int(r.i)].destinations[Int(r.j)].lines[Int(r.k)].quantity) },
    FieldDef("unit_name", .string, "UnitOfMeasureName exactly as written") { r, c in Value(c.dataset.manifests[Int(r.i)].destinations[Int(r.j)].lines[Int(r.k)].unitName) },
    FieldDef("wholesale_price", .number, "WholesalePrice") { r, c in Value(c.dataset.manifests[Int(r.i)].destinations[Int(r.j)].lines[Int(r.k)].wholesalePrice) },
    FieldDef("gross_weight", .quantity, "GrossWeight with GrossUnitOfWeightName") { r, c in Value(c.dataset.manifests[Int(r.i)].destinations[Int(r.j)].lines[Int(r.k)].grossWeight) },
    FieldDef("item_name", .string, "ItemName (lines that name an item instead of a tag)") { r, c in Value(c.dataset.manifests[Int(r.i)].destinations[Int(r.j)].lines[Int(r.k)].itemName) },
    FieldDef("received_quantity", .quantity, "ReceivedQuantity (CCRS: the Quantity of the recipient's InventoryTransfer.CSV rows for the line's lot)") { r, c in Value(c.dataset.manifests[Int(r.i)].destinations[Int(r.j)].lines[Int(r.k)].receivedQuantity) },
    FieldDef("received_tag", .string, "CCRS: the recipient's lot the line was received as (ToInventoryExternalIdentifier of its InventoryTransfer.CSV rows)") { r, c in
        Value(c.dataset.manifests[Int(r.i)].destinations[Int(r.j)].lines[Int(r.k)].receivedTag)
    },
    FieldDef("state", .string, "ShipmentPackageState: Shipped, Accepted, Rejected, Returned") { r, c in Value(c.dataset.manifests[Int(r.i)].destinations[Int(r.j)].lines[Int(r.k)].state) },
    FieldDef("package", .record(.package), "the package with this exact tag in the inventory exports (null when none)",
             needs: [.packageByTag]) { r, c in packageRef(c.dataset.manifests[Int(r.i)].destinations[Int(r.j)].lines[Int(r.k)].tag, c) },
    FieldDef("destination", .record(.destination), "the destination this line belongs to") { r, _ in
        .record(RecordRef(.destination, Int(r.i), Int(r.j)))
    },
    FieldDef("manifest", .record(.manifest), "the manifest this line belongs to") { r, _ in .record(RecordRef(.manifest, Int(r.i))) },
]

// MARK: - package

let packageFields: [FieldDef] = [
    FieldDef("tag", .string, "Label: the package tag (UID)") { r, c in .string(c.dataset.packages[Int(r.i)].tag) },
    FieldDef("id", .string, "Id in the S2S system") { r, c in Value(c.dataset.packages[Int(r.i)].id) },
    FieldDef("owner_license_number", .string, "license of the facility holding the package (the export's licenseNumber)") { r, c in
        Value(c.dataset.packages[Int(r.i)].ownerLicenseNumber)
    },
    FieldDef("owner", L, "the holder's roster license", needs: [.licenseByNumber]) { r, c in
        licenseRef(c.dataset.packages[Int(r.i)].ownerLicenseNumber, c)
    },
    FieldDef("item", .record(.item), "Item: the product in the package") { r, _ in .record(RecordRef(.item, Int(r.i))) },
    FieldDef("item_name", .string, "Item.Name") { r, c in Value(c.dataset.packages[Int(r.i)].item.name) },
    FieldDef("quantity", .quantity, "Quantity with UnitOfMeasureName") { r, c in Value(c.dataset.packages[Int(r.i)].quantity) },
    FieldDef("unit_name", .string, "UnitOfMeasureName exactly as written") { r, c in Value(c.dataset.packages[Int(r.i)].unitName) },
    FieldDef("original_quantity", .quantity, "OriginalPackageQuantity") { r, c in Value(c.dataset.packages[Int(r.i)].originalQuantity) },
    FieldDef("batch", .string, "ProductionBatchNumber") { r, c in Value(c.dataset.packages[Int(r.i)].productionBatch) },
    FieldDef("is_production_batch", .bool, "IsProductionBatch") { r, c in Value(c.dataset.packages[Int(r.i)].isProductionBatch) },
    FieldDef("source_tags", .list(.string), "SourcePackageLabels, split at commas") { r, c in Value(c.dataset.packages[Int(r.i)].sourcePackageTags) },
    FieldDef("source_batches", .list(.string), "SourceProductionBatchNumbers") { r, c in Value(c.dataset.packages[Int(r.i)].sourceProductionBatches) },
    FieldDef("harvest_names", .list(.string), "SourceHarvestNames") { r, c in Value(c.dataset.packages[Int(r.i)].sourceHarvestNames) },
    FieldDef("packaged_date", .day, "PackagedDate") { r, c in Value(c.dataset.packages[Int(r.i)].packagedDate) },
    FieldDef("expiration_date", .day, "ExpirationDate") { r, c in Value(c.dataset.packages[Int(r.i)].expirationDate) },
    FieldDef("sell_by_date", .day, "SellByDate") { r, c in Value(c.dataset.packages[Int(r.i)].sellByDate) },
    FieldDef("use_by_date", .day, "UseByDate") { r, c in Value(c.dataset.packages[Int(r.i)].useByDate) },
    FieldDef("lab_testing_state", .string, "LabTestingState: TestPassed, TestFailed, NotSubmitted …") { r, c in
        Value(c.dataset.packages[Int(r.i)].labTestingState)
    },
    FieldDef("lab_testing_state_date", .day, "LabTestingStateDate") { r, c in Value(c.dataset.packages[Int(r.i)].labTestingStateDate) },
    FieldDef("initial_lab_testing_state", .string, "InitialLabTestingState") { r, c in Value(c.dataset.packages[Int(r.i)].initialLabTestingState) },
    FieldDef("on_hold", .bool, "IsOnHold") { r, c in Value(c.dataset.packages[Int(r.i)].onHold) },
    FieldDef("on_recall", .bool, "IsOnRecallCombined") { r, c in Value(c.dataset.packages[Int(r.i)].onRecall) },
    FieldDef("on_investigation", .bool, "IsOnInvestigation") { r, c in Value(c.dataset.packages[Int(r.i)].onInvestigation) },
    FieldDef("is_trade_sample", .bool, "IsTradeSample") { r, c in Value(c.dataset.packages[Int(r.i)].isTradeSample) },
    FieldDef("is_testing_sample", .bool, "IsTestingSample") { r, c in Value(c.dataset.packages[Int(r.i)].isTestingSample) },
    FieldDef("is_donation", .bool, "IsDonation") { r, c in Value(c.dataset.packages[Int(r.i)].isDonation) },
    FieldDef("requires_remediation", .bool, "ProductRequiresRemediation") { r, c in Value(c.dataset.packages[Int(r.i)].requiresRemediation) },
    FieldDef("package_type", .string, "PackageType: Product, ImmaturePlant …") { r, c in Value(c.dataset.packages[Int(r.i)].packageType) },
    FieldDef("location", .string, "LocationName") { r, c in Value(c.dataset.packages[Int(r.i)].location) },
    FieldDef("status", .string, "which export it came from: active, onhold, inactive, intransit") { r, c in Value(c.dataset.packages[Int(r.i)].status) },
    FieldDef("item_from_license_number", .string, "ItemFromFacilityLicenseNumber (where the item came from; not the owner)") { r, c in
        Value(c.dataset.packages[Int(r.i)].itemFromLicenseNumber)
    },
    FieldDef("received_from_license_number", .string, "ReceivedFromFacilityLicenseNumber") { r, c in
        Value(c.dataset.packages[Int(r.i)].receivedFromLicenseNumber)
    },
    FieldDef("received_from_manifest_number", .string, "ReceivedFromManifestNumber") { r, c in
        Value(c.dataset.packages[Int(r.i)].receivedFromManifestNumber)
    },
    FieldDef("received_at", .dateTime, "ReceivedDateTime") { r, c in Value(c.dataset.packages[Int(r.i)].receivedAt) },
    FieldDef("archived_date", .day, "ArchivedDate") { r, c in Value(c.dataset.packages[Int(r.i)].archivedDate) },
    FieldDef("finished_date", .day, "FinishedDate") { r, c in Value(c.dataset.packages[Int(r.i)].finishedDate) },
    FieldDef("last_modified", .dateTime, "LastModified") { r, c in Value(c.dataset.packages[Int(r.i)].lastModified) },
    FieldDef("note", .string, "Note") { r, c in Value(c.dataset.packages[Int(r.i)].note) },
    FieldDef("reported_on", .day, "CCRS: the SubmittedDate of the Inventory.CSV upload the lot was read from") { r, c in
        Value(c.dataset.packages[Int(r.i)].reportedOn)
    },
    FieldDef("created_date", .day, "CCRS Inventory.CSV: CreatedDate of the lot's row") { r, c in Value(c.dataset.packages[Int(r.i)].createdDate) },
    FieldDef("updated_date", .day, "CCRS Inventory.CSV: UpdatedDate of the lot's row") { r, c in Value(c.dataset.packages[Int(r.i)].updatedDate) },
    FieldDef("operation", .string, "CCRS Inventory.CSV: the row's Operation, upper case: INSERT, UPDATE, DELETE") { r, c in
        Value(c.dataset.packages[Int(r.i)].operation)
    },
    FieldDef("lab_results", .list(.record(.labResult)),
             "lab results linked to the package by its id, its tag as the tested source, or its batch",
             needs: [.labResults]) { r, c in
        .list(c.index.labResults(forPackage: Int(r.i), in: c.dataset).map { .record(RecordRef(.labResult, $0)) })
    },
]

// MARK: - item

let itemFields: [FieldDef] = [
    FieldDef("id", .string, "Item.Id") { r, c in Value(c.dataset.packages[Int(r.i)].item.id) },
    FieldDef("name", .string, "Item.Name") { r, c in Value(c.dataset.packages[Int(r.i)].item.name) },
    FieldDef("category", .string, "ProductCategoryName") { r, c in Value(c.dataset.packages[Int(r.i)].item.category) },
    FieldDef("category_type", .string, "ProductCategoryType") { r, c in Value(c.dataset.packages[Int(r.i)].item.categoryType) },
    FieldDef("quantity_type", .string, "QuantityType: WeightBased, CountBased, VolumeBased") { r, c in Value(c.dataset.packages[Int(r.i)].item.quantityType) },
    FieldDef("strain", .string, "StrainName") { r, c in Value(c.dataset.packages[Int(r.i)].item.strain) },
    FieldDef("brand", .string, "ItemBrandName") { r, c in Value(c.dataset.packages[Int(r.i)].item.brand) },
    FieldDef("unit_of_measure", .string, "the item's UnitOfMeasureName") { r, c in Value(c.dataset.packages[Int(r.i)].item.unitOfMeasure) },
    FieldDef("unit_thc_percent", .number, "UnitThcPercent (labelled)") { r, c in Value(c.dataset.packages[Int(r.i)].item.unitThcPercent) },
    FieldDef("unit_thc_content", .quantity, "UnitThcContent with its unit (labelled)") { r, c in Value(c.dataset.packages[Int(r.i)].item.unitThcContent) },
    FieldDef("unit_cbd_percent", .number, "UnitCbdPercent (labelled)") { r, c in Value(c.dataset.packages[Int(r.i)].item.unitCbdPercent) },
    FieldDef("unit_cbd_content", .quantity, "UnitCbdContent with its unit (labelled)") { r, c in Value(c.dataset.packages[Int(r.i)].item.unitCbdContent) },
    FieldDef("unit_weight", .quantity, "UnitWeight with its unit") { r, c in Value(c.dataset.packages[Int(r.i)].item.unitWeight) },
    FieldDef("unit_volume", .quantity, "UnitVolume with its unit") { r, c in Value(c.dataset.packages[Int(r.i)].item.unitVolume) },
    FieldDef("approval_status", .string, "ApprovalStatus") { r, c in Value(c.dataset.packages[Int(r.i)].item.approvalStatus) },
]

// MARK: - license

let licenseFields: [FieldDef] = [
    FieldDef("number", .string, "the license number") { r, c in .string(c.dataset.licenses[Int(r.i)].number) },
    FieldDef("legal_name", .string, "legal business name") { r, c in Value(c.dataset.licenses[Int(r.i)].legalName) },
    FieldDef("dba", .string, "doing-business-as name") { r, c in Value(c.dataset.licenses[Int(r.i)].dba) },
    FieldDef("type", .string, "the roster's license type text (map it with facts)") { r, c in Value(c.dataset.licenses[Int(r.i)].type) },
    FieldDef("status", .string,
             "normalised status: active, inactive, pending, expired, suspended, surrendered, revoked, cancelled, void, unknown") { r, c in
        .string(c.dataset.licenses[Int(r.i)].status.rawValue)
    },
    FieldDef("status_text", .string, "the status exactly as the roster writes it") { r, c in Value(c.dataset.licenses[Int(r.i)].statusText) },
    FieldDef("issue_date", .day, "issue date") { r, c in Value(c.dataset.licenses[Int(r.i)].issueDate) },
    FieldDef("expiration_date", .day, "expiration date") { r, c in Value(c.dataset.licenses[Int(r.i)].expirationDate) },
    FieldDef("designation", .string, "adult-use, medicinal or both, as written") { r, c in Value(c.dataset.licenses[Int(r.i)].designation) },
    FieldDef("jurisdiction", .string, "state of the licensed premises") { r, c in Value(c.dataset.licenses[Int(r.i)].jurisdiction) },
]

// MARK: - lab results

let labResultFields: [FieldDef] = [
    FieldDef("id", .string, "LabTestResultId") { r, c in Value(c.dataset.labResults[Int(r.i)].id) },
    FieldDef("lab_license_number", .string, "LabFacilityLicenseNumber") { r, c in Value(c.dataset.labResults[Int(r.i)].labLicenseNumber) },
    FieldDef("lab", L, "the lab's roster license", needs: [.licenseByNumber]) { r, c in licenseRef(c.dataset.labResults[Int(r.i)].labLicenseNumber, c) },
    FieldDef("lab_name", .string, "LabFacilityName") { r, c in Value(c.dataset.labResults[Int(r.i)].labName) },
    FieldDef("package_id", .string, "PackageId of the tested package") { r, c in Value(c.dataset.labResults[Int(r.i)].packageId) },
    FieldDef("sample_tag", .string, "PackageLabel of the lab sample") { r, c in Value(c.dataset.labResults[Int(r.i)].sampleTag) },
    FieldDef("source_tag", .string, "SourcePackageLabel: the package the sample came from") { r, c in Value(c.dataset.labResults[Int(r.i)].sourceTag) },
    FieldDef("batch", .string, "ProductionBatchNumber (Metrc per-package results have none: see package.batch)") { r, c in
        Value(c.dataset.labResults[Int(r.i)].productionBatch)
    },
    FieldDef("package", .record(.package), "the tested package in the inventory exports (by PackageId, else SourcePackageLabel)",
             needs: [.labResults]) { r, c in
        c.index.package(ofLabResult: Int(r.i), in: c.dataset).map { .record(RecordRef(.package, $0)) } ?? .null
    },
    FieldDef("product_name", .string, "ProductName") { r, c in Value(c.dataset.labResults[Int(r.i)].productName) },
    FieldDef("product_category", .string, "ProductCategoryName") { r, c in Value(c.dataset.labResults[Int(r.i)].productCategory) },
    FieldDef("tested_date", .day, "TestPerformedDate") { r, c in Value(c.dataset.labResults[Int(r.i)].testedDate) },
    FieldDef("overall_passed", .bool, "OverallPassed") { r, c in Value(c.dataset.labResults[Int(r.i)].overallPassed) },
    FieldDef("released", .bool, "ResultReleased") { r, c in Value(c.dataset.labResults[Int(r.i)].released) },
    FieldDef("released_at", .dateTime, "ResultReleaseDateTime") { r, c in Value(c.dataset.labResults[Int(r.i)].releasedAt) },
    FieldDef("expires_at", .dateTime, "ExpirationDateTime") { r, c in Value(c.dataset.labResults[Int(r.i)].expiresAt) },
    FieldDef("revoked_date", .day, "RevokedDate") { r, c in Value(c.dataset.labResults[Int(r.i)].revokedDate) },
    FieldDef("total_thc", .number, "TotalTHC (percent)") { r, c in Value(c.dataset.labResults[Int(r.i)].totalTHC) },
    FieldDef("total_cbd", .number, "TotalCBD (percent)") { r, c in Value(c.dataset.labResults[Int(r.i)].totalCBD) },
    FieldDef("document_id", .string, "LabTestResultDocumentFileId") { r, c in Value(c.dataset.labResults[Int(r.i)].documentId) },
    FieldDef("panels", .list(.record(.labPanel)), "the test types (panels) of this result") { r, c in
        .list(c.dataset.labResults[Int(r.i)].panels.indices.map { .record(RecordRef(.labPanel, Int(r.i), $0)) })
    },
]

let labPanelFields: [FieldDef] = [
    FieldDef("name", .string, "TestTypeName, e.g. Heavy Metals") { r, c in Value(c.dataset.labResults[Int(r.i)].panels[Int(r.j)].name) },
    FieldDef("passed", .bool, "TestPassed") { r, c in Value(c.dataset.labResults[Int(r.i)].panels[Int(r.j)].passed) },
    FieldDef("level", .number, "TestResultLevel") { r, c in Value(c.dataset.labResults[Int(r.i)].panels[Int(r.j)].level) },
    FieldDef("informational_only", .bool, "TestInformationalOnly") { r, c in Value(c.dataset.labResults[Int(r.i)].panels[Int(r.j)].informationalOnly) },
    FieldDef("comment", .string, "TestComment") { r, c in Value(c.dataset.labResults[Int(r.i)].panels[Int(r.j)].comment) },
    FieldDef("revoked_date", .day, "LabTestDetailRevokedDate") { r, c in Value(c.dataset.labResults[Int(r.i)].panels[Int(r.j)].revokedDate) },
]
