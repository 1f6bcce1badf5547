/// A rule that an overlay pack switched off, with the reason it recorded; reports list these so
/// that a reader sees what was not checked and why.
public struct DisabledRule: Sendable, Hashable, Codable {
    public var ruleId: String
    /// The pack that defines the rule.
    public var packId: String
    /// The overlay pack that switched it off.
    public var by: String
    public var reason: String
    /// For a mandatory rule: the regulator's variance that permits switching it off.
    public var variance: VarianceRecord?

    public init(ruleId: String, packId: String, by: String, reason: String, variance: VarianceRecord? = nil) {
        self.ruleId = ruleId
        self.packId = packId
        self.by = by
        self.reason = reason
        self.variance = variance
    }
}

/// A cited permission to loosen a mandatory rule: who approved it and the last day it applies.
/// Subjects judged after `expires` are checked by the rule again.
public struct VarianceRecord: Sendable, Hashable, Codable {
    public var ref: String
    public var approver: String
    /// `YYYY-MM-DD`, inclusive.
    public var expires: String

    public init(ref: String, approver: String, expires: String) {
        self.ref = ref
        self.approver = approver
        self.expires = expires
    }
}
