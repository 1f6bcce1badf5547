public import Foundation

/// A product (Metrc "Item"): what a package holds.
public struct Item: Sendable, Hashable {
    public var id: String?
    public var name: String?
    /// `ProductCategoryName`, e.g. `Flower`, `Vape Cartridge (weight - each)`.
    public var category: String?
    /// `ProductCategoryType`, e.g. `Buds`, `Concentrate` (numbers from the API are kept as text).
    public var categoryType: String?
    /// `WeightBased`, `CountBased`, `VolumeBased`.
    public var quantityType: String?
    public var strain: String?
    public var brand: String?
    public var unitOfMeasure: String?
    /// Labelled potency per unit, when the item records it.
    public var unitThcPercent: Decimal?
    public var unitThcContent: Quantity?
    public var unitCbdPercent: Decimal?
    public var unitCbdContent: Quantity?
    public var unitWeight: Quantity?
    public var unitVolume: Quantity?
    public var approvalStatus: String?
    public var source: SourceRef

    public init(id: String? = nil, name: String? = nil, category: String? = nil, categoryType: String? = nil,
                quantityType: String? = nil, strain: String? = nil, brand: String? = nil,
                unitOfMeasure: String? = nil, unitThcPercent: Decimal? = nil, unitThcContent: Quantity? = nil,
                unitCbdPercent: Decimal? = nil, unitCbdContent: Quantity? = nil, unitWeight: Quantity? = nil,
                unitVolume: Quantity? = nil, approvalStatus: String? = nil, source: SourceRef = .none) {
        self.id = id
        self.name = name
        self.category = category
        self.categoryType = categoryType
        self.quantityType = quantityType
        self.strain = strain
        self.brand = brand
        self.unitOfMeasure = unitOfMeasure
        self.unitThcPercent = unitThcPercent
        self.unitThcContent = unitThcContent
        self.unitCbdPercent = unitCbdPercent
        self.unitCbdContent = unitCbdContent
        self.unitWeight = unitWeight
        self.unitVolume = unitVolume
        self.approvalStatus = approvalStatus
        self.source = source
    }
}
