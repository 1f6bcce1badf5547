public import Foundation

/// Exact decimal parsing from text, never through a binary float. One scanner serves every reader:
/// the S2S importers (JSON numbers, and the looser strings BioTrack, CCRS and ERP exports write)
/// and the COA readers (numbers as printed on a certificate).
public enum DecimalText {
    /// Which spellings a caller accepts.
    public enum Form: Sendable {
        /// JSON-like: `-12.5`, `1e3`, `0.0001`, `12.`; no sign `+`, no leading `.`, no spaces, no commas.
        case plain
        /// Also `"1,234.56"` (every comma before the point is ignored), `" .5 "` (spaces and tabs
        /// around), `+3`: the forms BioTrack, CCRS and ERP exports write as strings.
        case lenient
        /// As printed on a document: `+`/`-`, `.25`, and thousands commas only after a digit and
        /// before the point, every group after one exactly three digits (`1,234.5`; `1,23` is not a
        /// number: it could be a decimal comma or two values). No surrounding spaces.
        case printed
    }

    /// Parses `-12.5`, `1e3`, `0.0001`; with `lenient`, also `"1,234.56"`, `" .5 "`, `+3`, `12.`.
    /// Returns nil for anything else.
    public static func parse<C: Collection>(_ bytes: C, lenient: Bool = false) -> Decimal? where C.Element == UInt8 {
        parse(bytes, form: lenient ? .lenient : .plain)
    }

    public static func parse(_ text: String, lenient: Bool = false) -> Decimal? {
        parse(Array(text.utf8), form: lenient ? .lenient : .plain)
    }

    /// A number as printed on a document (`Form.printed`).
    public static func parse(printed text: some StringProtocol) -> Decimal? {
        parse(Array(text.utf8), form: .printed)
    }

    public static func parse<C: Collection>(_ bytes: C, form: Form) -> Decimal? where C.Element == UInt8 {
        let lenient = form == .lenient
        let printed = form == .printed
        var negative = false
        var mantissa: UInt64 = 0
        var digits = 0
        var exponent = 0
        var sawDigit = false
        var sawPoint = false
        var overflow = false
        /// Digits since the last thousands comma (printed form); -1 before any comma.
        var group = -1
        var it = bytes.makeIterator()
        var c = it.next()
        if lenient { while c == 0x20 || c == 0x09 { c = it.next() } }
        if c == UInt8(ascii: "-") {
            negative = true
            c = it.next()
        } else if c == UInt8(ascii: "+"), lenient || printed {
            c = it.next()
        }
        while let b = c {
            if b >= 48 && b <= 57 {
                sawDigit = true
                if printed, group >= 0, !sawPoint { group += 1 }
                if mantissa == 0 && b == 48 {
                    if sawPoint { exponent -= 1 }
                } else if digits < 19 {
                    mantissa = mantissa * 10 + UInt64(b - 48)
                    digits += 1
                    if sawPoint { exponent -= 1 }
                } else {
                    overflow = true
                    if !sawPoint { exponent += 1 }
                }
            } else if b == UInt8(ascii: "."), !sawPoint {
                if form == .plain && !sawDigit { return nil }
                if printed, group >= 0, group != 3 { return nil }
                sawPoint = true
            } else if b == UInt8(ascii: ","), !sawPoint, lenient || (printed && sawDigit) {
                if printed {
                    if group >= 0, group != 3 { return nil }
                    group = 0
                }
            } else {
                break
            }
            c = it.next()
        }
        guard sawDigit else { return nil }
        if printed, group >= 0, !sawPoint, group != 3 { return nil }
        if let b = c, b == UInt8(ascii: "e") || b == UInt8(ascii: "E") {
            var e = 0
            var eneg = false
            c = it.next()
            if c == UInt8(ascii: "-") { eneg = true; c = it.next() } else if c == UInt8(ascii: "+") { c = it.next() }
            var any = false
            while let d = c, d >= 48 && d <= 57 {
                any = true
                e = min(e * 10 + Int(d - 48), 10_000)
                c = it.next()
            }
            guard any else { return nil }
            exponent += eneg ? -e : e
        }
        if lenient { while c == 0x20 || c == 0x09 { c = it.next() } }
        guard c == nil else { return nil }
        guard exponent > -128, exponent < 127 else { return nil }
        if overflow {
            // More than 19 significant digits: let Foundation read the full text.
            let text = String(decoding: Array(bytes), as: UTF8.self).replacingOccurrences(of: ",", with: "")
                .trimmingCharacters(in: .whitespaces)
            return Decimal(string: text, locale: Locale(identifier: "en_US_POSIX"))
        }
        var d = Decimal(mantissa)
        if exponent != 0 { d = Decimal(sign: .plus, exponent: exponent, significand: d) }
        return negative && mantissa != 0 ? -d : d
    }

    /// Number of digits after the decimal point as printed (`80.10` → 2, `80.10%` → 2).
    public static func fractionDigits(_ text: String) -> Int {
        guard let dot = text.firstIndex(of: ".") else { return 0 }
        return text[text.index(after: dot)...].prefix { $0.isNumber }.count
    }
}
