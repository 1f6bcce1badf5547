/// One package received at the dock: an internal receiving log (WMS) line read through a
/// mapping file. Compared with the incoming manifest and the S2S record.
public struct ReceivingLine: Sendable, Hashable {
    /// The receiving document (receipt, PO or dock ticket) the line belongs to.
    public var receiptId: String?
    /// The manifest the goods arrived on.
    public var manifestNumber: String?
    public var shipperLicenseNumber: String?
    public var receiverLicenseNumber: String?
    public var tag: String?
    public var itemName: String?
    public var sku: String?
    /// What the manifest or purchase order said would arrive.
    public var expectedQuantity: Quantity?
    /// What was counted or weighed on arrival.
    public var receivedQuantity: Quantity?
    public var receivedAt: DateTime?
    /// Whether the package was accepted (false: rejected or quarantined), when recorded.
    public var accepted: Bool?
    /// Damage, tamper or other condition notes as written.
    public var condition: String?
    public var receivedBy: String?
    public var note: String?
    public var source: SourceRef

    public init(receiptId: String? = nil, tag: String? = nil, receivedQuantity: Quantity? = nil, source: SourceRef = .none) {
        self.receiptId = receiptId
        self.tag = tag
        self.receivedQuantity = receivedQuantity
        self.source = source
    }
}
