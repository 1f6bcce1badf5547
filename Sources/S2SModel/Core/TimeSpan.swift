/// A signed length of time with microsecond resolution (e.g. `24h`, `3 days`, arrival - departure).
public struct TimeSpan: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var microseconds: Int64

    public init(microseconds: Int64) { self.microseconds = microseconds }
    public static func seconds(_ s: Int64) -> TimeSpan { TimeSpan(microseconds: s * 1_000_000) }
    public static func minutes(_ m: Int64) -> TimeSpan { .seconds(m * 60) }
    public static func hours(_ h: Int64) -> TimeSpan { .seconds(h * 3600) }
    public static func days(_ d: Int64) -> TimeSpan { .seconds(d * 86_400) }

    public static func < (lhs: TimeSpan, rhs: TimeSpan) -> Bool { lhs.microseconds < rhs.microseconds }
    public static func + (lhs: TimeSpan, rhs: TimeSpan) -> TimeSpan { TimeSpan(microseconds: lhs.microseconds + rhs.microseconds) }
    public static func - (lhs: TimeSpan, rhs: TimeSpan) -> TimeSpan { TimeSpan(microseconds: lhs.microseconds - rhs.microseconds) }

    public var totalSeconds: Int64 { microseconds / 1_000_000 }

    /// A compact human form: `2d 3h`, `45m`, `-1h 30m`, `0s`.
    public var description: String {
        var s = abs(microseconds) / 1_000_000
        if s == 0 { return microseconds == 0 ? "0s" : "<1s" }
        var parts: [String] = []
        let d = s / 86_400; s %= 86_400
        let h = s / 3600; s %= 3600
        let m = s / 60; s %= 60
        if d > 0 { parts.append("\(d)d") }
        if h > 0 { parts.append("\(h)h") }
        if m > 0 { parts.append("\(m)m") }
        if s > 0 { parts.append("\(s)s") }
        return (microseconds < 0 ? "-" : "") + parts.joined(separator: " ")
    }
}
