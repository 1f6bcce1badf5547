import S2SModel
import Foundation

/// Reads Metrc package lists: `/packages/v1|v2/active|onhold|inactive|intransit`, `/{id}`,
/// `/{label}`; v1 bare arrays and v2 `{"Data": […]}` pages; the item nested (`Item{}`) or flattened
/// (`ProductName`, `ItemStrainName`, …). The holder (owner) is not in the rows: the caller passes it.
public enum MetrcPackageReader {
    enum Field: Sendable {
        case id, label, packageType, harvestNames, sourceLabels, location, quantity, unitName, unitAbbrev
        case originalQuantity, itemFrom, note, packagedDate, expirationDate, sellBy, useBy
        case initialLabState, labState, labStateDate, isProductionBatch, batch, sourceBatches
        case tradeSample, donation, testingSample, remediation, receivedAt, receivedManifest, receivedFrom
        case onHold, onRecall, onInvestigation, archived, finished, lastModified, item
        case flat(ItemField)
    }

    static let fields = FieldTable<Field>([
        ("Id", .id), ("Label", .label), ("PackageLabel", .label), ("Tag", .label), ("PackageType", .packageType),
        ("SourceHarvestNames", .harvestNames), ("SourcePackageLabels", .sourceLabels),
        ("LocationName", .location), ("Quantity", .quantity), ("UnitOfMeasureName", .unitName),
        ("UnitOfMeasureAbbreviation", .unitAbbrev), ("OriginalPackageQuantity", .originalQuantity),
        ("ItemFromFacilityLicenseNumber", .itemFrom), ("Note", .note), ("PackagedDate", .packagedDate),
        ("ExpirationDate", .expirationDate), ("SellByDate", .sellBy), ("UseByDate", .useBy),
        ("InitialLabTestingState", .initialLabState), ("LabTestingState", .labState),
        ("LabTestingStateDate", .labStateDate), ("IsProductionBatch", .isProductionBatch),
        ("ProductionBatchNumber", .batch), ("SourceProductionBatchNumbers", .sourceBatches),
        ("IsTradeSample", .tradeSample), ("IsDonation", .donation), ("IsTestingSample", .testingSample),
        ("ProductRequiresRemediation", .remediation), ("ReceivedDateTime", .receivedAt),
        ("ReceivedFromManifestNumber", .receivedManifest), ("ReceivedFromFacilityLicenseNumber", .receivedFrom),
        ("IsOnHold", .onHold), ("IsOnRecallCombined", .onRecall), ("IsOnInvestigation", .onInvestigation),
        ("ArchivedDate", .archived), ("FinishedDate", .finished), ("LastModified", .lastModified), ("Item", .item),
        // v1 flattened item fields
        ("ProductId", .flat(.id)), ("ProductName", .flat(.name)), ("ProductCategoryName", .flat(.category)),
        ("ProductCategoryType", .flat(.categoryType)), ("ItemStrainName", .flat(.strain)),
        ("ItemBrandName", .flat(.brand)), ("ItemUnitThcPercent", .flat(.thcPercent)),
        ("ItemUnitThcContent", .flat(.thcContent)), ("ItemUnitThcContentUnitOfMeasureName", .flat(.thcContentUnit)),
        ("ItemUnitCbdPercent", .flat(.cbdPercent)), ("ItemUnitCbdContent", .flat(.cbdContent)),
        ("ItemUnitCbdContentUnitOfMeasureName", .flat(.cbdContentUnit)), ("ItemUnitWeight", .flat(.unitWeight)),
        ("ItemUnitWeightUnitOfMeasureName", .flat(.unitWeightUnit)),
    ])

    /// Keys whose presence marks a row as a package.
    static let signature = ["Label", "LabTestingState", "PackagedDate", "PackageType", "UnitOfMeasureName"].map(JSONKey.hash)

