public import S2SImport

/// The files a run reads, by role.
public struct InputSpec: Sendable {
    /// Manifest files; `-` reads standard input.
    public var manifests: [String] = []
    /// Inventory (package) exports: files or directories of `<LicenseNumber>.json` files;
    /// `LICENSE=path` names the holder explicitly.
    public var inventory: [String] = []
    /// License rosters (CSV).
    public var licenses: [String] = []
    /// Lab-test results (Metrc JSON).
    public var labResults: [String] = []
    /// Zone for date-times written without one (the jurisdiction's).
    public var zone: ZoneResolver = .utc

    public init(manifests: [String] = [], inventory: [String] = [], licenses: [String] = [], labResults: [String] = [],
                zone: ZoneResolver = .utc) {
        self.manifests = manifests
        self.inventory = inventory
        self.licenses = licenses
        self.labResults = labResults
        self.zone = zone
    }
}
