import Foundation
import S2SModel

/// Type checking and compilation of `not`, `-`, `and`, `or`, comparisons, `in`, `matches` and arithmetic.
enum Operators {
    static func unary(_ op: String, _ inner: Expr, _ e: Expr, _ env: CompileEnv) throws -> Compiled {
        let c = try Compiler.compile(inner, env)
        let ev = c.eval
        if op == "not" {
            try Compiler.expectBool(c, "what follows 'not'")
            return Compiled(.bool, e, children: [c]) { f in
                if case .bool(let b) = ev(f) { return .bool(!b) }
                return .null
            }
        }
        guard [.number, .quantity, .span, .any].contains(c.type) else {
            throw CompileError(inner, "'-' needs a number, quantity or duration, but '\(inner.text)' is \(c.type)")
        }
        return Compiled(c.type, e, children: [c]) { f in ValueOps.subtract(ValueOps.zero(like: ev(f)), ev(f)) }
    }

    static func binary(_ op: String, _ le: Expr, _ re: Expr, _ e: Expr, _ env: CompileEnv) throws -> Compiled {
        let l = try Compiler.compile(le, env)
        let r = try Compiler.compile(re, env)
        let (a, b) = (l.eval, r.eval)
        switch op {
        case "and":
            try Compiler.expectBool(l, "each side of 'and'")
            try Compiler.expectBool(r, "each side of 'and'")
            return Compiled(.bool, e, children: [l, r]) { f in
                let x = a(f)
                if case .bool(false) = x { return .bool(false) }
                let y = b(f)
                if case .bool(false) = y { return .bool(false) }
                if case .bool(true) = x, case .bool(true) = y { return .bool(true) }
                return .null
            }
        case "or":
            try Compiler.expectBool(l, "each side of 'or'")
            try Compiler.expectBool(r, "each side of 'or'")
            return Compiled(.bool, e, children: [l, r]) { f in
                let x = a(f)
                if case .bool(true) = x { return .bool(true) }
                let y = b(f)
                if case .bool(true) = y { return .bool(true) }
                if case .bool(false) = x, case .bool(false) = y { return .bool(false) }
                return .null
            }
        case "==", "!=":
            try checkComparable(l, r, e, ordering: false)
            let negate = op == "!="
            return Compiled(.bool, e, children: [l, r]) { f in .bool(ValueOps.equal(a(f), b(f)) != negate) }
        case "<", "<=", ">", ">=":
            try checkComparable(l, r, e, ordering: true)
            let test: @Sendable (Int) -> Bool
            switch op {
            case "<": test = { $0 < 0 }
            case "<=": test = { $0 <= 0 }
            case ">": test = { $0 > 0 }
            default: test = { $0 >= 0 }
            }
            return Compiled(.bool, e, children: [l, r]) { f in
                guard let c = ValueOps.compare(a(f), b(f)) else { return .null }
                return .bool(test(c))
            }
        case "in", "not in":
            let negate = op == "not in"
            return try membership(l, r, negate, e)
        case "matches":
            guard l.type.fits(.string) else {
                throw CompileError(le, "'matches' tests text, but '\(le.text)' is \(l.type)")
            }
            guard case .string(let pattern) = re.kind else {
                throw CompileError(re, "the pattern after 'matches' must be written in quotes in the rule",
                                   hint: "e.g. line.tag matches \"^1A[0-9A-F]{22}$\"")
            }
            let matcher: PatternMatcher
            do { matcher = try PatternMatcher(pattern) } catch {
                throw CompileError(re, "the pattern is not a valid regular expression: \(error)")
            }
            return Compiled(.bool, e, children: [l]) { f in
                guard case .string(let s) = a(f) else { return .null }
                return .bool(matcher.matches(s))
            }
        case "+", "-", "*", "/":
            let t = try arithmeticType(op, l, r, e)
            let fn: @Sendable (Value, Value) -> Value
            switch op {
            case "+": fn = ValueOps.add
            case "-": fn = ValueOps.subtract
            case "*": fn = ValueOps.multiply
            default: fn = ValueOps.divide
            }
            return Compiled(t, e, children: [l, r]) { f in fn(a(f), b(f)) }
        default:
            throw CompileError(e, "unknown operator '\(op)'")
        }
    }

    static func checkComparable(_ l: Compiled, _ r: Compiled, _ e: Expr, ordering: Bool) throws {
        let (lt, rt) = (l.type, r.type)
        if lt == .any || rt == .any { return }
        if !ordering, lt == .null || rt == .null { return }
        if ordering, lt == .null || rt == .null {
            throw CompileError(e, "null cannot be ordered", hint: "test for a missing value with == null")
        }
        if lt == rt {
            if ordering, !([.number, .string, .day, .dateTime, .span, .quantity] as [ValueType]).contains(lt) {
                throw CompileError(e, "\(lt) values cannot be ordered with < or >")
            }
            return
        }
        if ValueType.join(lt, rt) != .any, !ordering { return }   // e.g. list of texts vs list of null
        var hint: String?
        switch (lt, rt) {
        case (.quantity, .number), (.number, .quantity):
            hint = "a quantity has a unit: compare with a quantity such as 10 g, or use .value"
        case (.day, .dateTime), (.dateTime, .day):
            hint = "take the date of a date-time with .date"
        case (.string, .number), (.number, .string):
            hint = "write numbers without quotes, and text in quotes"
        case (.string, .quantity), (.quantity, .string):
            hint = "write a quantity as a number and a unit, e.g. 10 g (not in quotes)"
        case (.string, .day), (.day, .string):
            hint = "write dates without quotes: 2026-01-01"
        case (.string, .bool), (.bool, .string):
            hint = "write true or false without quotes"
        default: break
        }
        throw CompileError(e, "cannot compare '\(l.expr.text)' (\(lt)) with '\(r.expr.text)' (\(rt))", hint: hint)
    }

