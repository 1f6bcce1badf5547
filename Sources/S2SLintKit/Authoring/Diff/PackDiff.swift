public import Foundation
public import S2SModel
public import RuleEngine
import S2SImport

/// `s2slint rules diff OLD NEW --data DIR`: what changes on a body of past data when a pack
/// changes — findings that appear (newly fail) and disappear (newly pass), by rule and business
/// key. Each manifest is judged on its own departure day by both packs (or `--as-of`).
public struct PackDiff: Sendable {
    /// A finding's identity across the two runs: rule, business keys and the record it is about.
    public struct Key: Sendable, Hashable, Comparable {
        public var rule: String
        public var manifest: String
        public var package: String
        public var license: String
        /// Where in the input the subject is (file and JSON pointer), so that two stops of one
        /// manifest stay apart.
        public var place: String

        public static func < (a: Key, b: Key) -> Bool {
            (a.rule, a.manifest, a.package, a.license, a.place) < (b.rule, b.manifest, b.package, b.license, b.place)
        }
    }

    public struct Change: Sendable {
        public var key: Key
        public var finding: Finding
    }

    public var old: [PackInfo]
    public var new: [PackInfo]
    /// Findings of the new pack that the old one did not produce.
    public var newlyFailing: [Change]
    /// Findings of the old pack that the new one no longer produces.
    public var newlyPassing: [Change]
    /// Findings both produce whose severity or outcome changed.
    public var changed: [(old: Change, new: Change)]
    public var unchanged: Int
    public var rulesAdded: [String]
    public var rulesRemoved: [String]
    public var manifests: Int
    public var diagnostics: [Diagnostic]

    public static func run(old: CompiledRuleSet, new: CompiledRuleSet, data: InputSpec, asOf: Day?) -> PackDiff {
        let zone = Linter.zone(of: new)
        var spec = data
        spec.zone = zone
        let dataset = InputLoader.load(spec)
        let today = asOf ?? PackTestRunner.earliestDeparture(dataset)
        let a = Linter(rules: old, asOf: asOf, today: today).lint(dataset)
        let b = Linter(rules: new, asOf: asOf, today: today).lint(dataset)
        func keyed(_ r: Report) -> [Key: [Finding]] {
            var out: [Key: [Finding]] = [:]
            for f in r.findings {
                let file = f.location?.file ?? ""
                out[Key(rule: f.ruleId, manifest: f.manifest ?? "", package: f.package ?? "", license: f.license ?? "",
                        place: file + "#" + f.ref.pointer), default: []].append(f)
            }
            return out
        }
        let ka = keyed(a), kb = keyed(b)
        var diff = PackDiff(old: old.packs, new: new.packs, newlyFailing: [], newlyPassing: [], changed: [], unchanged: 0,
                            rulesAdded: [], rulesRemoved: [], manifests: dataset.manifests.count,
                            diagnostics: dataset.diagnostics)
        for k in Set(ka.keys).union(kb.keys).sorted() {
            let x = ka[k] ?? [], y = kb[k] ?? []
            for f in y.dropFirst(x.count) { diff.newlyFailing.append(Change(key: k, finding: f)) }
            for f in x.dropFirst(y.count) { diff.newlyPassing.append(Change(key: k, finding: f)) }
            for (f, g) in zip(x, y) {
                if f.severity != g.severity || f.outcome != g.outcome {
                    diff.changed.append((Change(key: k, finding: f), Change(key: k, finding: g)))
                } else {
                    diff.unchanged += 1
                }
            }
        }
        let idsA = Set(old.ruleInfos.map(\.id)), idsB = Set(new.ruleInfos.map(\.id))
        diff.rulesAdded = idsB.subtracting(idsA).sorted()
        diff.rulesRemoved = idsA.subtracting(idsB).sorted()
        return diff
    }

    /// Newly failing and newly passing counts per rule, in rule order.
    public var perRule: [(rule: String, newlyFailing: Int, newlyPassing: Int, changed: Int)] {
        var ids = Set(newlyFailing.map(\.key.rule)).union(newlyPassing.map(\.key.rule)).union(changed.map(\.old.key.rule))
        ids.formUnion([])
        return ids.sorted().map { id in
            (id, newlyFailing.filter { $0.key.rule == id }.count, newlyPassing.filter { $0.key.rule == id }.count,
             changed.filter { $0.old.key.rule == id }.count)
        }
    }
}
