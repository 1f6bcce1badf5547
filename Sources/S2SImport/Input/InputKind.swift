/// What an input file holds, as recognised from its shape (or required by the flag it was given with).
public enum InputKind: String, Sendable, CaseIterable {
    // Metrc (v1 bare arrays and v2 {"Data": …} pages)
    case packages = "metrc.packages"
    case labResults = "metrc.lab-results"
    /// Template-shaped manifests: the create-template request, `shared/bench` manifests.
    case manifests = "manifests"
    case metrcTransfers = "metrc.transfers"
    case metrcDeliveries = "metrc.deliveries"
    case metrcDeliveryPackages = "metrc.delivery-packages"
    case metrcDeliveryWholesale = "metrc.delivery-wholesale"
    case metrcDeliveryTransporters = "metrc.delivery-transporters"
    case metrcDeliveryTransporterDetails = "metrc.delivery-transporter-details"
    case metrcTransferredPackages = "metrc.transferred-packages"
    case metrcItems = "metrc.items"
    case metrcItemCategories = "metrc.item-categories"
    case metrcUnits = "metrc.units-of-measure"
    case metrcFacilities = "metrc.facilities"
    case metrcLabTestBatches = "metrc.lab-test-batches"
    case metrcLabTestTypes = "metrc.lab-test-types"
    case metrcLabTestRecord = "metrc.lab-test-record"
    case metrcTransferTypes = "metrc.transfer-types"
    case metrcDrivers = "metrc.drivers"
    case metrcVehicles = "metrc.vehicles"
    case metrcAdjustments = "metrc.adjustments"
    case metrcReceipts = "metrc.sales-receipts"
    case metrcSalesDeliveries = "metrc.sales-deliveries"
    case metrcRetailerDeliveries = "metrc.retailer-deliveries"
    // BioTrackTHC legacy JSON API (serverjson.asp)
    case biotrackInventory = "biotrack.inventory"
    case biotrackManifest = "biotrack.manifest"
    case biotrackManifestRequest = "biotrack.manifest-request"
    case biotrackVendors = "biotrack.vendors"
    case biotrackQACheck = "biotrack.qa-check"
    case biotrackQASamples = "biotrack.qa-samples"
    // Washington CCRS uploads
    case ccrsInventory = "ccrs.inventory"
    case ccrsProduct = "ccrs.product"
    case ccrsStrain = "ccrs.strain"
    case ccrsLabTest = "ccrs.lab-test"
    case ccrsSale = "ccrs.sale"
    case ccrsAdjustment = "ccrs.inventory-adjustment"
    case ccrsInventoryTransfer = "ccrs.inventory-transfer"
    case ccrsManifest = "ccrs.manifest"
    // License rosters
    case roster = "roster"
    case rosterDCCJSON = "roster.ca-dcc-api"
    // Internal ERP/WMS exports read through a mapping file
    case mapped = "mapped"

    /// How the kind is described to a user ("expected Metrc packages, but …").
    public var title: String {
        switch self {
        case .packages: return "Metrc packages"
        case .labResults: return "lab-test results (Metrc)"
        case .manifests: return "transfer manifests (Metrc template shape)"
        case .metrcTransfers: return "Metrc transfers (incoming, outgoing, rejected, templates)"
        case .metrcDeliveries: return "Metrc transfer deliveries"
        case .metrcDeliveryPackages: return "Metrc delivery packages"
        case .metrcDeliveryWholesale: return "Metrc delivery wholesale prices"
        case .metrcDeliveryTransporters: return "Metrc delivery transporters"
        case .metrcDeliveryTransporterDetails: return "Metrc delivery transporter details"
        case .metrcTransferredPackages: return "Metrc transferred packages"
        case .metrcItems: return "Metrc items"
        case .metrcItemCategories: return "Metrc item categories"
        case .metrcUnits: return "Metrc units of measure"
        case .metrcFacilities: return "Metrc facilities"
        case .metrcLabTestBatches: return "Metrc lab-test batches"
        case .metrcLabTestTypes: return "Metrc lab-test types"
        case .metrcLabTestRecord: return "Metrc lab-test results to record"
        case .metrcTransferTypes: return "Metrc transfer types"
        case .metrcDrivers: return "Metrc drivers"
        case .metrcVehicles: return "Metrc vehicles"
        case .metrcAdjustments: return "Metrc package adjustments"
        case .metrcReceipts: return "Metrc sales receipts"
        case .metrcSalesDeliveries: return "Metrc deliveries to customers"
        case .metrcRetailerDeliveries: return "Metrc retailer deliveries (vehicle runs)"
        case .biotrackInventory: return "BioTrack inventory (sync_inventory)"
        case .biotrackManifest: return "BioTrack manifests (sync_manifest)"
        case .biotrackManifestRequest: return "BioTrack manifest request (inventory_manifest)"
        case .biotrackVendors: return "BioTrack vendors (sync_vendor)"
        case .biotrackQACheck: return "BioTrack lab result (inventory_qa_check)"
        case .biotrackQASamples: return "BioTrack lab samples (sync_inventory_qa_sample)"
        case .ccrsInventory: return "CCRS Inventory.CSV"
        case .ccrsProduct: return "CCRS Product.CSV"
        case .ccrsStrain: return "CCRS Strain.CSV"
        case .ccrsLabTest: return "CCRS LabTest.CSV"
        case .ccrsSale: return "CCRS Sale.CSV"
        case .ccrsAdjustment: return "CCRS InventoryAdjustment.CSV"
        case .ccrsInventoryTransfer: return "CCRS InventoryTransfer.CSV"
        case .ccrsManifest: return "CCRS Manifest.CSV"
        case .roster: return "a license roster (CSV)"
        case .rosterDCCJSON: return "a license roster (California DCC search API JSON)"
        case .mapped: return "an ERP/WMS export read through a mapping file"
        }
    }

