public import Foundation

/// One scan of a package tag by an RFID reader or barcode scanner: a cycle count, a tote being
/// staged, goods being received. Read from a scan log through a mapping file.
public struct ScanEvent: Sendable, Hashable {
    /// The tag as scanned (exactly as the device wrote it).
    public var tag: String
    public var scannedAt: DateTime?
    /// Where the scan happened (vault shelf, bin, dock door …).
    public var location: String?
    /// Units counted in a sampled case, when the operator counted them.
    public var countedUnits: Decimal?
    /// The count, tote or receiving session the scan belongs to.
    public var session: String?
    public var device: String?
    public var scannedBy: String?
    public var source: SourceRef

    public init(tag: String, scannedAt: DateTime? = nil, location: String? = nil, countedUnits: Decimal? = nil,
                source: SourceRef = .none) {
        self.tag = tag
        self.scannedAt = scannedAt
        self.location = location
        self.countedUnits = countedUnits
        self.source = source
    }
}
