import Foundation
import S2SModel

/// Type-checks an expression against the model and turns it into closures, once, when the pack loads.
enum Compiler {
    static func compile(_ e: Expr, _ env: CompileEnv) throws -> Compiled {
        switch e.kind {
        case .number(let text):
            guard let d = DecimalLiteral.parse(text) else { throw CompileError(e, "'\(text)' is not a number") }
            return constant(.number(d), .number, e)
        case .quantity(let text, let unit):
            guard let d = DecimalLiteral.parse(text) else { throw CompileError(e, "'\(text)' is not a number") }
            return constant(.quantity(Quantity(d, MeasureUnit(parsing: unit))), .quantity, e)
        case .span(let text, let unit):
            guard let d = DecimalLiteral.parse(text) else { throw CompileError(e, "'\(text)' is not a number") }
            let seconds: Decimal
            switch unit {
            case "s", "sec", "second", "seconds": seconds = d
            case "min", "minute", "minutes": seconds = d * 60
            case "h", "hour", "hours": seconds = d * 3600
            case "d", "day", "days": seconds = d * 86_400
            default: seconds = d * 604_800
            }
            let micros = Int64(truncating: (seconds * 1_000_000) as NSDecimalNumber)
            return constant(.span(TimeSpan(microseconds: micros)), .span, e)
        case .string(let s): return constant(.string(s), .string, e)
        case .bool(let b): return constant(.bool(b), .bool, e)
        case .null: return constant(.null, .null, e)
        case .date(let text):
            guard case .day(let d)? = ParsedTimestamp.parse(text.utf8) else {
                throw CompileError(e, "\(text) is not a real date", hint: "write dates as YYYY-MM-DD")
            }
            return constant(.day(d), .day, e)
        case .dateTime(let text):
            guard let p = ParsedTimestamp.parse(text.utf8) else {
                throw CompileError(e, "\(text) is not a date-time", hint: "write e.g. 2026-01-01T09:00:00-08:00")
            }
            guard case .zoned(let l, let o) = p else {
                throw CompileError(e, "the date-time \(text) has no zone", hint: "add Z or an offset such as -08:00")
            }
            return constant(.dateTime(DateTime(local: l, offsetMinutes: o, zoneWasWritten: true)), .dateTime, e)
        case .name(let name): return try compileName(name, e, env)
        case .member(let base, let name, let nameStart): return try compileMember(base, name, nameStart, e, env)
        case .index(let base, let idx): return try compileIndex(base, idx, e, env)
        case .call(let name, let args, let nameEnd): return try compileCall(name, args, nameEnd, e, env)
        case .lambda:
            throw CompileError(e, "a function 'x => …' can only be given to any, all, none, count, filter, map, sum, min, max or first")
        case .list(let items):
            let compiled = try items.map { try compile($0, env) }
            var type: ValueType = .null
            for c in compiled {
                let j = ValueType.join(type, c.type)
                if j == .any, type != .null, c.type != .any {
                    throw CompileError(c.expr, "a list mixes \(type) and \(c.type)")
                }
                type = j
            }
            let evals = compiled.map(\.eval)
            return Compiled(.list(type), e, children: compiled) { f in .list(evals.map { $0(f) }) }
        case .unary(let op, let inner): return try Operators.unary(op, inner, e, env)
        case .binary(let op, let l, let r): return try Operators.binary(op, l, r, e, env)
        case .conditional(let c, let a, let b):
            let cc = try compile(c, env)
            try expectBool(cc, "the condition of 'if'")
            let ca = try compile(a, env), cb = try compile(b, env)
            let t = ValueType.join(ca.type, cb.type)
            if t == .any, ca.type != .any, cb.type != .any {
                throw CompileError(e, "the 'then' part is \(ca.type) but the 'else' part is \(cb.type)")
            }
            let (ec, ea, eb) = (cc.eval, ca.eval, cb.eval)
            return Compiled(t, e, children: [cc, ca, cb]) { f in
                switch ec(f) {
                case .bool(true): return ea(f)
                case .bool(false): return eb(f)
                default: return .null
                }
            }
        }
    }

