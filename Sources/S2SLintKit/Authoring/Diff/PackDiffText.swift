public import Foundation
public import RuleEngine
import S2SModel

/// `rules diff` output: text for people, JSON (`s2slint.rules-diff/1`) for programs.
public enum PackDiffText {
    public static func text(_ d: PackDiff) -> String {
        func packs(_ p: [PackInfo]) -> String { p.map { "\($0.id) \($0.version) (\($0.sha256.prefix(12)))" }.joined(separator: " + ") }
        var out = "old: \(packs(d.old))\nnew: \(packs(d.new))\n"
        out += "data: \(d.manifests) manifest\(d.manifests == 1 ? "" : "s")\n"
        if !d.rulesAdded.isEmpty { out += "rules added: \(d.rulesAdded.joined(separator: ", "))\n" }
        if !d.rulesRemoved.isEmpty { out += "rules removed: \(d.rulesRemoved.joined(separator: ", "))\n" }
        func line(_ c: PackDiff.Change) -> String {
            var keys: [String] = []
            if !c.key.manifest.isEmpty { keys.append("manifest \(c.key.manifest)") }
            if !c.key.package.isEmpty { keys.append("package \(c.key.package)") }
            if keys.isEmpty, !c.key.license.isEmpty { keys.append("license \(c.key.license)") }
            let outcome = c.finding.outcome == .unevaluated ? " (not evaluated)" : ""
            return "  \(c.finding.severity.rawValue.padding(toLength: 7, withPad: " ", startingAt: 0)) \(c.key.rule)  "
                + keys.joined(separator: " ") + outcome + "\n      \(c.finding.message)\n"
        }
        out += "\nnewly failing (\(d.newlyFailing.count)):\n" + (d.newlyFailing.isEmpty ? "  none\n" : d.newlyFailing.map(line).joined())
        out += "\nnewly passing (\(d.newlyPassing.count)):\n" + (d.newlyPassing.isEmpty ? "  none\n" : d.newlyPassing.map(line).joined())
        if !d.changed.isEmpty {
            out += "\nchanged severity or outcome (\(d.changed.count)):\n"
            func state(_ f: Finding) -> String { f.severity.rawValue + (f.outcome == .unevaluated ? " (not evaluated)" : "") }
            for (a, b) in d.changed {
                let keys = "manifest \(a.key.manifest) \(a.key.package)"
                out += "  \(a.key.rule)  \(keys): \(state(a.finding)) → \(state(b.finding))\n"
            }
        }
        if !d.perRule.isEmpty {
            out += "\nper rule:\n"
            let w = d.perRule.map(\.rule.count).max() ?? 0
            for r in d.perRule {
                out += "  \(r.rule.padding(toLength: w, withPad: " ", startingAt: 0))  +\(r.newlyFailing) newly failing, "
                    + "-\(r.newlyPassing) newly passing" + (r.changed > 0 ? ", \(r.changed) changed" : "") + "\n"
            }
        }
        out += "\nsummary: \(d.newlyFailing.count) newly failing, \(d.newlyPassing.count) newly passing, "
            + "\(d.changed.count) changed, \(d.unchanged) unchanged\n"
        return out
    }

    public static func json(_ d: PackDiff) -> String {
        func q(_ s: String) -> String { PlainValue.quote(s) }
        func packs(_ p: [PackInfo]) -> String {
            "[" + p.map { "{\"id\": \(q($0.id)), \"version\": \(q($0.version)), \"sha256\": \(q($0.sha256))}" }.joined(separator: ", ") + "]"
        }
        func change(_ c: PackDiff.Change) -> String {
            var parts = ["\"rule\": \(q(c.key.rule))", "\"severity\": \(q(c.finding.severity.rawValue))",
                         "\"outcome\": \(q(c.finding.outcome.rawValue))"]
            if !c.key.manifest.isEmpty { parts.append("\"manifest\": \(q(c.key.manifest))") }
            if !c.key.package.isEmpty { parts.append("\"package\": \(q(c.key.package))") }
            if !c.key.license.isEmpty { parts.append("\"license\": \(q(c.key.license))") }
            parts.append("\"message\": \(q(c.finding.message))")
            if let l = c.finding.location { parts.append("\"location\": {\"file\": \(q(l.file)), \"line\": \(l.line), \"column\": \(l.column)}") }
            return "    {" + parts.joined(separator: ", ") + "}"
        }
        let perRule = d.perRule.map {
            "    {\"rule\": \(q($0.rule)), \"newly_failing\": \($0.newlyFailing), \"newly_passing\": \($0.newlyPassing), \"changed\": \($0.changed)}"
        }
        return """
            {
              "schema": "s2slint.rules-diff/1",
              "old": \(packs(d.old)),
              "new": \(packs(d.new)),
              "manifests": \(d.manifests),
              "rules_added": [\(d.rulesAdded.map(q).joined(separator: ", "))],
              "rules_removed": [\(d.rulesRemoved.map(q).joined(separator: ", "))],
              "newly_failing": [
            \(d.newlyFailing.map(change).joined(separator: ",\n"))
              ],
              "newly_passing": [
            \(d.newlyPassing.map(change).joined(separator: ",\n"))
              ],
              "changed": [
            \(d.changed.map { "  {\"old\": " + change($0.old).trimmingCharacters(in: .whitespaces) + ", \"new\": " + change($0.new).trimmingCharacters(in: .whitespaces) + "}" }.joined(separator: ",\n"))
              ],
              "per_rule": [
            \(perRule.joined(separator: ",\n"))
              ],
              "summary": {"newly_failing": \(d.newlyFailing.count), "newly_passing": \(d.newlyPassing.count), "changed": \(d.changed.count), "unchanged": \(d.unchanged)}
            }
            """
    }
}