    static func membership(_ l: Compiled, _ r: Compiled, _ negate: Bool, _ e: Expr) throws -> Compiled {
        let (a, b) = (l.eval, r.eval)
        switch r.type {
        case .list(let elem):
            if !(l.type.fits(elem) || elem.fits(l.type)) {
                throw CompileError(e, "'\(l.expr.text)' is \(l.type) but the list holds \(elem.pluralName)")
            }
            // a constant list of plain values: test with a set
            if r.children.isEmpty || r.children.allSatisfy({ $0.children.isEmpty && !$0.usesLambda }),
               case .list(let items)? = try? constantValue(r), items.allSatisfy(isHashablePlain) {
                let set = Set(items)
                return Compiled(.bool, e, children: [l, r]) { f in
                    let v = a(f)
                    if case .null = v { return .bool(negate) }
                    return .bool(set.contains(v) != negate)
                }
            }
            return Compiled(.bool, e, children: [l, r]) { f in
                let v = a(f)
                guard case .list(let items) = b(f) else { return .null }
                return .bool(items.contains { ValueOps.equal($0, v) } != negate)
            }
        case .map, .object:
            guard l.type.fits(.string) else { throw CompileError(e, "a table's entries are named by text, but '\(l.expr.text)' is \(l.type)") }
            return Compiled(.bool, e, children: [l, r]) { f in
                guard case .map(let m) = b(f) else { return .null }
                guard case .string(let k) = a(f) else { return .bool(negate) }
                return .bool((m[k] != nil) != negate)
            }
        case .string:
            guard l.type.fits(.string) else { throw CompileError(e, "'in' with text on the right looks for text, but '\(l.expr.text)' is \(l.type)") }
            return Compiled(.bool, e, children: [l, r]) { f in
                guard case .string(let s) = b(f), case .string(let k) = a(f) else { return .null }
                return .bool(s.contains(k) != negate)
            }
        case .any, .null:
            return Compiled(.bool, e, children: [l, r]) { f in
                let v = a(f)
                switch b(f) {
                case .list(let items): return .bool(items.contains { ValueOps.equal($0, v) } != negate)
                case .map(let m): if case .string(let k) = v { return .bool((m[k] != nil) != negate) }; return .bool(negate)
                default: return .null
                }
            }
        default:
            throw CompileError(r.expr, "'in' needs a list or a table on its right, but '\(r.expr.text)' is \(r.type)")
        }
    }

    static func isHashablePlain(_ v: Value) -> Bool {
        switch v {
        case .string, .bool, .day: return true
        default: return false   // numbers and quantities compare by value across representations
        }
    }

    /// The value of an expression without subject (literals and facts), or nil.
    static func constantValue(_ c: Compiled) throws -> Value? {
        if c.usesLambda { return nil }
        if let f = c.fact { return f.isConstant ? f.evaluate(on: Day(daysSinceEpoch: 0)) : nil }
        switch c.expr.kind {
        case .string(let s): return .string(s)
        case .bool(let b): return .bool(b)
        case .list: return .list(try c.children.map { guard let v = try constantValue($0) else { throw ConstantError() }; return v })
        case .date: return nil
        default: return nil
        }
    }
    struct ConstantError: Error {}

    static func arithmeticType(_ op: String, _ l: Compiled, _ r: Compiled, _ e: Expr) throws -> ValueType {
        let (lt, rt) = (l.type, r.type)
        if lt == .any || rt == .any { return .any }
        if lt == .null || rt == .null { return lt == .null ? rt : lt }
        switch (op, lt, rt) {
        case (_, .number, .number): return .number
        case ("+", .quantity, .quantity), ("-", .quantity, .quantity): return .quantity
        case ("/", .quantity, .quantity): return .number
        case ("*", .quantity, .number), ("*", .number, .quantity), ("/", .quantity, .number): return .quantity
        case ("+", .day, .span), ("+", .span, .day), ("-", .day, .span): return .day
        case ("-", .day, .day): return .span
        case ("+", .dateTime, .span), ("+", .span, .dateTime), ("-", .dateTime, .span): return .dateTime
        case ("-", .dateTime, .dateTime): return .span
        case ("+", .span, .span), ("-", .span, .span): return .span
        case ("*", .span, .number), ("*", .number, .span), ("/", .span, .number): return .span
        case ("/", .span, .span): return .number
        case ("+", .string, .string): return .string
        default:
            var hint: String?
            if (lt == .quantity && rt == .number) || (lt == .number && rt == .quantity) {
                hint = "give the number a unit, e.g. 0.5 g"
            }
            if (lt == .day && rt == .number) || (lt == .number && rt == .day) {
                hint = "add a duration such as 3 days"
            }
            throw CompileError(e, "cannot compute \(lt) \(op) \(rt) ('\(e.text)')", hint: hint)
        }
    }
}

extension ValueOps {
    static func zero(like v: Value) -> Value {
        switch v {
        case .quantity(let q): return .quantity(Quantity(0, q.unit))
        case .span: return .span(TimeSpan(microseconds: 0))
        default: return .number(0)
        }
    }
}
