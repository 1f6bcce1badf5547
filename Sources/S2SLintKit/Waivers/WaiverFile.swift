public import Foundation
public import S2SModel
import RuleEngine

/// Reads a waiver file (YAML):
///
///     waivers:
///       - rule: PKG-ON-HOLD
///         manifest: "0004210186"
///         package: 1A4406030C00000006746190
///         reason: Hold released in Metrc on 2026-11-30; the export predates the release.
///         approver: J. Rivera, compliance manager
///         expires: 2026-12-31
///         ticket: COMP-142
///
/// Every problem (bad YAML, an unknown key, a missing reason, a date that is not YYYY-MM-DD, a
/// waiver naming no record) is an error diagnostic naming file, line and column.
public enum WaiverFile {
    static let topKeys = ["waivers"]
    static let waiverKeys = ["rule", "manifest", "package", "license", "reason", "approver", "expires", "ticket"]

    /// Loads and validates the file; throws every problem found at once.
    public static func load(path: String) throws(ConfigProblems) -> [Waiver] {
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw ConfigProblems([Diagnostic(.error, "cannot read the waiver file: \(error.localizedDescription)", code: "waiver.io",
                                             location: SourceLocation(file: path, line: 1, column: 1))])
        }
        return try parse(path: path, text: text)
    }

    public static func parse(path: String, text: String) throws(ConfigProblems) -> [Waiver] {
        let doc: PositionedYAML
        do { doc = try PositionedYAML.parse(path: path, text: text) } catch { throw ConfigProblems([error]) }
        var problems: [Diagnostic] = []
        guard case .map(let top, _) = doc.root else {
            throw ConfigProblems([doc.diagnostic("a waiver file is a mapping with a 'waivers:' list, not \(doc.root.kindName)",
                                                 at: doc.root.position, code: "waiver.shape",
                                                 hint: "start the file with 'waivers:' and list one waiver per '- rule: …' entry")])
        }
        ConfigReading.checkKeys(top, allowed: topKeys, what: "waiver file", doc: doc, code: "waiver.unknown-key", into: &problems)
        guard let list = doc.root["waivers"] else {
            problems.append(doc.diagnostic("the waiver file has no 'waivers:' list", at: doc.root.position, code: "waiver.shape"))
            throw ConfigProblems(problems)
        }
        var waivers: [Waiver] = []
        switch list {
        case .null: break   // an empty list
        case .list(let items, _):
            for (n, item) in items.enumerated() {
                if let w = waiver(item, index: n, doc: doc, into: &problems) { waivers.append(w) }
            }
        default:
            problems.append(doc.diagnostic("'waivers' must be a list of '- rule: …' entries, not \(list.kindName)",
                                           at: list.position, code: "waiver.shape"))
        }
        if !problems.isEmpty { throw ConfigProblems(problems) }
        return waivers
    }

    static func waiver(_ node: YAMLValue, index: Int, doc: PositionedYAML, into problems: inout [Diagnostic]) -> Waiver? {
        guard case .map(let entries, let pos) = node else {
            problems.append(doc.diagnostic("waiver \(index + 1) must be a mapping (rule:, reason:, approver:, expires:, …), not \(node.kindName)",
                                           at: node.position, code: "waiver.shape"))
            return nil
        }
        let before = problems.count
        ConfigReading.checkKeys(entries, allowed: waiverKeys, what: "waiver", doc: doc, code: "waiver.unknown-key", into: &problems)
        func text(_ key: String, required: Bool) -> String? {
            guard let v = node[key] else {
                if required {
                    problems.append(doc.diagnostic("waiver \(index + 1) has no '\(key)'", at: pos, code: "waiver.missing-key",
                                                   hint: "every waiver names rule, reason, approver and expires, and at least one of manifest, package, license"))
                }
                return nil
            }
            guard let s = v.scalar?.trimmingCharacters(in: .whitespaces), !s.isEmpty else {
                problems.append(doc.diagnostic("'\(key)' must be a non-empty single value, not \(v.kindName)", at: v.position,
                                               code: "waiver.value"))
                return nil
            }
            return s
        }
        let rule = text("rule", required: true)
        let manifest = text("manifest", required: false)
        let package = text("package", required: false)
        let license = text("license", required: false)
        let reason = text("reason", required: true)
        let approver = text("approver", required: true)
        let expiresText = text("expires", required: true)
        let ticket = text("ticket", required: false)
        if manifest == nil && package == nil && license == nil && node["manifest"] == nil && node["package"] == nil && node["license"] == nil {
            problems.append(doc.diagnostic("waiver \(index + 1) names no record: give at least one of manifest, package, license",
                                           at: pos, code: "waiver.missing-key",
                                           hint: "a waiver accepts one rule on named records, never a whole rule (disable a rule in a pack instead, with its reason)"))
        }
        var expires: Day?
        if let e = expiresText {
            expires = ConfigReading.day(e)
            if expires == nil, let v = node["expires"] {
                problems.append(doc.diagnostic("'expires' must be a date written YYYY-MM-DD, not '\(e)'", at: v.position, code: "waiver.date"))
            }
        }
        guard problems.count == before, let rule, let reason, let approver, let expires else { return nil }
        return Waiver(rule: rule, manifest: manifest, package: package, license: license, reason: reason, approver: approver,
                      expires: expires, ticket: ticket,
                      location: SourceLocation(file: doc.path, line: pos.line, column: pos.column, pointer: "/waivers/\(index)"),
                      pointer: "/waivers/\(index)")
    }
}
