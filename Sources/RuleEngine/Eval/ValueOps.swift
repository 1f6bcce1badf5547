import Foundation
import S2SModel

/// Run-time semantics of the operators. Equality is two-valued (a missing value equals only
/// `null`); ordering and arithmetic with a missing value give `null` (unknown); `and`/`or`/`not`
/// follow three-valued logic (false and unknown = false; true or unknown = true).
enum ValueOps {
    static func equal(_ a: Value, _ b: Value) -> Bool {
        switch (a, b) {
        case (.null, .null): return true
        case (.null, _), (_, .null): return false
        case (.quantity(let x), .quantity(let y)): return x.compare(y) == 0
        case (.number(let x), .number(let y)): return x == y
        case (.string(let x), .string(let y)): return x == y
        case (.bool(let x), .bool(let y)): return x == y
        case (.day(let x), .day(let y)): return x == y
        case (.dateTime(let x), .dateTime(let y)): return x.utcMicroseconds == y.utcMicroseconds
        case (.span(let x), .span(let y)): return x == y
        case (.list(let x), .list(let y)): return x.count == y.count && zip(x, y).allSatisfy { equal($0, $1) }
        case (.record(let x), .record(let y)): return x == y
        case (.map(let x), .map(let y)): return x == y
        default: return false
        }
    }

    /// -1, 0, 1, or nil when the values cannot be ordered (missing, different kinds or dimensions).
    static func compare(_ a: Value, _ b: Value) -> Int? {
        switch (a, b) {
        case (.number(let x), .number(let y)): return x < y ? -1 : (x == y ? 0 : 1)
        case (.string(let x), .string(let y)): return x < y ? -1 : (x == y ? 0 : 1)
        case (.day(let x), .day(let y)): return x < y ? -1 : (x == y ? 0 : 1)
        case (.dateTime(let x), .dateTime(let y)):
            return x.utcMicroseconds < y.utcMicroseconds ? -1 : (x.utcMicroseconds == y.utcMicroseconds ? 0 : 1)
        case (.span(let x), .span(let y)): return x < y ? -1 : (x == y ? 0 : 1)
        case (.quantity(let x), .quantity(let y)): return x.compare(y)
        default: return nil
        }
    }

    static func add(_ a: Value, _ b: Value) -> Value {
        switch (a, b) {
        case (.number(let x), .number(let y)): return .number(x + y)
        case (.quantity(let x), .quantity(let y)):
            guard let yy = y.converted(to: x.unit) else { return .null }
            return .quantity(Quantity(x.value + yy.value, x.unit))
        case (.day(let d), .span(let s)), (.span(let s), .day(let d)): return .day(d.adding(days: wholeDays(s)))
        case (.dateTime(let d), .span(let s)), (.span(let s), .dateTime(let d)): return .dateTime(d + s)
        case (.span(let x), .span(let y)): return .span(x + y)
        case (.string(let x), .string(let y)): return .string(x + y)
        default: return .null
        }
    }

    static func subtract(_ a: Value, _ b: Value) -> Value {
        switch (a, b) {
        case (.number(let x), .number(let y)): return .number(x - y)
        case (.quantity(let x), .quantity(let y)):
            guard let yy = y.converted(to: x.unit) else { return .null }
            return .quantity(Quantity(x.value - yy.value, x.unit))
        case (.day(let d), .span(let s)): return .day(d.adding(days: -wholeDays(s)))
        case (.day(let x), .day(let y)): return .span(.days(Int64(x.daysSinceEpoch - y.daysSinceEpoch)))
        case (.dateTime(let d), .span(let s)): return .dateTime(d + TimeSpan(microseconds: -s.microseconds))
        case (.dateTime(let x), .dateTime(let y)): return .span(x - y)
        case (.span(let x), .span(let y)): return .span(x - y)
        default: return .null
        }
    }

    static func multiply(_ a: Value, _ b: Value) -> Value {
        switch (a, b) {
        case (.number(let x), .number(let y)): return .number(x * y)
        case (.quantity(let q), .number(let n)), (.number(let n), .quantity(let q)): return .quantity(Quantity(q.value * n, q.unit))
        case (.span(let s), .number(let n)), (.number(let n), .span(let s)):
            return .span(TimeSpan(microseconds: Int64(truncating: (Decimal(s.microseconds) * n) as NSDecimalNumber)))
        default: return .null
        }
    }

