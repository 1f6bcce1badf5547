/// A facility (licensed premises) the S2S user account can act for: Metrc `/facilities/v1|v2`.
/// Only the user's own facilities appear here; a counterparty's license status comes from rosters.
public struct Facility: Sendable, Hashable {
    /// `FacilityId` in the S2S system.
    public var id: String?
    public var name: String?
    public var displayName: String?
    /// `License.Number`: the state license number of the premises.
    public var licenseNumber: String?
    /// `License.LicenseType`, e.g. `Medical Cultivation`.
    public var licenseType: String?
    public var licenseStartDate: Day?
    /// `License.EndDate`: when the license lapses (a second source of status for one's own licenses).
    public var licenseEndDate: Day?
    public var credentialedDate: Day?
    /// The `FacilityType` flags exactly as Metrc names them (`CanGrowPlants`, `IsRetail`, …) that
    /// had a true/false value; packs read them by name.
    public var capabilities: [String: Bool]
    /// `AllowTransferOfOnHoldPackages` / `AllowTransferOfOnRecallPackages` (null in most states).
    public var allowTransferOfOnHoldPackages: Bool?
    public var allowTransferOfOnRecallPackages: Bool?
    public var source: SourceRef

    public init(id: String? = nil, name: String? = nil, licenseNumber: String? = nil, source: SourceRef = .none) {
        self.id = id
        self.name = name
        self.licenseNumber = licenseNumber
        self.capabilities = [:]
        self.source = source
    }
}
