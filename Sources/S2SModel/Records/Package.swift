import Foundation

/// A tagged package (lot) of cannabis goods held by a licensee.
public struct Package: Sendable, Hashable {
    /// The S2S system's id (Metrc `Id`, BioTrack 16-digit id, CCRS InventoryId), as text.
    public var id: String?
    /// The package tag / UID (Metrc `Label`), verbatim. BioTrack and CCRS use their own identifiers here.
    public var tag: String
    /// License number of the facility that holds the package (Metrc: the export's `licenseNumber`).
    public var ownerLicenseNumber: String?
    public var item: Item
    public var quantity: Quantity?
    /// The unit text exactly as the export wrote it (`Grams`, `Each`).
    public var unitName: String?
    public var originalQuantity: Quantity?
    public var productionBatch: String?
    public var isProductionBatch: Bool?
    public var sourcePackageTags: [String]
    public var sourceProductionBatches: [String]
    public var sourceHarvestNames: [String]
    public var packagedDate: Day?
    public var expirationDate: Day?
    public var sellByDate: Day?
    public var useByDate: Day?
    /// Metrc `LabTestingState` (`TestPassed`, `TestFailed`, …) as written.
    public var labTestingState: String?
    public var labTestingStateDate: Day?
    public var initialLabTestingState: String?
    public var onHold: Bool?
    public var onRecall: Bool?
    public var onInvestigation: Bool?
    public var isTradeSample: Bool?
    public var isTestingSample: Bool?
    public var isDonation: Bool?
    public var requiresRemediation: Bool?
    public var packageType: String?
    public var location: String?
    /// Which list the export came from: active, onhold, inactive, intransit (when known).
    public var status: String?
    public var itemFromLicenseNumber: String?
    public var receivedFromLicenseNumber: String?
    public var receivedFromManifestNumber: String?
    public var receivedAt: DateTime?
    public var archivedDate: Day?
    public var finishedDate: Day?
    public var lastModified: DateTime?
    public var note: String?
    /// CCRS: the upload's `SubmittedDate` (preamble) of the Inventory.CSV the lot was read from: the
    /// day the licensee says it submitted the file.
    public var reportedOn: Day?
    /// CCRS audit columns of the row: `CreatedDate`, `UpdatedDate` and `Operation` (INSERT, UPDATE,
    /// DELETE, upper-cased), which say what the row reports and when it happened.
    public var createdDate: Day?
    public var updatedDate: Day?
    public var operation: String?
    public var source: SourceRef

    public init(tag: String, id: String? = nil, ownerLicenseNumber: String? = nil, item: Item = Item(),
                quantity: Quantity? = nil, unitName: String? = nil, source: SourceRef = .none) {
        self.tag = tag
        self.id = id
        self.ownerLicenseNumber = ownerLicenseNumber
        self.item = item
        self.quantity = quantity
        self.unitName = unitName
        self.sourcePackageTags = []
        self.sourceProductionBatches = []
        self.sourceHarvestNames = []
        self.source = source
    }
}
