import S2SModel

/// A cell and the line it was read on.
struct PlacedCell: Sendable {
    var cell: Cell
    var line: PreparedLine
}

/// A row of a results table after wrapped names and split rows were joined.
struct TableRow: Sendable {
    var nameParts: [PlacedCell]
    /// Column index → cell.
    var values: [Int: PlacedCell]

    var name: String {
        var s = ""
        for p in nameParts {
            let t = p.cell.text
            if s.isEmpty {
                s = t
            } else if s.hasSuffix("-") {
                // A hyphen that only wraps the word goes (`Chlorantranilip-` `role`); a real one stays.
                if t.first?.isLowercase == true { s.removeLast() }
                s += t
            } else {
                s += " " + t
            }
        }
        return s
    }
}

/// A table read from one side of a section.
struct ReadTable: Sendable {
    var panel: COAPanelKind
    var columns: [ColumnSpec]
    var rows: [TableRow]
    var unit: COAUnit?
}

/// Reads the results table(s) of a section: finds the header line by its name-column word, splits
/// side-by-side tables where that word repeats, aligns every line's cells to the columns, and joins
/// rows whose name or values were printed on other lines.
struct TableReader {
    let tokenizer: Tokenizer
    let vocabulary: COAVocabulary
    let nameHeaders: [[Character]]
    let analyteKnown: (String) -> Bool

    enum LineKind {
        case blank
        case full([PlacedCell], [Int: PlacedCell])
        case nameOnly([PlacedCell])
        case valuesOnly([Int: PlacedCell])
    }

    func tables(in region: SectionRegion, page: [PreparedLine], issues: inout [COAIssue]) -> [ReadTable] {
        guard let panel = region.spec.panel, region.spec.table else { return [] }
        let lanes = region.columns
        let body = (region.lines.lowerBound + 1)..<region.lines.upperBound
        // The header line: the first line with a name-column word at a chunk start.
        var headerLine: Int?
        var starts: [Int] = []
        for li in body {
            let line = page[li]
            var found: [Int] = []
            for h in nameHeaders {
                for span in line.occurrences(of: h, from: lanes.lowerBound, to: lanes.upperBound) where line.startsChunk(span.lowerBound) {
                    if !found.contains(where: { abs($0 - span.lowerBound) < 3 }) { found.append(span.lowerBound) }
                }
            }
            if !found.isEmpty {
                headerLine = li
                starts = found.sorted()
                break
            }
        }
        guard let header = headerLine else {
            // Only a region that holds numbers looks like a table that could not be read.
            let numbers = body.contains { li in
                tokenizer.cells(page[li].line, from: lanes.lowerBound, to: lanes.upperBound).contains { c in
                    switch c.token {
                    case .number?, .pair?: return true
                    default: return false
                    }
                }
            }
            if numbers {
                issues.append(COAIssue(code: "coa.table.header", message: "no table header found under this section title",
                                       position: page[region.titleLine].line.position(column: region.titleSpan.lowerBound).model))
            }
            return []
        }
        // Data start: the first line after the header with a value, or with text under a name
        // header (a wrapped name); lines of units or header words between them continue the header.
        var dataStart = header + 1
        while dataStart < body.upperBound && dataStart <= header + 3 {
            let cells = tokenizer.cells(page[dataStart].line, from: lanes.lowerBound, to: lanes.upperBound)
            let hasValue = cells.contains { c in
                guard let t = c.token else { return false }
                if case .unit = t { return false }
                return true
            }
            let nameText = cells.contains { c in c.isText && starts.contains { c.start >= $0 - 2 && c.start < $0 + 12 } }
            if hasValue || nameText { break }
            dataStart += 1
        }
        var bounds: [Range<Int>] = []
        for (k, s) in starts.enumerated() {
            let lo = k == 0 ? lanes.lowerBound : max(lanes.lowerBound, s - 2)
            let hi = k + 1 < starts.count ? starts[k + 1] - 2 : lanes.upperBound
            bounds.append(lo..<max(lo + 1, hi))
        }
        var out: [ReadTable] = []
        for (k, b) in bounds.enumerated() {
            let sub = k < region.spec.subtables.count ? region.spec.subtables[k] : SubtableSpec(panel: panel, columns: nil, unit: nil)
            let columns: [ColumnSpec]
            var unit = sub.unit ?? region.spec.unit
            var headerPositions: [ColumnPosition?] = []
            if let c = sub.columns ?? region.spec.columns {
                columns = c
                // Header words give positions for rows when no row fills every column.
                let derived = HeaderColumns.derive(page: page, lines: max(region.lines.lowerBound + 1, header - 3)..<dataStart,
                                                   columns: b, headerLine: header, tokenizer: tokenizer, vocabulary: vocabulary)
                headerPositions = HeaderColumns.positions(for: c, from: derived)
            } else {
                let derived = HeaderColumns.derive(page: page, lines: max(region.lines.lowerBound + 1, header - 3)..<dataStart,
                                                   columns: b, headerLine: header, tokenizer: tokenizer, vocabulary: vocabulary)
                columns = derived.columns
                headerPositions = derived.positions
                if unit == nil { unit = derived.unit }
            }
            guard columns.contains(where: { $0.role == .name }) else { continue }
            let rows = readRows(page: page, lines: dataStart..<body.upperBound, columns: columns, bounds: b,
                                fallback: headerPositions)
            out.append(ReadTable(panel: sub.panel, columns: columns, rows: rows, unit: unit))
        }
        return out
    }

