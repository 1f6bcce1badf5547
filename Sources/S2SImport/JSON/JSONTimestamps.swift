import S2SModel

/// Dates read straight from the file's bytes, without building a string: the common ISO 8601
/// forms (`2026-11-29`, `2026-11-29T09:15:00.000`, `…Z`, `…-08:00`). Anything else goes through
/// `ParsedTimestamp.parse`, which decides (and names the problem).
extension JSONCursor {
    /// The byte range of the string at the cursor when it has no escapes, moving past it; nil
    /// (cursor unmoved) when it has escapes.
    @inline(__always)
    mutating func plainStringRange() throws -> Range<Int>? {
        let start = position + 1
        var i = start
        while i < count {
            let b = base[i]
            if b == UInt8(ascii: "\"") { position = i + 1; return start..<i }
            if b == UInt8(ascii: "\\") { return nil }
            if b < 0x20 { throw error("control character inside a string (unescaped line break?)", at: i) }
            i += 1
        }
        throw error("unterminated string (the file ends inside it)", at: position)
    }

    /// Whether the bytes start with `0001-01-01` (Metrc's "no date").
    @inline(__always)
    func isNoDate(_ r: Range<Int>) -> Bool {
        r.count >= 10 && base[r.lowerBound] == 0x30 && base[r.lowerBound + 1] == 0x30 && base[r.lowerBound + 2] == 0x30
            && base[r.lowerBound + 3] == 0x31 && base[r.lowerBound + 4] == 0x2D && base[r.lowerBound + 5] == 0x30
            && base[r.lowerBound + 6] == 0x31 && base[r.lowerBound + 8] == 0x30 && base[r.lowerBound + 9] == 0x31
    }

    /// Parses the common ISO forms; nil for anything else (not necessarily invalid).
    func fastTimestamp(_ r: Range<Int>) -> ParsedTimestamp? {
        let p = base + r.lowerBound
        let n = r.count
        @inline(__always) func d(_ i: Int) -> Int? {
            let c = p[i]
            return c >= 48 && c <= 57 ? Int(c - 48) : nil
        }
        @inline(__always) func two(_ i: Int) -> Int? {
            guard let a = d(i), let b = d(i + 1) else { return nil }
            return a * 10 + b
        }
        guard n >= 10, p[4] == 0x2D, p[7] == 0x2D, let y1 = two(0), let y2 = two(2), let mo = two(5), let dd = two(8),
              let day = Day(year: y1 * 100 + y2, month: mo, day: dd) else { return nil }
        if n == 10 { return .day(day) }
        guard n >= 16, p[10] == 0x54 || p[10] == 0x20, p[13] == 0x3A, let h = two(11), let mi = two(14), h < 24, mi < 60
        else { return nil }
        var i = 16
        var s = 0
        var micro = 0
        if i < n, p[i] == 0x3A {
            guard i + 3 <= n, let sec = two(i + 1), sec < 61 else { return nil }
            s = min(sec, 59)
            i += 3
            if i < n, p[i] == 0x2E {
                i += 1
                var scale = 100_000
                let f = i
                while i < n, let v = d(i) { micro += v * scale; scale /= 10; i += 1 }
                if i == f { return nil }
            }
        }
        let local = LocalDateTime(day: day, hour: h, minute: mi, second: s, microsecond: micro)
        if i == n { return .naive(local) }
        if p[i] == 0x5A, i + 1 == n { return .zoned(local, offsetMinutes: 0) }
        guard p[i] == 0x2B || p[i] == 0x2D else { return nil }
        let sign = p[i] == 0x2D ? -1 : 1
        guard i + 3 <= n, let oh = two(i + 1), oh < 24 else { return nil }
        var j = i + 3
        if j < n, p[j] == 0x3A { j += 1 }
        guard j + 2 == n, let om = two(j), om < 60 else { return nil }
        return .zoned(local, offsetMinutes: sign * (oh * 60 + om))
    }
}
