import Foundation
import S2SModel

/// Turns a printed row name into an analyte id: drops footnote marks (`*`, `^`, `**`, WA's `3`),
/// formulas (`Total THC = Δ9-THC + …`) and basis suffixes (`Δ9THC per Unit`), then looks the name
/// up in the profile's aliases and the vocabulary (tolerating lost ligatures).
struct AnalyteNaming {
    let vocabulary: COAVocabulary
    let footnotes: [String]

    enum Basis: Sendable { case unit, serving, package }

    struct Resolved {
        var id: String
        var name: String
        var basis: Basis?
        var known: Bool
    }

    func resolve(_ printed: String, panel: COAPanelKind) -> Resolved {
        var name = TextFolding.clean(printed)
        if let eq = name.range(of: " = ") { name = String(name[..<eq.lowerBound]) }
        var basis: Basis?
        for (suffix, b) in [(" per unit", Basis.unit), (" per serving", .serving), (" per package", .package)] {
            if name.lowercased().hasSuffix(suffix) {
                name = String(name.dropLast(suffix.count))
                basis = b
            }
        }
        name = Self.stripMarks(name)
        if let e = vocabulary.analyte(named: name) { return Resolved(id: e.id, name: name, basis: basis, known: true) }
        for f in footnotes where name.hasSuffix(f) {
            let stripped = Self.stripMarks(String(name.dropLast(f.count)).trimmingSpaces)
            if let e = vocabulary.analyte(named: stripped) { return Resolved(id: e.id, name: stripped, basis: basis, known: true) }
        }
        let key = TextFolding.analyteKey(name)
        if key == "total" || key == "totals" {
            switch panel {
            case .cannabinoids: return Resolved(id: "total_cannabinoids", name: name, basis: basis, known: true)
            case .terpenes: return Resolved(id: "total_terpenes", name: name, basis: basis, known: true)
            default: break
            }
        }
        var bare = name
        for f in footnotes where bare.hasSuffix(f) { bare = Self.stripMarks(String(bare.dropLast(f.count)).trimmingSpaces) }
        let bareKey = TextFolding.analyteKey(bare)
        return Resolved(id: "unlisted:" + (bareKey.isEmpty ? key : bareKey), name: bare.isEmpty ? name : bare, basis: basis, known: false)
    }

    /// True when `name` is, or begins, a name in the vocabulary (used to join wrapped names).
    func isKnownOrPrefix(_ name: String) -> Bool {
        let n = Self.stripMarks(TextFolding.clean(name))
        if vocabulary.analyte(named: n) != nil { return true }
        return vocabulary.hasName(startingWith: TextFolding.analyteKey(n))
    }

    static func stripMarks(_ s: String) -> String {
        var t = Substring(s)
        while let l = t.last, l == "*" || l == "^" || l == " " || l == "†" { t = t.dropLast() }
        return String(t)
    }
}

extension String {
    var trimmingSpaces: String {
        var t = Substring(self)
        while t.first == " " { t = t.dropFirst() }
        while t.last == " " { t = t.dropLast() }
        return String(t)
    }
}
