/// An instant with the UTC offset it was written in (or, for a time written without a zone,
/// the offset of the jurisdiction's time zone at that moment). Compared as absolute time.
public struct DateTime: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// Microseconds since 1970-01-01T00:00:00Z.
    public var utcMicroseconds: Int64
    /// Offset from UTC, in minutes, of the local wall clock the value belongs to.
    public var offsetMinutes: Int16
    /// False when the source text carried no zone and the offset was supplied by the reader.
    public var zoneWasWritten: Bool

    public init(utcMicroseconds: Int64, offsetMinutes: Int16, zoneWasWritten: Bool = true) {
        self.utcMicroseconds = utcMicroseconds
        self.offsetMinutes = offsetMinutes
        self.zoneWasWritten = zoneWasWritten
    }

    public init(local: LocalDateTime, offsetMinutes: Int, zoneWasWritten: Bool) {
        self.utcMicroseconds = local.microsecondsAsIfUTC - Int64(offsetMinutes) * 60_000_000
        self.offsetMinutes = Int16(offsetMinutes)
        self.zoneWasWritten = zoneWasWritten
    }

    public static func < (lhs: DateTime, rhs: DateTime) -> Bool { lhs.utcMicroseconds < rhs.utcMicroseconds }
    public static func == (lhs: DateTime, rhs: DateTime) -> Bool { lhs.utcMicroseconds == rhs.utcMicroseconds }
    public func hash(into hasher: inout Hasher) { hasher.combine(utcMicroseconds) }

    /// The wall-clock value in the offset it was written in.
    public var local: LocalDateTime {
        LocalDateTime(microsecondsAsIfUTC: utcMicroseconds + Int64(offsetMinutes) * 60_000_000)
    }

    /// The calendar day on the local wall clock (the date "as written").
    public var localDay: Day { local.day }

    public static func - (lhs: DateTime, rhs: DateTime) -> TimeSpan {
        TimeSpan(microseconds: lhs.utcMicroseconds - rhs.utcMicroseconds)
    }

    public static func + (lhs: DateTime, rhs: TimeSpan) -> DateTime {
        var r = lhs
        r.utcMicroseconds += rhs.microseconds
        return r
    }

    /// ISO 8601 in the original offset, e.g. `2026-11-29T20:15:00-08:00`.
    public var description: String {
        let l = local
        var s = l.description
        if offsetMinutes == 0 && zoneWasWritten { return s + "Z" }
        let o = Int(offsetMinutes)
        s += (o < 0 ? "-" : "+") + pad(abs(o) / 60, 2) + ":" + pad(abs(o) % 60, 2)
        return s
    }
}

/// A wall-clock date and time with no zone.
public struct LocalDateTime: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// Microseconds since 1970-01-01T00:00:00 on the same wall clock.
    public var microsecondsAsIfUTC: Int64

    public init(microsecondsAsIfUTC: Int64) { self.microsecondsAsIfUTC = microsecondsAsIfUTC }

    public init(day: Day, hour: Int, minute: Int, second: Int, microsecond: Int = 0) {
        microsecondsAsIfUTC = Int64(day.daysSinceEpoch) * 86_400_000_000
            + Int64(hour * 3600 + minute * 60 + second) * 1_000_000 + Int64(microsecond)
    }

    public static func < (lhs: LocalDateTime, rhs: LocalDateTime) -> Bool {
        lhs.microsecondsAsIfUTC < rhs.microsecondsAsIfUTC
    }

    public var day: Day {
        let d = microsecondsAsIfUTC >= 0
            ? microsecondsAsIfUTC / 86_400_000_000
            : (microsecondsAsIfUTC - 86_399_999_999) / 86_400_000_000
        return Day(daysSinceEpoch: Int32(d))
    }

    /// Microseconds since local midnight.
    public var timeOfDay: Int64 { microsecondsAsIfUTC - Int64(day.daysSinceEpoch) * 86_400_000_000 }

    public var description: String {
        let t = timeOfDay
        let secs = Int(t / 1_000_000)
        let micros = Int(t % 1_000_000)
        var s = day.description + "T" + pad(secs / 3600, 2) + ":" + pad(secs / 60 % 60, 2) + ":" + pad(secs % 60, 2)
        if micros != 0 {
            var frac = pad(micros, 6)
            while frac.hasSuffix("0") { frac.removeLast() }
            s += "." + frac
        }
        return s
    }
}

/// What an ISO 8601 date or date-time string holds before a zone is applied.
public enum ParsedTimestamp: Sendable, Equatable {
    /// `YYYY-MM-DD` only.
    case day(Day)
    /// A date and time with no zone designator.
    case naive(LocalDateTime)
    /// A date and time with `Z` or `±HH:MM`.
    case zoned(LocalDateTime, offsetMinutes: Int)
}

extension ParsedTimestamp {
    /// Parses `YYYY-MM-DD`, `YYYY-MM-DDTHH:MM[:SS[.fff…]]` with an optional `Z`, `±HH:MM` or `±HHMM`
    /// (a space is accepted for `T`). Returns nil for anything else, including impossible dates.
    public static func parse<C: Collection>(_ bytes: C) -> ParsedTimestamp? where C.Element == UInt8 {
        var it = Array(bytes)[...]
        func digits(_ n: Int) -> Int? {
            guard it.count >= n else { return nil }
            var v = 0
            for _ in 0..<n {
                let c = it.removeFirst()
                guard c >= 48 && c <= 57 else { return nil }
                v = v * 10 + Int(c - 48)
            }
            return v
        }
        func take(_ c: UInt8) -> Bool {
            if it.first == c { it.removeFirst(); return true }
            return false
        }
        guard let y = digits(4), take(45), let mo = digits(2), take(45), let d = digits(2),
              let day = Day(year: y, month: mo, day: d) else { return nil }
        if it.isEmpty { return .day(day) }
        guard take(84) || take(116) || take(32) else { return nil }   // T, t or space
        guard let h = digits(2), take(58), let mi = digits(2), h < 24, mi < 60 else { return nil }
        var s = 0
        var micro = 0
        if take(58) {
            guard let sec = digits(2), sec < 61 else { return nil }
            s = min(sec, 59)
            if take(46) || take(44) {
                var scale = 100_000
                var any = false
                while let c = it.first, c >= 48 && c <= 57 {
                    it.removeFirst()
                    any = true
                    micro += Int(c - 48) * scale
                    scale /= 10
                }
                guard any else { return nil }
            }
        }
        let local = LocalDateTime(day: day, hour: h, minute: mi, second: s, microsecond: micro)
        if it.isEmpty { return .naive(local) }
        if take(90) || take(122) { return it.isEmpty ? .zoned(local, offsetMinutes: 0) : nil }  // Z
        let sign: Int
        if take(43) { sign = 1 } else if take(45) { sign = -1 } else { return nil }
        guard let oh = digits(2), oh < 24 else { return nil }
        _ = take(58)
        guard let om = digits(2), om < 60, it.isEmpty else { return nil }
        return .zoned(local, offsetMinutes: sign * (oh * 60 + om))
    }
}
