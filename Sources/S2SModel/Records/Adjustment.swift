/// A change to a package's quantity recorded outside a sale or transfer (waste, drying, entry
/// error, theft, …): Metrc `/packages/v2/adjustments` and the `/packages/v2/adjust` request,
/// Washington CCRS `InventoryAdjustment.CSV`, BioTrack adjustments, or an ERP adjustment log.
public struct Adjustment: Sendable, Hashable {
    /// The package tag (Metrc `PackageLabel`/`Label`; CCRS `InventoryExternalIdentifier`).
    public var tag: String?
    /// The package's id in the S2S system (Metrc `PackageId`).
    public var packageId: String?
    public var itemName: String?
    public var itemCategory: String?
    /// The signed amount of the adjustment (negative removes), with its unit.
    public var quantity: Quantity?
    /// The unit text exactly as written.
    public var unitName: String?
    /// Why (`Waste`, `Drying`, `Entry Error`, CCRS `AdjustmentReason` …), as written.
    public var reason: String?
    public var note: String?
    public var date: Day?
    public var adjustedBy: String?
    /// License of the facility that made the adjustment, when the export says.
    public var licenseNumber: String?
    /// Identifier of the adjustment record itself (CCRS `ExternalIdentifier`).
    public var id: String?
    public var source: SourceRef

    public init(tag: String? = nil, quantity: Quantity? = nil, reason: String? = nil, date: Day? = nil,
                source: SourceRef = .none) {
        self.tag = tag
        self.quantity = quantity
        self.reason = reason
        self.date = date
        self.source = source
    }
}
