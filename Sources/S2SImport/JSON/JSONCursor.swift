import Foundation
import S2SModel

/// A syntax or type error in a JSON input, at a byte offset.
public struct JSONError: Error, Sendable {
    public var offset: Int
    public var message: String
    public init(offset: Int, message: String) {
        self.offset = offset
        self.message = message
    }
}

/// A forward-only reader over JSON bytes. Importers walk objects and arrays with it and build
/// model records directly, materialising only the fields the model holds and skipping the rest,
/// which is what keeps a 1 GB Metrc export fast to read. Every value's start offset is available
/// (`position`) so records can point back into the file.
///
/// The cursor is only valid inside `JSONCursor.read(_:body:)`, which pins the bytes.
public struct JSONCursor {
    @usableFromInline let base: UnsafePointer<UInt8>
    public let count: Int
    public var position: Int = 0
    /// Line of `position` and where that line starts (JSON has line breaks only between tokens,
    /// so counting them while skipping whitespace is exact and nearly free).
    public var line: Int32 = 1
    public var lineStart: Int = 0
    /// Maximum nesting depth accepted by `skipValue` (guards against hostile inputs).
    public var maxDepth = 512

    init(base: UnsafePointer<UInt8>, count: Int) {
        self.base = base
        self.count = count
    }

    /// Runs `body` with a cursor over `bytes`. A UTF-8 byte-order mark is skipped.
    public static func read<R>(_ bytes: [UInt8], body: (inout JSONCursor) throws -> R) throws -> R {
        try bytes.withUnsafeBufferPointer { buf in
            guard let base = buf.baseAddress else {
                throw JSONError(offset: 0, message: "the file is empty; expected a JSON value")
            }
            var c = JSONCursor(base: base, count: buf.count)
            if buf.count >= 3, base[0] == 0xEF, base[1] == 0xBB, base[2] == 0xBF { c.position = 3 }
            return try body(&c)
        }
    }

    // MARK: bytes

    @inline(__always) public func byte(at i: Int) -> UInt8 { base[i] }

    @inline(__always) public mutating func skipWhitespace() {
        while position < count {
            let b = base[position]
            if b == 0x20 || b == 0x0D || b == 0x09 { position += 1 } else if b == 0x0A {
                position += 1
                line += 1
                lineStart = position
            } else { return }
        }
    }

    /// Moves to `offset` and sets `line`/`lineStart` to match (counting line breaks from where the
    /// cursor is when moving forward, from the start otherwise). JSON holds raw line breaks only
    /// between tokens, so counting them is exact.
    public mutating func seek(to offset: Int) {
        let target = min(max(offset, 0), count)
        var i = position
        if target < position { i = 0; line = 1; lineStart = 0 }
        while i < target {
            if base[i] == 0x0A { line += 1; lineStart = i + 1 }
            i += 1
        }
        position = target
    }

    /// Where the cursor is, for a record's `SourceRef`.
    @inline(__always) public var here: SourcePoint { SourcePoint(offset: position, line: line, lineStart: lineStart) }

    /// The next non-whitespace byte, without consuming it; nil at the end.
    @inline(__always) public mutating func peek() -> UInt8? {
        skipWhitespace()
        return position < count ? base[position] : nil
    }

    public var atEnd: Bool { position >= count }

    public func error(_ message: String, at offset: Int? = nil) -> JSONError {
        JSONError(offset: offset ?? position, message: message)
    }

    /// Describes the token at the cursor for "expected X, found Y" messages.
    public mutating func describeNext() -> String {
        guard let b = peek() else { return "the end of the file" }
        switch b {
        case UInt8(ascii: "\""): return "a string"
        case UInt8(ascii: "{"): return "an object"
        case UInt8(ascii: "["): return "an array"
        case UInt8(ascii: "t"), UInt8(ascii: "f"): return "a boolean"
        case UInt8(ascii: "n"): return "null"
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return "a number"
        default: return "'\(Character(Unicode.Scalar(b)))'"
        }
    }

    @inline(__always) public mutating func consume(_ c: UInt8) -> Bool {
        if peek() == c { position += 1; return true }
        return false
    }

    public mutating func expect(_ c: UInt8, _ what: String) throws {
        if !consume(c) { throw error("expected \(what), found \(describeNext())") }
    }

