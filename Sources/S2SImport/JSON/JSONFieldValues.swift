public import Foundation
public import S2SModel

/// Typed field readers that accept the quirks real exports have (numbers as strings, enums as
/// numbers, `0001-01-01` as "none", empty strings as missing) and turn anything else into a
/// field-level problem: the field is left empty, the problem is recorded with its position, and
/// reading goes on with the next field.
extension JSONCursor {
    /// Text: a string; a number or boolean is kept as its text (enums arrive as numbers).
    public mutating func stringField(_ sink: inout ImportSink, _ pointer: @autoclosure () -> String) throws -> String? {
        guard let b = peek() else { throw error("the file ends inside an object (truncated?)") }
        switch b {
        case UInt8(ascii: "\""): return try readString()
        case UInt8(ascii: "n"):
            if consumeNull() { return nil }
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            let r = try scanNumber()
            return String(decoding: UnsafeBufferPointer(start: base + r.lowerBound, count: r.count), as: UTF8.self)
        case UInt8(ascii: "t"), UInt8(ascii: "f"): return try readBool() ? "true" : "false"
        default: break
        }
        return try mismatch(&sink, pointer(), expected: "text")
    }

    /// A decimal number: a JSON number, or a string holding one (`"300.00"`, `"1,234.5"`); `""` is empty.
    public mutating func decimalField(_ sink: inout ImportSink, _ pointer: @autoclosure () -> String) throws -> Decimal? {
        guard let b = peek() else { throw error("the file ends inside an object (truncated?)") }
        let at = position
        switch b {
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            let r = try scanNumber()
            if let d = DecimalText.parse(UnsafeBufferPointer(start: base + r.lowerBound, count: r.count)) { return d }
            sink.problem("\(pointer()): the number is out of range", code: "json.number", offset: at, pointer: pointer())
            return nil
        case UInt8(ascii: "\""):
            let s = try readString()
            if s.allSatisfy({ $0 == " " }) { return nil }
            if let d = DecimalText.parse(Array(s.utf8), lenient: true) { return d }
            sink.problem("\(fieldName(pointer())) is \"\(s)\", which is not a number", code: "json.not-a-number",
                         offset: at, pointer: pointer(), hint: "write a decimal number such as 12.5")
            return nil
        case UInt8(ascii: "n"):
            if consumeNull() { return nil }
        default: break
        }
        return try mismatch(&sink, pointer(), expected: "a number")
    }

    /// true/false; also `"true"`, `"false"`, `1`, `0`, `"1"`, `"0"` (BioTrack and CSV-born JSON).
    public mutating func boolField(_ sink: inout ImportSink, _ pointer: @autoclosure () -> String) throws -> Bool? {
        guard let b = peek() else { throw error("the file ends inside an object (truncated?)") }
        let at = position
        switch b {
        case UInt8(ascii: "t"), UInt8(ascii: "f"): return try readBool()
        case UInt8(ascii: "n"): if consumeNull() { return nil }
        case UInt8(ascii: "0")...UInt8(ascii: "9"):
            let r = try scanNumber()
            if r.count == 1 { return base[r.lowerBound] == UInt8(ascii: "1") }
            sink.problem("\(fieldName(pointer())) must be true or false", code: "json.not-a-bool", offset: at, pointer: pointer())
            return nil
        case UInt8(ascii: "\""):
            let s = try readString().lowercased()
            switch s {
            case "true", "1", "yes", "y": return true
            case "false", "0", "no", "n": return false
            case "": return nil
            default:
                sink.problem("\(fieldName(pointer())) is \"\(s)\"; expected true or false", code: "json.not-a-bool",
                             offset: at, pointer: pointer())
                return nil
            }
        default: break
        }
        return try mismatch(&sink, pointer(), expected: "true or false")
    }

