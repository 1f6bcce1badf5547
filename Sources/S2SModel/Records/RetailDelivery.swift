public import Foundation

/// A delivery of a retail sale to a customer's address: Metrc `/sales/v1|v2/deliveries` (active,
/// inactive, by id, the create request), and each destination of a retailer delivery.
public struct RetailDelivery: Sendable, Hashable {
    public var id: String?
    public var deliveryNumber: String?
    /// The retailer's license (`FacilityLicenseNumber`, else the license the export was given for).
    public var facilityLicenseNumber: String?
    public var transporterLicenseNumber: String?
    public var salesDateTime: DateTime?
    public var customerType: String?
    public var patientLicenseNumber: String?
    /// `ConsumerId`: the retailer's id for an adult-use customer.
    public var consumerId: String?
    public var recipient = RetailRecipient()
    public var plannedRoute: String?
    public var driverName: String?
    public var driverEmployeeId: String?
    public var driversLicenseNumber: String?
    public var vehicleMake: String?
    public var vehicleModel: String?
    public var vehiclePlate: String?
    public var estimatedDeparture: DateTime?
    public var actualDeparture: DateTime?
    public var estimatedArrival: DateTime?
    public var actualArrival: DateTime?
    public var acceptedDateTime: DateTime?
    public var completedDateTime: DateTime?
    public var voidedDate: Day?
    /// `RecordedDateTime`: when the delivery was entered in the S2S system (Metrc writes
    /// `0001-01-01`, read as none, when it has not been).
    public var recordedDateTime: DateTime?
    /// `SalesDeliveryState` as written.
    public var state: String?
    public var totalPackages: Int?
    public var totalPrice: Decimal?
    public var transactions: [SaleTransaction] = []
    /// The retailer delivery (vehicle run) this delivery is a destination of, by index in
    /// `Dataset.retailTrips`; nil for a delivery made on its own.
    public var trip: Int?
    public var source: SourceRef

    public init(source: SourceRef = .none) { self.source = source }

    public var customerKey: String? { CustomerKey.make(patient: patientLicenseNumber, caregiver: nil, consumer: consumerId) }
}

/// Where a delivery goes.
public struct RetailRecipient: Sendable, Hashable {
    public var name: String?
    public var street1: String?
    public var street2: String?
    public var city: String?
    public var county: String?
    public var state: String?
    public var postalCode: String?
    public var zone: String?

    public init() {}

    /// The address on one line, parts that are present joined by commas.
    public var oneLine: String? {
        let cityLine = [city, [state, postalCode].compactMap { $0 }.joined(separator: " ")].compactMap { $0 }.filter { !$0.isEmpty }
        let parts = ([street1, street2].compactMap { $0 } + cityLine).filter { !$0.isEmpty }
        return parts.isEmpty ? nil : parts.joined(separator: ", ")
    }
}

/// A retailer delivery: one vehicle leaving the store with inventory for several customers
/// (Metrc `/sales/v2/deliveries/retailer`, its lists and the create request). `packages` is what
/// the vehicle carries, with each package's retail value — the ledger a driver keeps.
public struct RetailTrip: Sendable, Hashable {
    public var id: String?
    public var number: String?
    public var facilityLicenseNumber: String?
    public var dateTime: DateTime?
    public var driverName: String?
    public var driverEmployeeId: String?
    public var driversLicenseNumber: String?
    public var vehicleMake: String?
    public var vehicleModel: String?
    public var vehiclePlate: String?
    public var estimatedDeparture: DateTime?
    public var actualDeparture: DateTime?
    public var restockDateTime: DateTime?
    public var completedDateTime: DateTime?
    public var voidedDate: Day?
    /// `RecordedDateTime`: when the run was entered in the S2S system.
    public var recordedDateTime: DateTime?
    /// `RetailerDeliveryState` as written.
    public var state: String?
    public var totalPackages: Int?
    public var totalPrice: Decimal?
    public var totalPriceSold: Decimal?
    /// Indexes in `Dataset.retailDeliveries` of the trip's destinations, in order.
    public var stops: [Int] = []
    public var packages: [CarriedPackage] = []
    public var source: SourceRef

    public init(source: SourceRef = .none) { self.source = source }
}

/// A package a retailer-delivery vehicle carries (`Packages[]`).
public struct CarriedPackage: Sendable, Hashable {
    public var tag: String?
    public var packageId: String?
    public var productName: String?
    public var productCategory: String?
    public var strain: String?
    public var quantity: Quantity?
    public var unitName: String?
    /// `TotalPrice`: the retail value of what is carried.
    public var totalPrice: Decimal?
    public var onHold: Bool?
    public var onRecall: Bool?
    public var source: SourceRef

    public init(source: SourceRef = .none) { self.source = source }
}
