/// A value shown as evidence: what a part of the rule's expression evaluated to.
public indirect enum EvidenceValue: Sendable, Hashable, Codable, CustomStringConvertible {
    case null
    case bool(Bool)
    /// Numbers keep their decimal text (`12.5`), never a binary float.
    case number(String)
    case string(String)
    case list([EvidenceValue])

    public var description: String {
        switch self {
        case .null: return "null"
        case .bool(let b): return b ? "true" : "false"
        case .number(let s): return s
        case .string(let s): return s
        case .list(let l): return "[" + l.map(\.description).joined(separator: ", ") + "]"
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        switch self {
        case .null: try c.encodeNil()
        case .bool(let b): try c.encode(b)
        case .number(let s): try c.encode(s)
        case .string(let s): try c.encode(s)
        case .list(let l): try c.encode(l)
        }
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.singleValueContainer()
        if c.decodeNil() { self = .null } else if let b = try? c.decode(Bool.self) { self = .bool(b) }
        else if let s = try? c.decode(String.self) { self = .string(s) }
        else { self = .list(try c.decode([EvidenceValue].self)) }
    }
}

/// One named piece of evidence: the expression text and its value.
public struct Evidence: Sendable, Hashable, Codable {
    public var expression: String
    public var value: EvidenceValue

    public init(_ expression: String, _ value: EvidenceValue) {
        self.expression = expression
        self.value = value
    }
}

/// What a rule concluded for one subject.
public enum Outcome: String, Sendable, Codable {
    /// The rule's assertion was false: a violation.
    case violated
    /// The rule could not be decided because data it needs is missing (a null in its expression).
    case unevaluated
}

/// A rule's verdict on one subject (a manifest, destination, line, package, license, COA …).
public struct Finding: Sendable, Hashable {
    public var ruleId: String
    public var packId: String
    public var title: String
    public var severity: Severity
    public var category: String
    public var message: String
    public var outcome: Outcome
    public var cite: [Citation]
    public var remedy: Remedy?
    /// Business keys: the manifest number, the package tag, the license the finding is about.
    public var manifest: String?
    public var package: String?
    public var license: String?
    /// The subject's kind (`destination`, `line`, …) and where it is in the input.
    public var subject: String
    public var ref: SourceRef
    public var location: SourceLocation?
    /// Other places the evidence came from (the package in the inventory export, the roster row …).
    public var related: [RelatedLocation]
    public var evidence: [Evidence]
    /// Set when a waiver or baseline accepts the finding; it is still reported and counted.
    public var suppression: Suppression?

    public init(ruleId: String, packId: String, title: String, severity: Severity, category: String,
                message: String, outcome: Outcome = .violated, cite: [Citation] = [], remedy: Remedy? = nil,
                manifest: String? = nil, package: String? = nil, license: String? = nil, subject: String,
                ref: SourceRef = .none, location: SourceLocation? = nil, related: [RelatedLocation] = [],
                evidence: [Evidence] = [], suppression: Suppression? = nil) {
        self.ruleId = ruleId
        self.packId = packId
        self.title = title
        self.severity = severity
        self.category = category
        self.message = message
        self.outcome = outcome
        self.cite = cite
        self.remedy = remedy
        self.manifest = manifest
        self.package = package
        self.license = license
        self.subject = subject
        self.ref = ref
        self.location = location
        self.related = related
        self.evidence = evidence
        self.suppression = suppression
    }
}

/// A secondary location attached to a finding.
public struct RelatedLocation: Sendable, Hashable {
    public var label: String
    public var ref: SourceRef
    public var location: SourceLocation?

    public init(label: String, ref: SourceRef, location: SourceLocation? = nil) {
        self.label = label
        self.ref = ref
        self.location = location
    }
}

/// Why a finding is accepted: a waiver (with approver and expiry) or a baseline entry.
public struct Suppression: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Codable { case waiver, baseline }
    public var kind: Kind
    public var reason: String
    public var approver: String?
    public var expires: String?

    public init(kind: Kind, reason: String, approver: String? = nil, expires: String? = nil) {
        self.kind = kind
        self.reason = reason
        self.approver = approver
        self.expires = expires
    }
}
