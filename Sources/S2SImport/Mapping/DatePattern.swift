public import S2SModel

/// A date or date-time layout written with the usual letters: `yyyy` year, `MM`/`M` month,
/// `dd`/`d` day, `HH`/`H` hour 0–23, `hh`/`h` hour 1–12 with `a` (AM/PM), `mm` minutes, `ss`
/// seconds, `S…` fractions, `XXX`/`Z` a zone offset or `Z`; anything else is matched literally
/// (text in single quotes too). Special layouts: `iso8601`, `unix` (seconds since 1970), `unix-ms`.
public struct DatePattern: Sendable, CustomStringConvertible {
    enum Token: Sendable, Equatable {
        case year4, year2, month(Int), day(Int), hour24(Int), hour12(Int), minute, second, fraction, ampm, offset
        case literal(Character)
    }
    enum Special: Sendable { case iso, unix, unixMillis }

    let tokens: [Token]
    let special: Special?
    public let description: String

    /// Parses a layout; throws a message when a letter is not a known field.
    public init(_ text: String) throws {
        description = text
        switch text.lowercased() {
        case "iso8601", "iso": special = .iso; tokens = []; return
        case "unix", "epoch": special = .unix; tokens = []; return
        case "unix-ms", "epoch-ms": special = .unixMillis; tokens = []; return
        default: special = nil
        }
        var out: [Token] = []
        let chars = Array(text)
        var i = 0
        while i < chars.count {
            let ch = chars[i]
            if ch == "'" {
                i += 1
                while i < chars.count, chars[i] != "'" { out.append(.literal(chars[i])); i += 1 }
                i += 1
                continue
            }
            var n = 1
            while i + n < chars.count, chars[i + n] == ch { n += 1 }
            switch ch {
            case "y": out.append(n == 2 ? .year2 : .year4)
            case "M": out.append(.month(n))
            case "d": out.append(.day(n))
            case "H": out.append(.hour24(n))
            case "h": out.append(.hour12(n))
            case "m": out.append(.minute)
            case "s": out.append(.second)
            case "S": out.append(.fraction)
            case "a": out.append(.ampm)
            case "X", "Z", "x": out.append(.offset)
            default:
                if ch.isLetter { throw PatternError(message: "'\(String(repeating: ch, count: n))' is not a date field (use yyyy MM dd HH hh mm ss S a XXX)") }
                for _ in 0..<n { out.append(.literal(ch)) }
            }
            i += n
        }
        tokens = out
    }

    public struct PatternError: Error, Sendable { public var message: String }

    /// Whether the layout has a time of day.
    public var hasTime: Bool {
        special != nil || tokens.contains { if case .hour24 = $0 { return true }; if case .hour12 = $0 { return true }; return false }
    }

    /// Parses `text`; nil when it does not fit the layout or names an impossible date.
    public func parse(_ text: String) -> ParsedTimestamp? {
        let t = text.trimmingSpaces()
        switch special {
        case .iso?: return ParsedTimestamp.parse(t.utf8)
        case .unix?, .unixMillis?:
            guard let v = Int64(t) else { return nil }
            let us = special == .unix ? v * 1_000_000 : v * 1000
            return .zoned(LocalDateTime(microsecondsAsIfUTC: us), offsetMinutes: 0)
        case nil: break
        }
        let s = Array(t)
        var i = 0
        var y = 0, mo = 0, d = 0, h = 0, mi = 0, sec = 0, micro = 0
        var pm: Bool?
        var offset: Int?
        var sawTime = false
        func digits(_ minN: Int, _ maxN: Int) -> Int? {
            var v = 0, n = 0
            while n < maxN, i < s.count, let dv = s[i].wholeNumberValue, s[i].isASCII { v = v * 10 + dv; i += 1; n += 1 }
            return n >= minN ? v : nil
        }
        for tok in tokens {
            switch tok {
            case .year4: guard let v = digits(4, 4) else { return nil }; y = v
            case .year2: guard let v = digits(2, 2) else { return nil }; y = 2000 + v
            case .month(let n): guard let v = digits(n >= 2 ? 2 : 1, 2) else { return nil }; mo = v
            case .day(let n): guard let v = digits(n >= 2 ? 2 : 1, 2) else { return nil }; d = v
            case .hour24(let n): guard let v = digits(n >= 2 ? 2 : 1, 2), v < 24 else { return nil }; h = v; sawTime = true
            case .hour12(let n):
                guard let v = digits(n >= 2 ? 2 : 1, 2), (1...12).contains(v) else { return nil }; h = v; sawTime = true
                if pm == nil { pm = false }
            case .minute: guard let v = digits(2, 2), v < 60 else { return nil }; mi = v
            case .second: guard let v = digits(2, 2), v < 61 else { return nil }; sec = min(v, 59)
            case .fraction:
                var scale = 100_000
                var any = false
                while i < s.count, let dv = s[i].wholeNumberValue, s[i].isASCII { micro += dv * scale; scale /= 10; i += 1; any = true }
                if !any { return nil }
            case .ampm:
                guard i + 1 < s.count else { return nil }
                let w = String(s[i...i + 1]).uppercased()
                guard w == "AM" || w == "PM" else { return nil }
                pm = w == "PM"
                i += 2
            case .offset:
                guard i < s.count else { return nil }
                if s[i] == "Z" || s[i] == "z" { offset = 0; i += 1; break }
                guard s[i] == "+" || s[i] == "-" else { return nil }
                let sign = s[i] == "-" ? -1 : 1
                i += 1
                guard let oh = digits(2, 2) else { return nil }
                if i < s.count, s[i] == ":" { i += 1 }
                let om = digits(2, 2) ?? 0
                offset = sign * (oh * 60 + om)
            case .literal(let ch):
                guard i < s.count, s[i] == ch else { return nil }
                i += 1
            }
        }
        guard i == s.count, let day = Day(year: y, month: mo, day: d) else { return nil }
        if let pm { if h == 12 { h = pm ? 12 : 0 } else if pm { h += 12 } }
        if !sawTime { return .day(day) }
        let local = LocalDateTime(day: day, hour: h, minute: mi, second: sec, microsecond: micro)
        if let offset { return .zoned(local, offsetMinutes: offset) }
        return .naive(local)
    }
}