    /// The input roles (command-line flags) a file of this kind may be given with.
    public var roles: Swift.Set<InputRole> {
        switch self {
        // CCRS Product.CSV completes the Inventory.CSV lots (their type, unit and unit weight);
        // InventoryTransfer.CSV is the recipient's report of the lots it received
        case .packages, .biotrackInventory, .ccrsInventory, .ccrsProduct, .ccrsInventoryTransfer: return [.inventory, .any]
        case .labResults, .biotrackQACheck, .biotrackQASamples, .ccrsLabTest, .metrcLabTestRecord:
            return [.labResults, .any]
        case .manifests, .metrcTransfers, .metrcDeliveries, .metrcDeliveryPackages, .metrcTransferredPackages,
             .biotrackManifest, .biotrackManifestRequest, .ccrsManifest:
            return [.manifests, .any]
        case .roster, .rosterDCCJSON, .biotrackVendors: return [.licenses, .any]
        default: return [.any]
        }
    }

    /// The role of a kind given explicitly (the flag it came with).
    public var primaryRole: InputRole {
        roles.first { $0 != .any } ?? .any
    }
}

/// Why a file was given: the flag it came with. A file given for a role must be of a kind that
/// fills that role (`--inventory` takes Metrc packages, BioTrack inventory or CCRS Inventory.CSV).
public enum InputRole: String, Sendable, Hashable {
    case manifests, inventory, licenses, labResults = "lab-results", any

    /// The kind a file of this role is read as when its shape matches nothing (so the problems
    /// reported are about that kind's fields).
    public var fallbackKind: InputKind? {
        switch self {
        case .manifests: return .manifests
        case .inventory: return .packages
        case .licenses: return .roster
        case .labResults: return .labResults
        case .any: return nil
        }
    }

    public var title: String {
        switch self {
        case .manifests: return "manifests"
        case .inventory: return "inventory (packages)"
        case .licenses: return "license rosters"
        case .labResults: return "lab results"
        case .any: return "any export"
        }
    }
}

/// How to read one input.
public struct InputOptions: Sendable {
    /// The kind the user said this file is (from the flag it came with); nil to recognise it.
    /// Any kind that fills the same role is accepted (`.manifests` also takes Metrc transfers,
    /// BioTrack and CCRS manifests).
    public var expected: InputKind?
    /// License number of the facility holding the packages (Metrc package exports do not say).
    public var owner: String?
    /// Zone for date-times written without one.
    public var zone: ZoneResolver
    /// Which list the file was exported from (`active`, `onhold`, `inactive`, `intransit`,
    /// `incoming`, `outgoing`, `rejected`, `template`), from the documented endpoint or the file name.
    public var listHint: String?
    /// Whether words in the file's path may name the list when neither `listHint` nor a documented
    /// endpoint does. False for data that is not a file (rule examples, whose "path" is a label such
    /// as a test's name: a test named "a package on hold …" must not make every package on hold).
    public var listFromPath = true
    /// The numeric id in the documented endpoint (`/transfers/v2/deliveries/1234/packages`).
    public var endpointId: String?
    /// The endpoint path when the file documents it (`shared/metrc-v2-examples`).
    public var endpoint: String?
    /// Mapping files for internal ERP/WMS exports (their column lists join shape recognition).
    public var mappings: [MappingFile]

    public init(expected: InputKind? = nil, owner: String? = nil, zone: ZoneResolver = .utc,
                listHint: String? = nil, mappings: [MappingFile] = []) {
        self.expected = expected
        self.owner = owner
        self.zone = zone
        self.listHint = listHint
        self.mappings = mappings
    }

    /// The role asked for, from `expected`.
    public var role: InputRole { expected?.primaryRole ?? .any }
}
