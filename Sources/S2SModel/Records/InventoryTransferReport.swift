/// One row of a CCRS `InventoryTransfer.CSV`: the receiving licensee reports a lot it received
/// from another license (`FromLicenseNumber`, `FromInventoryExternalIdentifier`: the sender's lot)
/// as its own lot (`ToLicenseNumber`, `ToInventoryExternalIdentifier`) with the `Quantity`
/// received. Joined to the manifest lines it receives once every file is read (`receivedTag`,
/// `receivedQuantity`); not a record of the rule language on its own.
public struct InventoryTransferReport: Sendable, Hashable {
    public var fromLicenseNumber: String?
    public var toLicenseNumber: String?
    public var fromTag: String?
    public var toTag: String?
    public var quantity: Quantity?
    public var transferDate: Day?
    /// The upload's `SubmittedDate`.
    public var reportedOn: Day?
    public var operation: String?
    public var source: SourceRef

    public init(source: SourceRef = .none) { self.source = source }
}