    /// Decodes one package object at the cursor.
    static func readPackage(_ c: inout JSONCursor, _ sink: inout ImportSink, pointer: String, owner: String?,
                            status: String?) throws -> Package? {
        let start = c.here
        try c.beginObject()
        var p = Package(tag: "", ownerLicenseNumber: owner, source: sink.ref(start, pointer))
        p.status = status
        var hasLabel = false
        var qty: Decimal?
        var abbrev: String?
        var originalQty: Decimal?
        var nested: Item?
        var flat = ItemBuilder()
        var recall: Bool?
        var first = true
        while let key = try c.nextKey(first: &first) {
            guard let f = fields.field(for: key) else { try c.skipValue(); continue }
            func ptr() -> String { pointer + "/" + key.text }
            switch f {
            case .id: p.id = try c.stringField(&sink, ptr())
            case .label:
                if let s = try c.stringField(&sink, ptr()) { p.tag = s; hasLabel = true }
            case .packageType: p.packageType = try c.stringField(&sink, ptr())
            case .harvestNames: p.sourceHarvestNames = try c.stringListField(&sink, ptr())
            case .sourceLabels: p.sourcePackageTags = try c.stringListField(&sink, ptr())
            case .location: p.location = try c.stringField(&sink, ptr())
            case .quantity: qty = try c.decimalField(&sink, ptr())
            case .unitName: p.unitName = try c.stringField(&sink, ptr())
            case .unitAbbrev: abbrev = try c.stringField(&sink, ptr())
            case .originalQuantity: originalQty = try c.decimalField(&sink, ptr())
            case .itemFrom: p.itemFromLicenseNumber = try c.stringField(&sink, ptr())
            case .note: p.note = try c.stringField(&sink, ptr())
            case .packagedDate: p.packagedDate = try c.dayField(&sink, ptr())
            case .expirationDate: p.expirationDate = try c.dayField(&sink, ptr())
            case .sellBy: p.sellByDate = try c.dayField(&sink, ptr())
            case .useBy: p.useByDate = try c.dayField(&sink, ptr())
            case .initialLabState: p.initialLabTestingState = try c.stringField(&sink, ptr())
            case .labState: p.labTestingState = try c.stringField(&sink, ptr())
            case .labStateDate: p.labTestingStateDate = try c.dayField(&sink, ptr())
            case .isProductionBatch: p.isProductionBatch = try c.boolField(&sink, ptr())
            case .batch: p.productionBatch = try c.stringField(&sink, ptr())
            case .sourceBatches: p.sourceProductionBatches = try c.stringListField(&sink, ptr())
            case .tradeSample: p.isTradeSample = try c.boolField(&sink, ptr())
            case .donation: p.isDonation = try c.boolField(&sink, ptr())
            case .testingSample: p.isTestingSample = try c.boolField(&sink, ptr())
            case .remediation: p.requiresRemediation = try c.boolField(&sink, ptr())
            case .receivedAt: p.receivedAt = try c.dateTimeField(&sink, ptr())
            case .receivedManifest: p.receivedFromManifestNumber = try c.stringField(&sink, ptr())
            case .receivedFrom: p.receivedFromLicenseNumber = try c.stringField(&sink, ptr())
            case .onHold: p.onHold = try c.boolField(&sink, ptr())
            case .onRecall: recall = try c.boolField(&sink, ptr())
            case .onInvestigation: p.onInvestigation = try c.boolField(&sink, ptr())
            case .archived: p.archivedDate = try c.dayField(&sink, ptr())
            case .finished: p.finishedDate = try c.dayField(&sink, ptr())
            case .lastModified: p.lastModified = try c.dateTimeField(&sink, ptr())
            case .item: nested = try readItemObject(&c, &sink, pointer: ptr())
            case .flat(let itemField): try flat.read(itemField, &c, &sink, ptr())
            }
        }
        p.onRecall = recall
        if p.unitName == nil { p.unitName = abbrev }
        let unit = UnitNames.unit(p.unitName ?? abbrev ?? "")
        if let qty { p.quantity = Quantity(qty, unit) }
        if let originalQty { p.originalQuantity = Quantity(originalQty, unit) }
        p.item = nested ?? flat.build(source: p.source)
        if nested != nil {
            // a v1 row may carry both shapes: fill what the nested item lacks
            let f = flat.build(source: p.source)
            if p.item.name == nil { p.item.name = f.name }
            if p.item.category == nil { p.item.category = f.category }
            if p.item.strain == nil { p.item.strain = f.strain }
        }
        guard hasLabel else {
            sink.problem("package at \(pointer) has no Label (package tag)", code: "metrc.package.label",
                         offset: start.offset, pointer: pointer, hint: "every Metrc package row carries its 24-character Label")
            return nil
        }
        return p
    }
}
