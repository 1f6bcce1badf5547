/// A titled section on one page: the lines from its title to the next title in the same lane, and
/// the lane's columns.
struct SectionRegion: Sendable {
    var spec: SectionSpec
    var pageIndex: Int
    var titleLine: Int
    var titleSpan: Range<Int>
    /// Line indexes within the page, title line included.
    var lines: Range<Int>
    var columns: Range<Int>
}

/// Finds section titles and cuts each page into bands and lanes. A title that stands alone on its
/// line (nothing beside it but its status or date) starts a band across the whole page; inside a
/// band, a title with other text to its left opens a lane (two tables printed side by side). A section
/// runs from its title to the next title of its lane, or to the end of its band.
struct SectionFinder {
    let sections: [SectionSpec]
    let tokenizer: Tokenizer

    private struct TitleHit {
        var spec: Int
        var line: Int
        var span: Range<Int>
        var foldedLength: Int
        var fullWidth = false
    }

    func regions(in text: PreparedText) -> [SectionRegion] {
        var out: [SectionRegion] = []
        let folded = sections.map { $0.titles.map { Array(TextFolding.fold($0)) } }
        for (pi, page) in text.pages.enumerated() {
            var hits: [TitleHit] = []
            for (li, line) in page.enumerated() where !line.isBlank {
                var lineHits: [TitleHit] = []
                for (si, titles) in folded.enumerated() {
                    for t in titles {
                        for span in line.occurrences(of: t) where line.startsWord(span.lowerBound) {
                            if sections[si].wholeChunk {
                                let chunk = line.chunk(containing: span.lowerBound)
                                guard TextFolding.fold(line.line.text(chunk)) == String(t) else { continue }
                            }
                            lineHits.append(TitleHit(spec: si, line: li, span: span, foldedLength: t.count))
                        }
                    }
                }
                // Overlapping titles: the longest wins (`POTENCY SUMMARY` over `POTENCY`).
                lineHits.sort { $0.foldedLength > $1.foldedLength }
                var kept: [TitleHit] = []
                for h in lineHits where !kept.contains(where: { $0.span.overlaps(h.span) }) { kept.append(h) }
                if kept.count == 1, isAlone(kept[0].span, on: line) { kept[0].fullWidth = true }
                hits += kept
            }
            guard !hits.isEmpty else { continue }
            var bandStarts = [0] + hits.filter(\.fullWidth).map(\.line)
            bandStarts = Array(Set(bandStarts)).sorted()
            for (b, bandStart) in bandStarts.enumerated() {
                let bandEnd = b + 1 < bandStarts.count ? bandStarts[b + 1] : page.count
                let inBand = hits.filter { $0.line >= bandStart && $0.line < bandEnd }
                out += regions(inBand, page: page, pageIndex: pi, band: bandStart..<bandEnd)
            }
        }
        return out
    }

    /// True when nothing but a status, a date or separators stands beside the title on its line.
    private func isAlone(_ span: Range<Int>, on line: PreparedLine) -> Bool {
        let chunk = line.chunk(containing: span.lowerBound)
        if line.chars.prefix(chunk.lowerBound).contains(where: { $0 != " " }) { return false }
        for cell in tokenizer.cells(line.line, from: chunk.upperBound) {
            if let t = cell.token {
                if case .date = t { continue }
                if t.status != nil { continue }
            }
            if cell.text.allSatisfy({ "-/|".contains($0) }) { continue }
            return false
        }
        return true
    }

    private func regions(_ hits: [TitleHit], page: [PreparedLine], pageIndex: Int, band: Range<Int>) -> [SectionRegion] {
        var laneStarts: [Int] = []
        for h in hits where h.span.lowerBound > 20 {
            // Text left of the title's own run of words (a table beside it), not a prefix such as
            // `M-055, M-056:` printed before the title.
            let chunk = page[h.line].chunk(containing: h.span.lowerBound)
            let left = page[h.line].chars.prefix(max(0, chunk.lowerBound))
            if left.contains(where: { $0 != " " }) { laneStarts.append(h.span.lowerBound) }
        }
        laneStarts.sort()
        var lanes: [Int] = [0]
        // Sorted, so the first title of each cluster of nearby columns is its leftmost.
        for c in laneStarts where c - (lanes.last ?? 0) > 15 { lanes.append(c) }
        func lane(of column: Int) -> Int { (lanes.lastIndex { $0 <= column + 3 }) ?? 0 }
        var out: [SectionRegion] = []
        for (k, laneStart) in lanes.enumerated() {
            let laneEnd = k + 1 < lanes.count ? lanes[k + 1] : Int.max
            let inLane = hits.filter { lane(of: $0.span.lowerBound) == k }.sorted { $0.line < $1.line }
            for (n, h) in inLane.enumerated() {
                let end = n + 1 < inLane.count ? inLane[n + 1].line : band.upperBound
                out.append(SectionRegion(spec: sections[h.spec], pageIndex: pageIndex, titleLine: h.line, titleSpan: h.span,
                                         lines: h.line..<max(h.line + 1, end), columns: laneStart..<laneEnd))
            }
        }
        return out
    }
}
