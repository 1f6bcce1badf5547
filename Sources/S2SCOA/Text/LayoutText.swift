/// One line of extracted text. Columns are 0-based character indexes into `chars`; positions handed
/// to the model are 1-based and count the form feed that starts a page's first line.
struct LayoutLine: Sendable {
    var page: Int
    /// 1-based line of the whole extracted text.
    var number: Int
    /// 1-based line within the page.
    var lineInPage: Int
    var chars: [Character]
    /// 1 when the line began with the page's form feed, else 0.
    var columnOffset: Int

    var isBlank: Bool { chars.allSatisfy { $0 == " " } }

    func text(_ range: Range<Int>) -> String {
        let lo = max(0, min(range.lowerBound, chars.count)), hi = max(lo, min(range.upperBound, chars.count))
        return String(chars[lo..<hi])
    }

    /// The text between two columns, clamped to the line (empty when `to` is before `from`).
    func text(from: Int, to: Int) -> String {
        let lo = max(0, min(from, chars.count)), hi = max(lo, min(to, chars.count))
        return String(chars[lo..<hi])
    }

    func position(column: Int) -> COAPositionSeed {
        COAPositionSeed(page: page, line: number, lineInPage: lineInPage, column: column + 1 + columnOffset)
    }
}

/// A position before it becomes a model `COAPosition` (kept small and `Sendable`).
struct COAPositionSeed: Sendable, Hashable {
    var page: Int
    var line: Int
    var lineInPage: Int
    var column: Int
}

/// `pdftotext -layout` output split into pages (form feeds) and lines, tabs expanded.
struct LayoutText: Sendable {
    var pages: [[LayoutLine]]

    init(_ text: String) {
        var pages: [[LayoutLine]] = [[]]
        var lineNumber = 0
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            var line = Substring(rawLine)
            if line.hasSuffix("\r") { line = line.dropLast() }
            var offset = 0
            // A form feed ends a page; the text after it on the same line belongs to the next page.
            while let ff = line.firstIndex(of: "\u{0C}") {
                let before = line[..<ff]
                if !before.allSatisfy({ $0 == " " }) || ff != line.startIndex {
                    Self.append(before, to: &pages, number: lineNumber, offset: offset)
                }
                pages.append([])
                offset += line.distance(from: line.startIndex, to: ff) + 1
                line = line[line.index(after: ff)...]
            }
            Self.append(line, to: &pages, number: lineNumber, offset: offset)
        }
        // pdftotext ends every page with a form feed: drop the empty remainder after the last one.
        if pages.count > 1, let last = pages.last, last.allSatisfy({ $0.isBlank }) { pages.removeLast() }
        self.pages = pages
    }

    private static func append(_ s: Substring, to pages: inout [[LayoutLine]], number: Int, offset: Int) {
        var chars: [Character] = []
        chars.reserveCapacity(s.count)
        for c in s {
            if c == "\t" {
                repeat { chars.append(" ") } while chars.count % 8 != 0
            } else {
                chars.append(c)
            }
        }
        let page = pages.count
        pages[page - 1].append(LayoutLine(page: page, number: number, lineInPage: pages[page - 1].count + 1,
                                          chars: chars, columnOffset: offset))
    }

    /// True when no page holds any visible character (a PDF without a text layer).
    var isEmpty: Bool { pages.allSatisfy { $0.allSatisfy { $0.chars.allSatisfy { $0.isWhitespace } } } }

    var allLines: [LayoutLine] { pages.flatMap { $0 } }
}