    // MARK: containers

    /// Consumes `{` and reports whether the object is non-empty. Follow with `nextKey`.
    public mutating func beginObject() throws {
        try expect(UInt8(ascii: "{"), "an object '{'")
    }

    /// Reads the next key of an object (after `beginObject`) and its `:`; nil when the object ends.
    public mutating func nextKey(first: inout Bool) throws -> JSONKey? {
        skipWhitespace()
        if consume(UInt8(ascii: "}")) { return nil }
        if !first {
            try expect(UInt8(ascii: ","), "',' or '}' after an object member")
        }
        first = false
        skipWhitespace()
        guard position < count, base[position] == UInt8(ascii: "\"") else {
            throw error("expected a member name in double quotes, found \(describeNext())")
        }
        let key = try scanKey()
        try expect(UInt8(ascii: ":"), "':' after the member name")
        skipWhitespace()
        return key
    }

    /// Consumes `[`.
    public mutating func beginArray() throws {
        try expect(UInt8(ascii: "["), "an array '['")
    }

    /// Positions at the next element of an array; false when the array ends.
    public mutating func nextElement(first: inout Bool) throws -> Bool {
        skipWhitespace()
        if consume(UInt8(ascii: "]")) { return false }
        if !first { try expect(UInt8(ascii: ","), "',' or ']' after an array element") }
        first = false
        skipWhitespace()
        if position >= count { throw error("the file ends inside an array (truncated?)") }
        return true
    }

    // MARK: scalars

    /// Consumes `null` if it is next.
    public mutating func consumeNull() -> Bool {
        skipWhitespace()
        if position + 4 <= count, base[position] == 0x6E, base[position + 1] == 0x75,
           base[position + 2] == 0x6C, base[position + 3] == 0x6C {
            position += 4
            return true
        }
        return false
    }

    mutating func scanKey() throws -> JSONKey {
        // position is at the opening quote
        let start = position + 1
        var i = start
        var escaped = false
        while i < count {
            let b = base[i]
            if b == UInt8(ascii: "\"") { break }
            if b == UInt8(ascii: "\\") { escaped = true; i += 2; continue }
            i += 1
        }
        guard i < count else { throw error("unterminated string (the file ends inside it)", at: position) }
        position = i + 1
        if escaped {
            // Rare: hash the decoded text.
            let s = try decodeString(start: start, end: i)
            return JSONKey(hash: JSONKey.hash(s), start: start, end: i, offset: start - 1, base: base)
        }
        return JSONKey(hash: JSONKey.hash(UnsafeRawPointer(base + start), i - start), start: start, end: i,
                       offset: start - 1, base: base)
    }

    /// Skips a string without building it (the cursor is at its opening quote).
    @inline(__always) mutating func skipString() throws {
        var i = position + 1
        while i < count {
            let b = base[i]
            if b == UInt8(ascii: "\"") { position = i + 1; return }
            if b == UInt8(ascii: "\\") { i += 2; continue }
            if b < 0x20 { throw error("control character inside a string (unescaped line break?)", at: i) }
            i += 1
        }
        throw error("unterminated string (the file ends inside it)", at: position)
    }

    /// Reads a string value. Throws if the next value is not a string.
    public mutating func readString() throws -> String {
        skipWhitespace()
        guard position < count, base[position] == UInt8(ascii: "\"") else {
            throw error("expected a string, found \(describeNext())")
        }
        let start = position + 1
        var i = start
        var escaped = false
        while i < count {
            let b = base[i]
            if b == UInt8(ascii: "\"") { break }
            if b == UInt8(ascii: "\\") { escaped = true; i += 2; continue }
            if b < 0x20 { throw error("control character inside a string (unescaped line break?)", at: i) }
            i += 1
        }
        guard i < count else { throw error("unterminated string (the file ends inside it)", at: position) }
        position = i + 1
        if !escaped {
            return String(decoding: UnsafeBufferPointer(start: base + start, count: i - start), as: UTF8.self)
        }
        return try decodeString(start: start, end: i)
    }

