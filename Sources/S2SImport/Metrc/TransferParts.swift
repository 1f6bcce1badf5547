public import Foundation
public import S2SModel

/// Pieces of Metrc transfers that arrive in separate exports and are joined after every file is
/// read: deliveries (`/transfers/v2/{id}/deliveries`), delivery packages, wholesale prices,
/// transporters and transporter details (`/transfers/v2/deliveries/{id}/…`). Each remembers the
/// delivery it belongs to when the row or the documented endpoint says.
public struct TransferParts: Sendable {
    public struct DeliveryPart: Sendable {
        public var deliveryId: String?
        public var manifestNumber: String?
        public var status: String?
        public var destination: Destination
    }
    public struct LinePart: Sendable {
        public var deliveryId: String?
        public var status: String?
        /// Where the rows came from, to name a manifest made of lines that join nothing.
        public var fileLabel: String
        public var line: ManifestLine
    }
    public struct WholesalePart: Sendable {
        public var deliveryId: String?
        public var packageId: String?
        public var tag: String?
        public var shipperPrice: Decimal?
        public var receiverPrice: Decimal?
        public var source: SourceRef
    }
    public struct TransporterPart: Sendable {
        public var deliveryId: String?
        public var transporter: Transporter
    }
    public struct DetailPart: Sendable {
        public var deliveryId: String?
        public var detail: TransporterDetail
    }

    public var deliveries: [DeliveryPart] = []
    public var lines: [LinePart] = []
    public var wholesale: [WholesalePart] = []
    public var transporters: [TransporterPart] = []
    public var details: [DetailPart] = []

    public init() {}

    public var isEmpty: Bool {
        deliveries.isEmpty && lines.isEmpty && wholesale.isEmpty && transporters.isEmpty && details.isEmpty
    }

    public mutating func absorb(_ other: TransferParts) {
        deliveries += other.deliveries
        lines += other.lines
        wholesale += other.wholesale
        transporters += other.transporters
        details += other.details
    }

    /// How many rows of each part were read (for `inspect`).
    public var counts: [(String, Int)] {
        [("deliveries", deliveries.count), ("delivery packages", lines.count), ("wholesale prices", wholesale.count),
         ("delivery transporters", transporters.count), ("transporter details", details.count)].filter { $0.1 > 0 }
    }
}

/// What reading one file produced: the records, plus transfer parts still to be joined.
public struct ImportBatch: Sendable {
    public var dataset = Dataset()
    public var parts = TransferParts()
    /// More about the kind read (the mapping's name for mapped files).
    public var detail: String?
    public init() {}
}
