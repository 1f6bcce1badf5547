public import S2SModel

/// Findings grouped by a key, as indices into `report.findings`, in order of first appearance.
/// Reporters group with indices (4 bytes a finding) instead of copies of the findings, so that
/// grouping 100,000 findings costs well under a megabyte.
public struct FindingGroups: Sendable {
    public private(set) var keys: [String] = []
    public private(set) var members: [[Int32]] = []
    /// Findings without a key, in report order.
    public private(set) var rest: [Int32] = []

    public init(_ findings: [Finding], key: (Finding) -> String?) {
        var slot: [String: Int] = [:]
        for (i, f) in findings.enumerated() {
            guard let k = key(f) else { rest.append(Int32(i)); continue }
            if let s = slot[k] {
                members[s].append(Int32(i))
            } else {
                slot[k] = keys.count
                keys.append(k)
                members.append([Int32(i)])
            }
        }
    }

    public var count: Int { keys.count }
}

/// Counts of a group of findings, as the summaries show them.
public struct Tally: Sendable, Hashable {
    public var error = 0
    public var warning = 0
    public var info = 0
    public var unevaluated = 0
    public var suppressed = 0

    public init() {}

    /// Adds a finding: suppressed findings count only as suppressed, like `Summary`.
    public mutating func add(_ f: Finding) {
        if f.suppression != nil { suppressed += 1; return }
        if f.outcome == .unevaluated { unevaluated += 1 }
        switch f.severity {
        case .error: error += 1
        case .warning: warning += 1
        case .info: info += 1
        }
    }

    /// Findings that are not suppressed.
    public var open: Int { error + warning + info }
    public var total: Int { open + suppressed }
}

/// Small facts about a report that several reporters need.
public enum ReportFacts {
    /// Diagnostic codes that concern the rule packs and the run's configuration (as opposed to
    /// the input files): SARIF reports them as configuration notifications.
    public static func isConfigurationProblem(_ d: Diagnostic) -> Bool {
        let prefixes = ["pack.", "rule.", "yaml.", "facts.", "expr.", "example.", "config.", "waiver.", "baseline."]
        return prefixes.contains { d.code.hasPrefix($0) }
    }

    /// True when some input or pack problem is an error (the run exits 2 unless --keep-going).
    public static func hasErrors(_ report: Report) -> Bool { report.diagnostics.contains { $0.level == .error } }

    /// Whether a finding counts against `--fail-on` (unsuppressed, at or above the threshold).
    public static func fails(_ f: Finding, failOn: String) -> Bool {
        guard let threshold = Severity(rawValue: failOn) else { return false }
        return f.suppression == nil && f.severity >= threshold
    }

    /// "destination 2, package 1A40…" — where in a manifest a finding sits, for people.
    public static func place(_ f: Finding) -> String {
        var parts: [String] = []
        if let p = f.location?.pointer ?? (f.ref.pointer.isEmpty ? nil : f.ref.pointer),
           let d = index(after: "/Destinations/", in: p) {
            parts.append("destination \(d + 1)")
            if let t = index(after: "/Transporters/", in: p) { parts.append("transporter \(t + 1)") }
        }
        if let p = f.package { parts.append("package \(p)") }
        else if f.subject == "license" || f.manifest == nil, let l = f.license { parts.append("license \(l)") }
        return parts.joined(separator: ", ")
    }

    /// The number after the first `marker` in a pointer (`/Destinations/` in `/0/Destinations/2/…` → 2).
    public static func index(after marker: String, in pointer: String) -> Int? {
        let p = Array(pointer.utf8), m = Array(marker.utf8)
        guard !m.isEmpty, p.count > m.count else { return nil }
        var i = 0
        while i + m.count <= p.count {
            if p[i] == m[0], Array(p[i..<(i + m.count)]) == m {
                var j = i + m.count, n = 0, digits = 0
                while j < p.count, p[j] >= 0x30, p[j] <= 0x39, digits < 9 { n = n * 10 + Int(p[j] - 0x30); j += 1; digits += 1 }
                return digits > 0 ? n : nil
            }
            i += 1
        }
        return nil
    }

    /// Sentence-case severity word, with "(not evaluated)" for checks that could not be decided.
    public static func levelWord(_ f: Finding) -> String {
        f.outcome == .unevaluated ? "\(f.severity.rawValue) (not evaluated)" : f.severity.rawValue
    }
}
