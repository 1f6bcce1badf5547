public import S2SModel
public import S2SReports

/// The findings accepted when s2slint was adopted on an existing backlog, by fingerprint (rule id,
/// business keys and JSON pointer: the same value as SARIF `partialFingerprints["s2slint/v1"]`).
/// Findings in the baseline are reported as suppressed; new ones are reported as usual.
public struct Baseline: Sendable {
    /// Fingerprint → how many findings with it are accepted.
    public var counts: [String: Int]

    public init(counts: [String: Int] = [:]) { self.counts = counts }

    /// The baseline of a report: every finding not already waived, except the tool's own
    /// waiver checks.
    public init(report: Report) {
        var c: [String: Int] = [:]
        for f in Baseline.eligible(report) { c[FindingFingerprint.of(f), default: 0] += 1 }
        counts = c
    }

    public var entryCount: Int { counts.values.reduce(0, +) }

    static func eligible(_ report: Report) -> [Finding] {
        report.findings.filter { $0.suppression?.kind != .waiver && $0.packId != "s2slint" }
    }

    /// What applying a baseline did.
    public struct Outcome: Sendable {
        /// Findings marked as baselined.
        public var suppressed = 0
        /// Entries that matched no finding: fixed since the baseline was written.
        public var fixed = 0
    }

    /// Marks the findings in the baseline as suppressed (waivers take precedence; each entry
    /// accepts one finding).
    @discardableResult
    public func apply(to report: inout Report, file: String) -> Outcome {
        var left = counts
        var outcome = Outcome()
        for k in report.findings.indices where report.findings[k].suppression == nil && report.findings[k].packId != "s2slint" {
            let fp = FindingFingerprint.of(report.findings[k])
            guard let n = left[fp], n > 0 else { continue }
            left[fp] = n - 1
            report.findings[k].suppression = Suppression(kind: .baseline, reason: "accepted in the baseline \(file)")
            outcome.suppressed += 1
        }
        outcome.fixed = left.values.reduce(0, +)
        return outcome
    }
}
