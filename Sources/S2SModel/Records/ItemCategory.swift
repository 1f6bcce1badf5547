/// An item (product) category as the S2S system defines it: Metrc `/items/v2/categories`.
public struct ItemCategory: Sendable, Hashable {
    public var name: String?
    /// `ProductCategoryType` (`Buds`, `Concentrate`, …; numbers are kept as written).
    public var categoryType: String?
    /// `QuantityType`: `WeightBased`, `CountBased`, `VolumeBased` (numbers kept as written).
    public var quantityType: String?
    /// The names of the `Requires…` flags that are true (`RequiresStrain`, `RequiresUnitWeight`, …).
    public var requirements: [String]
    /// The other true/false flags by name (`CanContainSeeds`, `CanBeRemediated`, …).
    public var flags: [String: Bool]
    /// Lab-test batches an item of this category must be tested for.
    public var labTestBatchNames: [String]
    public var source: SourceRef

    public init(name: String? = nil, source: SourceRef = .none) {
        self.name = name
        self.requirements = []
        self.flags = [:]
        self.labTestBatchNames = []
        self.source = source
    }
}
