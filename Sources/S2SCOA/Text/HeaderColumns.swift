import S2SModel

/// Columns read from a table's header words, for layouts without a column list in their profile
/// (the generic profile): each header word the vocabulary knows (`LOD/LOQ`, `LIMIT`, `RESULT`,
/// `PASS/FAIL`, `Units`) makes a column at its position; units printed in the header (`(µg/g)`,
/// `mg/g`) go to the nearest column.
enum HeaderColumns {
    struct Derived {
        var columns: [ColumnSpec]
        var positions: [ColumnPosition?]
        var unit: COAUnit?
    }

    /// Positions for a profile's column list from the header words: the n-th header word of a role
    /// gives the position of the n-th column of that role. A `value` column may also take a header
    /// word of `status` when the header says `Result` for both.
    static func positions(for columns: [ColumnSpec], from derived: Derived) -> [ColumnPosition?] {
        var used = Set<Int>()
        var out: [ColumnPosition?] = []
        for c in columns {
            let n = columns.prefix { $0 != c }.count
            _ = n
            var found: ColumnPosition?
            for (j, d) in derived.columns.enumerated() where !used.contains(j) && d.role == c.role {
                found = derived.positions[j]
                used.insert(j)
                break
            }
            out.append(found)
        }
        // Only trust the header when the columns it names come in the profile's order.
        let known = out.compactMap { $0?.center }
        return known == known.sorted() ? out : columns.map { _ in nil }
    }

    static func derive(page: [PreparedLine], lines: Range<Int>, columns bounds: Range<Int>, headerLine: Int,
                       tokenizer: Tokenizer, vocabulary: COAVocabulary) -> Derived {
        var found: [(role: ColumnRole, start: Int, end: Int)] = []
        var units: [(unit: COAUnit, center: Double)] = []
        let phrases = vocabulary.headerRoles.map { (Array(TextFolding.fold($0.words)), $0.role) }.sorted { $0.0.count > $1.0.count }
        for li in lines where li >= 0 && li < page.count {
            let line = page[li]
            for cell in tokenizer.cells(line.line, from: bounds.lowerBound, to: bounds.upperBound) {
                if case .unit(let u)? = cell.token {
                    units.append((u, cell.center))
                    continue
                }
                guard cell.isText else { continue }
                // Units in parentheses inside a header cell: `RESULT (mg/g)`.
                for part in cell.text.split(separator: "(").dropFirst() {
                    if let close = part.firstIndex(of: ")"), let u = COAUnit(parsing: String(part[..<close])) {
                        units.append((u, cell.center))
                    }
                }
                var taken: [Range<Int>] = []
                for (phrase, role) in phrases {
                    for span in line.occurrences(of: phrase, from: cell.start, to: cell.end)
                    where line.startsWord(span.lowerBound) && !taken.contains(where: { $0.overlaps(span) }) {
                        taken.append(span)
                        if !found.contains(where: { $0.role == role && abs($0.start - span.lowerBound) < 4 }) {
                            found.append((role, span.lowerBound, span.upperBound))
                        }
                    }
                }
            }
        }
        found.sort { $0.start < $1.start }
        // The name column is the leftmost; drop any role word left of it.
        if let n = found.firstIndex(where: { $0.role == .name }) { found.removeFirst(n) } else {
            found.insert((.name, bounds.lowerBound, bounds.lowerBound + 8), at: 0)
        }
        var specs = found.map { ColumnSpec(role: $0.role, unit: nil, primary: false) }
        let positions: [ColumnPosition?] = found.map { ColumnPosition(start: Double($0.start), end: Double($0.end)) }
        for (u, c) in units {
            var best: (Int, Double)?
            for (j, f) in found.enumerated() where f.role != .name {
                let d = abs((Double(f.start + f.end) / 2) - c)
                if d < (best?.1 ?? .greatestFiniteMagnitude) { best = (j, d) }
            }
            if let (j, _) = best, specs[j].unit == nil { specs[j].unit = u }
        }
        let common = Dictionary(grouping: units.map(\.unit), by: { $0 }).max { $0.value.count < $1.value.count }?.key
        return Derived(columns: specs, positions: positions, unit: common)
    }
}
