public import S2SModel

/// Reconciles a license listed more than once (in one roster or across rosters). Rows that agree
/// in every field s2slint reads are merged into one license (a note says how many). Rows that
/// disagree are reported with both rows' positions: a warning when they disagree on status or
/// expiration (which decide whether the license is active), a note when only descriptive fields
/// differ (type, name, designation — Washington lists a retailer's medical endorsement as a second
/// row). The first row is kept, completed with fields only the later rows fill in.
public enum RosterDeduplicator {
    /// How many individual disagreements are listed before the rest are summarised.
    static let maxListed = 50

    public static func deduplicate(_ ds: inout Dataset) {
        guard ds.licenses.count > 1 else { return }
        var firstIndex: [String: Int] = [:]
        var out: [License] = []
        out.reserveCapacity(ds.licenses.count)
        var merged: [(License, License)] = []
        var listed = 0
        var unlisted = 0
        var notes: [Diagnostic] = []
        func place(_ l: License) -> String {
            let p = l.source.pointer.isEmpty ? "a row" : l.source.pointer
            if l.source.file >= 0, Int(l.source.file) < ds.files.count { return "\(ds.files[Int(l.source.file)].path) \(p)" }
            return p
        }
        for l in ds.licenses {
            guard let i = firstIndex[l.number] else {
                firstIndex[l.number] = out.count
                out.append(l)
                continue
            }
            let kept = out[i]
            let differences = differing(kept, l)
            if differences.isEmpty {
                merged.append((kept, l))
                // rows that agree where both say something: keep what only the later one says
                // (Washington: the LCB list gives the type, the CCRS Licensee extract the dates)
                out[i] = completed(kept, with: l)
                continue
            }
            let material = differences.contains { ["status", "expiration date"].contains($0.field) }
            if listed < maxListed {
                listed += 1
                let what = differences.map { "\($0.field) \($0.a) / \($0.b)" }.joined(separator: "; ")
                let sameFile = kept.source.file == l.source.file
                let other = sameFile ? kept.source.pointer : place(kept)
                notes.append(Diagnostic(
                    material ? .warning : .note,
                    "license \(l.number) is listed twice with different values (\(what)): \(other) and \(l.source.pointer); the first row is used",
                    code: "roster.duplicate", ref: l.source,
                    hint: material ? "ask the regulator or check the license search: the rows disagree on whether the license is in force" : nil))
            } else {
                unlisted += 1
            }
            out[i] = completed(kept, with: l)
        }
        if unlisted > 0 {
            notes.append(Diagnostic(.note, "\(unlisted) more licenses are listed twice with different values (not listed one by one)",
                                    code: "roster.duplicate"))
        }
        if let (a, b) = merged.first {
            notes.insert(Diagnostic(.note, "\(merged.count) duplicate roster row\(merged.count == 1 ? "" : "s") identical to an earlier row \(merged.count == 1 ? "was" : "were") merged (e.g. license \(a.number): \(place(a)) and \(place(b)))",
                                    code: "roster.duplicate-merged", ref: b.source), at: 0)
        }
        ds.licenses = out
        ds.diagnostics += notes
    }

    struct Difference { var field: String; var a: String; var b: String }

    static func differing(_ a: License, _ b: License) -> [Difference] {
        var d: [Difference] = []
        func cmp<T: Equatable & CustomStringConvertible>(_ name: String, _ x: T?, _ y: T?) {
            guard let x, let y, x != y else { return }   // a blank on one side is not a disagreement
            d.append(Difference(field: name, a: "\"\(x)\"", b: "\"\(y)\""))
        }
        if a.status != b.status || (a.statusText != nil && b.statusText != nil && a.statusText != b.statusText) {
            d.append(Difference(field: "status", a: "\"\(a.statusText ?? "(blank)")\"", b: "\"\(b.statusText ?? "(blank)")\""))
        }
        cmp("expiration date", a.expirationDate, b.expirationDate)
        cmp("issue date", a.issueDate, b.issueDate)
        cmp("type", a.type, b.type)
        cmp("legal name", a.legalName, b.legalName)
        cmp("DBA", a.dba, b.dba)
        cmp("designation", a.designation, b.designation)
        cmp("jurisdiction", a.jurisdiction, b.jurisdiction)
        return d
    }

    static func completed(_ a: License, with b: License) -> License {
        var r = a
        if r.legalName == nil { r.legalName = b.legalName }
        if r.dba == nil { r.dba = b.dba }
        if r.type == nil { r.type = b.type }
        if r.issueDate == nil { r.issueDate = b.issueDate }
        if r.expirationDate == nil { r.expirationDate = b.expirationDate }
        if r.designation == nil { r.designation = b.designation }
        if r.jurisdiction == nil { r.jurisdiction = b.jurisdiction }
        return r
    }
}
