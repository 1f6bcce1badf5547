/// A driver registered with the S2S system: Metrc `/transporters/v2/drivers`.
public struct Driver: Sendable, Hashable {
    public var id: String?
    public var facilityId: String?
    public var employeeId: String?
    public var name: String?
    /// The driver's (state driving) license number.
    public var driversLicenseNumber: String?
    public var source: SourceRef

    public init(id: String? = nil, name: String? = nil, driversLicenseNumber: String? = nil, source: SourceRef = .none) {
        self.id = id
        self.name = name
        self.driversLicenseNumber = driversLicenseNumber
        self.source = source
    }
}

/// A vehicle registered with the S2S system: Metrc `/transporters/v2/vehicles`.
public struct Vehicle: Sendable, Hashable {
    public var id: String?
    public var facilityId: String?
    public var make: String?
    public var model: String?
    public var licensePlateNumber: String?
    public var source: SourceRef

    public init(id: String? = nil, make: String? = nil, model: String? = nil, licensePlateNumber: String? = nil,
                source: SourceRef = .none) {
        self.id = id
        self.make = make
        self.model = model
        self.licensePlateNumber = licensePlateNumber
        self.source = source
    }
}
