import Foundation

/// A line ready for matching: the layout line after the profile's clean-ups, with its folded form
/// (see `TextFolding.fold`) and, for each folded character, the column it came from.
struct PreparedLine: Sendable {
    var line: LayoutLine
    var folded: [Character]
    var foldedColumns: [Int]

    init(_ line: LayoutLine) {
        self.line = line
        let f = TextFolding.foldedCharacters(line.chars)
        folded = f.map(\.char)
        foldedColumns = f.map(\.index)
    }

    var chars: [Character] { line.chars }
    var isBlank: Bool { line.isBlank }

    /// Column spans of every occurrence of `label` (folded) in columns `from..<to`.
    func occurrences(of foldedLabel: [Character], from: Int = 0, to: Int = Int.max) -> [Range<Int>] {
        guard !foldedLabel.isEmpty, folded.count >= foldedLabel.count else { return [] }
        var out: [Range<Int>] = []
        var k = 0
        let n = foldedLabel.count
        func matches(at k: Int) -> Bool {
            var j = 0
            while j < n {
                if folded[k + j] != foldedLabel[j] { return false }
                j += 1
            }
            return true
        }
        while k + n <= folded.count {
            if matches(at: k) {
                // Extend back over letters the folding dropped (`Fi` of `Finding`).
                var start = foldedColumns[k]
                let floor = k > 0 ? foldedColumns[k - 1] + 1 : 0
                while start > floor, chars[start - 1].isLetter { start -= 1 }
                let end = foldedColumns[k + foldedLabel.count - 1] + 1
                if start >= from && end <= to { out.append(start..<end) }
                k += foldedLabel.count
            } else {
                k += 1
            }
        }
        return out
    }

    /// True when `column` starts a chunk (line start or after two or more spaces).
    func startsChunk(_ column: Int) -> Bool {
        if column == 0 { return true }
        guard column >= 1, column <= chars.count else { return false }
        if column == 1 { return chars[0] == " " }
        return chars[column - 1] == " " && chars[column - 2] == " "
    }

    /// True when `column` starts a word (line start or after a space or punctuation).
    func startsWord(_ column: Int) -> Bool {
        if column == 0 { return true }
        guard column <= chars.count else { return false }
        let c = chars[column - 1]
        return c == " " || !(c.isLetter || c.isNumber)
    }

    /// The chunk (run without double spaces) that contains `column`.
    func chunk(containing column: Int) -> Range<Int> {
        var s = min(column, chars.count)
        while s > 0 && !(chars[s - 1] == " " && (s < 2 || chars[s - 2] == " ")) { s -= 1 }
        var e = min(column, chars.count)
        while e < chars.count && !(chars[e] == " " && e + 1 < chars.count && chars[e + 1] == " ") { e += 1 }
        return s..<e
    }
}

/// The pages of a COA after a profile's clean-ups: watermark fragments blanked, ignored lines
/// blanked, everything after an end marker dropped. Columns never move.
struct PreparedText: Sendable {
    var pages: [[PreparedLine]]

    /// The same text with more chunks blanked: lines that do not change keep their folding.
    func ignoring(_ ignoreLines: [String]) -> PreparedText {
        let ignore = ignoreLines.compactMap { try? NSRegularExpression(pattern: $0) }
        guard !ignore.isEmpty else { return self }
        var copy = self
        for p in copy.pages.indices {
            for l in copy.pages[p].indices {
                let old = copy.pages[p][l]
                let chars = Self.blankIgnored(old.chars, ignore)
                if chars != old.chars {
                    var line = old.line
                    line.chars = chars
                    copy.pages[p][l] = PreparedLine(line)
                }
            }
        }
        return copy
    }

    init(_ text: LayoutText, watermarks: [String], ignoreLines: [String], endMarkers: [String]) {
        let marks = Set(watermarks.map { TextFolding.clean($0) })
        let ignore = ignoreLines.compactMap { try? NSRegularExpression(pattern: $0) }
        let ends = endMarkers.map { Array(TextFolding.fold($0)) }
        var out: [[PreparedLine]] = []
        var ended = false
        for page in text.pages {
            var lines: [PreparedLine] = []
            for var line in page {
                if ended { line.chars = [] }
                if !marks.isEmpty { line.chars = Self.blankWatermarks(line.chars, marks) }
                if !ignore.isEmpty { line.chars = Self.blankIgnored(line.chars, ignore) }
                var prepared = PreparedLine(line)
                if !ended, ends.contains(where: { !prepared.occurrences(of: $0).isEmpty }) {
                    ended = true
                    prepared = PreparedLine(LayoutLine(page: line.page, number: line.number, lineInPage: line.lineInPage,
                                                       chars: [], columnOffset: line.columnOffset))
                }
                lines.append(prepared)
            }
            out.append(lines)
        }
        pages = out
    }

    /// Blanks every chunk (text between runs of two or more spaces) that an ignore pattern matches,
    /// so a footer in one column does not wipe a table row beside it.
    static func blankIgnored(_ chars: [Character], _ patterns: [NSRegularExpression]) -> [Character] {
        var c = chars
        for chunk in Tokenizer.chunks(chars, from: 0, to: chars.count) {
            guard let first = chunk.first, let last = chunk.last else { continue }
            let text = String(chars[first.start..<last.end])
            let range = NSRange(text.startIndex..., in: text)
            if patterns.contains(where: { $0.firstMatch(in: text, range: range) != nil }) {
                for k in first.start..<last.end { c[k] = " " }
            }
        }
        return c
    }

    /// Blanks watermark fragments: a chunk that is a watermark word, or a watermark word that
    /// starts a chunk and is followed by more words (`EV ND`, `EV 8.804`).
    static func blankWatermarks(_ chars: [Character], _ marks: Set<String>) -> [Character] {
        var c = chars
        for chunk in Tokenizer.chunks(chars, from: 0, to: chars.count) {
            guard let first = chunk.first, marks.contains(TextFolding.clean(first.text)) else { continue }
            let isWhole = chunk.count == 1
            let leads = chunk.count > 1
            if isWhole || leads {
                for k in first.start..<first.end { c[k] = " " }
            }
        }
        return c
    }

    var allLines: [PreparedLine] { pages.flatMap { $0 } }
}
