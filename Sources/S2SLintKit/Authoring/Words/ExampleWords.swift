import Foundation
public import RuleEngine

/// A rule example in words, for handbooks and explanations: "Fails when the TransporterFacility-
/// LicenseNumber of transporter 1 of destination 1 of manifest 1 is C10-0000423-LIC (on
/// examples/base.yaml)".
public enum ExampleWords {
    public static func describe(_ ex: RuleExample) -> String {
        let verb = ex.expect == .pass ? "Passes" : "Fails"
        var s = verb
        if let note = ex.note { s += " — " + sentence(note) + ":" }
        let base: String
        if let f = ex.file { base = "the data in \(f)" } else { base = inlineData(ex.data) }
        if ex.patch.isEmpty {
            s += " on \(base)"
        } else {
            s += " when " + ex.patch.map(change).joined(separator: ", and ") + " (starting from \(base))"
        }
        if ex.expect == .fail, let n = ex.count { s += ", with exactly \(n) finding\(n == 1 ? "" : "s")" }
        return s + "."
    }

    /// One JSON Patch operation in words.
    static func change(_ op: PlainValue) -> String {
        guard case .string(let name)? = op["op"], case .string(let path)? = op["path"] else { return "the data is changed" }
        let target = place(path)
        let value = op["value"].map(text) ?? "nothing"
        switch name {
        case "replace": return "\(target) is \(value)"
        case "add": return path.hasSuffix("/-") ? "\(value) is added to \(place(String(path.dropLast(2))))" : "\(target) is set to \(value)"
        case "remove": return "\(target) is removed"
        case "copy", "move":
            let from = op["from"].flatMap { if case .string(let f) = $0 { return place(f) } else { return nil } } ?? "another place"
            return "\(from) is \(name == "copy" ? "copied" : "moved") to \(target)"
        case "test": return "\(target) is checked to be \(value)"
        default: return "the data is changed (\(name) \(path))"
        }
    }

    /// A JSON pointer in words: `/manifests/0/Destinations/1/Packages/0/Quantity` →
    /// "the Quantity of package line 1 of destination 2 of manifest 1".
    static func place(_ pointer: String) -> String {
        let tokens = pointer.split(separator: "/", omittingEmptySubsequences: true).map {
            $0.replacingOccurrences(of: "~1", with: "/").replacingOccurrences(of: "~0", with: "~")
        }
        var parts: [String] = []
        var i = 0
        while i < tokens.count {
            let t = tokens[i]
            if i + 1 < tokens.count, let n = Int(tokens[i + 1]) {
                parts.append("\(singular(t)) \(n + 1)")
                i += 2
            } else if t == "packages", i + 1 < tokens.count {
                // packages/<holder>/<n>: the inventory of a license
                if i + 2 < tokens.count, let n = Int(tokens[i + 2]) {
                    parts.append("package \(n + 1) held by \(tokens[i + 1])")
                    i += 3
                } else {
                    parts.append("the packages held by \(tokens[i + 1])")
                    i += 2
                }
            } else {
                parts.append(t)
                i += 1
            }
        }
        guard let last = parts.last else { return "the data" }
        let rest = parts.dropLast().reversed()
        let head = Int(String(last.split(separator: " ").last ?? "")) == nil && !last.contains(" ") ? "the \(last)" : last
        return rest.isEmpty ? head : head + " of " + rest.joined(separator: " of ")
    }

    static func singular(_ collection: String) -> String {
        switch collection {
        case "Packages": return "package line"
        case "Destinations": return "destination"
        case "Transporters": return "transporter"
        case "TransporterDetails": return "transporter detail"
        case "Panels": return "panel"
        case "manifests": return "manifest"
        case "licenses": return "license"
        case "lab_results": return "lab result"
        default:
            let lower = collection.prefix(1).lowercased() + collection.dropFirst()
            return lower.hasSuffix("s") ? String(lower.dropLast()) : lower
        }
    }

    static func text(_ v: PlainValue) -> String {
        switch v {
        case .null: return "empty (null)"
        case .bool(let b): return b ? "true" : "false"
        case .number(let n): return n
        case .string(let s): return s.trimmingCharacters(in: .whitespaces).isEmpty ? "blank (\"\(s)\")" : s
        case .list, .object: return v.json
        }
    }

    static func inlineData(_ data: PlainValue?) -> String {
        guard case .object(let keys, let values)? = data, !keys.isEmpty else { return "no data at all" }
        let parts = keys.compactMap { k -> String? in
            switch values[k] {
            case .list(let l)?: return "\(l.count) \(k.replacingOccurrences(of: "_", with: " "))"
            case .object(let owners, _)? where k == "packages": return "the packages of \(owners.count) holder\(owners.count == 1 ? "" : "s")"
            case .string(let s)? where k == "as_of": return "judged as of \(s)"
            default: return k
            }
        }
        return "inline data (" + parts.joined(separator: ", ") + ")"
    }

    static func sentence(_ s: String) -> String { s.hasSuffix(".") ? String(s.dropLast()) : s }
}
