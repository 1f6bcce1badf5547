public import S2SModel

/// Runs a compiled rule set over a dataset: every rule on every subject of its scope, one pass per
/// scope family, gates (`requires`) honoured, each subject judged by the rule versions and facts in
/// force on its date.
public enum Evaluator {
    public enum RuleOutcome: Sendable, Equatable {
        case notInForce, notApplicable, passed, violated, unevaluated, gated, disabled
        var letsDependentsRun: Bool { self == .passed || self == .notApplicable || self == .notInForce || self == .disabled }
    }

    /// Per-rule statistics for `explain` and `rules test` coverage.
    public struct Tally: Sendable {
        public var subjects = 0
        public var notInForce = 0
        public var notApplicable = 0
        public var passed = 0
        public var violated = 0
        public var unevaluated = 0
        public var gated = 0
        /// Subjects the rule was switched off for (by an overlay, or under a variance).
        public var disabledSubjects = 0
        public var disabled = false
    }

    public struct Result: Sendable {
        public var findings: [Finding]
        public var tallies: [String: Tally]
    }

    public static func run(_ set: CompiledRuleSet, _ ctx: EvalContext) -> Result {
        var state = RunState(set: set, ctx: ctx, observer: NoObserver())
        state.runAll()
        return Result(findings: state.findings, tallies: state.tallies)
    }
}

/// Sees every subject right after the rules of its scope ran on it, with the frame still holding
/// the subject (explanations re-evaluate parts of a rule there). The normal run uses
/// `NoObserver`, which the compiler removes.
protocol SubjectObserver {
    mutating func evaluated(_ scope: CompiledScope, _ frame: Frame, subject: RecordRef, ref: SourceRef,
                            outcomes: [Evaluator.RuleOutcome], outer: [(CompiledScope?, [Evaluator.RuleOutcome])])
}

struct NoObserver: SubjectObserver {
    @inline(__always)
    mutating func evaluated(_ scope: CompiledScope, _ frame: Frame, subject: RecordRef, ref: SourceRef,
                            outcomes: [Evaluator.RuleOutcome], outer: [(CompiledScope?, [Evaluator.RuleOutcome])]) {}
}

struct RunState<Observer: SubjectObserver> {
    let set: CompiledRuleSet
    let ctx: EvalContext
    var findings: [Finding] = []
    var tallies: [String: Evaluator.Tally] = [:]
    let fallbackDate: Day
    var observer: Observer

    mutating func runAll() {
        runManifestFamily()
        runFlat("package", count: ctx.dataset.packages.count, kind: .package)
        runFlat("license", count: ctx.dataset.licenses.count, kind: .license)
        runFlat("lab_result", count: ctx.dataset.labResults.count, kind: .labResult)
        runFlat("coa", count: ctx.dataset.coas.count, kind: .coa)
        runOperations()
        runRetail()
    }

    init(set: CompiledRuleSet, ctx: EvalContext, observer: Observer) {
        self.set = set
        self.ctx = ctx
        self.observer = observer
        self.fallbackDate = ctx.asOf ?? ctx.today
        for r in set.rules {
            var t = tallies[r.info.id] ?? Evaluator.Tally()
            t.disabled = t.disabled || r.disabledReason != nil
            tallies[r.info.id] = t
        }
    }

    func date(_ departure: DateTime?) -> Day { ctx.asOf ?? departure?.localDay ?? fallbackDate }

