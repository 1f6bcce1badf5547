public import S2SModel

/// The dates a rule version or a fact value is in force: `from` and `to` both inclusive; either may
/// be open.
public struct EffectiveWindow: Sendable, Hashable, CustomStringConvertible {
    public var from: Day?
    public var to: Day?

    public init(from: Day? = nil, to: Day? = nil) {
        self.from = from
        self.to = to
    }

    public static let always = EffectiveWindow()

    public func contains(_ d: Day) -> Bool {
        if let from, d < from { return false }
        if let to, d > to { return false }
        return true
    }

    public var isEmpty: Bool {
        if let from, let to { return to < from }
        return false
    }

    public func overlaps(_ other: EffectiveWindow) -> Bool {
        let lo = max(from ?? Day(daysSinceEpoch: Int32.min), other.from ?? Day(daysSinceEpoch: Int32.min))
        let hi = min(to ?? Day(daysSinceEpoch: Int32.max), other.to ?? Day(daysSinceEpoch: Int32.max))
        return lo <= hi
    }

    public var description: String {
        switch (from, to) {
        case (nil, nil): return "always"
        case (let f?, nil): return "from \(f)"
        case (nil, let t?): return "until \(t)"
        case (let f?, let t?): return "\(f) to \(t)"
        }
    }
}
