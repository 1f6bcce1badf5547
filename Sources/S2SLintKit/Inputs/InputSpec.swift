public import S2SImport

/// The files a run reads, by role.
public struct InputSpec: Sendable {
    /// Manifest files; `-` reads standard input.
    public var manifests: [String] = []
    /// Inventory (package) exports: files or directories of `<LicenseNumber>.json` files;
    /// `LICENSE=path` names the holder explicitly.
    public var inventory: [String] = []
    /// License rosters (CSV, or the California DCC search API JSON).
    public var licenses: [String] = []
    /// Lab-test results (Metrc JSON, BioTrack, CCRS LabTest.CSV).
    public var labResults: [String] = []
    /// Exports of any kind, recognised by their shape: files, directories (read recursively), or
    /// `-` for standard input; `LICENSE=path` names the holder of package exports.
    public var inputs: [String] = []
    /// Mapping files for internal ERP/WMS exports (mapping files found among `inputs` are used too).
    public var mappings: [String] = []
    /// Lab certificates (COAs): PDF, extracted text, XML or WCIA JSON files, or folders of them.
    public var coas: [String] = []
    /// Folders of lab profiles read after the bundled ones (a profile with the same id replaces it).
    public var labProfiles: [String] = []
    /// Zone for date-times written without one (the jurisdiction's).
    public var zone: ZoneResolver = .utc

    public init(manifests: [String] = [], inventory: [String] = [], licenses: [String] = [], labResults: [String] = [],
                inputs: [String] = [], mappings: [String] = [], zone: ZoneResolver = .utc,
                coas: [String] = [], labProfiles: [String] = []) {
        self.manifests = manifests
        self.inventory = inventory
        self.licenses = licenses
        self.labResults = labResults
        self.inputs = inputs
        self.mappings = mappings
        self.zone = zone
        self.coas = coas
        self.labProfiles = labProfiles
    }

    /// Whether any input was named.
    public var isEmpty: Bool {
        manifests.isEmpty && inventory.isEmpty && licenses.isEmpty && labResults.isEmpty && inputs.isEmpty && coas.isEmpty
    }
}
