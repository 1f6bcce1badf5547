/// A Pratt parser for the rule language.
///
///     expr    := 'if' expr 'then' expr 'else' expr | or
///     or      := and ('or' and)*
///     and     := not ('and' not)*
///     not     := 'not' not | compare
///     compare := sum (('=='|'!='|'<'|'<='|'>'|'>='|'in'|'not in'|'matches') sum)?
///     sum     := product (('+'|'-') product)*
///     product := unary (('*'|'/') unary)*
///     unary   := '-' unary | postfix
///     postfix := primary ('.' name | '[' expr ']')*
///     primary := number [unit] | text | date | date-time | true | false | null | name
///              | name '(' args ')' | '(' expr ')' | '[' list ']' | name '=>' expr
struct Parser {
    static let massAndVolumeUnits: Set<String> = ["mg", "g", "kg", "oz", "lb", "lbs", "ml", "l", "gal", "floz", "each", "ea"]
    static let timeUnits: Set<String> = ["s", "sec", "second", "seconds", "min", "minute", "minutes", "h", "hour",
                                         "hours", "d", "day", "days", "w", "week", "weeks"]

    let source: String
    let bytes: [UInt8]
    var tokens: [Token]
    var p = 0

    static func parse(_ source: String) throws -> Expr {
        var parser = Parser(source: source, bytes: Array(source.utf8), tokens: try Lexer.tokenize(source))
        if case .end = parser.tokens[0].kind {
            throw ExpressionError(offset: 0, length: 0, message: "the expression is empty")
        }
        let e = try parser.expression()
        if case .end = parser.peek.kind {} else {
            let t = parser.peek
            throw ExpressionError(offset: t.start, length: t.end - t.start,
                                  message: "unexpected \(parser.describe(t)) after a complete expression",
                                  hint: "join conditions with 'and' / 'or'")
        }
        return e
    }

    var peek: Token { tokens[p] }

    mutating func advance() -> Token {
        let t = tokens[p]
        if p < tokens.count - 1 { p += 1 }
        return t
    }

    func text(_ start: Int, _ end: Int) -> String {
        String(decoding: bytes[max(0, start)..<min(bytes.count, end)], as: UTF8.self)
    }

    func node(_ kind: ExprKind, _ start: Int, _ end: Int) -> Expr {
        Expr(kind: kind, start: start, end: end, text: text(start, end))
    }

    func describe(_ t: Token) -> String {
        switch t.kind {
        case .identifier(let s): return "name '\(s)'"
        case .number(let s): return "number \(s)"
        case .string(let s): return "text \"\(s)\""
        case .date(let s), .dateTime(let s): return "date \(s)"
        case .op(let s): return "'\(s)'"
        case .keyword(let s): return "'\(s)'"
        case .end: return "the end of the expression"
        }
    }

    func isOp(_ s: String) -> Bool { if case .op(let o) = peek.kind { return o == s } else { return false } }
    func isKeyword(_ s: String) -> Bool { if case .keyword(let k) = peek.kind { return k == s } else { return false } }

    mutating func expect(_ s: String, _ context: String) throws -> Token {
        guard isOp(s) || isKeyword(s) else {
            throw ExpressionError(offset: peek.start, length: max(1, peek.end - peek.start),
                                  message: "expected '\(s)' \(context), found \(describe(peek))")
        }
        return advance()
    }

    mutating func expression() throws -> Expr {
        if isKeyword("if") {
            let start = advance().start
            let c = try expression()
            _ = try expect("then", "after the condition of 'if'")
            let a = try expression()
            _ = try expect("else", "('if … then …' needs an 'else' part)")
            let b = try expression()
            return node(.conditional(c, a, b), start, b.end)
        }
        return try orExpr()
    }

    mutating func orExpr() throws -> Expr {
        var l = try andExpr()
        while isKeyword("or") {
            _ = advance()
            let r = try andExpr()
            l = node(.binary("or", l, r), l.start, r.end)
        }
        return l
    }

    mutating func andExpr() throws -> Expr {
        var l = try notExpr()
        while isKeyword("and") {
            _ = advance()
            let r = try notExpr()
            l = node(.binary("and", l, r), l.start, r.end)
        }
        return l
    }

    mutating func notExpr() throws -> Expr {
        if isKeyword("not") {
            let start = advance().start
            let e = try notExpr()
            return node(.unary("not", e), start, e.end)
        }
        return try compare()
    }

    mutating func compare() throws -> Expr {
        let l = try sum()
        var op: String?
        switch peek.kind {
        case .op(let o) where ["==", "!=", "<", "<=", ">", ">="].contains(o): op = o
        case .keyword("in"): op = "in"
        case .keyword("matches"): op = "matches"
        case .keyword("not"):
            if case .keyword("in") = tokens[min(p + 1, tokens.count - 1)].kind { _ = advance(); op = "not in" }
        default: break
        }
        guard let op else { return l }
        _ = advance()
        let r = try sum()
        let e = node(.binary(op, l, r), l.start, r.end)
        if case .op(let o) = peek.kind, ["==", "!=", "<", "<=", ">", ">="].contains(o) {
            throw ExpressionError(offset: peek.start, length: 2, message: "comparisons cannot be chained",
                                  hint: "write 'a < b and b < c'")
        }
        return e
    }

