import Foundation
import S2SModel

/// A header field value found in the text.
struct FieldHit: Sendable {
    var spec: FieldSpec
    /// The value text (cleaned), after the pattern was applied.
    var text: String
    var position: COAPositionSeed
}

/// Finds header fields by label: value to the right of the label, under it, or above it, within
/// the label's columns; or, for label-less fields, the first match of the pattern on the page.
struct FieldReader {
    let text: PreparedText
    /// Folded labels of every field of the profile: a value never runs into another label.
    let stopLabels: [[Character]]

    init(text: PreparedText, profile: LabProfile) {
        self.text = text
        var labels = profile.fields.flatMap(\.labels)
        labels += profile.summaries.flatMap { $0.panels.flatMap(\.labels) + $0.overall }
        stopLabels = Array(Set(labels.map { TextFolding.fold($0) })).filter { $0.count >= 3 }.map(Array.init)
    }

    /// The first hit of `spec`, trying its pages in order.
    func read(_ spec: FieldSpec) -> FieldHit? {
        for (pi, page) in text.pages.enumerated() {
            if let pages = spec.pages, !pages.contains(pi + 1) { continue }
            if spec.labels.isEmpty {
                if let hit = searchPattern(spec, page) { return hit }
                continue
            }
            for (li, line) in page.enumerated() {
                for label in spec.labels {
                    let folded = Array(TextFolding.fold(label))
                    for span in line.occurrences(of: folded) {
                        guard spec.anywhere ? line.startsWord(span.lowerBound) : line.startsChunk(span.lowerBound) else { continue }
                        for place in spec.places {
                            if let hit = value(spec, place: place, page: page, lineIndex: li, label: span) { return hit }
                        }
                    }
                }
            }
        }
        return nil
    }

    /// All hits of `spec` (for fields that may hold several values, such as trace ids).
    func readAll(_ spec: FieldSpec) -> [FieldHit] {
        var hits: [FieldHit] = []
        for (pi, page) in text.pages.enumerated() {
            if let pages = spec.pages, !pages.contains(pi + 1) { continue }
            for (li, line) in page.enumerated() {
                for label in spec.labels {
                    for span in line.occurrences(of: Array(TextFolding.fold(label))) {
                        guard spec.anywhere ? line.startsWord(span.lowerBound) : line.startsChunk(span.lowerBound) else { continue }
                        for place in spec.places {
                            if let hit = value(spec, place: place, page: page, lineIndex: li, label: span) { hits.append(hit); break }
                        }
                    }
                }
            }
        }
        return hits
    }

    private func searchPattern(_ spec: FieldSpec, _ page: [PreparedLine]) -> FieldHit? {
        guard let pattern = spec.pattern, let re = try? NSRegularExpression(pattern: pattern) else { return nil }
        for line in page {
            let s = String(line.chars)
            guard let m = re.firstMatch(in: s, range: NSRange(s.startIndex..., in: s)) else { continue }
            let r = m.numberOfRanges > 1 && m.range(at: 1).location != NSNotFound ? m.range(at: 1) : m.range
            guard let sr = Range(r, in: s) else { continue }
            let column = s.distance(from: s.startIndex, to: sr.lowerBound)
            return FieldHit(spec: spec, text: TextFolding.clean(s[sr]), position: line.line.position(column: column))
        }
        return nil
    }

    private func value(_ spec: FieldSpec, place: ValuePlace, page: [PreparedLine], lineIndex: Int, label: Range<Int>) -> FieldHit? {
        switch place {
        case .right: return right(spec, page[lineIndex], label: label)
        case .below: return vertical(spec, page, lineIndex: lineIndex, label: label, step: 1)
        case .above: return vertical(spec, page, lineIndex: lineIndex, label: label, step: -1)
        }
    }

    /// Where another label starts in `line` at or after `column`, if before `end`.
    private func nextLabel(_ line: PreparedLine, from column: Int, to end: Int) -> Int? {
        var best: Int?
        for l in stopLabels {
            for span in line.occurrences(of: l, from: column, to: end) where line.startsWord(span.lowerBound) {
                if span.lowerBound > column, span.lowerBound < (best ?? Int.max) { best = span.lowerBound }
            }
        }
        return best
    }

