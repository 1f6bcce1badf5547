import Foundation
import S2SModel

/// What a cell of a layout line holds.
enum ValueToken: Sendable {
    /// A number, with the unit printed after it and a leading comparator (`<`, `>`, `≤`, `≥`, `±`).
    case number(Decimal, unit: COAUnit?, comparator: Character?, text: String)
    /// `a / b` or `a/b` (LOD/LOQ in one cell).
    case pair(Decimal, Decimal)
    case date(COADate)
    /// A vocabulary word or phrase (`ND`, `<LOQ`, `PASS`, `N/A`, `Any amt`).
    case word(TokenMeaning)
    /// A unit printed alone (`CFU/g` in a units column).
    case unit(COAUnit)

    var status: COAStatus? {
        if case .word(let t) = self { return t.status }
        return nil
    }

    /// True for tokens that can only be a status (PASS), not a value.
    var isStatusOnly: Bool {
        if case .word(let t) = self { return t.status != nil && t.value == nil && t.limit == nil }
        return false
    }
}

/// A cell of a layout line: a run of text or a single value token, with its column span.
struct Cell: Sendable {
    var text: String
    var start: Int
    var end: Int
    var token: ValueToken?

    var isText: Bool { token == nil }
    var center: Double { Double(start + end) / 2 }
}

/// Splits layout lines into cells: chunks at runs of two or more spaces, then words; letter-spaced
/// runs (`P a s s`) are collapsed; numbers, dates, pairs and vocabulary tokens become cells of their
/// own; the remaining words form text cells.
struct Tokenizer: Sendable {
    var vocabulary: COAVocabulary

    struct Word {
        var text: String
        var start: Int
        var end: Int
    }

    /// Cells of `line` between columns `from` and `to`.
    func cells(_ line: LayoutLine, from: Int = 0, to: Int = Int.max) -> [Cell] {
        let hi = min(to, line.chars.count)
        guard from < hi else { return [] }
        var out: [Cell] = []
        for chunk in Self.chunks(line.chars, from: from, to: hi) {
            out.append(contentsOf: cells(words: chunk))
        }
        return out
    }

    /// Runs of words separated by single spaces.
    static func chunks(_ chars: [Character], from: Int, to end: Int) -> [[Word]] {
        let to = min(end, chars.count)
        var chunks: [[Word]] = []
        var current: [Word] = []
        var i = max(0, from)
        while i < to {
            if chars[i] == " " {
                var j = i
                while j < to && chars[j] == " " { j += 1 }
                if j - i >= 2 && !current.isEmpty { chunks.append(current); current = [] }
                i = j
                continue
            }
            var j = i
            while j < to && chars[j] != " " { j += 1 }
            current.append(Word(text: String(chars[i..<j]), start: i, end: j))
            i = j
        }
        if !current.isEmpty { chunks.append(current) }
        return chunks.map(collapseLetterSpacing)
    }

    /// Joins runs of three or more one-letter words (`P a s s`, `S A M P L E`), with a one- or
    /// two-letter word just before the run (`Te s t e d`).
    static func collapseLetterSpacing(_ words: [Word]) -> [Word] {
        func isLetter(_ w: Word) -> Bool { w.text.count == 1 && (w.text.first?.isLetter ?? false) }
        var out: [Word] = []
        var i = 0
        while i < words.count {
            var j = i
            while j < words.count && isLetter(words[j]) { j += 1 }
            if j - i >= 3 {
                var start = i
                if let prev = out.last, prev.text.count <= 2, prev.text.allSatisfy(\.isLetter), prev.end + 1 == words[i].start {
                    out.removeLast()
                    start = i - 1
                }
                let text = words[start..<j].map(\.text).joined()
                out.append(Word(text: text, start: words[start].start, end: words[j - 1].end))
                i = j
            } else {
                out.append(words[i])
                i += 1
            }
        }
        return out
    }

