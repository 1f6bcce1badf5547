import S2SModel

/// Item fields, both nested (`Package.Item{…}`, `/items/v2/active`) and flattened onto a v1
/// package (`ProductName`, `ProductCategoryName`, `ItemStrainName`, …).
enum ItemField: Sendable {
    case id, name, category, categoryType, quantityType, strain, brand, unitOfMeasure
    case thcPercent, thcContent, thcContentUnit, cbdPercent, cbdContent, cbdContentUnit
    case unitWeight, unitWeightUnit, unitVolume, unitVolumeUnit, approvalStatus
}

struct ItemBuilder {
    var item = Item()
    var thcContent: Decimal?
    var thcUnit: String?
    var cbdContent: Decimal?
    var cbdUnit: String?
    var weight: Decimal?
    var weightUnit: String?
    var volume: Decimal?
    var volumeUnit: String?

    /// Reads one item field's value at the cursor.
    mutating func read(_ f: ItemField, _ c: inout JSONCursor, _ sink: inout ImportSink, _ ptr: @autoclosure () -> String) throws {
        switch f {
        case .id: item.id = try c.stringField(&sink, ptr())
        case .name: item.name = try c.stringField(&sink, ptr())
        case .category: item.category = try c.stringField(&sink, ptr())
        case .categoryType: item.categoryType = try c.stringField(&sink, ptr())
        case .quantityType: item.quantityType = try c.stringField(&sink, ptr())
        case .strain: item.strain = try c.stringField(&sink, ptr())
        case .brand: item.brand = try c.stringField(&sink, ptr()) ?? item.brand
        case .unitOfMeasure: item.unitOfMeasure = try c.stringField(&sink, ptr())
        case .thcPercent: item.unitThcPercent = try c.decimalField(&sink, ptr())
        case .thcContent: thcContent = try c.decimalField(&sink, ptr())
        case .thcContentUnit: thcUnit = try c.stringField(&sink, ptr())
        case .cbdPercent: item.unitCbdPercent = try c.decimalField(&sink, ptr())
        case .cbdContent: cbdContent = try c.decimalField(&sink, ptr())
        case .cbdContentUnit: cbdUnit = try c.stringField(&sink, ptr())
        case .unitWeight: weight = try c.decimalField(&sink, ptr())
        case .unitWeightUnit: weightUnit = try c.stringField(&sink, ptr())
        case .unitVolume: volume = try c.decimalField(&sink, ptr())
        case .unitVolumeUnit: volumeUnit = try c.stringField(&sink, ptr())
        case .approvalStatus: item.approvalStatus = try c.stringField(&sink, ptr())
        }
    }

    func build(source: SourceRef) -> Item {
        var i = item
        i.source = source
        func q(_ v: Decimal?, _ u: String?) -> Quantity? {
            guard let v else { return nil }
            return Quantity(v, UnitNames.unit(u ?? ""))
        }
        i.unitThcContent = q(thcContent, thcUnit)
        i.unitCbdContent = q(cbdContent, cbdUnit)
        i.unitWeight = q(weight, weightUnit)
        i.unitVolume = q(volume, volumeUnit)
        return i
    }
}

import Foundation

let nestedItemFields = FieldTable<ItemField>([
    ("Id", .id), ("Name", .name), ("ProductCategoryName", .category), ("ProductCategoryType", .categoryType),
    ("QuantityType", .quantityType), ("StrainName", .strain), ("ItemBrandName", .brand),
    ("ProductBrandName", .brand), ("UnitOfMeasureName", .unitOfMeasure),
    ("UnitThcPercent", .thcPercent), ("UnitThcContent", .thcContent),
    ("UnitThcContentUnitOfMeasureName", .thcContentUnit), ("UnitCbdPercent", .cbdPercent),
    ("UnitCbdContent", .cbdContent), ("UnitCbdContentUnitOfMeasureName", .cbdContentUnit),
    ("UnitWeight", .unitWeight), ("UnitWeightUnitOfMeasureName", .unitWeightUnit),
    ("UnitVolume", .unitVolume), ("UnitVolumeUnitOfMeasureName", .unitVolumeUnit),
    ("ApprovalStatus", .approvalStatus),
    // the create-item request (POST /items/v1|v2) names the same fields without "Name"
    ("ItemCategory", .category), ("UnitOfMeasure", .unitOfMeasure), ("Strain", .strain), ("ItemBrand", .brand),
    ("UnitThcContentUnitOfMeasure", .thcContentUnit), ("UnitCbdContentUnitOfMeasure", .cbdContentUnit),
    ("UnitWeightUnitOfMeasure", .unitWeightUnit), ("UnitVolumeUnitOfMeasure", .unitVolumeUnit),
])

/// Reads a nested item object at the cursor.
func readItemObject(_ c: inout JSONCursor, _ sink: inout ImportSink, pointer: String) throws -> Item? {
    if c.consumeNull() { return nil }
    guard c.peek() == UInt8(ascii: "{") else {
        let _: Int? = try c.mismatch(&sink, pointer, expected: "an object")
        return nil
    }
    let start = c.here
    var b = ItemBuilder()
    try c.beginObject()
    var first = true
    while let key = try c.nextKey(first: &first) {
        if let f = nestedItemFields.field(for: key) {
            try b.read(f, &c, &sink, pointer + "/" + key.text)
        } else {
            try c.skipValue()
        }
    }
    return b.build(source: sink.ref(start, pointer))
}
