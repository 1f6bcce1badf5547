public import Foundation
public import S2SModel

/// Reads one JSON object into a record, member by member: each known member name (matched
/// ignoring case, with aliases) has a setter that reads the value with the quirk-tolerant field
/// readers; unknown members are skipped. Used by the readers of the smaller exports (facilities,
/// items, transfers …); the package reader, which is the hot path, switches on field codes instead.
public struct RecordDecoder<T>: Sendable {
    public typealias Setter = @Sendable (inout JSONCursor, inout ImportSink, String, inout T) throws -> Void

    let table: FieldTable<Int>
    let setters: [Setter]
    /// Called for members the table does not know (e.g. to keep `FacilityType` flags by name).
    let other: (@Sendable (JSONKey, inout JSONCursor, inout ImportSink, String, inout T) throws -> Bool)?

    /// `fields`: member names (the first is the documented one, the rest aliases) and their setter.
    public init(_ fields: [([String], Setter)],
                other: (@Sendable (JSONKey, inout JSONCursor, inout ImportSink, String, inout T) throws -> Bool)? = nil) {
        var entries: [(String, Int)] = []
        for (i, f) in fields.enumerated() { for n in f.0 { entries.append((n, i)) } }
        table = FieldTable(entries)
        setters = fields.map(\.1)
        self.other = other
    }

    /// Decodes the object at the cursor into `record`. A value that is not an object is recorded
    /// as a problem and skipped; returns false then.
    @discardableResult
    public func decode(_ c: inout JSONCursor, _ sink: inout ImportSink, pointer: String, into record: inout T) throws -> Bool {
        guard c.peek() == UInt8(ascii: "{") else {
            let _: Int? = try c.mismatch(&sink, pointer, expected: "an object")
            return false
        }
        try c.beginObject()
        var first = true
        while let key = try c.nextKey(first: &first) {
            if let i = table.field(for: key) {
                try setters[i](&c, &sink, pointer + "/" + key.text, &record)
            } else if let other, try other(key, &c, &sink, pointer + "/" + key.text, &record) {
                continue
            } else {
                try c.skipValue()
            }
        }
        return true
    }
}

/// Setters for `RecordDecoder` fields, one per value type.
public enum FieldSetter<T> {
    public typealias Setter = RecordDecoder<T>.Setter

    public static func text(_ kp: any WritableKeyPath<T, String?> & Sendable) -> Setter {
        { c, s, p, r in r[keyPath: kp] = try c.stringField(&s, p) }
    }
    /// Text that must be present: a null or empty value leaves the old value.
    public static func requiredText(_ kp: any WritableKeyPath<T, String> & Sendable) -> Setter {
        { c, s, p, r in if let v = try c.stringField(&s, p) { r[keyPath: kp] = v } }
    }
    public static func decimal(_ kp: any WritableKeyPath<T, Decimal?> & Sendable) -> Setter {
        { c, s, p, r in r[keyPath: kp] = try c.decimalField(&s, p) }
    }
    public static func int(_ kp: any WritableKeyPath<T, Int?> & Sendable) -> Setter {
        { c, s, p, r in
            let at = c.position
            guard let d = try c.decimalField(&s, p) else { r[keyPath: kp] = nil; return }
            let n = NSDecimalNumber(decimal: d)
            if d == Decimal(n.intValue) { r[keyPath: kp] = n.intValue } else {
                s.problem("\(fieldName(p)) is \(d), which is not a whole number", code: "json.not-an-integer",
                          offset: at, pointer: p)
            }
        }
    }
    public static func bool(_ kp: any WritableKeyPath<T, Bool?> & Sendable) -> Setter {
        { c, s, p, r in r[keyPath: kp] = try c.boolField(&s, p) }
    }
    public static func day(_ kp: any WritableKeyPath<T, Day?> & Sendable) -> Setter {
        { c, s, p, r in r[keyPath: kp] = try c.dayField(&s, p) }
    }
    public static func dateTime(_ kp: any WritableKeyPath<T, DateTime?> & Sendable) -> Setter {
        { c, s, p, r in r[keyPath: kp] = try c.dateTimeField(&s, p) }
    }
    public static func list(_ kp: any WritableKeyPath<T, [String]> & Sendable) -> Setter {
        { c, s, p, r in r[keyPath: kp] = try c.stringListField(&s, p) }
    }
    /// Skips the value (a member that is known but not kept, so it is not mistaken for a flag).
    public static func ignore() -> Setter { { c, _, _, _ in try c.skipValue() } }
}

extension JSONCursor {
    /// Reads an array of objects at the cursor, calling `element` for each (null is an empty list).
    /// A value that is not an array is a problem; the other members are still read.
    public mutating func forEachObject(_ sink: inout ImportSink, _ pointer: String,
                                       _ element: (inout JSONCursor, inout ImportSink, String) throws -> Void) throws {
        if consumeNull() { return }
        guard peek() == UInt8(ascii: "[") else {
            let _: Int? = try mismatch(&sink, pointer, expected: "a list")
            return
        }
        try beginArray()
        var first = true
        var k = 0
        while try nextElement(first: &first) {
            let p = pointer + "/\(k)"
            if peek() == UInt8(ascii: "{") { try element(&self, &sink, p) } else {
                let _: Int? = try mismatch(&sink, p, expected: "an object")
            }
            k += 1
        }
    }
}