    private func right(_ spec: FieldSpec, _ line: PreparedLine, label: Range<Int>) -> FieldHit? {
        let chunk = line.chunk(containing: label.lowerBound)
        var end = chunk.upperBound
        if let stop = nextLabel(line, from: label.upperBound, to: end) { end = stop }
        var candidates: [(Int, Int)] = [(label.upperBound, end)]
        // The next chunk on the line, unless it starts with another label.
        let chunks = Tokenizer.chunks(line.chars, from: chunk.upperBound, to: line.chars.count)
        if let next = chunks.first, let first = next.first, let last = next.last {
            let startsLabel = stopLabels.contains { !line.occurrences(of: $0, from: first.start, to: last.end).filter { $0.lowerBound == first.start }.isEmpty }
            if !startsLabel {
                var nextEnd = last.end
                if let stop = nextLabel(line, from: first.start, to: nextEnd) { nextEnd = stop }
                candidates.append((first.start, nextEnd))
            }
        }
        for (s, e) in candidates {
            if let hit = accept(spec, line: line, from: s, to: e) { return hit }
        }
        return nil
    }

    /// Applies separators (`;`, ` | `), the null values and the pattern to `line[from..<to]`.
    private func accept(_ spec: FieldSpec, line: PreparedLine, from: Int, to: Int) -> FieldHit? {
        var s = from
        while s < to && (line.chars[s] == " " || line.chars[s] == ":") { s += 1 }
        var e = to
        var k = s
        while k < e {
            if line.chars[k] == ";" || (line.chars[k] == "|" && k > s) { e = k; break }
            k += 1
        }
        guard s < e else { return nil }
        return finish(spec, raw: line.line.text(s..<e), position: line.line.position(column: s))
    }

    private func finish(_ spec: FieldSpec, raw: String, position: COAPositionSeed) -> FieldHit? {
        var value = Self.unspaced(TextFolding.clean(raw))
        var pos = position
        if let pattern = spec.pattern {
            guard let re = try? NSRegularExpression(pattern: pattern),
                  let m = re.firstMatch(in: value, range: NSRange(value.startIndex..., in: value)) else { return nil }
            let r = m.numberOfRanges > 1 && m.range(at: 1).location != NSNotFound ? m.range(at: 1) : m.range
            guard let sr = Range(r, in: value) else { return nil }
            pos.column += value.distance(from: value.startIndex, to: sr.lowerBound)
            value = TextFolding.clean(value[sr])
        }
        guard !value.isEmpty else { return nil }
        return FieldHit(spec: spec, text: value, position: pos)
    }

    /// Letter-spaced text read without the PDF's geometry (`AG S B U L K F LO W E R`): the word
    /// breaks cannot be told from the letter gaps, so the letters are joined (`AGSBULKFLOWER`).
    static func unspaced(_ value: String) -> String {
        let words = value.split(separator: " ")
        guard words.count >= 4, words.filter({ $0.count <= 2 }).count * 10 >= words.count * 7 else { return value }
        return words.joined()
    }

    /// Cells under (step 1) or over (step -1) the label's columns, joined across lines.
    private func vertical(_ spec: FieldSpec, _ page: [PreparedLine], lineIndex: Int, label: Range<Int>, step: Int) -> FieldHit? {
        let lo = label.lowerBound - 2, hi = label.upperBound + 2
        var pieces: [(String, COAPositionSeed)] = []
        var scanned = 0
        var skipped = 0
        var blankRun = 0
        var i = lineIndex + step
        while i >= 0 && i < page.count && scanned < spec.maxLines {
            let line = page[i]
            i += step
            if line.isBlank {
                blankRun += 1
                if !pieces.isEmpty && spec.maxLines > 1 { break }
                if blankRun > 2 { break }
                continue
            }
            blankRun = 0
            var found: [(String, COAPositionSeed)] = []
            for chunk in Tokenizer.chunks(line.chars, from: 0, to: line.chars.count) {
                guard let first = chunk.first, let last = chunk.last else { continue }
                guard first.start < hi && last.end > lo else { continue }
                let startsLabel = stopLabels.contains { l in line.occurrences(of: l, from: first.start, to: last.end).contains { $0.lowerBound == first.start } }
                if startsLabel && step == 1 && pieces.isEmpty && spec.maxLines == 1 { return nil }
                if startsLabel { continue }
                found.append((line.line.text(first.start..<last.end), line.line.position(column: first.start)))
            }
            if found.isEmpty {
                if spec.maxLines > 1 { scanned += 1 }
                continue
            }
            if skipped < spec.skip {
                skipped += 1
                continue
            }
            scanned += 1
            pieces.append(contentsOf: found)
        }
        guard let firstPos = pieces.first?.1 else { return nil }
        var joined = ""
        for (p, _) in pieces {
            let t = TextFolding.clean(p)
            if joined.isEmpty { joined = t } else if joined.hasSuffix("-") { joined += t } else { joined += " " + t }
        }
        return finish(spec, raw: joined, position: firstPos)
    }
}
