public import S2SModel

/// What a daily-operation command asks the engine to pair up: the subjects of the `reconcile`,
/// `reconcile_transfer`, `count`, `tote` and `receive` scopes exist only for the operations a run
/// names here. Swift builds the pairs (matching records is not a compliance decision); the packs
/// classify them.
public struct OperationsRequest: Sendable, Hashable {
    public enum Operation: String, Sendable, Hashable, CaseIterable {
        case reconcile, count, tote, receive
    }

    /// The operations whose subjects are built.
    public var operations: Set<Operation>
    /// First and last day of the window (inclusive); nil leaves that end open.
    public var from: Day?
    public var to: Day?
    /// The facility's own license numbers (which manifests are outbound, which inbound). Empty:
    /// worked out from the exports (package holders, sellers, receivers, on-hand lists).
    public var licenses: [String]
    /// Count: the counted area. A location matches when it equals an entry or lies inside it
    /// (`VAULT-A` holds `VAULT-A-03`). Empty: the locations the scans were made in.
    public var locations: [String]
    /// Count: item categories counted (compared ignoring case). Empty: every category.
    public var categories: [String]
    /// Count, tote, receive: the scan sessions used (count id, tote id, dock session). Empty: every scan.
    public var sessions: [String]
    /// Tote, receive: the manifest the scans are checked against. Empty: worked out from the data.
    public var manifests: [String]
    /// Tote: the sales orders the tote fills. Empty: the orders naming the manifest or its tags.
    public var orders: [String]

    public init(operations: Set<Operation>, from: Day? = nil, to: Day? = nil, licenses: [String] = [],
                locations: [String] = [], categories: [String] = [], sessions: [String] = [],
                manifests: [String] = [], orders: [String] = []) {
        self.operations = operations
        self.from = from
        self.to = to
        self.licenses = licenses
        self.locations = locations
        self.categories = categories
        self.sessions = sessions
        self.manifests = manifests
        self.orders = orders
    }

    /// Whether a day lies in the window (a missing day lies in it only when the window is open).
    public func contains(_ day: Day?) -> Bool {
        guard let day else { return from == nil && to == nil }
        if let from, day < from { return false }
        if let to, to < day { return false }
        return true
    }

    /// The window in words: `2026-11-30`, `2026-11-28 to 2026-11-30`, `every day`.
    public var windowText: String {
        switch (from, to) {
        case (nil, nil): return "every day in the input"
        case (let f?, let t?) where f == t: return f.description
        case (let f?, let t?): return "\(f) to \(t)"
        case (let f?, nil): return "from \(f)"
        case (nil, let t?): return "until \(t)"
        }
    }
}