    mutating func runManifestFamily() {
        let ms = set.scopes["manifest"], ds = set.scopes["destination"], ls = set.scopes["line"], ts = set.scopes["transporter"]
        guard ms != nil || ds != nil || ls != nil || ts != nil else { return }
        let fm = ms.map { Frame(ctx: ctx, slotCount: $0.slotCount, date: fallbackDate) }
        let fd = ds.map { Frame(ctx: ctx, slotCount: $0.slotCount, date: fallbackDate) }
        let fl = ls.map { Frame(ctx: ctx, slotCount: $0.slotCount, date: fallbackDate) }
        let ft = ts.map { Frame(ctx: ctx, slotCount: $0.slotCount, date: fallbackDate) }
        for (mi, m) in ctx.dataset.manifests.enumerated() {
            let mref = Value.record(RecordRef(.manifest, mi))
            var mOut: [Evaluator.RuleOutcome] = []
            if let ms, let fm {
                fm.nextSubject()
                fm.slots[0] = mref
                fm.date = date(m.destinations.first?.estimatedDeparture)
                mOut = evaluate(ms, fm, subject: RecordRef(.manifest, mi), ref: m.source, outer: [])
            }
            for (di, d) in m.destinations.enumerated() {
                let dref = Value.record(RecordRef(.destination, mi, di))
                let dday = date(d.estimatedDeparture)
                var dOut: [Evaluator.RuleOutcome] = []
                if let ds, let fd {
                    fd.nextSubject()
                    fd.slots[0] = mref
                    fd.slots[1] = dref
                    fd.date = dday
                    dOut = evaluate(ds, fd, subject: RecordRef(.destination, mi, di), ref: d.source, outer: [(ms, mOut)])
                }
                if let ts, let ft {
                    for (ti, t) in (d.transporters ?? []).enumerated() {
                        ft.nextSubject()
                        ft.slots[0] = mref
                        ft.slots[1] = dref
                        ft.slots[2] = .record(RecordRef(.transporter, mi, di, ti))
                        ft.date = dday
                        _ = evaluate(ts, ft, subject: RecordRef(.transporter, mi, di, ti), ref: t.source,
                                     outer: [(ms, mOut), (ds, dOut)])
                    }
                }
                if let ls, let fl {
                    for (li, l) in d.lines.enumerated() {
                        fl.nextSubject()
                        fl.slots[0] = mref
                        fl.slots[1] = dref
                        fl.slots[2] = .record(RecordRef(.line, mi, di, li))
                        fl.date = dday
                        _ = evaluate(ls, fl, subject: RecordRef(.line, mi, di, li), ref: l.source, outer: [(ms, mOut), (ds, dOut)])
                    }
                }
            }
        }
    }

    mutating func runFlat(_ name: String, count: Int, kind: RecordKind) {
        guard let scope = set.scopes[name], count > 0 else { return }
        let frame = Frame(ctx: ctx, slotCount: scope.slotCount, date: fallbackDate)
        for i in 0..<count {
            frame.nextSubject()
            let ref = RecordRef(kind, i)
            frame.slots[0] = .record(ref)
            let src: SourceRef
            switch kind {
            case .package: src = ctx.dataset.packages[i].source
            case .license: src = ctx.dataset.licenses[i].source
            case .coa: src = ctx.dataset.coas[i].source
            default: src = ctx.dataset.labResults[i].source
            }
            _ = evaluate(scope, frame, subject: ref, ref: src, outer: [])
        }
    }

    /// Evaluates every rule of a scope on one subject; returns the outcome of each rule (by position).
    mutating func evaluate(_ scope: CompiledScope, _ frame: Frame, subject: RecordRef, ref: SourceRef,
                           outer: [(CompiledScope?, [Evaluator.RuleOutcome])]) -> [Evaluator.RuleOutcome] {
        var outcomes = [Evaluator.RuleOutcome](repeating: .notInForce, count: scope.order.count)
        for (k, id) in scope.order.enumerated() {
            guard let versions = scope.versions[id],
                  let rule = versions.first(where: { $0.window.contains(frame.date) }) else {
                tallies[id]?.notInForce += 1
                continue
            }
            tallies[id]?.subjects += 1
            if rule.disabledReason != nil {
                outcomes[k] = .disabled
                tallies[id]?.disabledSubjects += 1
                continue
            }
            // gates
            var gateOpen = true
            for req in rule.requires {
                if let p = scope.position[req] {
                    if !outcomes[p].letsDependentsRun { gateOpen = false; break }
                } else {
                    for (os, oo) in outer {
                        if let os, let p = os.position[req], p < oo.count, !oo[p].letsDependentsRun { gateOpen = false }
                    }
                    if !gateOpen { break }
                }
            }
            if !gateOpen {
                outcomes[k] = .gated
                tallies[id]?.gated += 1
                continue
            }
            if let when = rule.when {
                switch when.eval(frame) {
                case .bool(true): break
                case .bool(false):
                    outcomes[k] = .notApplicable
                    tallies[id]?.notApplicable += 1
                    continue
                default:
                    outcomes[k] = .unevaluated
                    tallies[id]?.unevaluated += 1
                    findings.append(finding(rule, frame, subject, ref, outcome: .unevaluated, missingFrom: when))
                    continue
                }
            }
            switch rule.assert.eval(frame) {
            case .bool(true):
                outcomes[k] = .passed
                tallies[id]?.passed += 1
            case .bool(false):
                outcomes[k] = .violated
                tallies[id]?.violated += 1
                findings.append(finding(rule, frame, subject, ref, outcome: .violated, missingFrom: nil))
            default:
                outcomes[k] = .unevaluated
                tallies[id]?.unevaluated += 1
                findings.append(finding(rule, frame, subject, ref, outcome: .unevaluated, missingFrom: rule.assert))
            }
        }
        observer.evaluated(scope, frame, subject: subject, ref: ref, outcomes: outcomes, outer: outer)
        return outcomes
    }