    func decodeString(start: Int, end: Int) throws -> String {
        var out: [UInt8] = []
        out.reserveCapacity(end - start)
        var i = start
        func hex4(_ at: Int) throws -> UInt32 {
            guard at + 4 <= end else { throw error("incomplete \\u escape", at: at) }
            var v: UInt32 = 0
            for k in 0..<4 {
                guard let d = JSONEscape.hexValue(base[at + k]) else { throw error("invalid hex digit in \\u escape", at: at + k) }
                v = v << 4 | d
            }
            return v
        }
        while i < end {
            let b = base[i]
            if b != UInt8(ascii: "\\") { out.append(b); i += 1; continue }
            guard i + 1 < end else { throw error("dangling backslash in a string", at: i) }
            let e = base[i + 1]
            i += 2
            if let simple = JSONEscape.byte(for: e) { out.append(simple); continue }
            guard e == UInt8(ascii: "u") else { throw error("invalid escape '\\\(Character(Unicode.Scalar(e)))' in a string", at: i - 2) }
            var scalar = try hex4(i)
            i += 4
            if JSONEscape.isHighSurrogate(scalar), i + 6 <= end, base[i] == 0x5C, base[i + 1] == 0x75 {
                let low = try hex4(i + 2)
                if JSONEscape.isLowSurrogate(low) {
                    scalar = JSONEscape.combine(high: scalar, low: low)
                    i += 6
                }
            }
            if !JSONEscape.appendUTF8(scalar, to: &out) { JSONEscape.appendUTF8(0xFFFD, to: &out) }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The raw bytes of a number token, validated against the JSON grammar.
    public mutating func scanNumber() throws -> Range<Int> {
        skipWhitespace()
        let start = position
        var i = position
        if i < count, base[i] == UInt8(ascii: "-") { i += 1 }
        let intStart = i
        while i < count, base[i] >= 48, base[i] <= 57 { i += 1 }
        if i == intStart { throw error("expected a number, found \(describeNext())") }
        if i < count, base[i] == UInt8(ascii: ".") {
            i += 1
            let f = i
            while i < count, base[i] >= 48, base[i] <= 57 { i += 1 }
            if i == f { throw error("a number needs digits after its decimal point", at: i) }
        }
        if i < count, base[i] == UInt8(ascii: "e") || base[i] == UInt8(ascii: "E") {
            i += 1
            if i < count, base[i] == UInt8(ascii: "+") || base[i] == UInt8(ascii: "-") { i += 1 }
            let e = i
            while i < count, base[i] >= 48, base[i] <= 57 { i += 1 }
            if i == e { throw error("a number needs digits in its exponent", at: i) }
        }
        position = i
        return start..<i
    }

    /// Reads `true` or `false`.
    public mutating func readBool() throws -> Bool {
        skipWhitespace()
        if position + 4 <= count, base[position] == 0x74, base[position + 1] == 0x72,
           base[position + 2] == 0x75, base[position + 3] == 0x65 {
            position += 4
            return true
        }
        if position + 5 <= count, base[position] == 0x66, base[position + 1] == 0x61,
           base[position + 2] == 0x6C, base[position + 3] == 0x73, base[position + 4] == 0x65 {
            position += 5
            return false
        }
        throw error("expected true or false, found \(describeNext())")
    }

    /// Skips one value of any kind, iteratively (no recursion), validating its syntax.
    public mutating func skipValue() throws {
        var depth = 0
        var stack: [UInt8] = []   // expected closers
        var expectValue = true
        while true {
            skipWhitespace()
            guard position < count else { throw error("the file ends inside a value (truncated?)") }
            let b = base[position]
            if expectValue {
                switch b {
                case UInt8(ascii: "{"):
                    position += 1
                    depth += 1
                    if depth > maxDepth { throw error("nesting deeper than \(maxDepth) levels") }
                    stack.append(UInt8(ascii: "}"))
                    skipWhitespace()
                    if position < count, base[position] == UInt8(ascii: "}") {
                        position += 1; depth -= 1; stack.removeLast()
                        if stack.isEmpty { return }
                    } else {
                        guard position < count, base[position] == UInt8(ascii: "\"") else {
                            throw error("expected a member name in double quotes, found \(describeNext())")
                        }
                        try skipString()
                        try expect(UInt8(ascii: ":"), "':' after the member name")
                        continue
                    }
                case UInt8(ascii: "["):
                    position += 1
                    depth += 1
                    if depth > maxDepth { throw error("nesting deeper than \(maxDepth) levels") }
                    stack.append(UInt8(ascii: "]"))
                    skipWhitespace()
                    if position < count, base[position] == UInt8(ascii: "]") {
                        position += 1; depth -= 1; stack.removeLast()
                        if stack.isEmpty { return }
                    } else { continue }
                case UInt8(ascii: "\""): try skipString()
                case UInt8(ascii: "t"), UInt8(ascii: "f"): _ = try readBool()
                case UInt8(ascii: "n"):
                    if !consumeNull() { throw error("expected a value, found \(describeNext())") }
                case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): _ = try scanNumber()
                default: throw error("expected a value, found \(describeNext())")
                }
                expectValue = false
            }
            // after a value: close containers or move to the next element
            guard let closer = stack.last else { return }
            skipWhitespace()
            guard position < count else { throw error("the file ends inside \(closer == 0x7D ? "an object" : "an array") (truncated?)") }
            let c = base[position]
            if c == closer {
                position += 1
                stack.removeLast()
                depth -= 1
                if stack.isEmpty { return }
                continue
            }
            if c == UInt8(ascii: ",") {
                position += 1
                if closer == UInt8(ascii: "}") {
                    skipWhitespace()
                    guard position < count, base[position] == UInt8(ascii: "\"") else {
                        throw error("expected a member name in double quotes, found \(describeNext())")
                    }
                    try skipString()
                    try expect(UInt8(ascii: ":"), "':' after the member name")
                }
                expectValue = true
                continue
            }
            throw error("expected ',' or '\(Character(Unicode.Scalar(closer)))', found \(describeNext())")
        }
    }

    /// After the top-level value: only whitespace may follow.
    public mutating func expectEnd() throws {
        skipWhitespace()
        if position < count { throw error("unexpected \(describeNext()) after the end of the JSON value") }
    }
}

/// A position with its line, taken while reading.
public struct SourcePoint: Sendable {
    public var offset: Int
    public var line: Int32
    public var lineStart: Int
}

/// An object member name: a case-insensitive hash (so `LicenseNumber` and `licenseNumber` match
/// the same field) and where the name sits.
public struct JSONKey {
    public var hash: UInt64
    public var start: Int
    public var end: Int
    /// Offset of the opening quote.
    public var offset: Int
    let base: UnsafePointer<UInt8>

