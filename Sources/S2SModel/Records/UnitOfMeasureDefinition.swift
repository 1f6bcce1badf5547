/// A unit of measure the S2S system accepts: Metrc `/unitsofmeasure/v2/active|inactive`.
public struct UnitOfMeasureDefinition: Sendable, Hashable {
    /// `Name`, e.g. `Ounces`.
    public var name: String?
    /// `Abbreviation`, e.g. `oz`.
    public var abbreviation: String?
    /// `CountBased`, `WeightBased`, `VolumeBased`.
    public var quantityType: String?
    /// The unit s2slint recognises in it (for conversions).
    public var unit: MeasureUnit
    /// Whether it came from the active or the inactive list, when known.
    public var isActive: Bool?
    public var source: SourceRef

    public init(name: String? = nil, abbreviation: String? = nil, quantityType: String? = nil,
                isActive: Bool? = nil, source: SourceRef = .none) {
        self.name = name
        self.abbreviation = abbreviation
        self.quantityType = quantityType
        self.unit = MeasureUnit(parsing: abbreviation ?? name ?? "")
        self.isActive = isActive
        self.source = source
    }
}