    func finding(_ rule: CompiledRule, _ frame: Frame, _ subject: RecordRef, _ ref: SourceRef, outcome: Outcome,
                 missingFrom: Compiled?) -> Finding {
        let ds = ctx.dataset
        var manifestKey: String?
        var packageKey: String?
        var licenseKey: String?
        var related: [RelatedLocation] = []
        switch subject.kind {
        case .manifest, .destination, .transporter, .line:
            let m = ds.manifests[Int(subject.i)]
            manifestKey = m.key
            licenseKey = m.shipperLicenseNumber
            if subject.kind == .destination || subject.kind == .transporter {
                licenseKey = m.destinations[Int(subject.j)].recipientLicenseNumber ?? licenseKey
            }
            if subject.kind == .line {
                let tag = m.destinations[Int(subject.j)].lines[Int(subject.k)].tag
                packageKey = tag
                if let tag, let pi = ctx.index.packageByTag[tag] {
                    related.append(RelatedLocation(label: "package \(tag) in the inventory export", ref: ds.packages[pi].source))
                }
            }
        case .package:
            let p = ds.packages[Int(subject.i)]
            packageKey = p.tag
            licenseKey = p.ownerLicenseNumber
        case .license:
            licenseKey = ds.licenses[Int(subject.i)].number
        case .labResult:
            licenseKey = ds.labResults[Int(subject.i)].labLicenseNumber
        case .coa:
            licenseKey = ds.coas[Int(subject.i)].lab.license?.value
        case .sale, .retailDelivery, .retailTrip:
            licenseKey = retailLicense(subject)
        default:
            if let k = ctx.index.operations.keys(for: subject, ds) {
                (manifestKey, packageKey, licenseKey, related) = (k.manifest, k.package, k.license, k.related)
            }
        }
        if let lk = rule.licenseKey, case .string(let s) = lk.eval(frame) { licenseKey = s }
        var evidence = rule.evidence.map { Evidence($0.expr.text, ValueOps.evidence($0.eval(frame), ctx)) }
        let message: String
        if outcome == .unevaluated, let from = missingFrom {
            let missing = Explainer.missing(from, frame)
            message = "could not be evaluated: " + (missing.isEmpty ? "a value it needs is missing"
                : missing.prefix(3).joined(separator: ", ") + (missing.count == 1 ? " is" : " are") + " missing")
            evidence += Explainer.evidence(from, frame)
        } else {
            message = rule.message.map { part -> String in
                switch part {
                case .text(let t): return t
                case .value(let c):
                    let v = c.eval(frame)
                    if case .null = v { return "(none)" }
                    return ValueOps.describe(v, ctx)
                }
            }.joined()
            let shown = Set(evidence.map(\.expression))
            evidence += Explainer.evidence(rule.assert, frame).filter { !shown.contains($0.expression) }
        }
        return Finding(ruleId: rule.info.id, packId: rule.info.packId, title: rule.info.title, severity: rule.info.severity,
                       category: rule.info.category, message: message, outcome: outcome, cite: rule.info.cite,
                       remedy: rule.info.remedy, manifest: manifestKey, package: packageKey, license: licenseKey,
                       subject: subject.kind.displayName, ref: ref, related: related, evidence: evidence)
    }
}
