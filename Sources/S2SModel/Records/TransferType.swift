/// A transfer type and what it requires: Metrc `/transfers/v2/types`. The `requires…` flags are
/// what rules check a manifest's destinations and lines against.
public struct TransferType: Sendable, Hashable {
    public var name: String?
    /// `TransactionType`: `Standard`, `Wholesale`, …
    public var transactionType: String?
    public var forLicensedShipments: Bool?
    public var forExternalIncomingShipments: Bool?
    public var forExternalOutgoingShipments: Bool?
    public var requiresDestinationGrossWeight: Bool?
    public var requiresPackagesGrossWeight: Bool?
    public var requiresInvoiceNumber: Bool?
    public var requiresPDFDocument: Bool?
    public var bypassApproval: Bool?
    public var source: SourceRef

    public init(name: String? = nil, transactionType: String? = nil, source: SourceRef = .none) {
        self.name = name
        self.transactionType = transactionType
        self.source = source
    }
}
