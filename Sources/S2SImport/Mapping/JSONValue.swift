/// A small JSON tree with the byte offset of every value, for the files that are read as a whole
/// (mapping files, ERP exports read through a mapping). The large exports never build one.
public indirect enum JSONValue: Sendable {
    case object([(key: String, value: JSONValue)], offset: Int)
    case array([JSONValue], offset: Int)
    case string(String, offset: Int)
    /// A number as written.
    case number(String, offset: Int)
    case bool(Bool, offset: Int)
    case null(offset: Int)

    public var offset: Int {
        switch self {
        case .object(_, let o), .array(_, let o), .string(_, let o), .number(_, let o), .bool(_, let o), .null(let o): return o
        }
    }

    /// The member named `key` (exact name first, then ignoring case).
    public subscript(key: String) -> JSONValue? {
        guard case .object(let members, _) = self else { return nil }
        if let m = members.first(where: { $0.key == key }) { return m.value }
        let l = key.lowercased()
        return members.first { $0.key.lowercased() == l }?.value
    }

    /// Scalars as text (`12.5`, `true`); nil for null, objects and arrays.
    public var text: String? {
        switch self {
        case .string(let s, _), .number(let s, _): return s
        case .bool(let b, _): return b ? "true" : "false"
        default: return nil
        }
    }

    public var describe: String {
        switch self {
        case .object: return "an object"
        case .array: return "a list"
        case .string: return "a string"
        case .number: return "a number"
        case .bool: return "true/false"
        case .null: return "null"
        }
    }

    /// Parses the value at the cursor.
    public static func parse(_ c: inout JSONCursor, depth: Int = 0) throws -> JSONValue {
        guard depth < 200 else { throw c.error("nesting deeper than 200 levels") }
        guard let b = c.peek() else { throw c.error("the file ends where a value was expected (truncated?)") }
        let at = c.position
        switch b {
        case UInt8(ascii: "{"):
            try c.beginObject()
            var members: [(key: String, value: JSONValue)] = []
            var first = true
            while let key = try c.nextKey(first: &first) {
                let name = key.text
                members.append((name, try parse(&c, depth: depth + 1)))
            }
            return .object(members, offset: at)
        case UInt8(ascii: "["):
            try c.beginArray()
            var items: [JSONValue] = []
            var first = true
            while try c.nextElement(first: &first) { items.append(try parse(&c, depth: depth + 1)) }
            return .array(items, offset: at)
        case UInt8(ascii: "\""): return .string(try c.readString(), offset: at)
        case UInt8(ascii: "t"), UInt8(ascii: "f"): return .bool(try c.readBool(), offset: at)
        case UInt8(ascii: "n"):
            if c.consumeNull() { return .null(offset: at) }
            throw c.error("expected a value, found \(c.describeNext())")
        default:
            let r = try c.scanNumber()
            var s = ""
            for i in r { s.append(Character(Unicode.Scalar(c.byte(at: i)))) }
            return .number(s, offset: at)
        }
    }
}
