/// How serious a finding is. Ordered: info < warning < error.
public enum Severity: String, Sendable, Codable, CaseIterable, Comparable {
    case info, warning, error

    public static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }

    public var rank: Int {
        switch self {
        case .info: return 0
        case .warning: return 1
        case .error: return 2
        }
    }
}

/// How well the cited regulation text was checked, as tagged in the research catalog.
/// `verified`/`verified-old`/`verified-redline` were read in the regulation; `secondary` comes from
/// a summary; `unverified` was not read. Rules from secondary or unverified sources ship as warnings.
public enum VerificationStatus: String, Sendable, Codable, CaseIterable {
    case verified
    case verifiedOld = "verified-old"
    case verifiedRedline = "verified-redline"
    case secondary
    case unverified

    /// True when the requirement was read in the regulation text itself (possibly an older or redline copy).
    public var isReadInText: Bool {
        switch self {
        case .verified, .verifiedOld, .verifiedRedline: return true
        case .secondary, .unverified: return false
        }
    }
}

/// A regulation reference a rule cites.
public struct Citation: Sendable, Hashable, Codable {
    public var ref: String
    public var url: String?
    public var status: VerificationStatus

    public init(ref: String, url: String? = nil, status: VerificationStatus) {
        self.ref = ref
        self.url = url
        self.status = status
    }
}

/// Who fixes a finding and how.
public struct Remedy: Sendable, Hashable, Codable {
    public var party: String?
    public var hint: String

    public init(party: String? = nil, hint: String) {
        self.party = party
        self.hint = hint
    }
}