    static func constant(_ v: Value, _ t: ValueType, _ e: Expr) -> Compiled {
        Compiled(t, e) { _ in v }
    }

    static func expectBool(_ c: Compiled, _ what: String) throws {
        guard c.type.fits(.bool) else {
            throw CompileError(c.expr, "\(what) must be true or false, but '\(c.expr.text)' is \(c.type)")
        }
    }

    // MARK: names

    static func compileName(_ name: String, _ e: Expr, _ env: CompileEnv) throws -> Compiled {
        if let l = env.lambdas.last(where: { $0.name == name }) {
            let slot = l.slot
            return Compiled(l.type, e, usesLambda: true) { f in f.slots[slot] }
        }
        if let i = env.scope.roots.firstIndex(where: { $0.name == name }) {
            let kind = env.scope.roots[i].kind
            return Compiled(.record(kind), e, isEvidence: false, readsData: true) { f in f.slots[i] }
        }
        if let n = env.named[name] {
            if !n.params.isEmpty {
                throw CompileError(e, "'\(name)' is a function of \(n.params.joined(separator: ", ")); call it as \(name)(…)")
            }
            let c = try compileNamed(n, env)
            guard let slot = n.slot else { return c }
            let inner = c.eval
            var ref = Compiled(c.type, e, children: [], isEvidence: true, readsData: !c.isStatic) { f in
                if f.cachedAt[slot] == f.generation { return f.slots[slot] }
                let v = inner(f)
                f.slots[slot] = v
                f.cachedAt[slot] = f.generation
                return v
            }
            // a pack's own names (not a scope's predefined ones) are shown with their definition
            if n.origin != nil { ref.expansion = [c] }
            return ref
        }
        if name == "facts" {
            guard let facts = env.facts else {
                throw CompileError(e, "this pack has no jurisdiction facts", hint: "add 'jurisdiction: US-XX' to the pack")
            }
            return factsCompiled(facts, e)
        }
        if name == "as_of" {
            return Compiled(.day, e, isEvidence: true) { f in .day(f.date) }
        }
        var hint = Suggest.hint(name, in: env.visibleNames)
        if let other = ScopeDef.all.first(where: { s in s.roots.contains { $0.name == name } }) {
            hint = "'\(name)' exists in rules with 'scope: \(other.name)'; this rule's scope is \(env.scope.name)"
        }
        if Builtins.table[name] != nil { hint = "\(name) is a function: write \(name)(…)" }
        throw CompileError(e, "unknown name '\(name)'", hint: hint)
    }

    /// Compiles a named expression once per environment (it then reads a per-subject cache slot).
    static func compileNamed(_ n: NamedExpr, _ env: CompileEnv) throws -> Compiled {
        if let c = n.compiled { return c }
        if n.compiling {
            throw CompileError(offset: 0, length: 0, "'\(n.name)' is defined in terms of itself")
        }
        n.compiling = true
        defer { n.compiling = false }
        do {
            let parsed: Expr
            if let p = n.parsed { parsed = p } else {
                do { parsed = try Parser.parse(n.source) } catch let pe as ExpressionError {
                    throw CompileError(offset: pe.offset, length: pe.length, pe.message, hint: pe.hint)
                }
                n.parsed = parsed
            }
            // named values cannot see the lambda parameters of the place that uses them
            let saved = env.lambdas
            env.lambdas = []
            defer { env.lambdas = saved }
            let c = try compile(parsed, env)
            n.slot = env.allocateSlot()
            n.compiled = c
            return c
        } catch let ce as CompileError {
            throw LocatedCompileError(error: ce, origin: n.origin, note: "in the definition of '\(n.name)'")
        }
    }

    static func factsCompiled(_ node: FactNode, _ e: Expr, fact: Bool = true) -> Compiled {
        if node.isConstant {
            let v = node.evaluate(on: Day(daysSinceEpoch: 0))
            return Compiled(node.type, e, isEvidence: true) { _ in v }.withFact(node)
        }
        return Compiled(node.type, e, isEvidence: true) { f in node.evaluate(on: f.date) }.withFact(node)
    }

