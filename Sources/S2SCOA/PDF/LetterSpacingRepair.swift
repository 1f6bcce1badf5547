import Foundation

/// Rebuilds letter-spaced text (`S A M P L E : AG S B U L K F LO W E R`, `P a s s`) from the word
/// boxes of `pdftotext -bbox-layout`: inside a run of one- and two-letter words, a gap wider than
/// twice the narrowest gap separates words. The rebuilt text replaces the run in the `-layout`
/// text, padded with spaces so that no other column moves.
enum LetterSpacingRepair {
    struct Word {
        var text: String
        var xMin: Double
        var xMax: Double
    }

    struct BoxLine {
        var words: [Word]
        var yMin: Double
    }

    struct BoxPage {
        var height: Double
        var lines: [BoxLine]
    }

    /// True when the layout text holds a run of at least four single-letter words.
    static func needsRepair(_ text: String) -> Bool {
        for line in text.split(separator: "\n") {
            var run = 0
            for w in line.split(separator: " ", omittingEmptySubsequences: false) {
                if w.count == 1, w.first?.isLetter == true { run += 1; if run >= 4 { return true } } else if !w.isEmpty { run = 0 }
            }
        }
        return false
    }

    /// Pages, lines and words of `-bbox-layout` XHTML.
    static func parse(_ xhtml: String) -> [BoxPage] {
        let bytes = Array(xhtml.utf8)
        return (try? LibXML.withDocument(bytes, url: "bbox.xhtml") { doc -> [BoxPage] in
            guard let root = LibXML.root(doc) else { return [] }
            return root.descendants(named: "page").map { page in
                let height = Double(page.attribute("height") ?? "") ?? 792
                let lines = page.descendants(named: "line").map { line in
                    BoxLine(words: line.children(named: "word").map { w in
                        Word(text: w.text, xMin: Double(w.attribute("xMin") ?? "") ?? 0, xMax: Double(w.attribute("xMax") ?? "") ?? 0)
                    }, yMin: Double(line.attribute("yMin") ?? "") ?? 0)
                }
                return BoxPage(height: height, lines: lines)
            }
        }) ?? []
    }

    /// The line's text with letter-spaced runs joined by their gaps, or nil when it has none.
    static func rebuild(_ line: BoxLine) -> String? {
        let w = line.words
        guard w.count >= 3 else { return nil }
        func short(_ x: Word) -> Bool { x.text.count <= 3 }
        var out = ""
        var i = 0
        var repaired = false
        while i < w.count {
            var j = i
            while j < w.count && short(w[j]) { j += 1 }
            if j - i >= 3, w[i..<j].filter({ $0.text.count == 1 }).count >= 3 {
                let gaps = (i..<(j - 1)).map { w[$0 + 1].xMin - w[$0].xMax }
                let threshold = max((gaps.min() ?? 0) * 2, 0.8)
                var word = w[i].text
                for k in i..<(j - 1) {
                    if gaps[k - i] > threshold { word += " " }
                    word += w[k + 1].text
                }
                if !out.isEmpty { out += " " }
                out += word
                repaired = true
                i = j
            } else {
                if !out.isEmpty { out += " " }
                out += w[i].text
                i += 1
            }
        }
        return repaired ? out : nil
    }

    /// Replaces letter-spaced runs of `layout` with their rebuilt words.
    static func repair(layout: String, boxes: [BoxPage]) -> String {
        var pages = layout.components(separatedBy: "\u{0C}")
        for (pi, page) in boxes.enumerated() where pi < pages.count {
            var lines = pages[pi].components(separatedBy: "\n").map { Array($0) }
            var used: [Int: [Range<Int>]] = [:]
            for box in page.lines {
                guard let rebuilt = rebuild(box) else { continue }
                let squeezed = Array(box.words.map(\.text).joined())
                guard !squeezed.isEmpty else { continue }
                let expected = Int(box.yMin / max(page.height, 1) * Double(lines.count))
                var best: (Int, Range<Int>, Int)?
                for (li, chars) in lines.enumerated() {
                    var cols: [Int] = []
                    var flat: [Character] = []
                    for (c, ch) in chars.enumerated() where ch != " " { flat.append(ch); cols.append(c) }
                    guard flat.count >= squeezed.count else { continue }
                    var k = 0
                    while k + squeezed.count <= flat.count {
                        if Array(flat[k..<(k + squeezed.count)]) == squeezed {
                            let span = cols[k]..<(cols[k + squeezed.count - 1] + 1)
                            let distance = abs(li - expected)
                            if !(used[li] ?? []).contains(where: { $0.overlaps(span) }), distance < (best?.2 ?? Int.max) {
                                best = (li, span, distance)
                            }
                        }
                        k += 1
                    }
                }
                guard let (li, span, _) = best, rebuilt.count <= span.count else { continue }
                let replacement = Array(rebuilt) + Array(repeating: Character(" "), count: span.count - rebuilt.count)
                lines[li].replaceSubrange(span, with: replacement)
                used[li, default: []].append(span)
            }
            pages[pi] = lines.map { String($0) }.joined(separator: "\n")
        }
        return pages.joined(separator: "\u{0C}")
    }
}
