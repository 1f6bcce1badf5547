import S2SModel

/// Where a column sits: the median start and end of its cells in full rows, or of its header.
struct ColumnPosition: Sendable {
    var start: Double
    var end: Double
    var center: Double { (start + end) / 2 }

    func distance(to cell: Cell) -> Double {
        min(abs(Double(cell.start) - start), abs(Double(cell.end) - end), abs(cell.center - center))
    }
}

/// Assigns the cells of a row to columns in order (a cell never jumps over another), choosing the
/// assignment closest to the columns' positions and compatible with what each column holds; cells
/// that fit nowhere (chart labels, stray numbers) are dropped.
enum ColumnAligner {
    static func accepts(_ role: ColumnRole, _ cell: Cell) -> Bool {
        guard let token = cell.token else {
            switch role {
            case .name, .text, .panel, .unit, .limit: return true
            default: return false
            }
        }
        switch (role, token) {
        case (.name, _), (.text, _), (.panel, _): return false
        case (.unit, .unit): return true
        case (.unit, .word(let t)): return t.value == .notApplicable
        case (.date, .date): return true
        case (.lod, .number(_, _, let c, _)), (.loq, .number(_, _, let c, _)), (.uncertainty, .number(_, _, let c, _)):
            return c == nil || c == "±"
        case (.lod, .word(let t)), (.loq, .word(let t)), (.uncertainty, .word(let t)), (.lodloq, .word(let t)):
            return t.value == .notApplicable
        case (.lodloq, .pair), (.lodloq, .number): return true
        case (.limit, .number): return true
        case (.limit, .word(let t)): return t.limit != nil || t.value == .notApplicable
        case (.value, .number(_, _, let c, _)): return c != "±"
        case (.value, .word(let t)): return t.value != nil || t.status != nil
        case (.status, .word(let t)): return t.status != nil
        default: return false
        }
    }

    /// For each cell, the index of its column, or nil when dropped.
    static func align(_ cells: [Cell], columns: [ColumnSpec], positions: [ColumnPosition?]) -> [Int?] {
        let n = cells.count, m = columns.count
        let known = positions.contains { $0 != nil }
        let drop: Double = known ? 30 : 1000
        let inf = Double.greatestFiniteMagnitude / 4
        var dp = [[Double]](repeating: [Double](repeating: inf, count: m + 1), count: n + 1)
        var choice = [[UInt8]](repeating: [UInt8](repeating: 0, count: m + 1), count: n + 1)  // 1 skip col, 2 drop cell, 3 assign
        dp[0][0] = 0
        for i in 0...n {
            for j in 0...m {
                let here = dp[i][j]
                guard here < inf else { continue }
                if j < m, here < dp[i][j + 1] { dp[i][j + 1] = here; choice[i][j + 1] = 1 }
                if i < n, here + drop < dp[i + 1][j] { dp[i + 1][j] = here + drop; choice[i + 1][j] = 2 }
                if i < n, j < m, accepts(columns[j].role, cells[i]) {
                    var c: Double
                    if let p = positions[j] { c = p.distance(to: cells[i]) } else { c = known ? 20 : Double(j) * 0.01 }
                    // A status word belongs in a status column when there is one.
                    if cells[i].token?.isStatusOnly == true, columns[j].role == .value { c += 5 }
                    if here + c < dp[i + 1][j + 1] { dp[i + 1][j + 1] = here + c; choice[i + 1][j + 1] = 3 }
                }
            }
        }
        var result = [Int?](repeating: nil, count: n)
        var i = n, j = m
        while i > 0 || j > 0 {
            switch choice[i][j] {
            case 1: j -= 1
            case 2: i -= 1
            case 3:
                result[i - 1] = j - 1
                i -= 1
                j -= 1
            default:
                return result
            }
        }
        return result
    }

    /// True when the cells fill every column exactly, in order.
    static func isFull(_ cells: [Cell], columns: [ColumnSpec]) -> Bool {
        cells.count == columns.count && zip(columns, cells).allSatisfy { accepts($0.role, $1) }
    }

    static func median(_ xs: [Double]) -> Double {
        let s = xs.sorted()
        return s.isEmpty ? 0 : (s.count % 2 == 1 ? s[s.count / 2] : (s[s.count / 2 - 1] + s[s.count / 2]) / 2)
    }
}
