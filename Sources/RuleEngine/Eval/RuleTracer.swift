public import S2SModel
import Foundation

/// Explains one rule on a data set: runs the rules as `check` does (so that `requires` gates and
/// shared named values behave the same) and, for each subject of the rule's scope, records the
/// outcome and the values of the rule's parts. It evaluates again what the normal run already
/// did; the normal run does not pay for it.
public enum RuleTracer {
    /// - Parameters:
    ///   - maxFindings: findings traced in full (the rest are counted).
    ///   - samples: subjects traced per other outcome (passed, `when` false, gated, not in force).
    /// - Returns: nil when no rule of the set has this id.
    public static func trace(_ set: CompiledRuleSet, _ ctx: EvalContext, ruleId: String, maxFindings: Int = 50,
                             samples: Int = 3) -> RuleTrace? {
        guard let first = set.rules.first(where: { $0.info.id == ruleId }) else { return nil }
        let observer = TraceObserver(ruleId: ruleId, scopeName: first.info.scope, maxFindings: maxFindings, samples: samples)
        var state = RunState(set: set, ctx: ctx, observer: observer)
        state.runAll()
        var subjects = state.observer.subjects
        let mine = state.findings.filter { $0.ruleId == ruleId }
        for i in subjects.indices {
            subjects[i].finding = mine.first { $0.ref == subjects[i].ref }
        }
        return RuleTrace(ruleId: ruleId, scope: first.info.scope, tally: state.tallies[ruleId] ?? Evaluator.Tally(),
                         subjects: subjects, gatedBy: state.observer.gatedBy,
                         datesNotInForce: state.observer.datesNotInForce.sorted(),
                         windows: set.rules.filter { $0.info.id == ruleId }.map(\.window),
                         disabled: set.disabled.last { $0.ruleId == ruleId })
    }

    /// A subject in words, with its business keys: `manifest 0001977415, destination 1, line 2 (1A40…)`.
    static func describe(_ r: RecordRef, _ ctx: EvalContext) -> String {
        let ds = ctx.dataset
        switch r.kind {
        case .manifest, .destination, .transporter, .line:
            let m = ds.manifests[Int(r.i)]
            var s = "manifest \(m.key ?? String(r.i + 1))"
            if r.kind == .manifest { return s }
            let d = m.destinations[Int(r.j)]
            s += ", destination \(r.j + 1) (to \(d.recipientLicenseNumber ?? "no recipient"))"
            if r.kind == .transporter {
                s += ", transporter \(r.k + 1) (\(d.transporters?[Int(r.k)].licenseNumber ?? "no license number"))"
            }
            if r.kind == .line { s += ", line \(r.k + 1) (\(d.lines[Int(r.k)].tag ?? "no tag"))" }
            return s
        default:
            return "\(r.kind.displayName.replacingOccurrences(of: "_", with: " ")) \(ValueOps.recordKey(r, ctx))"
        }
    }
}

/// Records, for the explained rule, what happened on each subject of its scope.
struct TraceObserver: SubjectObserver {
    let ruleId: String
    let scopeName: String
    let maxFindings: Int
    let samples: Int
    var subjects: [SubjectTrace] = []
    var shown: [String: Int] = [:]
    var gatedBy: [String: Int] = [:]
    var datesNotInForce: Set<Day> = []

    init(ruleId: String, scopeName: String, maxFindings: Int, samples: Int) {
        self.ruleId = ruleId
        self.scopeName = scopeName
        self.maxFindings = maxFindings
        self.samples = samples
    }

    mutating func evaluated(_ scope: CompiledScope, _ frame: Frame, subject: RecordRef, ref: SourceRef,
                            outcomes: [Evaluator.RuleOutcome], outer: [(CompiledScope?, [Evaluator.RuleOutcome])]) {
        guard scope.def.name == scopeName, let k = scope.position[ruleId], k < outcomes.count else { return }
        let rule = scope.versions[ruleId]?.first { $0.window.contains(frame.date) }
        var outcome: SubjectTrace.Outcome
        switch outcomes[k] {
        case .violated: outcome = .violated
        case .unevaluated: outcome = .unevaluated
        case .passed: outcome = .passed
        case .notApplicable: outcome = .notApplicable
        case .notInForce:
            outcome = .notInForce
            datesNotInForce.insert(frame.date)
        case .disabled: outcome = .disabled(rule?.disabledReason ?? "disabled")
        case .gated:
            var blockers: [String] = []
            for req in rule?.requires ?? [] {
                if let p = scope.position[req], p < outcomes.count {
                    if !outcomes[p].letsDependentsRun { blockers.append(req) }
                    continue
                }
                for (os, oo) in outer {
                    if let os, let p = os.position[req], p < oo.count, !oo[p].letsDependentsRun { blockers.append(req) }
                }
            }
            for b in blockers { gatedBy[b, default: 0] += 1 }
            outcome = .gated(blockers)
        }
        let key: String
        switch outcome {
        case .violated, .unevaluated: key = "finding"
        case .gated: key = "gated"
        case .disabled: key = "disabled"
        default: key = "\(outcome)"
        }
        let limit = key == "finding" ? maxFindings : samples
        guard shown[key, default: 0] < limit else { return }
        shown[key, default: 0] += 1
        var when: [TraceLine] = []
        var assert: [TraceLine] = []
        if let rule {
            switch outcome {
            case .violated, .unevaluated, .passed:
                if let w = rule.when { when = ExplanationTree.lines(w, frame) }
                assert = ExplanationTree.lines(rule.assert, frame)
            case .notApplicable:
                if let w = rule.when { when = ExplanationTree.lines(w, frame) }
            default: break
            }
        }
        subjects.append(SubjectTrace(subject: RuleTracer.describe(subject, frame.ctx), ref: ref, date: frame.date,
                                     outcome: outcome, finding: nil, when: when, assert: assert))
    }
}
