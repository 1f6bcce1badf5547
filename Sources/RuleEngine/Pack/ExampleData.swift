public import Foundation
public import S2SModel

/// Example data for `rules test`: read from YAML (or JSON) files, patched with RFC 6902 operations.
public enum ExampleData {
    /// Reads a data file as plain values.
    public static func load(path: String) throws -> PlainValue {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw Diagnostic(.error, "cannot read example data \(path)", code: "example.io")
        }
        let doc = try YAMLDocument.load(path: path, text: String(decoding: data, as: UTF8.self),
                                        limits: YAMLLimits(maxBytes: 16 * 1024 * 1024, maxDepth: 64, maxNodes: 2_000_000))
        return PackLoader.plain(doc.root)
    }

    /// A rule example's data as `rules test` runs it: its data file (relative to the pack file that
    /// names it, `holder`) or its inline data, with its patch applied.
    public static func of(_ example: RuleExample, holder: String) throws -> PlainValue {
        var data: PlainValue
        if let file = example.file {
            let base = (holder as NSString).deletingLastPathComponent
            data = try load(path: file.hasPrefix("/") ? file : (base as NSString).appendingPathComponent(file))
        } else {
            data = example.data ?? .null
        }
        if !example.patch.isEmpty { data = try apply(example.patch, to: data) }
        return data
    }

    public struct PatchError: Error, CustomStringConvertible {
        public var description: String
    }

    /// Applies JSON Patch operations (`add`, `remove`, `replace`, `copy`, `move`, `test`).
    public static func apply(_ ops: [PlainValue], to value: PlainValue) throws -> PlainValue {
        var v = value
        for (k, op) in ops.enumerated() {
            guard case .string(let name)? = op["op"], case .string(let path)? = op["path"] else {
                throw PatchError(description: "patch operation \(k + 1) needs 'op' and 'path'")
            }
            let tokens = try pointerTokens(path)
            switch name {
            case "add": v = try set(v, tokens, op["value"] ?? .null, insert: true, path)
            case "replace":
                _ = try get(v, tokens, path)
                v = try set(v, tokens, op["value"] ?? .null, insert: false, path)
            case "remove": v = try remove(v, tokens, path)
            case "copy", "move":
                guard case .string(let from)? = op["from"] else { throw PatchError(description: "\(name) needs 'from'") }
                let ft = try pointerTokens(from)
                let moved = try get(v, ft, from)
                if name == "move" { v = try remove(v, ft, from) }
                v = try set(v, tokens, moved, insert: true, path)
            case "test":
                if try get(v, tokens, path) != (op["value"] ?? .null) {
                    throw PatchError(description: "patch test failed at \(path)")
                }
            default: throw PatchError(description: "unknown patch operation '\(name)' (use add, remove, replace, copy, move, test)")
            }
        }
        return v
    }

    static func pointerTokens(_ p: String) throws -> [String] {
        if p.isEmpty { return [] }
        guard p.hasPrefix("/") else { throw PatchError(description: "a JSON pointer starts with '/': \(p)") }
        return p.dropFirst().split(separator: "/", omittingEmptySubsequences: false).map {
            $0.replacingOccurrences(of: "~1", with: "/").replacingOccurrences(of: "~0", with: "~")
        }
    }

    static func get(_ v: PlainValue, _ t: [String], _ path: String) throws -> PlainValue {
        guard let first = t.first else { return v }
        switch v {
        case .object(_, let values):
            guard let c = values[first] else { throw PatchError(description: "\(path): no member '\(first)'") }
            return try get(c, Array(t.dropFirst()), path)
        case .list(let items):
            guard let i = Int(first), i >= 0, i < items.count else { throw PatchError(description: "\(path): no element \(first)") }
            return try get(items[i], Array(t.dropFirst()), path)
        default: throw PatchError(description: "\(path): cannot go into a single value")
        }
    }

    static func set(_ v: PlainValue, _ t: [String], _ new: PlainValue, insert: Bool, _ path: String) throws -> PlainValue {
        guard let first = t.first else { return new }
        let rest = Array(t.dropFirst())
        switch v {
        case .object(var keys, var values):
            if rest.isEmpty {
                if values[first] == nil { keys.append(first) }
                values[first] = new
            } else {
                guard let c = values[first] else { throw PatchError(description: "\(path): no member '\(first)'") }
                values[first] = try set(c, rest, new, insert: insert, path)
            }
            return .object(keys, values)
        case .list(var items):
            if rest.isEmpty {
                if first == "-" { items.append(new); return .list(items) }
                guard let i = Int(first), i >= 0, i <= items.count else { throw PatchError(description: "\(path): no element \(first)") }
                if insert { items.insert(new, at: i) } else {
                    guard i < items.count else { throw PatchError(description: "\(path): no element \(first)") }
                    items[i] = new
                }
                return .list(items)
            }
            guard let i = Int(first), i >= 0, i < items.count else { throw PatchError(description: "\(path): no element \(first)") }
            items[i] = try set(items[i], rest, new, insert: insert, path)
            return .list(items)
        default: throw PatchError(description: "\(path): cannot go into a single value")
        }
    }

    static func remove(_ v: PlainValue, _ t: [String], _ path: String) throws -> PlainValue {
        guard let first = t.first else { throw PatchError(description: "cannot remove the whole document") }
        let rest = Array(t.dropFirst())
        switch v {
        case .object(var keys, var values):
            guard let c = values[first] else { throw PatchError(description: "\(path): no member '\(first)'") }
            if rest.isEmpty {
                values[first] = nil
                keys.removeAll { $0 == first }
            } else {
                values[first] = try remove(c, rest, path)
            }
            return .object(keys, values)
        case .list(var items):
            guard let i = Int(first), i >= 0, i < items.count else { throw PatchError(description: "\(path): no element \(first)") }
            if rest.isEmpty { items.remove(at: i) } else { items[i] = try remove(items[i], rest, path) }
            return .list(items)
        default: throw PatchError(description: "\(path): cannot go into a single value")
        }
    }
}