    mutating func sum() throws -> Expr {
        var l = try product()
        while isOp("+") || isOp("-") {
            guard case .op(let o) = advance().kind else { break }
            let r = try product()
            l = node(.binary(o, l, r), l.start, r.end)
        }
        return l
    }

    mutating func product() throws -> Expr {
        var l = try unary()
        while isOp("*") || isOp("/") {
            guard case .op(let o) = advance().kind else { break }
            let r = try unary()
            l = node(.binary(o, l, r), l.start, r.end)
        }
        return l
    }

    mutating func unary() throws -> Expr {
        if isOp("-") {
            let start = advance().start
            let e = try unary()
            return node(.unary("-", e), start, e.end)
        }
        return try postfix()
    }

    mutating func postfix() throws -> Expr {
        var e = try primary()
        while true {
            if isOp(".") {
                _ = advance()
                guard case .identifier(let name) = peek.kind else {
                    throw ExpressionError(offset: peek.start, length: max(1, peek.end - peek.start),
                                          message: "expected a field name after '.', found \(describe(peek))")
                }
                let t = advance()
                e = node(.member(e, name, nameStart: t.start), e.start, t.end)
            } else if isOp("[") {
                _ = advance()
                let i = try expression()
                let close = try expect("]", "to close the index")
                e = node(.index(e, i), e.start, close.end)
            } else {
                return e
            }
        }
    }

    mutating func primary() throws -> Expr {
        let t = peek
        switch t.kind {
        case .number(let n):
            _ = advance()
            if case .identifier(let u) = peek.kind {
                let lower = u.lowercased()
                if Parser.massAndVolumeUnits.contains(lower) {
                    let ut = advance()
                    return node(.quantity(n, lower), t.start, ut.end)
                }
                if Parser.timeUnits.contains(lower) {
                    let ut = advance()
                    return node(.span(n, lower), t.start, ut.end)
                }
            }
            return node(.number(n), t.start, t.end)
        case .string(let s):
            _ = advance()
            return node(.string(s), t.start, t.end)
        case .date(let d):
            _ = advance()
            return node(.date(d), t.start, t.end)
        case .dateTime(let d):
            _ = advance()
            return node(.dateTime(d), t.start, t.end)
        case .keyword("true"): _ = advance(); return node(.bool(true), t.start, t.end)
        case .keyword("false"): _ = advance(); return node(.bool(false), t.start, t.end)
        case .keyword("null"): _ = advance(); return node(.null, t.start, t.end)
        case .identifier(let name):
            _ = advance()
            if isOp("=>") {
                _ = advance()
                let body = try expression()
                return node(.lambda([name], body), t.start, body.end)
            }
            if isOp("(") {
                _ = advance()
                var args: [Expr] = []
                if !isOp(")") {
                    repeat {
                        if !args.isEmpty { _ = advance() }
                        args.append(try expression())
                    } while isOp(",")
                }
                let close = try expect(")", "to close the arguments of \(name)(…)")
                return node(.call(name, args, nameEnd: t.end), t.start, close.end)
            }
            return node(.name(name), t.start, t.end)
        case .op("("):
            _ = advance()
            // (a, b) => body
            if case .identifier = peek.kind, case .op(let o) = tokens[min(p + 1, tokens.count - 1)].kind, o == "," || o == ")" ,
               lambdaAhead() {
                var names: [String] = []
                while case .identifier(let n) = peek.kind {
                    names.append(n)
                    _ = advance()
                    if isOp(",") { _ = advance() } else { break }
                }
                _ = try expect(")", "after the parameter names")
                _ = try expect("=>", "after the parameter list")
                let body = try expression()
                return node(.lambda(names, body), t.start, body.end)
            }
            let e = try expression()
            let close = try expect(")", "to close '('")
            var inner = e
            inner.start = t.start
            inner.end = close.end
            inner.text = text(t.start, close.end)
            return inner
        case .op("["):
            _ = advance()
            var items: [Expr] = []
            if !isOp("]") {
                repeat {
                    if !items.isEmpty { _ = advance() }
                    items.append(try expression())
                } while isOp(",")
            }
            let close = try expect("]", "to close the list")
            return node(.list(items), t.start, close.end)
        case .end:
            throw ExpressionError(offset: t.start, length: 0, message: "the expression ends too early",
                                  hint: "something is missing after the last operator")
        default:
            throw ExpressionError(offset: t.start, length: max(1, t.end - t.start),
                                  message: "expected a value, a name or '(', found \(describe(t))")
        }
    }

    /// After '(' : is this `(a, b) => …`?
    func lambdaAhead() -> Bool {
        var q = p
        while q < tokens.count {
            switch tokens[q].kind {
            case .identifier: q += 1
            case .op(","): q += 1
            case .op(")"):
                if q + 1 < tokens.count, case .op("=>") = tokens[q + 1].kind { return true }
                return false
            default: return false
            }
        }
        return false
    }
}
