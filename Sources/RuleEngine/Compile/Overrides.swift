import S2SModel

/// The `overrides` of overlay packs, checked and resolved: severity changes and rules switched off,
/// each for good or until the variance that permits it expires.
struct Overrides {
    /// One accepted override of a rule.
    struct Change {
        var severity: Severity?
        var disabledReason: String?
        /// The last day it applies (a variance's expiry); nil for good.
        var until: Day?
    }

    /// A stretch of a rule version's window with the changes in force on it.
    struct Segment {
        var window: EffectiveWindow
        var severity: Severity?
        var disabledReason: String?
    }

    var changes: [String: [Change]] = [:]
    var disabled: [DisabledRule] = []

    /// Checks every override against the composed rules: it must name a rule of the set; a
    /// mandatory rule may be tightened, but turned off or lowered only under a cited variance.
    static func collect(packs: [PackSource], rulesById: [String: [RuleSource]], order: [String],
                        definedIn: [String: String], runDate: Day, problems: inout PackProblems) -> Overrides {
        var out = Overrides()
        for pack in packs {
            for o in pack.overrides {
                let lines = PackCompiler.fileLines(o.location.file)
                guard let base = rulesById[o.id]?.first else {
                    problems.add(.error, o.location.file, lines, o.location.line, o.location.column,
                                 "override of rule \(o.id), which no pack in this set defines", code: "pack.override",
                                 hint: Suggest.hint(o.id, in: order) ?? "overrides change rules of the packs this one extends")
                    continue
                }
                let lowers = o.severity.map { $0 < base.severity } ?? false
                if base.mandatory && (o.disabled || lowers) && o.variance == nil {
                    problems.add(.error, o.location.file, lines, o.location.line, o.location.column,
                                 "rule \(o.id) is mandatory: pack \(pack.id) may not \(o.disabled ? "turn it off" : "lower its severity") without a cited variance",
                                 code: "pack.mandatory",
                                 hint: "add variance: { ref: \"…\", approver: \"…\", expires: YYYY-MM-DD }, or remove the override")
                    continue
                }
                if let v = o.variance, v.expires < runDate {
                    problems.add(.warning, o.location.file, lines, o.location.line, o.location.column,
                                 "the variance \(v.ref) for rule \(o.id) expired on \(v.expires); the rule is checked again for everything judged after that day",
                                 code: "pack.variance-expired",
                                 hint: "renew the variance (a new expiry date) or remove the override")
                }
                var reason: String?
                if o.disabled {
                    reason = o.reason ?? "disabled"
                    if let v = o.variance {
                        reason = "\(o.reason ?? "turned off") (variance \(v.ref), approved by \(v.approver), until \(v.expires))"
                    }
                    out.disabled.append(DisabledRule(
                        ruleId: o.id, packId: definedIn[o.id] ?? "?", by: pack.id, reason: o.reason ?? "disabled",
                        variance: o.variance.map { VarianceRecord(ref: $0.ref, approver: $0.approver, expires: $0.expires.description) }))
                }
                out.changes[o.id, default: []].append(Change(severity: o.severity, disabledReason: reason, until: o.variance?.expires))
            }
        }
        return out
    }

    /// A rule version cut where a variance ends, with the changes in force on each part (later
    /// overrides win). A version with no time-limited change is one segment.
    func segments(of r: RuleSource) -> [Segment] {
        let list = changes[r.id] ?? []
        let w = r.effective
        let cuts = Set(list.compactMap(\.until).filter { u in (w.from.map { u >= $0 } ?? true) && (w.to.map { u < $0 } ?? true) }).sorted()
        var windows: [EffectiveWindow] = []
        var from = w.from
        for c in cuts {
            windows.append(EffectiveWindow(from: from, to: c))
            from = c.adding(days: 1)
        }
        windows.append(EffectiveWindow(from: from, to: w.to))
        return windows.map { part in
            var seg = Segment(window: part)
            for c in list {
                if let until = c.until {
                    // in force on this part only when the part ends by the expiry
                    guard let end = part.to, end <= until else { continue }
                }
                if let s = c.severity { seg.severity = s }
                if let d = c.disabledReason { seg.disabledReason = d }
            }
            return seg
        }
    }
}
