public import Foundation

/// One line of a sales order (what the business sold or will ship): from an ERP export through a
/// mapping file, or Washington CCRS `Sale.CSV`. Reconciliation compares these with manifests and
/// the S2S record.
public struct SalesOrderLine: Sendable, Hashable {
    public var orderId: String?
    public var lineId: String?
    public var orderedAt: DateTime?
    /// The day the goods are due to ship or be delivered.
    public var shipDate: Day?
    /// License of the buyer (a licensee) when the sale is business to business.
    public var customerLicenseNumber: String?
    public var customerName: String?
    /// License of the selling facility.
    public var sellerLicenseNumber: String?
    /// The package tag the line is filled from, when known.
    public var tag: String?
    public var itemName: String?
    /// The business's own product code.
    public var sku: String?
    public var quantity: Quantity?
    public var unitPrice: Decimal?
    public var discount: Decimal?
    public var tax: Decimal?
    public var totalPrice: Decimal?
    /// Order or line status as written (`open`, `picked`, `shipped`, `cancelled` …).
    public var status: String?
    /// Kind of sale as written (CCRS `SaleType`: `RecreationalRetail`, `Wholesale` …).
    public var saleType: String?
    /// The manifest the line shipped on, when the ERP records it.
    public var manifestNumber: String?
    public var source: SourceRef

    public init(orderId: String? = nil, tag: String? = nil, quantity: Quantity? = nil, source: SourceRef = .none) {
        self.orderId = orderId
        self.tag = tag
        self.quantity = quantity
        self.source = source
    }
}