    /// A calendar day: `YYYY-MM-DD` (a date-time gives its local date). `0001-01-01` and `""` mean none.
    public mutating func dayField(_ sink: inout ImportSink, _ pointer: @autoclosure () -> String) throws -> Day? {
        guard let b = peek() else { throw error("the file ends inside an object (truncated?)") }
        let at = position
        if b == UInt8(ascii: "n"), consumeNull() { return nil }
        guard b == UInt8(ascii: "\"") else { return try mismatch(&sink, pointer(), expected: "a date (YYYY-MM-DD)") }
        if let r = try plainStringRange() {
            if r.isEmpty || isNoDate(r) { return nil }
            switch fastTimestamp(r) {
            case .day(let d)?: return d
            case .naive(let l)?, .zoned(let l, _)?: return l.day
            case nil: position = at   // not a common form: read it as text below
            }
        }
        let s = try readString()
        if s.isEmpty || s.hasPrefix("0001-01-01") { return nil }
        switch ParsedTimestamp.parse(s.utf8) {
        case .day(let d): return d
        case .naive(let l), .zoned(let l, _): return l.day
        case nil:
            sink.problem("\(fieldName(pointer())) is \"\(s)\", which is not a date", code: "json.not-a-date",
                         offset: at, pointer: pointer(), hint: "write the date as YYYY-MM-DD")
            return nil
        }
    }

    /// A date-time: ISO 8601 with `Z`, an offset, or no zone (read in the jurisdiction's zone).
    /// `0001-01-01T00:00:00` and `""` mean none. A bare date is midnight local time.
    public mutating func dateTimeField(_ sink: inout ImportSink, _ pointer: @autoclosure () -> String) throws -> DateTime? {
        guard let b = peek() else { throw error("the file ends inside an object (truncated?)") }
        let at = position
        if b == UInt8(ascii: "n"), consumeNull() { return nil }
        guard b == UInt8(ascii: "\"") else {
            return try mismatch(&sink, pointer(), expected: "a date-time (YYYY-MM-DDTHH:MM:SS with Z or an offset)")
        }
        if let r = try plainStringRange() {
            if r.isEmpty || isNoDate(r) { return nil }
            if let p = fastTimestamp(r) { return sink.zone.dateTime(p) }
            position = at   // not a common form: read it as text below
        }
        let s = try readString()
        if s.isEmpty || s.hasPrefix("0001-01-01") { return nil }
        guard let p = ParsedTimestamp.parse(s.utf8) else {
            sink.problem("\(fieldName(pointer())) is \"\(s)\", which is not a date-time", code: "json.not-a-datetime",
                         offset: at, pointer: pointer(), hint: "write it as ISO 8601, e.g. 2026-11-29T09:15:00-08:00")
            return nil
        }
        return sink.zone.dateTime(p)
    }

    /// A list of text values: a JSON array of strings, or one comma-joined string (Metrc's
    /// `SourcePackageLabels`). Empty parts are dropped.
    public mutating func stringListField(_ sink: inout ImportSink, _ pointer: @autoclosure () -> String) throws -> [String] {
        guard let b = peek() else { throw error("the file ends inside an object (truncated?)") }
        if b == UInt8(ascii: "[") {
            try beginArray()
            var out: [String] = []
            var first = true
            while try nextElement(first: &first) {
                if let s = try stringField(&sink, pointer() + "/\(out.count)") { out.append(s) }
            }
            return out
        }
        guard let s = try stringField(&sink, pointer()) else { return [] }
        return splitCommaList(s)
    }

    /// Records "expected X, found Y", skips the value and returns nil.
    mutating func mismatch<T>(_ sink: inout ImportSink, _ pointer: String, expected: String) throws -> T? {
        let at = position
        let found = describeNext()
        try skipValue()
        sink.problem("\(fieldName(pointer)) should be \(expected), found \(found)", code: "json.type",
                     offset: at, pointer: pointer)
        return nil
    }
}

/// `Quantity` at `/Data/3/Quantity` → "Quantity (at /Data/3/Quantity)".
func fieldName(_ pointer: String) -> String {
    guard let slash = pointer.lastIndex(of: "/") else { return pointer }
    return "\(pointer[pointer.index(after: slash)...]) (at \(pointer))"
}

/// Splits `"A, B,C"` into `["A", "B", "C"]`, trimming ASCII spaces and dropping empty parts.
func splitCommaList(_ s: String) -> [String] {
    if !s.utf8.contains(UInt8(ascii: ",")) {
        let t = s.utf8.first == 0x20 || s.utf8.last == 0x20 ? s.trimmingSpaces() : s
        return t.isEmpty ? [] : [t]
    }
    return s.split(separator: ",").map { String($0).trimmingSpaces() }.filter { !$0.isEmpty }
}
