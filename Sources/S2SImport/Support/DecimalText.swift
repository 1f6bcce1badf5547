public import Foundation

/// Exact decimal parsing from text (never through a binary float).
public enum DecimalText {
    /// Parses `-12.5`, `1e3`, `0.0001`; with `lenient`, also `"1,234.56"`, `" .5 "`, `+3`, `12.`
    /// (the forms BioTrack and CCRS write as strings). Returns nil for anything else.
    public static func parse<C: Collection>(_ bytes: C, lenient: Bool = false) -> Decimal? where C.Element == UInt8 {
        var negative = false
        var mantissa: UInt64 = 0
        var digits = 0
        var exponent = 0
        var sawDigit = false
        var sawPoint = false
        var overflow = false
        var it = bytes.makeIterator()
        var c = it.next()
        if lenient { while c == 0x20 || c == 0x09 { c = it.next() } }
        if c == UInt8(ascii: "-") { negative = true; c = it.next() }
        else if lenient, c == UInt8(ascii: "+") { c = it.next() }
        while let b = c {
            if b >= 48 && b <= 57 {
                sawDigit = true
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
                sawPoint = true
                if !lenient && !sawDigit { return nil }
            } else if lenient, b == UInt8(ascii: ","), !sawPoint {
                // thousands separator
            } else {
                break
            }
            c = it.next()
        }
        guard sawDigit else { return nil }
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
            // More than 19 significant digits: let Foundation handle the full text.
            let text = String(decoding: Array(bytes), as: UTF8.self).replacingOccurrences(of: ",", with: "")
                .trimmingCharacters(in: .whitespaces)
            return Decimal(string: text, locale: Locale(identifier: "en_US_POSIX"))
        }
        var d = Decimal(mantissa)
        if exponent != 0 { d = Decimal(sign: .plus, exponent: exponent, significand: d) }
        return negative ? -d : d
    }

    public static func parse(_ text: String, lenient: Bool = false) -> Decimal? {
        parse(Array(text.utf8), lenient: lenient)
    }
}