    private func readRows(page: [PreparedLine], lines: Range<Int>, columns: [ColumnSpec], bounds: Range<Int>,
                          fallback: [ColumnPosition?]) -> [TableRow] {
        let lineCells: [[Cell]] = lines.map { tokenizer.cells(page[$0].line, from: bounds.lowerBound, to: bounds.upperBound) }
        // Column positions from rows that fill every column.
        var starts = [[Double]](repeating: [], count: columns.count)
        var ends = [[Double]](repeating: [], count: columns.count)
        for cells in lineCells where ColumnAligner.isFull(cells, columns: columns) {
            for (j, c) in cells.enumerated() {
                starts[j].append(Double(c.start))
                ends[j].append(Double(c.end))
            }
        }
        let learned = starts.contains { !$0.isEmpty }
        let positions: [ColumnPosition?] = (0..<columns.count).map { j in
            if starts[j].isEmpty { return learned ? nil : (j < fallback.count ? fallback[j] : nil) }
            return ColumnPosition(start: ColumnAligner.median(starts[j]), end: ColumnAligner.median(ends[j]))
        }
        let kinds: [LineKind] = zip(lines, lineCells).map { li, cells in
            classify(cells, line: page[li], columns: columns, positions: positions)
        }
        return assemble(kinds, columns: columns, positions: positions)
    }

    private func classify(_ cells: [Cell], line: PreparedLine, columns: [ColumnSpec], positions: [ColumnPosition?]) -> LineKind {
        if cells.isEmpty { return .blank }
        let assignment = ColumnAligner.align(cells, columns: columns, positions: positions)
        var name: [PlacedCell] = []
        var values: [Int: PlacedCell] = [:]
        var hasValue = false
        for (i, col) in assignment.enumerated() {
            guard let j = col else { continue }
            let placed = PlacedCell(cell: cells[i], line: line)
            if columns[j].role == .name {
                name.append(placed)
            } else {
                values[j] = placed
                if cells[i].token != nil, ![.text, .panel, .unit].contains(columns[j].role) { hasValue = true }
            }
        }
        if !name.isEmpty && hasValue { return .full(name, values) }
        if !name.isEmpty { return .nameOnly(name) }
        if hasValue { return .valuesOnly(values) }
        return .blank
    }

