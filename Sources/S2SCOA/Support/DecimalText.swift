import Foundation

/// Exact decimal parsing of printed numbers (never through `Double`).
enum DecimalText {
    /// Parses `12`, `-0.5`, `.25`, `1,234.5`, `1.5e3`. Returns nil for anything else.
    static func parse(_ text: Substring) -> Decimal? {
        var s = Array(text.utf8)
        guard !s.isEmpty else { return nil }
        var negative = false
        if s[0] == UInt8(ascii: "-") || s[0] == UInt8(ascii: "+") {
            negative = s[0] == UInt8(ascii: "-")
            s.removeFirst()
        }
        var significand: [UInt8] = []
        var exponent = 0
        var seenPoint = false
        var seenDigit = false
        var idx = 0
        var groupDigits = -1  // digits since the last thousands comma, -1 when no comma seen
        while idx < s.count {
            let c = s[idx]
            if (48...57).contains(c) {
                significand.append(c - 48)
                seenDigit = true
                if seenPoint { exponent -= 1 }
                if groupDigits >= 0 && !seenPoint { groupDigits += 1 }
            } else if c == UInt8(ascii: ".") && !seenPoint {
                if groupDigits >= 0 && groupDigits != 3 { return nil }
                seenPoint = true
            } else if c == UInt8(ascii: ",") && !seenPoint && seenDigit {
                if groupDigits >= 0 && groupDigits != 3 { return nil }
                groupDigits = 0
            } else if (c == UInt8(ascii: "e") || c == UInt8(ascii: "E")) && seenDigit {
                guard let e = Int(String(decoding: s[(idx + 1)...], as: UTF8.self)), abs(e) < 100 else { return nil }
                exponent += e
                idx = s.count
                break
            } else {
                return nil
            }
            idx += 1
        }
        guard seenDigit else { return nil }
        if groupDigits >= 0 && !seenPoint && groupDigits != 3 { return nil }
        // Strip leading zeros; keep at most 38 significant digits (Decimal's precision).
        while significand.count > 1 && significand.first == 0 { significand.removeFirst() }
        guard significand.count <= 38 else { return nil }
        var value = Decimal(0)
        for d in significand { value = value * 10 + Decimal(Int(d)) }
        var result = Decimal(sign: negative ? .minus : .plus, exponent: exponent, significand: value)
        if value == 0 { result = Decimal(sign: .plus, exponent: exponent, significand: 0) }
        return result
    }

    static func parse(_ text: String) -> Decimal? { parse(Substring(text)) }

    /// Number of digits after the decimal point as printed (`80.10` → 2).
    static func fractionDigits(_ text: String) -> Int {
        guard let dot = text.firstIndex(of: ".") else { return 0 }
        return text[text.index(after: dot)...].prefix { $0.isNumber }.count
    }
}
