import S2SModel

/// Evidence for a finding: the values of the parts of the rule's expression that led to it.
enum Explainer {
    /// Paths, lookups and function results in `compiled` (outside lambdas), each with its value.
    static func evidence(_ compiled: Compiled, _ frame: Frame, limit: Int = 12) -> [Evidence] {
        var out: [Evidence] = []
        var seen = Set<String>()
        func walk(_ c: Compiled) {
            guard out.count < limit else { return }
            if c.isEvidence && !c.usesLambda {
                let text = c.expr.text
                if seen.insert(text).inserted {
                    out.append(Evidence(text, ValueOps.evidence(c.eval(frame), frame.ctx)))
                }
                // a path such as destination.recipient.status also shows what it went through only when that is null
                if case .null = c.eval(frame) { c.children.forEach(walk) }
                return
            }
            c.children.forEach(walk)
        }
        walk(compiled)
        return out
    }

    /// Texts of the parts that are unknown (null), deepest first, for "could not be evaluated".
    static func missing(_ compiled: Compiled, _ frame: Frame) -> [String] {
        var out: [String] = []
        func walk(_ c: Compiled) {
            guard !c.usesLambda else { return }
            let before = out.count
            c.children.forEach(walk)
            if out.count == before, c.isEvidence, case .null = c.eval(frame) { out.append(c.expr.text) }
        }
        walk(compiled)
        return out
    }

    /// A tree of every sub-expression and its value, for `explain` and `check --explain`.
    static func tree(_ compiled: Compiled, _ frame: Frame, depth: Int = 0) -> [(depth: Int, text: String, value: String)] {
        var out: [(Int, String, String)] = []
        func walk(_ c: Compiled, _ d: Int) {
            let value = c.usesLambda ? "(for each element)" : ValueOps.describe(c.eval(frame), frame.ctx)
            if case .string = c.expr.kind {} else if case .number = c.expr.kind {} else {
                out.append((d, c.expr.text, value))
            }
            for child in c.children where !(child.expr.text == c.expr.text) { walk(child, d + 1) }
        }
        walk(compiled, depth)
        return out
    }
}
