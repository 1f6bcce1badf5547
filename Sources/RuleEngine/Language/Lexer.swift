/// Splits an expression into tokens. Dates (`2026-01-01`) and date-times are single tokens.
struct Lexer {
    static let keywords: Set<String> = ["and", "or", "not", "in", "matches", "true", "false", "null", "if", "then", "else"]

    static func tokenize(_ text: String) throws -> [Token] {
        let b = Array(text.utf8)
        var out: [Token] = []
        var i = 0
        func isDigit(_ c: UInt8) -> Bool { c >= 48 && c <= 57 }
        func isIdentStart(_ c: UInt8) -> Bool { (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c == 95 }
        func isIdent(_ c: UInt8) -> Bool { isIdentStart(c) || isDigit(c) }
        func digits(at p: Int, _ n: Int) -> Bool {
            guard p + n <= b.count else { return false }
            return (p..<p + n).allSatisfy { isDigit(b[$0]) }
        }
        while i < b.count {
            let c = b[i]
            if c == 32 || c == 9 || c == 10 || c == 13 { i += 1; continue }
            let start = i
            // date / date-time literal: YYYY-MM-DD[THH:MM[:SS][Z|±HH:MM]]
            if digits(at: i, 4), i + 10 <= b.count, b[i + 4] == 45, digits(at: i + 5, 2), b[i + 7] == 45, digits(at: i + 8, 2),
               i + 10 == b.count || !isIdent(b[i + 10]) || b[i + 10] == 84 {
                i += 10
                if i < b.count, b[i] == 84, digits(at: i + 1, 2) {
                    i += 1
                    while i < b.count, isDigit(b[i]) || b[i] == 58 || b[i] == 46 || b[i] == 90 || b[i] == 43
                            || (b[i] == 45 && i + 1 < b.count && isDigit(b[i + 1])) { i += 1 }
                    out.append(Token(kind: .dateTime(String(decoding: b[start..<i], as: UTF8.self)), start: start, end: i))
                } else {
                    out.append(Token(kind: .date(String(decoding: b[start..<i], as: UTF8.self)), start: start, end: i))
                }
                continue
            }
            if isDigit(c) || (c == 46 && i + 1 < b.count && isDigit(b[i + 1])) {
                while i < b.count, isDigit(b[i]) { i += 1 }
                if i < b.count, b[i] == 46, i + 1 < b.count, isDigit(b[i + 1]) {
                    i += 1
                    while i < b.count, isDigit(b[i]) { i += 1 }
                }
                out.append(Token(kind: .number(String(decoding: b[start..<i], as: UTF8.self)), start: start, end: i))
                continue
            }
            if isIdentStart(c) {
                while i < b.count, isIdent(b[i]) { i += 1 }
                let word = String(decoding: b[start..<i], as: UTF8.self)
                out.append(Token(kind: keywords.contains(word) ? .keyword(word) : .identifier(word), start: start, end: i))
                continue
            }
            if c == 34 || c == 39 {   // "…" or '…'
                let quote = c
                i += 1
                var s: [UInt8] = []
                var closed = false
                while i < b.count {
                    let d = b[i]
                    if d == quote { closed = true; i += 1; break }
                    if d == 92, i + 1 < b.count {   // backslash escape
                        let e = b[i + 1]
                        switch e {
                        case 110: s.append(10)
                        case 116: s.append(9)
                        default: s.append(e)   // \" \' \\ and, for regexes, \d \s … kept below
                        }
                        if e != 110 && e != 116 && e != quote && e != 92 { s.removeLast(); s.append(92); s.append(e) }
                        i += 2
                        continue
                    }
                    s.append(d)
                    i += 1
                }
                if !closed {
                    throw ExpressionError(offset: start, length: i - start, message: "this text is never closed",
                                          hint: "add the closing \(quote == 34 ? "\"" : "'")")
                }
                out.append(Token(kind: .string(String(decoding: s, as: UTF8.self)), start: start, end: i))
                continue
            }
            let two = i + 1 < b.count ? String(decoding: b[i...i + 1], as: UTF8.self) : ""
            if ["==", "!=", "<=", ">=", "=>"].contains(two) {
                out.append(Token(kind: .op(two), start: i, end: i + 2))
                i += 2
                continue
            }
            let one = String(decoding: [c], as: UTF8.self)
            if "<>+-*/()[],.{}:".contains(one) {
                out.append(Token(kind: .op(one), start: i, end: i + 1))
                i += 1
                continue
            }
            if c == 61 {
                throw ExpressionError(offset: i, length: 1, message: "a single '=' is not an operator",
                                      hint: "use == to compare")
            }
            if c == 38 || c == 124 || c == 33 {
                let word = c == 38 ? "and" : (c == 124 ? "or" : "not")
                throw ExpressionError(offset: i, length: 1, message: "'\(one)' is not an operator here",
                                      hint: "write '\(word)' in words")
            }
            throw ExpressionError(offset: i, length: 1, message: "unexpected character '\(one)'")
        }
        out.append(Token(kind: .end, start: b.count, end: b.count))
        return out
    }
}
