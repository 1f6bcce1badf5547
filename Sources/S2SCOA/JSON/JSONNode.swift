import Foundation

/// A JSON value with the line, column and pointer of where it starts, so that profile errors and
/// WCIA fields can say exactly where they came from.
struct JSONNode: Sendable {
    enum Value: Sendable {
        case object([Member])
        case array([JSONNode])
        case string(String)
        /// The number exactly as written, so it can become a `Decimal` without binary rounding.
        case number(String)
        case bool(Bool)
        case null
    }

    struct Member: Sendable {
        var key: String
        var keyLine: Int
        var keyColumn: Int
        var value: JSONNode
    }

    var value: Value
    var line: Int
    var column: Int
    /// RFC 6901 pointer from the document root.
    var pointer: String

    var typeName: String {
        switch value {
        case .object: return "an object"
        case .array: return "an array"
        case .string: return "a string"
        case .number: return "a number"
        case .bool: return "true or false"
        case .null: return "null"
        }
    }

    subscript(key: String) -> JSONNode? {
        guard case .object(let members) = value else { return nil }
        return members.first { $0.key == key }?.value
    }

    var stringValue: String? {
        if case .string(let s) = value { return s }
        return nil
    }

    var arrayValue: [JSONNode]? {
        if case .array(let a) = value { return a }
        return nil
    }

    var members: [Member]? {
        if case .object(let m) = value { return m }
        return nil
    }

    /// Appends an escaped reference token to a pointer.
    static func pointer(_ base: String, _ token: String) -> String {
        base + "/" + token.replacingOccurrences(of: "~", with: "~0").replacingOccurrences(of: "/", with: "~1")
    }
}

/// A JSON syntax error with its 1-based line and column.
struct JSONSyntaxError: Error, Sendable {
    var message: String
    var line: Int
    var column: Int
}
