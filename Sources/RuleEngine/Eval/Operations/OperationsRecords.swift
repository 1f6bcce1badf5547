public import S2SModel

/// A package line of a manifest, by position in the dataset.
public struct LineRef: Sendable, Hashable {
    public var manifest: Int32
    public var destination: Int32
    public var line: Int32

    public init(_ m: Int, _ d: Int, _ l: Int) {
        manifest = Int32(m)
        destination = Int32(d)
        line = Int32(l)
    }
}

/// A record on one side of a reconciliation pair, or a movement's record, by position in the dataset.
public enum OpsRecord: Sendable, Hashable {
    case manifestLine(LineRef)
    case package(Int32)
    case adjustment(Int32)
    case salesOrderLine(Int32)
    case receivingLine(Int32)
    case onHand(Int32)

    /// What the record is, in words (`sales-order line`, `S2S manifest line` …).
    public var label: String {
        switch self {
        case .manifestLine: return "S2S manifest line"
        case .package: return "S2S package"
        case .adjustment: return "adjustment"
        case .salesOrderLine: return "sales-order line"
        case .receivingLine: return "receiving-log line"
        case .onHand: return "on-hand row"
        }
    }

    /// The record's name in the rule language (`pair_side.record`).
    public var kindName: String {
        switch self {
        case .manifestLine: return "manifest_line"
        case .package: return "package"
        case .adjustment: return "adjustment"
        case .salesOrderLine: return "sales_order_line"
        case .receivingLine: return "receiving_line"
        case .onHand: return "on_hand"
        }
    }

    func source(_ ds: Dataset) -> SourceRef {
        switch self {
        case .manifestLine(let r): return ds.manifests[Int(r.manifest)].destinations[Int(r.destination)].lines[Int(r.line)].source
        case .package(let i): return ds.packages[Int(i)].source
        case .adjustment(let i): return ds.adjustments[Int(i)].source
        case .salesOrderLine(let i): return ds.salesOrderLines[Int(i)].source
        case .receivingLine(let i): return ds.receivingLines[Int(i)].source
        case .onHand(let i): return ds.onHand[Int(i)].source
        }
    }
}

/// Which way goods moved, relative to the facility.
public enum OpsDirection: String, Sendable, Hashable {
    case outbound, inbound
}

/// One package matched between the S2S record and the internal records (either side may be missing).
public struct ReconcilePair: Sendable, Hashable {
    /// What is compared: a sale with an outgoing manifest line, a receipt with an incoming manifest
    /// line, an on-hand row with the S2S package, an internal adjustment with an S2S adjustment.
    public enum Flow: String, Sendable, Hashable, CaseIterable {
        case outbound, inbound
        case onHand = "on_hand"
        case adjustment
    }
    public var flow: Flow
    public var tag: String
    public var s2s: OpsRecord?
    public var internalRecord: OpsRecord?
    /// The business day of the event (the internal side's, else the S2S side's).
    public var day: Day?
    /// The transfer pair this package pair belongs to (outbound and inbound flows).
    public var transfer: Int32?
}

/// One transfer (manifest) matched between the S2S record and the internal orders or receipts.
public struct TransferPair: Sendable, Hashable {
    public var direction: OpsDirection
    public var manifestNumber: String
    /// The S2S manifest (nil: no manifest with this number in the S2S exports).
    public var manifest: Int32?
    public var orderLines: [Int32]
    public var receivingLines: [Int32]
    /// The package pairs of the transfer.
    public var pairs: [Int32]
    public var day: Day?
}

/// One tag of a cycle count: expected by the books in the counted area, scanned, or both.
public struct CountEntry: Sendable, Hashable {
    public var tag: String
    public var package: Int32?
    public var onHand: Int32?
    public var scans: [Int32]
    /// The books (the S2S package list or the on-hand list) place it in the counted area.
    public var expected: Bool
}

/// One tag of a staged tote: on its manifest, scanned into the tote, on the sales order.
public struct ToteEntry: Sendable, Hashable {
    public var tag: String
    public var line: LineRef?
    public var orderLine: Int32?
    public var scans: [Int32]
    public var package: Int32?
    public var manifestNumber: String?
}

/// One tag of an incoming delivery: on the manifest, scanned at the dock, on the receiving log.
public struct ReceiveEntry: Sendable, Hashable {
    public var tag: String
    public var line: LineRef?
    public var receivingLine: Int32?
    public var scans: [Int32]
    public var package: Int32?
    public var manifestNumber: String?
}

/// A manifest line, adjustment, receiving-log line or sales-order line that touched a tag.
public struct Movement: Sendable, Hashable {
    public var record: OpsRecord
    public var tag: String
    /// `s2s` or `internal`.
    public var system: String
    /// `out`, `in` or `adjust`.
    public var direction: String
    public var at: DateTime?
    public var day: Day?

    /// Newest first: by time, else noon of the day; undated last.
    var sortKey: Int64 {
        if let at { return at.utcMicroseconds }
        if let day { return Int64(day.daysSinceEpoch) * 86_400_000_000 + 43_200_000_000 }
        return Int64.min
    }
}

/// A plain-language remark on what an operation compared (or could not compare).
public struct OperationsNote: Sendable, Hashable {
    public var level: Severity
    public var text: String
    public var code: String

    public init(_ level: Severity, _ text: String, code: String) {
        self.level = level
        self.text = text
        self.code = code
    }
}
