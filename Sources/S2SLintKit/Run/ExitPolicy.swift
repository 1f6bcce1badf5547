public import S2SModel

/// How findings map to the exit code for `--fail-on`.
public enum ExitPolicy {
    /// 1 when an unsuppressed finding (violated or not evaluated) is at or above `failOn`, else 0.
    public static func code(for report: Report, failOn: String) -> Int32 {
        guard let threshold = Severity(rawValue: failOn) else { return 0 }   // "never"
        let hit = report.findings.contains { $0.suppression == nil && $0.severity >= threshold }
        return hit ? 1 : 0
    }
}
