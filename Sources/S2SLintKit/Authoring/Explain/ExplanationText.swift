public import Foundation
public import S2SModel
public import RuleEngine

/// A rule's behaviour on a data set in words: each finding with the value of every part of the
/// rule that led to it, and — when the rule found nothing — why (no subject, `when` false, not in
/// force, turned off, gated by a rule it requires, waived).
public enum ExplanationText {
    public static func render(_ e: DataExplanation, relativeTo base: String? = nil) -> String {
        let t = e.trace
        let noun = subjectNoun(t.scope)
        var out = "On \(e.dataLabel): \(counts(t.tally, noun: noun)).\n"
        let traced = t.subjects.filter { $0.outcome == .violated || $0.outcome == .unevaluated }
        let total = t.tally.violated + t.tally.unevaluated
        for (i, s) in traced.enumerated() {
            out += "\nfinding \(i + 1) of \(total): \(where_(s, e, base))\(s.subject), judged on \(s.date)\n"
            if let f = s.finding {
                out += "  \(f.severity.rawValue): \(f.message)\n"
                if let sup = f.suppression {
                    out += "  waived: \(sup.reason)" + (sup.approver.map { ", approved by \($0)" } ?? "")
                        + (sup.expires.map { ", until \($0)" } ?? "") + "\n"
                }
            }
            out += tree("applies because", s.when)
            out += tree(s.outcome == .unevaluated ? "could not be decided" : "fails", s.assert)
            if let ev = s.finding?.evidence, !ev.isEmpty {
                out += "  evidence:\n" + ev.map { "    \($0.expression) = \($0.value)\n" }.joined()
            }
        }
        if total > traced.count { out += "\n… and \(total - traced.count) more finding(s) of this rule (not shown).\n" }
        if total == 0 {
            out += "\nNo finding. Why:\n" + whyNothing(e, noun: noun, base: base)
        }
        return out
    }

    /// `12 package lines checked: 9 passed, 1 violated, 2 'when' false`
    static func counts(_ t: Evaluator.Tally, noun: (String, String)) -> String {
        let judged = t.subjects + t.notInForce
        var parts: [String] = []
        if t.passed > 0 { parts.append("\(t.passed) passed") }
        if t.violated > 0 { parts.append("\(t.violated) violated") }
        if t.unevaluated > 0 { parts.append("\(t.unevaluated) could not be evaluated") }
        if t.notApplicable > 0 { parts.append("\(t.notApplicable) not concerned ('when' false)") }
        if t.gated > 0 { parts.append("\(t.gated) held back by a rule it requires") }
        if t.disabledSubjects > 0 { parts.append("\(t.disabledSubjects) with the rule turned off") }
        if t.notInForce > 0 { parts.append("\(t.notInForce) judged on a day the rule was not in force") }
        return "\(judged) \(judged == 1 ? noun.0 : noun.1) in scope" + (parts.isEmpty ? "" : " — " + parts.joined(separator: ", "))
    }

    static func whyNothing(_ e: DataExplanation, noun: (String, String), base: String?) -> String {
        let t = e.trace
        var out = ""
        if t.tally.subjects + t.tally.notInForce == 0 {
            out += "  - the data holds no \(noun.1) (the rule looks at \(PlainWords.scope(t.scope))).\n"
        }
        if let d = t.disabled {
            out += "  - pack \(d.by) turned it off: \(d.reason)"
                + (d.variance.map { " (variance \($0.ref), approved by \($0.approver), until \($0.expires))" } ?? "") + ".\n"
        }
        if t.tally.notInForce > 0 {
            let days = t.datesNotInForce.prefix(5).map(\.description).joined(separator: ", ")
            out += "  - \(t.tally.notInForce) \(t.tally.notInForce == 1 ? noun.0 : noun.1) judged on a day no version was in force "
                + "(\(days)\(t.datesNotInForce.count > 5 ? ", …" : "")); the rule is in force "
                + t.windows.map { PlainWords.window($0) }.joined(separator: "; ") + ".\n"
        }
        if t.tally.notApplicable > 0 {
            out += "  - for \(t.tally.notApplicable) \(t.tally.notApplicable == 1 ? noun.0 : noun.1) its 'when' was false"
            if let s = t.subjects.first(where: { $0.outcome == .notApplicable }) {
                out += ", e.g. \(where_(s, e, base))\(s.subject):\n" + tree(nil, s.when)
            } else {
                out += ".\n"
            }
        }
        if t.tally.gated > 0 {
            let by = t.gatedBy.sorted { $0.key < $1.key }.map { "\($0.key) (\($0.value))" }.joined(separator: ", ")
            out += "  - for \(t.tally.gated) \(t.tally.gated == 1 ? noun.0 : noun.1) a rule it requires did not pass first: \(by).\n"
        }
        let waived = e.report.findings.filter { $0.ruleId == t.ruleId && $0.suppression != nil }
        if !waived.isEmpty {
            out += "  - \(waived.count) finding(s) were accepted by a waiver or the baseline: "
                + Set(waived.compactMap { $0.suppression?.reason }).sorted().joined(separator: "; ") + ".\n"
        }
        if t.tally.passed > 0 {
            out += "  - \(t.tally.passed) \(t.tally.passed == 1 ? noun.0 : noun.1) met the rule"
            if let s = t.subjects.first(where: { $0.outcome == .passed }) {
                out += ", e.g. \(where_(s, e, base))\(s.subject):\n" + tree(nil, s.assert)
            } else {
                out += ".\n"
            }
        }
        return out
    }

    static func tree(_ title: String?, _ lines: [TraceLine]) -> String {
        guard !lines.isEmpty else { return "" }
        var out = title.map { "  \($0):\n" } ?? ""
        for l in lines {
            let pad = String(repeating: "  ", count: l.depth + 2)
            out += pad + l.text + (l.value.map { "  → \($0)" } ?? "") + "\n"
        }
        return out
    }

    /// `file:line:column: ` of a subject (from its finding, else resolved in the dataset).
    static func where_(_ s: SubjectTrace, _ e: DataExplanation, _ base: String?) -> String {
        guard let loc = s.finding?.location ?? e.dataset.resolve(s.ref) else { return "" }
        var file = loc.file
        if let base, file.hasPrefix(base + "/") { file = String(file.dropFirst(base.count + 1)) }
        return "\(file):\(loc.line):\(loc.column): "
    }

    /// (singular, plural) for the subjects of a scope.
    static func subjectNoun(_ scope: String) -> (String, String) {
        switch scope {
        case "line": return ("package line", "package lines")
        case "destination": return ("destination", "destinations")
        case "transporter": return ("transporter", "transporters")
        case "manifest": return ("manifest", "manifests")
        case "package": return ("package", "packages")
        case "license": return ("license", "licenses")
        case "lab_result": return ("lab result", "lab results")
        case "coa": return ("lab certificate", "lab certificates")
        case "sale": return ("sale", "sales")
        case "retail_delivery": return ("delivery to a customer", "deliveries to customers")
        case "retail_trip": return ("delivery run", "delivery runs")
        default: return (scope, scope + "s")
        }
    }
}
