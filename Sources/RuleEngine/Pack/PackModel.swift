public import S2SModel

/// The categories every rule picks one of (DESIGN.md), so findings compare across packs and states.
public enum Categories {
    public static let fixed: [String] = [
        "license.status", "license.type", "license.unknown", "package.unknown", "package.owner", "package.hold",
        "package.testing", "coa.missing", "coa.batch", "coa.lab", "coa.panel", "coa.potency", "coa.document",
        "quantity.available", "quantity.unit", "quantity.limit", "fifo", "manifest.fields", "manifest.timing",
        "tag.format", "transport", "roster.quality",
    ]
    /// Families whose members are named by the daily-operation packs (`reconcile.quantity`, `count.missing` …).
    public static let families: [String] = ["reconcile.", "count.", "tote.", "receive.", "eod."]

    public static func isKnown(_ c: String) -> Bool {
        fixed.contains(c) || families.contains { c.hasPrefix($0) && c.count > $0.count }
    }
}

/// An example a rule carries: data it must pass or fail on.
public struct RuleExample: Sendable {
    public enum Expectation: String, Sendable { case pass, fail }
    public var expect: Expectation
    /// Inline data (already converted from YAML) or nil when `file` names a data file.
    public var data: PlainValue?
    /// A data file, relative to the pack file that names it.
    public var file: String?
    /// RFC 6902 JSON Patch operations applied to the data before it is read.
    public var patch: [PlainValue]
    /// For `fail`: how many findings the rule must produce (default: at least one).
    public var count: Int?
    public var note: String?
    public var location: SourceLocation
}

/// A YAML value converted to plain data (for example data, which is read by the importers).
public indirect enum PlainValue: Sendable, Hashable {
    case null
    case bool(Bool)
    case number(String)
    case string(String)
    case list([PlainValue])
    case object([String], [String: PlainValue])   // key order kept

    /// JSON text of the value (strings escaped; numbers as written).
    public var json: String {
        switch self {
        case .null: return "null"
        case .bool(let b): return b ? "true" : "false"
        case .number(let n): return n
        case .string(let s): return PlainValue.quote(s)
        case .list(let l): return "[" + l.map(\.json).joined(separator: ",") + "]"
        case .object(let keys, let values):
            return "{" + keys.map { PlainValue.quote($0) + ":" + (values[$0] ?? .null).json }.joined(separator: ",") + "}"
        }
    }

    public static func quote(_ s: String) -> String {
        var out = "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if u.value < 0x20 { out += "\\u" + String(repeating: "0", count: 4 - String(u.value, radix: 16).count) + String(u.value, radix: 16) }
                else { out.unicodeScalars.append(u) }
            }
        }
        return out + "\""
    }

    public subscript(_ key: String) -> PlainValue? {
        if case .object(_, let v) = self { return v[key] }
        return nil
    }
}

/// A rule as written in a pack, before compilation.
public struct RuleSource: Sendable {
    public var id: String
    public var title: String
    public var description: String?
    public var severity: Severity
    public var category: String
    public var scope: String
    public var when: String?
    public var assert: String
    public var message: String
    public var cite: [Citation]
    public var effective: EffectiveWindow
    public var remedy: Remedy?
    public var examples: [RuleExample]
    public var requires: [String]
    public var lets: [(name: String, expression: String)]
    public var evidence: [String]
    public var licenseKey: String?
    public var mandatory: Bool
    public var tags: [String]
    /// Catalog rules (research/regulations.md ids) this rule implements, besides its own id when that is one.
    public var covers: [String]
    /// Where the rule and its expressions are written.
    public var file: String
    public var location: SourceLocation
    var origins: [String: ExprOrigin]
}

/// One pack: its header and rules, from one or more files in a directory.
public struct PackSource: Sendable {
    public var id: String
    public var title: String?
    public var jurisdiction: String?
    public var version: String
    public var extends: [String]
    public var description: String?
    public var defines: [(signature: String, expression: String, location: SourceLocation)]
    var defineOrigins: [String: ExprOrigin]
    public var rules: [RuleSource]
    public var overrides: [RuleOverride]
    /// Catalog rules the pack does not encode, each with the reason (`not_checked:`).
    public var notChecked: [NotChecked]
    public var files: [String]
    public var directory: String
    /// SHA-256 over the pack's files (names and bytes, in name order).
    public var sha256: String
}

/// A catalog rule a pack does not encode, and why (`not_checked: [{ id, reason }]`).
public struct NotChecked: Sendable, Hashable {
    public var id: String
    public var reason: String
    public var location: SourceLocation
}

/// A change an overlay pack makes to a rule it extends.
public struct RuleOverride: Sendable {
    public var id: String
    public var severity: Severity?
    public var disabled: Bool
    public var reason: String?
    public var variance: Variance?
    public var location: SourceLocation
}

/// A cited permission to loosen a mandatory rule (a regulator's variance), with approver and expiry.
public struct Variance: Sendable, Hashable {
    public var ref: String
    public var approver: String
    public var expires: Day
}
