import S2SModel

/// A panel status (and, when printed beside it, a test date and a value) read from a summary block.
struct SummaryHit: Sendable {
    var panel: COAPanelKind?
    var label: String
    var labelPosition: COAPositionSeed
    var status: (COAStatus, String, COAPositionSeed)?
    var date: (COADate, String, COAPositionSeed)?
    var value: (COAMeasurement, String, COAPositionSeed)?
}

/// Reads panel statuses from summary blocks: inline (`Pesticides: PASS`), above (`PASSED` over
/// `Potency`) or in a status column (`Disposition`).
struct SummaryReader {
    let text: PreparedText
    let tokenizer: Tokenizer

    func read(_ spec: SummarySpec) -> [SummaryHit] {
        var labels: [(COAPanelKind?, [Character], String)] = []
        for (kind, ls) in spec.panels { for l in ls { labels.append((kind, Array(TextFolding.fold(l)), l)) } }
        for l in spec.overall { labels.append((nil, Array(TextFolding.fold(l)), l)) }
        var hits: [SummaryHit] = []
        var done: Set<String> = []
        for (pi, page) in text.pages.enumerated() {
            if let pages = spec.pages, !pages.contains(pi + 1) { continue }
            var columnSpan: Range<Int>?
            if spec.strategy == .column, let header = spec.columnHeader {
                let h = Array(TextFolding.fold(header))
                for line in page {
                    if let span = line.occurrences(of: h).first(where: { line.startsChunk($0.lowerBound) }) { columnSpan = span; break }
                }
                if columnSpan == nil { continue }
            }
            // Every label occurrence on the page, in reading order.
            var occurrences: [(line: Int, span: Range<Int>, kind: COAPanelKind?, label: String)] = []
            for (li, line) in page.enumerated() where !line.isBlank {
                for (kind, folded, label) in labels {
                    for span in line.occurrences(of: folded) where line.startsChunk(span.lowerBound) || line.startsWord(span.lowerBound) && spec.strategy == .inline {
                        if spec.strategy == .above {
                            let chunk = line.chunk(containing: span.lowerBound)
                            guard TextFolding.fold(line.line.text(chunk)) == String(folded) else { continue }
                        }
                        occurrences.append((li, span, kind, label))
                    }
                }
            }
            occurrences.sort { ($0.line, $0.span.lowerBound) < ($1.line, $1.span.lowerBound) }
            for (n, occ) in occurrences.enumerated() {
                let key = occ.kind?.rawValue ?? "overall"
                if done.contains(key) { continue }
                let line = page[occ.line]
                var hit = SummaryHit(panel: occ.kind, label: TextFolding.clean(line.line.text(occ.span)),
                                     labelPosition: line.line.position(column: occ.span.lowerBound))
                switch spec.strategy {
                case .inline:
                    // From the label to the next label on the same line.
                    var end = line.chars.count
                    for other in occurrences[(n + 1)...] where other.line == occ.line && other.span.lowerBound >= occ.span.upperBound {
                        end = other.span.lowerBound
                        break
                    }
                    for cell in tokenizer.cells(line.line, from: occ.span.upperBound, to: end) {
                        guard let t = cell.token else { continue }
                        let pos = line.line.position(column: cell.start)
                        if case .date(let d) = t, hit.date == nil, hit.status == nil { hit.date = (d, cell.text, pos); continue }
                        if let s = t.status, hit.status == nil {
                            hit.status = (s, cell.text, pos)
                            break
                        }
                        if case .number = t, hit.value == nil, let m = ValueInterpretation.measurement(t, unit: nil) {
                            hit.value = (m, cell.text, pos)
                        }
                    }
                    if hit.status == nil, let (s, printed) = ValueInterpretation.status(text: line.line.text(occ.span.upperBound..<end),
                                                                                         vocabulary: tokenizer.vocabulary) {
                        hit.status = (s, printed, line.line.position(column: occ.span.upperBound))
                    }
                case .above:
                    var k = occ.line - 1
                    var looked = 0
                    while k >= 0 && looked < 3 {
                        let above = page[k]
                        k -= 1
                        if above.isBlank { continue }
                        looked += 1
                        for cell in tokenizer.cells(above.line) where cell.start < occ.span.upperBound + 3 && cell.end > occ.span.lowerBound - 3 {
                            if let s = cell.token?.status {
                                hit.status = (s, cell.text, above.line.position(column: cell.start))
                                break
                            }
                            if let t = cell.token, let m = ValueInterpretation.measurement(t, unit: nil), m.wasMeasured || m == .notTested {
                                hit.value = (m, cell.text, above.line.position(column: cell.start))
                                if m == .notTested { hit.status = (.notTested, cell.text, above.line.position(column: cell.start)) }
                            }
                        }
                        if hit.status != nil || hit.value != nil { break }
                    }
                case .column:
                    guard let span = columnSpan else { break }
                    let nextLine = occurrences[(n + 1)...].first { $0.line > occ.line }?.line ?? min(page.count, occ.line + 4)
                    search: for k in occ.line..<min(nextLine, occ.line + 4) {
                        for cell in tokenizer.cells(page[k].line) where cell.start < span.upperBound + 6 && cell.end > span.lowerBound - 6 {
                            if let s = cell.token?.status {
                                hit.status = (s, cell.text, page[k].line.position(column: cell.start))
                                break search
                            }
                        }
                    }
                }
                if hit.status != nil {
                    done.insert(key)
                    hits.append(hit)
                }
            }
        }
        return hits
    }
}
