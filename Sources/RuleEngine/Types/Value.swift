public import Foundation
public import S2SModel

/// A run-time value of the rule language.
public enum Value: Sendable, Hashable {
    case null
    case bool(Bool)
    case number(Decimal)
    case string(String)
    case day(Day)
    case dateTime(DateTime)
    case span(TimeSpan)
    case quantity(Quantity)
    case list([Value])
    case map([String: Value])
    case record(RecordRef)

    public var isNull: Bool { if case .null = self { return true } else { return false } }

    public var boolValue: Bool? { if case .bool(let b) = self { return b } else { return nil } }
    public var stringValue: String? { if case .string(let s) = self { return s } else { return nil } }
    public var listValue: [Value]? { if case .list(let l) = self { return l } else { return nil } }
    public var recordValue: RecordRef? { if case .record(let r) = self { return r } else { return nil } }
    public var dayValue: Day? { if case .day(let d) = self { return d } else { return nil } }

    public init(_ s: String?) { self = s.map(Value.string) ?? .null }
    public init(_ b: Bool?) { self = b.map(Value.bool) ?? .null }
    public init(_ d: Decimal?) { self = d.map(Value.number) ?? .null }
    public init(_ d: Day?) { self = d.map(Value.day) ?? .null }
    public init(_ d: DateTime?) { self = d.map(Value.dateTime) ?? .null }
    public init(_ q: Quantity?) { self = q.map(Value.quantity) ?? .null }
    public init(_ list: [String]) { self = .list(list.map(Value.string)) }
}
