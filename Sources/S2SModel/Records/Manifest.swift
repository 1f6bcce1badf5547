public import Foundation

/// A transfer manifest (Metrc transfer/template, BioTrack manifest, CCRS Manifest.CSV): a shipper,
/// one or more destinations, each with transporters and package lines.
public struct Manifest: Sendable, Hashable {
    /// `ManifestNumber` as written (leading zeros kept). Templates have none; see `name`.
    public var number: String?
    /// Template name or external manifest identifier.
    public var name: String?
    /// The S2S system's own id for the transfer (Metrc transfer `Id`, BioTrack `manifestid`).
    public var id: String?
    public var shipperLicenseNumber: String?
    public var shipperName: String?
    /// Transporter named at the manifest level (template header); destinations list their own.
    public var transporterLicenseNumber: String?
    public var createdAt: DateTime?
    /// draft (a template or a file to submit), outgoing, incoming, rejected …
    public var status: String?
    /// Which S2S system or format the manifest came from (metrc, biotrack, ccrs, bench).
    public var system: String?
    public var destinations: [Destination]
    /// CCRS Manifest.CSV: the header block's `SubmittedDate` (a day, no time), and the start of that
    /// day in the jurisdiction's zone: the earliest moment the file can have been submitted.
    public var submittedOn: Day?
    public var submittedEarliest: DateTime?
    public var source: SourceRef

    public init(number: String? = nil, name: String? = nil, shipperLicenseNumber: String? = nil,
                destinations: [Destination] = [], source: SourceRef = .none) {
        self.number = number
        self.name = name
        self.shipperLicenseNumber = shipperLicenseNumber
        self.destinations = destinations
        self.source = source
    }

    /// The business key reports use: the manifest number, else the name.
    public var key: String? { number ?? name }
}

public struct Destination: Sendable, Hashable {
    /// The S2S system's id for this delivery or stop (Metrc delivery `Id`, BioTrack `stopnumber`).
    public var id: String?
    public var recipientLicenseNumber: String?
    public var recipientName: String?
    public var transferType: String?
    public var plannedRoute: String?
    public var invoiceNumber: String?
    public var estimatedDeparture: DateTime?
    public var estimatedArrival: DateTime?
    public var actualDeparture: DateTime?
    public var actualArrival: DateTime?
    public var grossWeight: Quantity?
    /// nil when the input had no `Transporters` key (or null); empty when it was an empty list.
    public var transporters: [Transporter]?
    public var lines: [ManifestLine]
    /// CCRS: the latest `SubmittedDate` of the recipient's InventoryTransfer.CSV uploads in the run
    /// (nil when none was given): how far the recipient's reports of what it received reach.
    public var receiptsReportedOn: Day?
    public var source: SourceRef

    public init(recipientLicenseNumber: String? = nil, transporters: [Transporter]? = nil,
                lines: [ManifestLine] = [], source: SourceRef = .none) {
        self.recipientLicenseNumber = recipientLicenseNumber
        self.transporters = transporters
        self.lines = lines
        self.source = source
    }
}

public struct Transporter: Sendable, Hashable {
    public var licenseNumber: String?
    public var driverName: String?
    public var driverOccupationalLicenseNumber: String?
    public var driverLicenseNumber: String?
    public var phone: String?
    public var vehicleMake: String?
    public var vehicleModel: String?
    public var vehiclePlate: String?
    public var isLayover: Bool?
    public var layoverLeg: String?
    public var estimatedDeparture: DateTime?
    public var estimatedArrival: DateTime?
    public var details: [TransporterDetail]
    public var source: SourceRef

    public init(licenseNumber: String? = nil, driverName: String? = nil, driverLicenseNumber: String? = nil,
                vehiclePlate: String? = nil, source: SourceRef = .none) {
        self.licenseNumber = licenseNumber
        self.driverName = driverName
        self.driverLicenseNumber = driverLicenseNumber
        self.vehiclePlate = vehiclePlate
        self.details = []
        self.source = source
    }
}

/// A driver/vehicle leg under a transporter (Metrc `TransporterDetails`).
public struct TransporterDetail: Sendable, Hashable {
    public var driverName: String?
    public var driverOccupationalLicenseNumber: String?
    public var driverLicenseNumber: String?
    public var layoverLeg: String?
    public var vehicleMake: String?
    public var vehicleModel: String?
    public var vehiclePlate: String?
    public var source: SourceRef

    public init(source: SourceRef = .none) { self.source = source }
}

/// One package on a manifest destination.
public struct ManifestLine: Sendable, Hashable {
    /// The package tag exactly as written (even when malformed).
    public var tag: String?
    public var quantity: Quantity?
    /// The unit text exactly as written.
    public var unitName: String?
    public var wholesalePrice: Decimal?
    /// The price the recipient recorded (Metrc `ReceiverWholesalePrice`).
    public var receiverWholesalePrice: Decimal?
    /// The package's id in the S2S system (Metrc `PackageId`), when the export gives it.
    public var packageId: String?
    public var grossWeight: Quantity?
    /// For lines that name an item instead of a tag (external incoming).
    public var itemName: String?
    public var receivedQuantity: Quantity?
    /// CCRS: the recipient's lot the line was received as (`ToInventoryExternalIdentifier` of the
    /// recipient's InventoryTransfer.CSV rows for it); `receivedQuantity` is their `Quantity`.
    public var receivedTag: String?
    public var state: String?
    public var source: SourceRef

    public init(tag: String? = nil, quantity: Quantity? = nil, unitName: String? = nil, source: SourceRef = .none) {
        self.tag = tag
        self.quantity = quantity
        self.unitName = unitName
        self.source = source
    }
}
