/// A license as a state roster (or the S2S system) lists it.
public struct License: Sendable, Hashable {
    /// The number exactly as the roster writes it, trimmed of surrounding whitespace.
    public var number: String
    public var legalName: String?
    public var dba: String?
    /// The roster's own type text (e.g. `Distributor`, `Class A Marihuana Grower`); packs map it
    /// to their vocabulary through the jurisdiction's facts.
    public var type: String?
    public var status: LicenseStatus
    /// The status text exactly as written (`ACTIVE (ISSUED)`, `License Void`, …).
    public var statusText: String?
    public var issueDate: Day?
    public var expirationDate: Day?
    /// Adult-use, medicinal or both, as written.
    public var designation: String?
    /// Two-letter state or jurisdiction id when the roster says.
    public var jurisdiction: String?
    public var source: SourceRef

    public init(number: String, legalName: String? = nil, dba: String? = nil, type: String? = nil,
                status: LicenseStatus = .unknown, statusText: String? = nil, issueDate: Day? = nil,
                expirationDate: Day? = nil, designation: String? = nil, jurisdiction: String? = nil,
                source: SourceRef = .none) {
        self.number = number
        self.legalName = legalName
        self.dba = dba
        self.type = type
        self.status = status
        self.statusText = statusText
        self.issueDate = issueDate
        self.expirationDate = expirationDate
        self.designation = designation
        self.jurisdiction = jurisdiction
        self.source = source
    }
}

/// Roster status words normalised. An unrecognised word is `.unknown`, never treated as active.
public enum LicenseStatus: String, Sendable, Hashable, CaseIterable {
    case active, inactive, pending, expired, suspended, surrendered, revoked, cancelled, void, unknown

    /// Normalises the wording rosters use: `Active`, `ACTIVE (ISSUED)`, `Active Title Certificate`,
    /// `License Void`, `Canceled`, `Expired`, … Returns `.unknown` for anything else (and for blank).
    public init(normalising raw: String?) {
        guard let raw else { self = .unknown; return }
        let t = raw.lowercased().trimmingSpaces()
        if t.isEmpty { self = .unknown; return }
        if t == "active" || t.hasPrefix("active (") || t.hasPrefix("active ") || t == "issued"
            || t == "licensed" { self = .active; return }
        if t.hasPrefix("inactive") || t == "closed" || t == "closed (permanent)" || t == "discontinued"
            || t == "deactivated" { self = .inactive; return }
        if t.hasPrefix("pending") || t.contains("application") || t == "provisional pending" { self = .pending; return }
        if t.hasPrefix("expired") || t == "lapsed" || t.hasSuffix(" expired") { self = .expired; return }
        if t.hasPrefix("suspend") || t.hasSuffix("suspended") { self = .suspended; return }
        if t.hasPrefix("surrender") || t.hasSuffix("surrendered") { self = .surrendered; return }
        if t.hasPrefix("revoked") || t.hasSuffix("revoked") || t == "revocation" { self = .revoked; return }
        if t.hasPrefix("cancel") || t.hasSuffix("canceled") || t.hasSuffix("cancelled") { self = .cancelled; return }
        if t.contains("void") { self = .void; return }
        self = .unknown
    }
}

extension String {
    /// Trims spaces, tabs and line breaks at both ends (no Foundation needed).
    public func trimmingSpaces() -> String {
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s.removeFirst() }
        while let l = s.last, l.isWhitespace { s.removeLast() }
        return String(s)
    }
}
