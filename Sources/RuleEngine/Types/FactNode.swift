public import S2SModel

/// A jurisdiction fact (from `Jurisdictions/<ID>.yaml`) as rules read it through `facts`.
public indirect enum FactNode: Sendable {
    case value(Value, ValueType)
    case list([FactNode])
    case object([String: FactNode], order: [String])
    /// Values that changed over time; the one in force on the subject's date applies.
    case versioned([(window: EffectiveWindow, node: FactNode)])

    public var type: ValueType {
        switch self {
        case .value(_, let t): return t
        case .list(let items): return .list(items.map(\.type).reduce(.null, ValueType.join))
        case .object(let members, _): return .object(members.mapValues(\.type))
        case .versioned(let versions): return versions.map(\.node.type).reduce(.null, ValueType.join)
        }
    }

    /// True when no part of the node depends on the date.
    public var isConstant: Bool {
        switch self {
        case .value: return true
        case .list(let items): return items.allSatisfy(\.isConstant)
        case .object(let members, _): return members.values.allSatisfy(\.isConstant)
        case .versioned: return false
        }
    }

    /// The value in force on `date` (null when no version covers it).
    public func evaluate(on date: Day) -> Value {
        switch self {
        case .value(let v, _): return v
        case .list(let items): return .list(items.map { $0.evaluate(on: date) })
        case .object(let members, _): return .map(members.mapValues { $0.evaluate(on: date) })
        case .versioned(let versions):
            return versions.first { $0.window.contains(date) }?.node.evaluate(on: date) ?? .null
        }
    }

    /// A member of an object node, looked up statically.
    public func member(_ name: String) -> FactNode? {
        if case .object(let m, _) = self { return m[name] }
        return nil
    }

    public var memberNames: [String] {
        if case .object(_, let order) = self { return order }
        return []
    }
}
