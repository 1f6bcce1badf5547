import Foundation
import S2SModel
import RuleEngine

/// Shared checks for the tool's YAML files (`.s2slint.yml`, waivers).
enum ConfigReading {
    /// Reports every key that is not allowed, with "did you mean" when one is close.
    static func checkKeys(_ entries: [YAMLEntry], allowed: [String], what: String, doc: PositionedYAML, code: String,
                          into problems: inout [Diagnostic]) {
        for e in entries where !allowed.contains(e.key) {
            let hint = PositionedYAML.didYouMean(e.key, in: allowed)
                ?? "the keys of a \(what) are: " + allowed.joined(separator: ", ")
            problems.append(doc.diagnostic("unknown key '\(e.key)' in the \(what)", at: e.keyPosition, code: code, hint: hint))
        }
    }

    /// A `YYYY-MM-DD` date.
    static func day(_ s: String) -> Day? {
        guard case .day(let d)? = ParsedTimestamp.parse(s.utf8) else { return nil }
        return d
    }
}