    /// The member name as written (escapes decoded). Only valid inside `JSONCursor.read`.
    public var text: String {
        let raw = UnsafeBufferPointer(start: base + start, count: end - start)
        if !raw.contains(UInt8(ascii: "\\")) { return String(decoding: raw, as: UTF8.self) }
        let c = JSONCursor(base: base, count: end)
        return (try? c.decodeString(start: start, end: end)) ?? String(decoding: raw, as: UTF8.self)
    }

    /// The same hash for a literal field name, for building lookup tables.
    public static func hash(_ name: String) -> UInt64 {
        var bytes = Array(name.utf8)
        return bytes.withUnsafeMutableBytes { b in
            guard let p = b.baseAddress else { return hash(UnsafeRawPointer(bitPattern: 1)!, 0) }
            return hash(UnsafeRawPointer(p), b.count)
        }
    }

    /// A case-insensitive hash of a member name, eight bytes at a time. Setting bit 5 of every
    /// byte folds ASCII upper case to lower case (digits, '-', '.' and space already have it).
    @inline(__always) static func hash(_ p: UnsafeRawPointer, _ n: Int) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325 ^ UInt64(n)
        var i = 0
        while i + 8 <= n {
            let w = p.loadUnaligned(fromByteOffset: i, as: UInt64.self) | 0x2020_2020_2020_2020
            h = (h ^ w) &* 0x9E37_79B9_7F4A_7C15
            h ^= h >> 29
            i += 8
        }
        if i < n {
            var w: UInt64 = 0
            var shift: UInt64 = 0
            while i < n {
                w |= UInt64(p.load(fromByteOffset: i, as: UInt8.self) | 0x20) << shift
                shift += 8
                i += 1
            }
            h = (h ^ w) &* 0x9E37_79B9_7F4A_7C15
            h ^= h >> 29
        }
        return h
    }
}