    private func cells(words: [Word]) -> [Cell] {
        var tokens: [(range: Range<Int>, token: ValueToken?)] = []
        var i = 0
        let folded = words.map { COAVocabulary.tokenWord($0.text) }
        while i < words.count {
            if let (t, n) = recognise(words, folded, at: i) {
                tokens.append((i..<(i + n), t))
                i += n
            } else {
                tokens.append((i..<(i + 1), nil))
                i += 1
            }
        }
        // A bare number followed by a text word in the same chunk is part of a name
        // (`1 2-Dichloroethane`, `3 Carene`, `mgk 264 a3`).
        for k in tokens.indices.dropLast() {
            guard case .number(_, let unit, let cmp, _)? = tokens[k].token, unit == nil, cmp == nil,
                  tokens[k + 1].token == nil, let first = words[tokens[k + 1].range.lowerBound].text.first,
                  first.isLetter || first.isNumber else { continue }
            tokens[k].token = nil
        }
        var out: [Cell] = []
        var textStart: Int?
        var textEnd = 0
        func flush() {
            if let s = textStart {
                let ws = words[s..<textEnd]
                out.append(Cell(text: TextFolding.clean(ws.map(\.text).joined(separator: " ")),
                                start: words[s].start, end: words[textEnd - 1].end, token: nil))
                textStart = nil
            }
        }
        for (range, token) in tokens {
            if let token {
                flush()
                let ws = words[range]
                out.append(Cell(text: TextFolding.clean(ws.map(\.text).joined(separator: " ")),
                                start: ws.first?.start ?? 0, end: ws.last?.end ?? 0, token: token))
            } else {
                if textStart == nil { textStart = range.lowerBound }
                textEnd = range.upperBound
            }
        }
        flush()
        return out
    }

    /// The token starting at word `i`, and how many words it takes.
    private func recognise(_ words: [Word], _ folded: [String], at i: Int) -> (ValueToken, Int)? {
        if let (date, n) = DateText.parse(words: folded, at: i) { return (.date(date), n) }
        if let (t, n) = vocabulary.token(at: folded[i...]) { return (.word(t), n) }
        let w = TextFolding.clean(words[i].text)
        // `a/b` and `a / b`
        if let slash = w.firstIndex(of: "/"), let a = DecimalText.parse(printed: w[..<slash]),
           let b = DecimalText.parse(printed: w[w.index(after: slash)...]) {
            return (.pair(a, b), 1)
        }
        if i + 2 < words.count, folded[i + 1] == "/", let a = DecimalText.parse(printed: w),
           let b = DecimalText.parse(printed: TextFolding.clean(words[i + 2].text)) {
            return (.pair(a, b), 3)
        }
        // comparator alone, then a number
        var comparator: Character?
        var k = i
        var text = w
        if w.count == 1, let c = w.first, "<>≤≥±".contains(c), i + 1 < words.count {
            comparator = c
            k = i + 1
            text = TextFolding.clean(words[k].text)
        } else if let c = w.first, "<>≤≥±".contains(c) {
            comparator = c
            text = String(w.dropFirst())
        }
        guard let (value, unitText) = Self.splitNumber(text) else {
            // A unit alone in its chunk is a units cell (`ppm`, `CFU/g`, `(mg/g)`); inside a name it is text.
            if comparator == nil, words.count == 1, let u = COAUnit(parsing: w), w.count >= 2 || w == "%" {
                return (.unit(u), 1)
            }
            return nil
        }
        var unit: COAUnit?
        var used = k - i + 1
        if !unitText.isEmpty {
            guard let u = COAUnit(parsing: unitText) else { return nil }
            unit = u
        } else if k + 1 < words.count, let u = COAUnit(parsing: words[k + 1].text) {
            unit = u
            used += 1
        }
        let printed = words[i..<(i + used)].map(\.text).joined(separator: " ")
        return (.number(value, unit: unit, comparator: comparator, text: printed), used)
    }

    /// Splits `19.25%` into 19.25 and `%`; nil when the text does not start with a number.
    static func splitNumber(_ text: String) -> (Decimal, String)? {
        var end = text.startIndex
        var sawDigit = false
        for idx in text.indices {
            let c = text[idx]
            if c.isASCII && (c.isNumber || c == "." || c == ",") || (idx == text.startIndex && c == "-") {
                if c.isNumber { sawDigit = true }
                end = text.index(after: idx)
            } else {
                break
            }
        }
        guard sawDigit else { return nil }
        var numberPart = text[..<end]
        while numberPart.hasSuffix(",") || numberPart.hasSuffix(".") { numberPart = numberPart.dropLast() }
        guard let v = DecimalText.parse(printed: numberPart) else { return nil }
        let rest = String(text[numberPart.endIndex...])
        return (v, rest)
    }
}