    // MARK: members

    static func compileMember(_ baseExpr: Expr, _ name: String, _ nameStart: Int, _ e: Expr, _ env: CompileEnv) throws -> Compiled {
        let base = try compile(baseExpr, env)
        let nameErr = { (msg: String, hint: String?) in
            CompileError(offset: nameStart, length: name.utf8.count, msg, hint: hint)
        }
        let b = base.eval
        switch base.type {
        case .record(let kind):
            guard let field = env.schema.field(kind, name) else {
                let names = env.schema.order[kind] ?? []
                throw nameErr("\(kind.displayName) has no field '\(name)'",
                              Suggest.hint(name, in: names) ?? "its fields are: \(names.joined(separator: ", "))")
            }
            env.needs.formUnion(field.needs)
            let get = field.get
            return Compiled(field.type, e, children: [base], isEvidence: true, readsData: true) { f in
                guard case .record(let r) = b(f) else { return .null }
                return get(r, f.ctx)
            }
        case .object(let members):
            if let node = base.fact, let child = node.member(name) {
                return factsCompiled(child, e)
            }
            guard let t = members[name] else {
                let names = base.fact?.memberNames ?? members.keys.sorted()
                throw nameErr("the facts have no entry '\(name)'" + (baseExpr.text == "facts" ? "" : " under \(baseExpr.text)"),
                              Suggest.hint(name, in: names) ?? "entries: \(names.joined(separator: ", "))")
            }
            return Compiled(t, e, children: [base], isEvidence: true) { f in
                guard case .map(let m) = b(f) else { return .null }
                return m[name] ?? .null
            }
        case .map(let t):
            return Compiled(t, e, children: [base], isEvidence: true) { f in
                guard case .map(let m) = b(f) else { return .null }
                return m[name] ?? .null
            }
        case .dateTime:
            let props: [String: (ValueType, @Sendable (DateTime) -> Value)] = [
                "date": (.day, { .day($0.localDay) }),
                "utc_date": (.day, { .day(LocalDateTime(microsecondsAsIfUTC: $0.utcMicroseconds).day) }),
                "hour": (.number, { .number(Decimal(Int($0.local.timeOfDay / 3_600_000_000))) }),
                "minute": (.number, { .number(Decimal(Int($0.local.timeOfDay / 60_000_000 % 60))) }),
            ]
            guard let (t, get) = props[name] else {
                let dayParts = ["year", "month", "day", "weekday"]
                throw nameErr("a date-time has no part '\(name)'",
                              dayParts.contains(name) ? "take its date first: \(baseExpr.text).date.\(name)"
                                  : Suggest.hint(name, in: props.keys.sorted()) ?? "use .date, .utc_date, .hour or .minute")
            }
            return Compiled(t, e, children: [base], isEvidence: true) { f in
                guard case .dateTime(let d) = b(f) else { return .null }
                return get(d)
            }
        case .day:
            let props: [String: @Sendable (Day) -> Value] = [
                "year": { .number(Decimal($0.components.year)) },
                "month": { .number(Decimal($0.components.month)) },
                "day": { .number(Decimal($0.components.day)) },
                "weekday": { .number(Decimal($0.weekday + 1)) },
            ]
            guard let get = props[name] else {
                throw nameErr("a date has no part '\(name)'", "use .year, .month, .day or .weekday (1 = Monday)")
            }
            return Compiled(.number, e, children: [base], isEvidence: true) { f in
                guard case .day(let d) = b(f) else { return .null }
                return get(d)
            }
        case .quantity:
            switch name {
            case "value":
                return Compiled(.number, e, children: [base], isEvidence: true) { f in
                    guard case .quantity(let q) = b(f) else { return .null }
                    return .number(q.value)
                }
            case "unit":
                return Compiled(.string, e, children: [base], isEvidence: true) { f in
                    guard case .quantity(let q) = b(f) else { return .null }
                    return .string(q.unit.symbol)
                }
            default: throw nameErr("a quantity has no part '\(name)'", "use .value or .unit")
            }
        case .span:
            let divisors: [String: Int64] = ["seconds": 1_000_000, "minutes": 60_000_000, "hours": 3_600_000_000,
                                             "days": 86_400_000_000]
            guard let div = divisors[name] else { throw nameErr("a duration has no part '\(name)'", "use .hours, .minutes, .days or .seconds") }
            return Compiled(.number, e, children: [base], isEvidence: true) { f in
                guard case .span(let s) = b(f) else { return .null }
                return .number(Decimal(s.microseconds) / Decimal(div))
            }
        default:
            throw CompileError(baseExpr, "'\(baseExpr.text)' is \(base.type), which has no fields",
                               hint: base.type == .string ? "text values have no fields; compare them with == or use functions such as lower(…)" : nil)
        }
    }

