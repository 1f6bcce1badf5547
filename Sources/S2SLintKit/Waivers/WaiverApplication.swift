public import S2SModel

/// Applies waivers to a report: marks the findings they cover as suppressed (still reported and
/// counted), and adds a finding for every expired or unused waiver.
public enum WaiverApplication {
    /// - Parameters:
    ///   - today: the day expiry is judged on (a waiver expiring today still applies today).
    public static func apply(_ waivers: [Waiver], to report: inout Report, today: Day) {
        guard !waivers.isEmpty else { return }
        let active = waivers.enumerated().filter { $0.element.expires >= today }
        var used = Array(repeating: false, count: waivers.count)
        // Index active waivers by rule so that matching stays linear in the findings.
        var byRule: [String: [Int]] = [:]
        for (i, w) in active { byRule[w.rule, default: []].append(i) }
        for k in report.findings.indices where report.findings[k].suppression == nil {
            guard let candidates = byRule[report.findings[k].ruleId] else { continue }
            for i in candidates where waivers[i].matches(report.findings[k]) {
                let w = waivers[i]
                report.findings[k].suppression = Suppression(kind: .waiver, reason: w.reason + (w.ticket.map { " (\($0))" } ?? ""),
                                                             approver: w.approver, expires: w.expires.description)
                used[i] = true
                break
            }
        }
        let ruleIds = Set(report.rules.map(\.id))
        var added = false
        for (i, w) in waivers.enumerated() {
            if w.expires < today {
                report.findings.append(finding(WaiverRules.expired, w,
                    "the waiver for \(w.scopeDescription) expired on \(w.expires) (approved by \(w.approver)); the findings it covered are open again"))
                added = true
            } else if !used[i] {
                let why = ruleIds.contains(w.rule) ? "" : "; no rule \(w.rule) ran in this check"
                report.findings.append(finding(WaiverRules.unused, w,
                    "the waiver for \(w.scopeDescription) matched no finding\(why); remove it or correct its keys"))
                added = true
            }
        }
        if added {
            for r in WaiverRules.all where !ruleIds.contains(r.id) { report.rules.append(r) }
        }
    }

    static func finding(_ rule: RuleInfo, _ w: Waiver, _ message: String) -> Finding {
        // The waiver's keys go in the evidence, not in the finding's business keys: the finding is
        // about the waiver file, so reports group it with the waivers, not under the manifest.
        var evidence = [Evidence("rule", .string(w.rule))]
        if let m = w.manifest { evidence.append(Evidence("manifest", .string(m))) }
        if let p = w.package { evidence.append(Evidence("package", .string(p))) }
        if let l = w.license { evidence.append(Evidence("license", .string(l))) }
        evidence += [Evidence("reason", .string(w.reason)), Evidence("approver", .string(w.approver)),
                     Evidence("expires", .string(w.expires.description))]
        if let t = w.ticket { evidence.append(Evidence("ticket", .string(t))) }
        return Finding(ruleId: rule.id, packId: rule.packId, title: rule.title, severity: rule.severity, category: rule.category,
                       message: message, cite: [], remedy: rule.remedy,
                       subject: "waiver", ref: SourceRef(file: -1, offset: 0, pointer: w.pointer), location: w.location,
                       evidence: evidence)
    }
}
