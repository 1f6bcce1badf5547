import Foundation
import S2SModel
@testable import RuleEngine

/// Loads and compiles a pack written in a test, with optional facts.
func compilePack(_ yaml: String, facts: String? = nil, path: String = "/tmp/test-pack/pack.yaml")
    -> (CompiledRuleSet?, [Diagnostic]) {
    let (src, d1) = PackLoader.load(path: path, text: yaml)
    guard let src, !d1.contains(where: { $0.level == .error }) else { return (nil, d1) }
    var jurisdiction: Jurisdiction?
    if let facts {
        let (j, d) = FactsLoader.load(path: "/tmp/test-pack/facts.yaml", text: facts)
        if d.contains(where: { $0.level == .error }) { return (nil, d1 + d) }
        jurisdiction = j
    }
    let (set, d2) = PackCompiler.compile(packs: [src], jurisdiction: jurisdiction)
    return (set, d1 + d2)
}

/// A rule with everything but the expression parts filled in.
func rule(id: String = "T-1", scope: String = "line", when: String? = nil, assert: String,
          message: String = "failed", severity: String = "error", extra: String = "") -> String {
    var s = """
      - id: \(id)
        title: test rule
        severity: \(severity)
        category: manifest.fields
        scope: \(scope)

    """
    if let when { s += "    when: \(when)\n" }
    s += """
        assert: \(assert)
        message: "\(message)"
        cite: [{ ref: "test", status: verified }]
        examples: [{ expect: pass, data: {} }, { expect: fail, data: {} }]
    \(extra)

    """
    return s
}

func pack(_ rules: String, header: String = "") -> String {
    "pack: test\nversion: 1.0.0\n\(header)rules:\n\(rules)"
}

/// Evaluates a compiled set over a dataset.
func evaluate(_ set: CompiledRuleSet, _ ds: Dataset, asOf: Day? = nil) -> [Finding] {
    let index = DataIndex(dataset: ds, kinds: set.indexKinds)
    let ctx = EvalContext(dataset: ds, index: index, asOf: asOf, today: Day(year: 2026, month: 1, day: 1)!)
    return Evaluator.run(set, ctx).findings
}