    static func compileIndex(_ baseExpr: Expr, _ idxExpr: Expr, _ e: Expr, _ env: CompileEnv) throws -> Compiled {
        let base = try compile(baseExpr, env)
        let idx = try compile(idxExpr, env)
        let (b, i) = (base.eval, idx.eval)
        switch base.type {
        case .list(let elem):
            guard idx.type.fits(.number) else { throw CompileError(idxExpr, "a list position must be a number") }
            return Compiled(elem, e, children: [base, idx], isEvidence: true) { f in
                guard case .list(let l) = b(f), case .number(let n) = i(f) else { return .null }
                let k = NSDecimalNumber(decimal: n).intValue
                return k >= 0 && k < l.count ? l[k] : .null
            }
        case .map(let t):
            guard idx.type.fits(.string) else { throw CompileError(idxExpr, "a table is looked up by text, but this is \(idx.type)") }
            return Compiled(t, e, children: [base, idx], isEvidence: true) { f in
                guard case .map(let m) = b(f), case .string(let k) = i(f) else { return .null }
                return m[k] ?? .null
            }
        case .object(let members):
            guard idx.type.fits(.string) else { throw CompileError(idxExpr, "facts are looked up by text, but this is \(idx.type)") }
            let t = members.values.reduce(ValueType.null, ValueType.join)
            return Compiled(t, e, children: [base, idx], isEvidence: true) { f in
                guard case .map(let m) = b(f), case .string(let k) = i(f) else { return .null }
                return m[k] ?? .null
            }
        default:
            throw CompileError(baseExpr, "'\(baseExpr.text)' is \(base.type); only lists and tables can be indexed with [ ]")
        }
    }

    // MARK: calls

    static func compileCall(_ name: String, _ args: [Expr], _ nameEnd: Int, _ e: Expr, _ env: CompileEnv) throws -> Compiled {
        if let fn = env.named[name], !fn.params.isEmpty {
            return try UserFunctions.call(fn, args, e, env)
        }
        // a value is never called: a scope's value named like a built-in (`package` in a line rule)
        // does not hide the built-in function `package(tag)`
        if let n = env.named[name], n.params.isEmpty, Builtins.table[name] == nil {
            throw CompileError(offset: e.start, length: nameEnd - e.start, "'\(name)' is a value, not a function")
        }
        guard let b = Builtins.table[name] else {
            let candidates = Array(Builtins.table.keys) + env.named.filter { !$0.value.params.isEmpty }.map(\.key)
            throw CompileError(offset: e.start, length: nameEnd - e.start, "unknown function '\(name)'",
                               hint: Suggest.hint(name, in: candidates) ?? "run 's2slint schema' to list the functions")
        }
        return try b.compile(args, e, env)
    }
}

extension Compiled {
    func withFact(_ node: FactNode) -> Compiled {
        var copy = self
        copy.fact = node
        return copy
    }
}

/// Number literals of the rule language, parsed exactly.
enum DecimalLiteral {
    static func parse(_ text: String) -> Decimal? {
        Decimal(string: text, locale: Locale(identifier: "en_US_POSIX"))
    }
}
