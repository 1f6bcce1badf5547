import Foundation

/// Unicode clean-up and the "folded" form used to match labels, titles and fingerprints despite
/// letter-spacing (`S A M P L E :`), lost ligatures (`Certi cate`, `Con dent`), compatibility
/// characters (`ﬁ` U+FB01) and case.
enum TextFolding {
    /// NFKC, `∆` (U+2206) → `Δ`, `μ` (U+03BC) → `µ`, typographic dashes and spaces to ASCII,
    /// whitespace runs collapsed, trimmed. Used for every value the reader keeps.
    static func clean(_ s: some StringProtocol) -> String {
        // Fast path: plain ASCII without tabs or double spaces needs no work.
        if s.utf8.allSatisfy({ $0 >= 0x21 && $0 < 0x7F || $0 == 0x20 }), !s.hasPrefix(" "), !s.hasSuffix(" "), !s.contains("  ") {
            return String(s)
        }
        var out = ""
        var lastSpace = true
        for ch in String(s).precomposedStringWithCompatibilityMapping {
            var c = ch
            switch ch {
            case "\u{2206}": c = "Δ"
            case "\u{03BC}": c = "µ"
            case "\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}": c = "-"
            case "\u{00A0}", "\u{2009}", "\u{202F}", "\t": c = " "
            default: break
            }
            if c == " " || c.isNewline {
                if !lastSpace { out.append(" ") }
                lastSpace = true
            } else {
                out.append(c)
                lastSpace = false
            }
        }
        if out.hasSuffix(" ") { out.removeLast() }
        return out
    }

    /// The folded form of a string: `clean`, lowercased, whitespace removed, and the letter groups a
    /// lost ligature glyph leaves out (`ffi`, `ffl`, `ff`, `fi`, `fl`) removed on both sides of a
    /// comparison.
    static func fold(_ s: some StringProtocol) -> String {
        String(foldedCharacters(Array(String(s))).map(\.char))
    }

    /// Folded characters, each with the index of the character of `chars` it came from.
    static func foldedCharacters(_ chars: [Character]) -> [(char: Character, index: Int)] {
        var raw: [(char: Character, index: Int)] = []
        raw.reserveCapacity(chars.count)
        for i in chars.indices {
            let ch = chars[i]
            if let a = ch.asciiValue {
                // ASCII fast path: skip spaces, lower-case letters.
                if a == 0x20 || a == 0x09 || a == 0x0A || a == 0x0D || a == 0x0C { continue }
                raw.append((a >= 0x41 && a <= 0x5A ? Character(Unicode.Scalar(a + 0x20)) : ch, i))
                continue
            }
            if ch.isWhitespace { continue }
            for c in clean(String(ch)).lowercased() where !c.isWhitespace { raw.append((c, i)) }
        }
        // Drop ligature letter groups, longest first.
        var out: [(char: Character, index: Int)] = []
        out.reserveCapacity(raw.count)
        var k = 0
        while k < raw.count {
            if raw[k].char == "f", k + 1 < raw.count {
                let n = raw[k + 1].char
                if n == "f", k + 2 < raw.count, raw[k + 2].char == "i" || raw[k + 2].char == "l" { k += 3; continue }
                if n == "f" || n == "i" || n == "l" { k += 2; continue }
            }
            out.append(raw[k])
            k += 1
        }
        return out
    }

    /// A compact key for analyte names: `clean`, lowercased, Greek letters spelled out (`Δ9-THC` →
    /// `delta9thc`, `β-Myrcene` → `betamyrcene`), everything but letters and digits removed.
    static func analyteKey(_ s: some StringProtocol) -> String {
        var out = ""
        for ch in clean(s).lowercased() {
            switch ch {
            case "δ", "Δ": out += "delta"
            case "α": out += "alpha"
            case "β": out += "beta"
            case "γ": out += "gamma"
            case "ω": out += "omega"
            default:
                if ch.isLetter || ch.isNumber {
                    for u in ch.unicodeScalars where u.isASCII { out.unicodeScalars.append(u) }
                }
            }
        }
        return out
    }

    /// `analyteKey` with the ligature letter groups removed, for names that lost a ligature
    /// (`Cy uthrin` → matches `Cyfluthrin`, `Aspergillus avus` → `Aspergillus flavus`).
    static func ligatureFoldedKey(_ key: String) -> String {
        var out = ""
        let c = Array(key)
        var k = 0
        while k < c.count {
            if c[k] == "f", k + 1 < c.count {
                let n = c[k + 1]
                if n == "f", k + 2 < c.count, c[k + 2] == "i" || c[k + 2] == "l" { k += 3; continue }
                if n == "f" || n == "i" || n == "l" { k += 2; continue }
            }
            out.append(c[k])
            k += 1
        }
        return out
    }

    /// Levenshtein distance, for "did you mean" hints.
    static func editDistance(_ a: String, _ b: String) -> Int {
        let x = Array(a), y = Array(b)
        if x.isEmpty { return y.count }
        if y.isEmpty { return x.count }
        var prev = Array(0...y.count)
        var cur = [Int](repeating: 0, count: y.count + 1)
        for i in 1...x.count {
            cur[0] = i
            for j in 1...y.count {
                cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1))
            }
            swap(&prev, &cur)
        }
        return prev[y.count]
    }

    /// The closest candidate within a small distance, for hints.
    static func suggestion(for word: String, among candidates: [String]) -> String? {
        let best = candidates.map { ($0, editDistance(word.lowercased(), $0.lowercased())) }.min { $0.1 < $1.1 }
        guard let best, best.1 <= max(2, word.count / 3) else { return nil }
        return best.0
    }
}
