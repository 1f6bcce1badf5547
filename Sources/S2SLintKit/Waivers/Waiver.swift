public import S2SModel

/// An accepted exception: one rule, on the records named by business keys, for a reason, approved
/// by someone, until a date. Findings it matches are still reported, marked suppressed.
public struct Waiver: Sendable, Hashable {
    /// The rule id (`CA-XFER-001`).
    public var rule: String
    /// Business keys; every one given must equal the finding's (at least one is given).
    public var manifest: String?
    public var package: String?
    public var license: String?
    public var reason: String
    public var approver: String
    /// The last day the waiver applies (inclusive).
    public var expires: Day
    /// An optional change-control or ticket reference.
    public var ticket: String?
    /// Where the waiver is written (for findings about the waiver itself).
    public var location: SourceLocation
    /// `/waivers/3`: the waiver's place in the file.
    public var pointer: String

    public init(rule: String, manifest: String? = nil, package: String? = nil, license: String? = nil, reason: String,
                approver: String, expires: Day, ticket: String? = nil, location: SourceLocation, pointer: String) {
        self.rule = rule
        self.manifest = manifest
        self.package = package
        self.license = license
        self.reason = reason
        self.approver = approver
        self.expires = expires
        self.ticket = ticket
        self.location = location
        self.pointer = pointer
    }

    /// True when the waiver names this finding's rule and every key it gives equals the finding's.
    public func matches(_ f: Finding) -> Bool {
        guard f.ruleId == rule else { return false }
        if let manifest, f.manifest != manifest { return false }
        if let package, f.package != package { return false }
        if let license, f.license != license { return false }
        return true
    }

    /// "PKG-ON-HOLD on manifest 0004210186, package 1A44…"
    public var scopeDescription: String {
        var keys: [String] = []
        if let manifest { keys.append("manifest \(manifest)") }
        if let package { keys.append("package \(package)") }
        if let license { keys.append("license \(license)") }
        return rule + " on " + keys.joined(separator: ", ")
    }
}