    private func joined(_ a: [PlacedCell], _ b: [PlacedCell]) -> String {
        TableRow(nameParts: a + b, values: [:]).name
    }

    /// A name fragment on the next line continues the name above it: after a hyphen, when it starts
    /// in lower case or with `(`, or when the joined name is, or begins, a known name.
    private func continues(_ previous: [PlacedCell], _ fragment: [PlacedCell], blankBetween: Bool) -> Bool {
        let prev = TableRow(nameParts: previous, values: [:]).name
        guard !blankBetween, let first = fragment.first?.cell.text.first else { return false }
        if prev.hasSuffix("-") { return true }
        if first.isLowercase || first == "(" { return true }
        return analyteKnown(joined(previous, fragment))
    }

    /// Can `values` fill columns the row left empty, each close to its column?
    private func fills(_ row: TableRow, _ values: [Int: PlacedCell], positions: [ColumnPosition?]) -> Bool {
        guard !values.isEmpty else { return false }
        for (j, v) in values {
            if row.values[j] != nil { return false }
            guard let p = positions[j], p.distance(to: v.cell) <= 8 else { return false }
        }
        return true
    }

    private func assemble(_ kinds: [LineKind], columns: [ColumnSpec], positions: [ColumnPosition?]) -> [TableRow] {
        var rows: [TableRow] = []
        var pendingName: [PlacedCell]?
        var pendingValues: [Int: PlacedCell]?
        var blankSinceRow = false
        func nextNonBlank(after i: Int) -> LineKind? {
            var k = i + 1
            while k < kinds.count {
                if case .blank = kinds[k] { k += 1; continue }
                return kinds[k]
            }
            return nil
        }
        for (i, kind) in kinds.enumerated() {
            switch kind {
            case .blank:
                blankSinceRow = true
            case .full(let name, let values):
                if let pn = pendingName {
                    pendingName = nil
                    let first = name.first?.cell.text.first
                    if first?.isLowercase == true || analyteKnown(joined(pn, name)) {
                        rows.append(TableRow(nameParts: pn + name, values: values))
                        blankSinceRow = false
                        continue
                    }
                }
                pendingValues = nil
                if let last = rows.last, let f = name.first?.cell.text.first, f.isLowercase, !blankSinceRow,
                   TableRow(nameParts: last.nameParts, values: [:]).name.hasSuffix("-") {
                    rows[rows.count - 1].nameParts += name
                    continue
                }
                rows.append(TableRow(nameParts: name, values: values))
                blankSinceRow = false
            case .nameOnly(let name):
                if let pv = pendingValues {
                    rows.append(TableRow(nameParts: name, values: pv))
                    pendingValues = nil
                    blankSinceRow = false
                    continue
                }
                if let pn = pendingName {
                    pendingName = pn + name
                    continue
                }
                if let last = rows.last, continues(last.nameParts, name, blankBetween: blankSinceRow) {
                    rows[rows.count - 1].nameParts += name
                    continue
                }
                switch nextNonBlank(after: i) {
                case .valuesOnly?, .nameOnly?:
                    pendingName = name
                case .full?:
                    if i + 1 < kinds.count, case .full = kinds[i + 1] { pendingName = name }
                default:
                    break
                }
            case .valuesOnly(let values):
                if let pn = pendingName {
                    rows.append(TableRow(nameParts: pn, values: values))
                    pendingName = nil
                    blankSinceRow = false
                    continue
                }
                if let last = rows.last, fills(last, values, positions: positions) {
                    rows[rows.count - 1].values.merge(values) { a, _ in a }
                    continue
                }
                if case .nameOnly(let next)? = nextNonBlank(after: i),
                   !(next.first?.cell.text.first.map { $0.isLowercase || $0 == "(" } ?? false) {
                    pendingValues = values
                }
            }
        }
        return rows
    }
}

extension COAPositionSeed {
    var model: COAPosition { COAPosition(page: page, line: line, column: column, lineInPage: lineInPage) }
}
