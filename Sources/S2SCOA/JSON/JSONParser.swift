import S2SModel

/// A strict RFC 8259 JSON parser over UTF-8 bytes that records the position of every value.
/// Duplicate object keys are an error (a profile with two `fields` keys is a mistake, not a merge).
struct JSONParser {
    private let bytes: [UInt8]
    private var i = 0
    private var line = 1
    private var lineStart = 0
    private var depth = 0

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        // A UTF-8 byte order mark is allowed before the value.
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { i = 3; lineStart = 3 }
    }

    static func parse(_ bytes: [UInt8]) throws(JSONSyntaxError) -> JSONNode {
        var p = JSONParser(bytes)
        p.skipWhitespace()
        let node = try p.parseValue(pointer: "")
        p.skipWhitespace()
        if p.i < p.bytes.count { throw p.error("unexpected text after the JSON value") }
        return node
    }

    private var column: Int {
        var c = 1
        var k = lineStart
        while k < i && k < bytes.count {
            if bytes[k] & 0xC0 != 0x80 { c += 1 }
            k += 1
        }
        return c
    }

    private func error(_ message: String) -> JSONSyntaxError {
        JSONSyntaxError(message: message, line: line, column: column)
    }

    private mutating func skipWhitespace() {
        while i < bytes.count {
            switch bytes[i] {
            case 0x20, 0x09, 0x0D: i += 1
            case 0x0A:
                i += 1
                line += 1
                lineStart = i
            default: return
            }
        }
    }

    private mutating func parseValue(pointer: String) throws(JSONSyntaxError) -> JSONNode {
        guard i < bytes.count else { throw error("expected a value, found the end of the file") }
        let startLine = line, startColumn = column
        func node(_ v: JSONNode.Value) -> JSONNode { JSONNode(value: v, line: startLine, column: startColumn, pointer: pointer) }
        switch bytes[i] {
        case UInt8(ascii: "{"):
            depth += 1
            guard depth < 200 else { throw error("JSON nested too deeply") }
            defer { depth -= 1 }
            i += 1
            var members: [JSONNode.Member] = []
            skipWhitespace()
            if i < bytes.count && bytes[i] == UInt8(ascii: "}") { i += 1; return node(.object(members)) }
            while true {
                skipWhitespace()
                guard i < bytes.count else { throw error("expected a quoted key, found the end of the file") }
                guard bytes[i] == UInt8(ascii: "\"") else { throw error("expected a quoted key") }
                let kl = line, kc = column
                let key = try parseString()
                if members.contains(where: { $0.key == key }) {
                    throw JSONSyntaxError(message: "duplicate key \"\(key)\"", line: kl, column: kc)
                }
                skipWhitespace()
                guard i < bytes.count, bytes[i] == UInt8(ascii: ":") else { throw error("expected ':' after the key \"\(key)\"") }
                i += 1
                skipWhitespace()
                let v = try parseValue(pointer: JSONNode.pointer(pointer, key))
                members.append(JSONNode.Member(key: key, keyLine: kl, keyColumn: kc, value: v))
                skipWhitespace()
                guard i < bytes.count else { throw error("expected ',' or '}', found the end of the file") }
                if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
                if bytes[i] == UInt8(ascii: "}") { i += 1; return node(.object(members)) }
                throw error("expected ',' or '}'")
            }
        case UInt8(ascii: "["):
            depth += 1
            guard depth < 200 else { throw error("JSON nested too deeply") }
            defer { depth -= 1 }
            i += 1
            var items: [JSONNode] = []
            skipWhitespace()
            if i < bytes.count && bytes[i] == UInt8(ascii: "]") { i += 1; return node(.array(items)) }
            while true {
                skipWhitespace()
                items.append(try parseValue(pointer: JSONNode.pointer(pointer, String(items.count))))
                skipWhitespace()
                guard i < bytes.count else { throw error("expected ',' or ']', found the end of the file") }
                if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
                if bytes[i] == UInt8(ascii: "]") { i += 1; return node(.array(items)) }
                throw error("expected ',' or ']'")
            }
        case UInt8(ascii: "\""):
            return node(.string(try parseString()))
        case UInt8(ascii: "t"):
            try literal("true")
            return node(.bool(true))
        case UInt8(ascii: "f"):
            try literal("false")
            return node(.bool(false))
        case UInt8(ascii: "n"):
            try literal("null")
            return node(.null)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return node(.number(try parseNumber()))
        default:
            throw error("expected a value (object, array, string, number, true, false or null)")
        }
    }

    private mutating func literal(_ word: String) throws(JSONSyntaxError) {
        let w = Array(word.utf8)
        guard i + w.count <= bytes.count, Array(bytes[i..<i + w.count]) == w else {
            throw error("expected a value (object, array, string, number, true, false or null)")
        }
        i += w.count
    }

    private mutating func parseNumber() throws(JSONSyntaxError) -> String {
        let start = i
        func digits() -> Int {
            let s = i
            while i < bytes.count, (48...57).contains(bytes[i]) { i += 1 }
            return i - s
        }
        if bytes[i] == UInt8(ascii: "-") { i += 1 }
        guard i < bytes.count else { throw error("malformed number") }
        if bytes[i] == UInt8(ascii: "0") { i += 1 } else if digits() == 0 { throw error("malformed number") }
        if i < bytes.count, bytes[i] == UInt8(ascii: ".") {
            i += 1
            if digits() == 0 { throw error("malformed number: digits expected after '.'") }
        }
        if i < bytes.count, bytes[i] == UInt8(ascii: "e") || bytes[i] == UInt8(ascii: "E") {
            i += 1
            if i < bytes.count, bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-") { i += 1 }
            if digits() == 0 { throw error("malformed number: digits expected in the exponent") }
        }
        return String(decoding: bytes[start..<i], as: UTF8.self)
    }

    private mutating func parseString() throws(JSONSyntaxError) -> String {
        i += 1  // opening quote
        var out: [UInt8] = []
        while true {
            guard i < bytes.count else { throw error("unterminated string") }
            let b = bytes[i]
            switch b {
            case UInt8(ascii: "\""):
                i += 1
                return String(decoding: out, as: UTF8.self)
            case UInt8(ascii: "\\"):
                i += 1
                guard i < bytes.count else { throw error("unterminated string") }
                let e = bytes[i]
                i += 1
                if let simple = JSONEscape.byte(for: e) { out.append(simple); continue }
                guard e == UInt8(ascii: "u") else { throw error("invalid escape '\\\(Character(Unicode.Scalar(e)))'") }
                var scalar = try hex4()
                if JSONEscape.isHighSurrogate(scalar) {
                    guard i + 1 < bytes.count, bytes[i] == UInt8(ascii: "\\"), bytes[i + 1] == UInt8(ascii: "u") else {
                        throw error("unpaired surrogate in \\u escape")
                    }
                    i += 2
                    let low = try hex4()
                    guard JSONEscape.isLowSurrogate(low) else { throw error("unpaired surrogate in \\u escape") }
                    scalar = JSONEscape.combine(high: scalar, low: low)
                }
                guard JSONEscape.appendUTF8(scalar, to: &out) else { throw error("invalid \\u escape") }
            case 0x00...0x1F:
                throw error(b == 0x0A ? "unterminated string (line break inside a string)" : "control character inside a string")
            default:
                out.append(b)
                i += 1
            }
        }
    }

    private mutating func hex4() throws(JSONSyntaxError) -> UInt32 {
        guard i + 4 <= bytes.count else { throw error("invalid \\u escape") }
        var v: UInt32 = 0
        for _ in 0..<4 {
            guard let d = JSONEscape.hexValue(bytes[i]) else { throw error("invalid \\u escape") }
            v = v * 16 + d
            i += 1
        }
        return v
    }
}
