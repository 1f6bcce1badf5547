public import S2SModel

/// One line of an explanation: a part of a rule's expression and the value it had for the
/// subject, indented under the part that uses it. Lines without a value are headings
/// (`for q = 1A40…`, `with l = C11-…`).
public struct TraceLine: Sendable, Hashable {
    public var depth: Int
    public var text: String
    public var value: String?

    public init(depth: Int, text: String, value: String?) {
        self.depth = depth
        self.text = text
        self.value = value
    }
}

/// What one rule did on one subject, with the values of its condition's parts.
public struct SubjectTrace: Sendable {
    public enum Outcome: Sendable, Hashable {
        case violated, unevaluated, passed
        /// `when` was false.
        case notApplicable
        /// Rules it requires did not pass on this subject (their ids).
        case gated([String])
        /// No version of the rule is in force on the subject's date.
        case notInForce
        /// Switched off by an overlay (the recorded reason).
        case disabled(String)
    }

    /// The subject in words: `manifest 0001977415, destination 1, line 2 (1A40…)`.
    public var subject: String
    public var ref: SourceRef
    /// The day the subject was judged on (its departure, or `--as-of`, or the run's date).
    public var date: Day
    public var outcome: Outcome
    /// The finding the rule produced here (violated or not evaluated).
    public var finding: Finding?
    public var when: [TraceLine]
    public var assert: [TraceLine]
}

/// Everything an explanation needs about one rule on one data set: its counts, a trace of every
/// finding (up to a limit) and of a few subjects of each other outcome.
public struct RuleTrace: Sendable {
    public var ruleId: String
    public var scope: String
    public var tally: Evaluator.Tally
    public var subjects: [SubjectTrace]
    /// How many subjects each required rule held back (the rule did not run there).
    public var gatedBy: [String: Int]
    /// Subject dates on which no version of the rule was in force (distinct, sorted).
    public var datesNotInForce: [Day]
    /// The effective windows of the rule's versions.
    public var windows: [EffectiveWindow]
    /// The overlay that switched it off, when one did.
    public var disabled: DisabledRule?
}