    static func divide(_ a: Value, _ b: Value) -> Value {
        switch (a, b) {
        case (.number(let x), .number(let y)): return y == 0 ? .null : .number(x / y)
        case (.quantity(let q), .number(let n)): return n == 0 ? .null : .quantity(Quantity(q.value / n, q.unit))
        case (.quantity(let x), .quantity(let y)):
            guard let yy = y.converted(to: x.unit), yy.value != 0 else { return .null }
            return .number(x.value / yy.value)
        case (.span(let x), .span(let y)):
            return y.microseconds == 0 ? .null : .number(Decimal(x.microseconds) / Decimal(y.microseconds))
        case (.span(let s), .number(let n)):
            guard n != 0 else { return .null }
            return .span(TimeSpan(microseconds: Int64(truncating: (Decimal(s.microseconds) / n) as NSDecimalNumber)))
        default: return .null
        }
    }

    static func wholeDays(_ s: TimeSpan) -> Int { Int(s.microseconds / 86_400_000_000) }

    /// A value as text for messages: dates ISO, quantities `12.5 g`, lists bracketed, records by key.
    static func describe(_ v: Value, _ ctx: EvalContext?) -> String {
        switch v {
        case .null: return "null"
        case .bool(let b): return b ? "true" : "false"
        case .number(let d): return "\(d)"
        case .string(let s): return s
        case .day(let d): return d.description
        case .dateTime(let d): return d.description
        case .span(let s): return s.description
        case .quantity(let q): return q.description
        case .list(let l): return "[" + l.map { describe($0, ctx) }.joined(separator: ", ") + "]"
        case .map(let m): return "{" + m.keys.sorted().map { "\($0): \(describe(m[$0] ?? .null, ctx))" }.joined(separator: ", ") + "}"
        case .record(let r): return ctx.map { recordKey(r, $0) } ?? r.kind.displayName
        }
    }

    /// How a record is named in messages and evidence: the package tag, the license number …
    static func recordKey(_ r: RecordRef, _ c: EvalContext) -> String {
        let ds = c.dataset
        switch r.kind {
        case .manifest: return ds.manifests[Int(r.i)].key ?? "manifest \(r.i)"
        case .destination: return "destination \(r.j + 1) (\(ds.manifests[Int(r.i)].destinations[Int(r.j)].recipientLicenseNumber ?? "no recipient"))"
        case .transporter: return "transporter \(r.k + 1)"
        case .transporterDetail: return "transporter detail \(r.l + 1)"
        case .line: return ds.manifests[Int(r.i)].destinations[Int(r.j)].lines[Int(r.k)].tag ?? "line \(r.k + 1)"
        case .package: return ds.packages[Int(r.i)].tag
        case .item: return ds.packages[Int(r.i)].item.name ?? "item"
        case .license: return ds.licenses[Int(r.i)].number
        case .labResult: return ds.labResults[Int(r.i)].id ?? "lab result \(r.i)"
        case .labPanel: return ds.labResults[Int(r.i)].panels[Int(r.j)].name ?? "panel"
        case .coa: return ds.coas[Int(r.i)].document.path
        case .coaPanel: return ds.coas[Int(r.i)].panels[Int(r.j)].kind.rawValue
        case .coaAnalyte: return ds.coas[Int(r.i)].panels[Int(r.j)].analytes[Int(r.k)].id
        case .adjustment, .salesOrderLine, .receivingLine, .onHand, .scan, .movement, .reconcilePair, .pairSide, .transferPair,
             .countEntry, .toteEntry, .receiveEntry:
            return OperationsIndex.recordKey(r, c)
        case .sale, .saleLine, .retailDelivery, .retailTrip, .tripPackage:
            return RetailIndex.recordKey(r, c)
        }
    }

    /// Evidence form of a value.
    static func evidence(_ v: Value, _ ctx: EvalContext?) -> EvidenceValue {
        switch v {
        case .null: return .null
        case .bool(let b): return .bool(b)
        case .number(let d): return .number("\(d)")
        case .list(let l): return .list(l.prefix(20).map { evidence($0, ctx) })
        default: return .string(describe(v, ctx))
        }
    }
}
