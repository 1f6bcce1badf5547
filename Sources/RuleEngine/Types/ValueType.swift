/// Static types of rule-language expressions, checked when a pack loads.
public indirect enum ValueType: Sendable, Hashable, CustomStringConvertible {
    case bool, number, string, day, dateTime, span, quantity
    case list(ValueType)
    /// A mapping with text keys (facts tables such as a transfer matrix).
    case map(ValueType)
    case record(RecordKind)
    /// A facts object with known member names (so `facts.tranfer_matrix` gets a "did you mean").
    case object([String: ValueType])
    /// The type of `null`; also of an empty list's elements.
    case null
    /// Unknown or mixed (facts lists of mixed values); checked at run time.
    case any

    public var description: String {
        switch self {
        case .bool: return "true/false"
        case .number: return "number"
        case .string: return "text"
        case .day: return "date"
        case .dateTime: return "date-time"
        case .span: return "duration"
        case .quantity: return "quantity"
        case .list(let e): return "list of \(e.pluralName)"
        case .map(let v): return "table of \(v.pluralName)"
        case .record(let k): return k.displayName
        case .object: return "facts object"
        case .null: return "null"
        case .any: return "any value"
        }
    }

    var pluralName: String {
        switch self {
        case .bool: return "true/false values"
        case .number: return "numbers"
        case .string: return "texts"
        case .day: return "dates"
        case .dateTime: return "date-times"
        case .span: return "durations"
        case .quantity: return "quantities"
        case .record(let k): return k.displayName + " records"
        case .list, .map, .object, .null, .any: return description + " values"
        }
    }

    /// Whether a value of type `self` may be used where `other` is expected.
    public func fits(_ other: ValueType) -> Bool {
        if self == other || self == .any || other == .any || self == .null { return true }
        switch (self, other) {
        case (.list(let a), .list(let b)): return a.fits(b)
        case (.map(let a), .map(let b)): return a.fits(b)
        case (.object(let o), .map(let v)): return o.values.allSatisfy { $0.fits(v) }
        default: return false
        }
    }

    /// The element type when iterated (lists), or nil.
    public var elementType: ValueType? {
        switch self {
        case .list(let e): return e
        case .any: return .any
        default: return nil
        }
    }

    /// The most specific type both fit (for list literals and facts unions).
    public static func join(_ a: ValueType, _ b: ValueType) -> ValueType {
        if a == b { return a }
        if a == .null { return b }
        if b == .null { return a }
        switch (a, b) {
        case (.list(let x), .list(let y)): return .list(join(x, y))
        case (.map(let x), .map(let y)): return .map(join(x, y))
        case (.object(let x), .object(let y)):
            var out = x
            for (k, v) in y { out[k] = out[k].map { join($0, v) } ?? v }
            return .object(out)
        case (.object(let o), .map(let v)), (.map(let v), .object(let o)):
            return .map(o.values.reduce(v) { join($0, $1) })
        default: return .any
        }
    }
}
