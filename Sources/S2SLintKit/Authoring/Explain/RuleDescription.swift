public import Foundation
public import S2SModel
public import RuleEngine

/// `s2slint explain RULE` without data: what the rule means, what it cites, when it is in force,
/// how to fix a finding, and its examples in words.
public enum RuleDescription {
    /// The rule's versions in the set, or nil (with a suggestion) when there is no such rule.
    public static func versions(_ id: String, in set: CompiledRuleSet) -> [CompiledRule] {
        set.rules.filter { $0.info.id == id }
    }

    public static func suggestion(_ id: String, in set: CompiledRuleSet) -> String? {
        let ids = set.ruleInfos.map(\.id)
        let lower = id.lowercased()
        if let exact = ids.first(where: { $0.lowercased() == lower }) { return "did you mean '\(exact)'?" }
        return ids.min { distance($0, id) < distance($1, id) }.flatMap { distance($0, id) <= max(2, id.count / 3) ? "did you mean '\($0)'?" : nil }
    }

    public static func text(_ versions: [CompiledRule], set: CompiledRuleSet) -> String {
        guard let latest = versions.last else { return "" }
        let info = latest.info
        let pack = set.packs.first { $0.id == info.packId }
        var out = "\(info.id) — \(info.title)\n"
        out += "  pack \(info.packId)\(pack.map { " \($0.version)" } ?? "") · \(info.severity.rawValue)"
            + (info.mandatory ? " · mandatory" : "") + " · category \(info.category)\n"
        out += "  looks at: \(PlainWords.scope(info.scope))\n"
        if let d = set.disabled.last(where: { $0.ruleId == info.id }) {
            out += "  turned off by pack \(d.by): \(d.reason)"
                + (d.variance.map { " (variance \($0.ref), approved by \($0.approver), until \($0.expires))" } ?? "") + "\n"
        }
        for (k, v) in versions.enumerated() {
            let r = v.source
            if versions.count > 1 {
                out += "\n  version \(k + 1) of \(versions.count), in force \(PlainWords.window(v.window))"
                    + (v.disabledReason != nil ? " (turned off)" : "") + ":\n"
            } else {
                out += "  in force: \(PlainWords.window(v.window))\n"
            }
            if !r.requires.isEmpty { out += "  runs only where these pass first: \(r.requires.joined(separator: ", "))\n" }
            if let w = r.when { out += "  applies when:\n" + indent(w, 4) }
            out += "  must hold:\n" + indent(r.assert, 4)
            if !r.lets.isEmpty {
                out += "  where:\n" + r.lets.map { indent("\($0.name) = \($0.expression)", 4) }.joined()
            }
            out += "  the finding says: \(r.message)\n"
        }
        let r = latest.source
        for c in info.cite {
            out += "  cites: \(c.ref) (\(PlainWords.status(c.status)))" + (c.url.map { "\n         \($0)" } ?? "") + "\n"
        }
        if let remedy = info.remedy { out += "  fix (\(PlainWords.party(remedy.party))): \(remedy.hint)\n" }
        if let d = info.description {
            out += "  about it: \(d.trimmingCharacters(in: .whitespacesAndNewlines))\n"
        }
        if !r.examples.isEmpty {
            out += "  examples (s2slint explain \(info.id) --example N runs one):\n"
            for (i, e) in r.examples.enumerated() { out += "    \(i + 1). \(ExampleWords.describe(e))\n" }
        }
        return out
    }

    static func indent(_ s: String, _ n: Int) -> String {
        let pad = String(repeating: " ", count: n)
        return s.split(separator: "\n", omittingEmptySubsequences: false).map { pad + $0 }.joined(separator: "\n") + "\n"
    }

    static func distance(_ a: String, _ b: String) -> Int {
        let x = Array(a.lowercased()), y = Array(b.lowercased())
        if x.isEmpty || y.isEmpty { return max(x.count, y.count) }
        var prev = Array(0...y.count)
        for i in 1...x.count {
            var cur = [i] + Array(repeating: 0, count: y.count)
            for j in 1...y.count { cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1)) }
            prev = cur
        }
        return prev[y.count]
    }
}
