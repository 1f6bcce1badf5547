import Foundation
import S2SModel

/// Reads JSON nodes of one profile file into typed values, turning every mismatch into a problem at
/// the node's `file:line:column`.
struct ProfileDecoding {
    let file: String

    func problem(_ node: JSONNode, _ message: String, hint: String? = nil) -> COAProfileError.Problem {
        COAProfileError.Problem(file: file, line: node.line, column: node.column, message: message, hint: hint)
    }

    /// The members of an object, rejecting keys not in `allowed` (with a "did you mean").
    func object(_ node: JSONNode, _ what: String, allowed: [String], required: [String] = []) throws(COAProfileError.Problem) -> [String: JSONNode] {
        guard let members = node.members else { throw problem(node, "expected \(what) to be an object, found \(node.typeName)") }
        var out: [String: JSONNode] = [:]
        for m in members {
            guard allowed.contains(m.key) else {
                let hint = TextFolding.suggestion(for: m.key, among: allowed).map { "did you mean '\($0)'?" }
                    ?? "expected one of: " + allowed.joined(separator: ", ")
                throw COAProfileError.Problem(file: file, line: m.keyLine, column: m.keyColumn,
                                              message: "unknown key '\(m.key)' in \(what)", hint: hint)
            }
            out[m.key] = m.value
        }
        for key in required where out[key] == nil {
            throw problem(node, "\(what) needs the key '\(key)'")
        }
        return out
    }

    func string(_ node: JSONNode, _ what: String) throws(COAProfileError.Problem) -> String {
        guard let s = node.stringValue else { throw problem(node, "expected \(what) to be a string, found \(node.typeName)") }
        return s
    }

    func nonEmptyString(_ node: JSONNode, _ what: String) throws(COAProfileError.Problem) -> String {
        let s = try string(node, what)
        guard !s.trimmingCharacters(in: .whitespaces).isEmpty else { throw problem(node, "\(what) must not be empty") }
        return s
    }

    /// A string or an array of strings.
    func strings(_ node: JSONNode, _ what: String) throws(COAProfileError.Problem) -> [String] {
        if let s = node.stringValue { return [s] }
        guard let items = node.arrayValue else {
            throw problem(node, "expected \(what) to be a string or an array of strings, found \(node.typeName)")
        }
        var out: [String] = []
        for item in items { out.append(try string(item, "each entry of \(what)")) }
        return out
    }

    func array(_ node: JSONNode, _ what: String) throws(COAProfileError.Problem) -> [JSONNode] {
        guard let a = node.arrayValue else { throw problem(node, "expected \(what) to be an array, found \(node.typeName)") }
        return a
    }

    func bool(_ node: JSONNode, _ what: String) throws(COAProfileError.Problem) -> Bool {
        guard case .bool(let b) = node.value else { throw problem(node, "expected \(what) to be true or false, found \(node.typeName)") }
        return b
    }

    func int(_ node: JSONNode, _ what: String, range: ClosedRange<Int>) throws(COAProfileError.Problem) -> Int {
        guard case .number(let text) = node.value, let v = Int(text), range.contains(v) else {
            throw problem(node, "expected \(what) to be a whole number from \(range.lowerBound) to \(range.upperBound)")
        }
        return v
    }

    func decimal(_ node: JSONNode, _ what: String) throws(COAProfileError.Problem) -> Decimal {
        let text: String
        switch node.value {
        case .number(let t): text = t
        case .string(let t): text = t
        default: throw problem(node, "expected \(what) to be a number, found \(node.typeName)")
        }
        guard let d = DecimalText.parse(printed: text) else { throw problem(node, "expected \(what) to be a number, found '\(text)'") }
        return d
    }

    /// A regular expression, compiled once here so that a bad pattern is reported at load time.
    func regex(_ node: JSONNode, _ what: String) throws(COAProfileError.Problem) -> String {
        let s = try nonEmptyString(node, what)
        do {
            _ = try NSRegularExpression(pattern: s, options: [])
        } catch {
            throw problem(node, "\(what) is not a valid regular expression: '\(s)'")
        }
        return s
    }

    func enumValue<E: RawRepresentable>(_ node: JSONNode, _ what: String, _ type: E.Type, allowed: [E]) throws(COAProfileError.Problem) -> E
    where E.RawValue == String {
        let s = try string(node, what)
        guard let v = E(rawValue: s) else {
            let names = allowed.map(\.rawValue)
            let hint = TextFolding.suggestion(for: s, among: names).map { "did you mean '\($0)'?" } ?? "expected one of: " + names.joined(separator: ", ")
            throw problem(node, "unknown \(what) '\(s)'", hint: hint)
        }
        return v
    }
}
