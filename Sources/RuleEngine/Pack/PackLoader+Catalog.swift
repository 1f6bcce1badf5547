import Foundation
import S2SModel

/// How a pack maps onto the per-state catalog of rules (`../shared/research/regulations.md`):
/// `covers:` on a rule names the catalog rules it implements; `not_checked:` in a pack lists the
/// catalog rules it does not encode, each with the reason. `s2slint rules coverage` reads both.
extension PackLoader {
    static let notCheckedKeys = ["id", "reason"]

    /// A catalog id: capital letters and digits in parts joined by hyphens (`CA-QA-001`, `CA-XPORT-VAL`).
    public static func isCatalogId(_ s: String) -> Bool {
        let parts = s.split(separator: "-", omittingEmptySubsequences: false)
        return parts.count >= 2 && parts.allSatisfy { p in
            !p.isEmpty && p.unicodeScalars.allSatisfy { ("A"..."Z").contains($0) || ("0"..."9").contains($0) }
        } && parts[0].unicodeScalars.allSatisfy { ("A"..."Z").contains($0) }
    }

    /// `covers: [CA-QA-001, …]` (or one id) on a rule.
    static func parseCovers(_ node: YNode?, _ id: String, _ doc: YAMLDocument, _ problems: inout PackProblems) -> [String] {
        guard let node else { return [] }
        let items: [YNode]
        if node.scalar != nil { items = [node] } else { items = listItems(node, doc, &problems, what: "covers") }
        var out: [String] = []
        for item in items {
            guard let s = item.scalar else {
                problems.error(doc, item.pos, "each entry of 'covers' is one catalog rule id, e.g. CA-QA-001, not \(item.kindName)",
                               code: "pack.type")
                continue
            }
            guard isCatalogId(s) else {
                problems.error(doc, item.pos, "'\(s)' is not a catalog rule id (capital letters and digits joined by hyphens, e.g. CA-QA-001)",
                               code: "rule.covers")
                continue
            }
            if out.contains(s) {
                problems.error(doc, item.pos, "rule \(id) names \(s) twice in 'covers'", code: "rule.covers")
                continue
            }
            out.append(s)
        }
        return out
    }

    /// `not_checked: [{ id: CA-XFER-006, reason: "…" }, …]` in a pack file.
    static func parseNotChecked(_ node: YNode, _ doc: YAMLDocument, _ problems: inout PackProblems) -> [NotChecked] {
        var out: [NotChecked] = []
        for item in listItems(node, doc, &problems, what: "not_checked") {
            guard case .map(let entries, let pos) = item else {
                problems.error(doc, item.pos, "each entry of 'not_checked' is a mapping { id: CATALOG-ID, reason: \"why it is not checked\" }",
                               code: "pack.not-checked")
                continue
            }
            checkKeys(entries, allowed: notCheckedKeys, what: "a not_checked entry", doc, &problems)
            let id = requiredString(item, "id", doc, &problems, what: "a not_checked entry")
            let reason = requiredString(item, "reason", doc, &problems, what: "the not_checked entry \(id ?? "")")
            if let id, !isCatalogId(id), let n = item["id"] {
                problems.error(doc, n.pos, "'\(id)' is not a catalog rule id (capital letters and digits joined by hyphens, e.g. CA-XFER-006)",
                               code: "pack.not-checked")
                continue
            }
            if let r = reason, r.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty, let n = item["reason"] {
                problems.error(doc, n.pos, "the reason for not checking \(id ?? "a catalog rule") is empty; say why in plain words",
                               code: "pack.not-checked")
                continue
            }
            guard let id, let reason else { continue }
            out.append(NotChecked(id: id, reason: reason, location: SourceLocation(file: doc.path, line: pos.line, column: pos.column)))
        }
        return out
    }

    /// A catalog rule is either encoded (a rule covers it) or listed as not checked, not both, and
    /// listed once.
    static func checkCatalogMapping(_ p: PackSource, _ docs: [YAMLDocument], _ problems: inout PackProblems) {
        var covered: [String: String] = [:]   // catalog id → the rule that covers it
        for r in p.rules {
            for c in r.covers + (isCatalogId(r.id) ? [r.id] : []) where covered[c] == nil { covered[c] = r.id }
        }
        var seen: [String: SourceLocation] = [:]
        for n in p.notChecked {
            let lines = docs.first { $0.path == n.location.file }?.lines ?? []
            if let first = seen[n.id] {
                let also = first.file == n.location.file ? "line \(first.line)" : first.description
                problems.add(.error, n.location.file, lines, n.location.line, n.location.column,
                             "\(n.id) is listed twice in not_checked (also at \(also))", code: "pack.not-checked")
            } else {
                seen[n.id] = n.location
            }
            if let rule = covered[n.id] {
                problems.add(.error, n.location.file, lines, n.location.line, n.location.column,
                             "\(n.id) is listed as not checked, but rule \(rule) covers it", code: "pack.not-checked",
                             hint: "remove the not_checked entry, or remove \(n.id) from the rule's covers")
            }
        }
    }
}
