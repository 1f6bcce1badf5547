public import S2SModel

/// The checks s2slint makes of the waiver file itself. They are findings like any rule's (severity
/// warning, category `waiver`), so a waiver that has run out or no longer matches anything shows up
/// in every report and fails a run with `--fail-on warning`.
public enum WaiverRules {
    /// A waiver whose `expires` day has passed. It no longer suppresses anything: the findings it
    /// covered are reported again as open findings.
    public static let expired = RuleInfo(
        id: "S2S-WAIVER-EXPIRED", packId: "s2slint", title: "Waiver expired",
        description: "A waiver's expiry date has passed. The exception it granted no longer applies, so the findings it covered are reported as open again.",
        severity: .warning, category: "waiver", cite: [],
        remedy: Remedy(party: "compliance manager", hint: "fix the underlying problem, or renew the waiver with a new approval and expiry date"),
        scope: "waiver")

    /// A waiver that matched no finding in this run: the problem was fixed, or the waiver names the
    /// wrong rule or record. Stale exceptions are removed so they cannot hide a future problem.
    public static let unused = RuleInfo(
        id: "S2S-WAIVER-UNUSED", packId: "s2slint", title: "Waiver matches no finding",
        description: "A waiver matched no finding in this run: the problem it excused is gone, or the waiver names the wrong rule, manifest, package or license.",
        severity: .warning, category: "waiver", cite: [],
        remedy: Remedy(party: "compliance manager", hint: "remove the waiver, or correct its rule and business keys"),
        scope: "waiver")

    public static let all = [expired, unused]
}
