/// A strain (variety) a licensee registered: Washington CCRS `Strain.CSV`.
public struct Strain: Sendable, Hashable {
    public var name: String
    /// `StrainType` as written (e.g. `Hybrid`, `Indica`).
    public var type: String?
    public var licenseNumber: String?
    public var source: SourceRef

    public init(name: String, type: String? = nil, licenseNumber: String? = nil, source: SourceRef = .none) {
        self.name = name
        self.type = type
        self.licenseNumber = licenseNumber
        self.source = source
    }
}
