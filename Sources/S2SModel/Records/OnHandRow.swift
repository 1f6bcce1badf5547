public import Foundation

/// One row of an internal on-hand (stock) list: what the ERP/WMS believes is in the vault, by
/// package and location. Compared with the S2S package list in reconciliation and counts.
public struct OnHandRow: Sendable, Hashable {
    public var tag: String?
    public var itemName: String?
    public var sku: String?
    public var category: String?
    public var location: String?
    public var quantity: Quantity?
    /// License of the facility that holds the stock.
    public var licenseNumber: String?
    /// When the list was taken (or the row last changed).
    public var asOf: DateTime?
    /// Stock status as written (`available`, `hold`, `quarantine` …).
    public var status: String?
    public var unitCost: Decimal?
    public var batch: String?
    public var source: SourceRef

    public init(tag: String? = nil, quantity: Quantity? = nil, location: String? = nil, source: SourceRef = .none) {
        self.tag = tag
        self.quantity = quantity
        self.location = location
        self.source = source
    }
}
