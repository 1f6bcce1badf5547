import Foundation
import S2SModel

/// A built-in function of the rule language.
struct Builtin: Sendable {
    let name: String
    /// How it is called, for `s2slint schema` and error messages.
    let signature: String
    let doc: String
    let compile: @Sendable ([Expr], Expr, CompileEnv) throws -> Compiled
}

/// The built-in functions. Lookups are served by the run's indexes; nothing here decides compliance.
enum Builtins {
    static let table: [String: Builtin] = Dictionary(uniqueKeysWithValues: all.map { ($0.name, $0) })

    static let all: [Builtin] = collections + text + numbers + dates + lookups + misc + COABuiltins.all + OperationsBuiltins.all + RetailBuiltins.all

    // MARK: helpers

    static func arity(_ args: [Expr], _ e: Expr, _ name: String, _ range: ClosedRange<Int>, _ signature: String) throws {
        guard range.contains(args.count) else {
            let want = range.lowerBound == range.upperBound ? "\(range.lowerBound)" : "\(range.lowerBound) to \(range.upperBound)"
            throw CompileError(e, "\(name) takes \(want) argument\(range.upperBound == 1 ? "" : "s"), not \(args.count)",
                               hint: "use it as \(signature)")
        }
    }

    static func arg(_ x: Expr, _ env: CompileEnv, _ want: ValueType, _ fn: String, _ what: String) throws -> Compiled {
        if case .lambda = x.kind {
            throw CompileError(x, "\(fn) does not take a function as its \(what)")
        }
        let c = try Compiler.compile(x, env)
        guard c.type.fits(want) else {
            throw CompileError(x, "\(fn) needs \(want) as its \(what), but '\(x.text)' is \(c.type)")
        }
        return c
    }

    static func listArg(_ x: Expr, _ env: CompileEnv, _ fn: String) throws -> (Compiled, ValueType) {
        let c = try Compiler.compile(x, env)
        guard let elem = c.type.elementType ?? (c.type == .null ? .null : nil) else {
            throw CompileError(x, "\(fn) needs a list, but '\(x.text)' is \(c.type)")
        }
        return (c, elem)
    }

    /// Compiles `x => body` with `x` bound to each element; returns the body and the parameter slot.
    static func lambda(_ x: Expr, _ env: CompileEnv, _ elem: ValueType, _ fn: String) throws -> (Compiled, Int) {
        guard case .lambda(let names, let body) = x.kind else {
            throw CompileError(x, "\(fn) needs a function here, written like  p => p.on_hold == false")
        }
        guard names.count == 1 else {
            throw CompileError(x, "the function given to \(fn) takes one parameter, not \(names.count)")
        }
        if env.scope.roots.contains(where: { $0.name == names[0] }) || env.named[names[0]] != nil {
            throw CompileError(x, "the parameter name '\(names[0])' hides a name of this scope", hint: "choose another name, e.g. 'p' or 'q'")
        }
        let slot = env.allocateSlot()
        env.lambdas.append((names[0], elem, slot))
        defer { env.lambdas.removeLast() }
        let b = try Compiler.compile(body, env)
        return (b, slot)
    }

    static func predicate(_ x: Expr, _ env: CompileEnv, _ elem: ValueType, _ fn: String) throws -> (Compiled, Int) {
        let (b, slot) = try lambda(x, env, elem, fn)
        try Compiler.expectBool(b, "the condition given to \(fn)")
        return (b, slot)
    }

    static func simple(_ name: String, _ signature: String, _ doc: String, _ params: [ValueType], _ result: ValueType,
                       optional: Int = 0, needs: Set<DataIndex.Kind> = [], evidence: Bool = true,
                       _ body: @escaping @Sendable ([Value], EvalContext) -> Value) -> Builtin {
        Builtin(name: name, signature: signature, doc: doc) { args, e, env in
            try arity(args, e, name, (params.count - optional)...params.count, signature)
            let compiled = try args.enumerated().map { i, a in try arg(a, env, params[i], name, "argument \(i + 1)") }
            env.needs.formUnion(needs)
            let evals = compiled.map(\.eval)
            return Compiled(result, e, children: compiled, isEvidence: evidence, readsData: !needs.isEmpty) { f in
                body(evals.map { $0(f) }, f.ctx)
            }
        }
    }

    // MARK: collections

    static let collections: [Builtin] = [
        Builtin(name: "count", signature: "count(list) or count(list, x => condition)",
                doc: "how many elements (that meet the condition)") { args, e, env in
            try arity(args, e, "count", 1...2, "count(list) or count(list, x => condition)")
            let (list, elem) = try listArg(args[0], env, "count")
            let l = list.eval
            if args.count == 1 {
                return Compiled(.number, e, children: [list], isEvidence: true) { f in
                    guard case .list(let items) = l(f) else { return .null }
                    return .number(Decimal(items.count))
                }
            }
            let (body, slot) = try predicate(args[1], env, elem, "count")
            let p = body.eval
            return Compiled(.number, e, children: [list, body], isEvidence: true) { f in
                guard case .list(let items) = l(f) else { return .null }
                var n = 0
                for it in items {
                    f.slots[slot] = it
                    if case .bool(true) = p(f) { n += 1 }
                }
                return .number(Decimal(n))
            }.binding(args[1], slot)
        },
        quantifier("any", "true when at least one element meets the condition (unknown elements make it unknown)") { results in
            if results.contains(.bool(true)) { return .bool(true) }
            return results.contains(.null) ? .null : .bool(false)
        },
        quantifier("all", "true when every element meets the condition (true for an empty list)") { results in
            if results.contains(.bool(false)) { return .bool(false) }
            return results.contains(.null) ? .null : .bool(true)
        },
        quantifier("none", "true when no element meets the condition (true for an empty list)") { results in
            if results.contains(.bool(true)) { return .bool(false) }
            return results.contains(.null) ? .null : .bool(true)
        },
        Builtin(name: "filter", signature: "filter(list, x => condition)", doc: "the elements that meet the condition") { args, e, env in
            try arity(args, e, "filter", 2...2, "filter(list, x => condition)")
            let (list, elem) = try listArg(args[0], env, "filter")
            let (body, slot) = try predicate(args[1], env, elem, "filter")
            let (l, p) = (list.eval, body.eval)
            return Compiled(.list(elem), e, children: [list, body], isEvidence: true) { f in
                guard case .list(let items) = l(f) else { return .null }
                var out: [Value] = []
                for it in items {
                    f.slots[slot] = it
                    if case .bool(true) = p(f) { out.append(it) }
                }
                return .list(out)
            }.binding(args[1], slot)
        },
        Builtin(name: "map", signature: "map(list, x => expression)", doc: "each element transformed") { args, e, env in
            try arity(args, e, "map", 2...2, "map(list, x => expression)")
            let (list, elem) = try listArg(args[0], env, "map")
            let (body, slot) = try lambda(args[1], env, elem, "map")
            let (l, m) = (list.eval, body.eval)
            return Compiled(.list(body.type), e, children: [list, body], isEvidence: true) { f in
                guard case .list(let items) = l(f) else { return .null }
                return .list(items.map { f.slots[slot] = $0; return m(f) })
            }.binding(args[1], slot)
        },
        aggregate("sum", "the total of the numbers, quantities or durations (of x => expression)") { values in
            guard var acc = values.first else { return .number(0) }
            for v in values.dropFirst() { acc = ValueOps.add(acc, v) }
            return acc
        },
        aggregate("min", "the smallest value") { values in
            values.dropFirst().reduce(values.first ?? .null) { a, b in (ValueOps.compare(b, a) ?? 0) < 0 ? b : a }
        },
        aggregate("max", "the largest value") { values in
            values.dropFirst().reduce(values.first ?? .null) { a, b in (ValueOps.compare(b, a) ?? 0) > 0 ? b : a }
        },
        Builtin(name: "first", signature: "first(list) or first(list, x => condition)",
                doc: "the first element (that meets the condition), or null") { args, e, env in
            try arity(args, e, "first", 1...2, "first(list) or first(list, x => condition)")
            let (list, elem) = try listArg(args[0], env, "first")
            let l = list.eval
            if args.count == 1 {
                return Compiled(elem, e, children: [list], isEvidence: true) { f in
                    guard case .list(let items) = l(f) else { return .null }
                    return items.first ?? .null
                }
            }
            let (body, slot) = try predicate(args[1], env, elem, "first")
            let p = body.eval
            return Compiled(elem, e, children: [list, body], isEvidence: true) { f in
                guard case .list(let items) = l(f) else { return .null }
                for it in items {
                    f.slots[slot] = it
                    if case .bool(true) = p(f) { return it }
                }
                return .null
            }.binding(args[1], slot)
        },
        Builtin(name: "distinct", signature: "distinct(list)", doc: "the list without repeated values") { args, e, env in
            try arity(args, e, "distinct", 1...1, "distinct(list)")
            let (list, elem) = try listArg(args[0], env, "distinct")
            let l = list.eval
            return Compiled(.list(elem), e, children: [list], isEvidence: true) { f in
                guard case .list(let items) = l(f) else { return .null }
                var out: [Value] = []
                for it in items where !out.contains(where: { ValueOps.equal($0, it) }) { out.append(it) }
                return .list(out)
            }
        },
    ]

    static func quantifier(_ name: String, _ doc: String, _ combine: @escaping @Sendable ([Value]) -> Value) -> Builtin {
        let sig = "\(name)(list, x => condition)"
        return Builtin(name: name, signature: sig, doc: doc) { args, e, env in
            try arity(args, e, name, 2...2, sig)
            let (list, elem) = try listArg(args[0], env, name)
            let (body, slot) = try predicate(args[1], env, elem, name)
            let (l, p) = (list.eval, body.eval)
            let shortCircuit: Value? = name == "any" ? .bool(true) : (name == "all" ? .bool(false) : .bool(true))
            return Compiled(.bool, e, children: [list, body], isEvidence: true) { f in
                guard case .list(let items) = l(f) else { return .null }
                var results: [Value] = []
                results.reserveCapacity(items.count)
                for it in items {
                    f.slots[slot] = it
                    let r = p(f)
                    if let s = shortCircuit, r == s { return combine([r]) }
                    results.append(r)
                }
                return combine(results)
            }.binding(args[1], slot)
        }
    }

    static func aggregate(_ name: String, _ doc: String, _ reduce: @escaping @Sendable ([Value]) -> Value) -> Builtin {
        let sig = "\(name)(list) or \(name)(list, x => expression)"
        return Builtin(name: name, signature: sig, doc: doc) { args, e, env in
            try arity(args, e, name, 1...2, sig)
            let (list, elem) = try listArg(args[0], env, name)
            let l = list.eval
            var body: Compiled?
            var slot = 0
            var t = elem
            if args.count == 2 {
                let (b, s) = try lambda(args[1], env, elem, name)
                body = b
                slot = s
                t = b.type
            }
            let allowed: [ValueType] = name == "sum" ? [.number, .quantity, .span, .any, .null]
                : [.number, .quantity, .span, .day, .dateTime, .string, .any, .null]
            guard allowed.contains(t) else {
                throw CompileError(args[args.count - 1], "\(name) needs numbers, quantities or durations, but the values are \(t)")
            }
            let m = body?.eval
            let slotIndex = slot
            let c = Compiled(t == .null ? .number : t, e, children: [list] + (body.map { [$0] } ?? []), isEvidence: true) { f in
                guard case .list(let items) = l(f) else { return .null }
                var values: [Value] = []
                values.reserveCapacity(items.count)
                for it in items {
                    var v = it
                    if let m { f.slots[slotIndex] = it; v = m(f) }
                    if case .null = v { return .null }   // an unknown part makes the total unknown
                    values.append(v)
                }
                return reduce(values)
            }
            return body == nil ? c : c.binding(args[1], slotIndex)
        }
    }

    // MARK: text

    static let text: [Builtin] = [
        Builtin(name: "present", signature: "present(x)",
                doc: "true when x has a value: not null, text with a non-space character, a non-empty list") { args, e, env in
            try arity(args, e, "present", 1...1, "present(x)")
            let c = try Compiler.compile(args[0], env)
            let v = c.eval
            return Compiled(.bool, e, children: [c], isEvidence: true) { f in .bool(isPresent(v(f))) }
        },
        Builtin(name: "blank", signature: "blank(x)",
                doc: "true when x is null, empty, or only spaces (the opposite of present)") { args, e, env in
            try arity(args, e, "blank", 1...1, "blank(x)")
            let c = try Compiler.compile(args[0], env)
            let v = c.eval
            return Compiled(.bool, e, children: [c], isEvidence: true) { f in .bool(!isPresent(v(f))) }
        },
        simple("trim", "trim(text)", "the text without leading and trailing spaces", [.string], .string) { a, _ in
            guard case .string(let s) = a[0] else { return .null }
            return .string(s.trimmingSpaces())
        },
        simple("normalize_space", "normalize_space(text)",
               "the text with spaces trimmed and every run of spaces, tabs and line breaks made one space",
               [.string], .string) { a, _ in
            guard case .string(let s) = a[0] else { return .null }
            return .string(s.split(whereSeparator: { $0.isWhitespace }).joined(separator: " "))
        },
        simple("lower", "lower(text)", "the text in lower case", [.string], .string) { a, _ in
            guard case .string(let s) = a[0] else { return .null }
            return .string(s.lowercased())
        },
        simple("upper", "upper(text)", "the text in upper case", [.string], .string) { a, _ in
            guard case .string(let s) = a[0] else { return .null }
            return .string(s.uppercased())
        },
        Builtin(name: "length", signature: "length(text or list)", doc: "the number of characters or elements") { args, e, env in
            try arity(args, e, "length", 1...1, "length(text or list)")
            let c = try Compiler.compile(args[0], env)
            guard c.type.fits(.string) || c.type.elementType != nil else {
                throw CompileError(args[0], "length needs text or a list, but '\(args[0].text)' is \(c.type)")
            }
            let v = c.eval
            return Compiled(.number, e, children: [c], isEvidence: true) { f in
                switch v(f) {
                case .string(let s): return .number(Decimal(s.count))
                case .list(let l): return .number(Decimal(l.count))
                default: return .null
                }
            }
        },
        simple("starts_with", "starts_with(text, prefix)", "true when the text begins with prefix", [.string, .string], .bool) { a, _ in
            guard case .string(let s) = a[0], case .string(let p) = a[1] else { return .null }
            return .bool(s.hasPrefix(p))
        },
        simple("ends_with", "ends_with(text, suffix)", "true when the text ends with suffix", [.string, .string], .bool) { a, _ in
            guard case .string(let s) = a[0], case .string(let p) = a[1] else { return .null }
            return .bool(s.hasSuffix(p))
        },
        Builtin(name: "contains", signature: "contains(text, part) or contains(list, value)",
                doc: "true when the text contains part, or the list contains value") { args, e, env in
            try arity(args, e, "contains", 2...2, "contains(text, part) or contains(list, value)")
            let a = try Compiler.compile(args[0], env)
            let b = try Compiler.compile(args[1], env)
            let (x, y) = (a.eval, b.eval)
            if a.type.fits(.string), b.type.fits(.string) {
                return Compiled(.bool, e, children: [a, b], isEvidence: true) { f in
                    guard case .string(let s) = x(f), case .string(let p) = y(f) else { return .null }
                    return .bool(s.contains(p))
                }
            }
            guard let elem = a.type.elementType, b.type.fits(elem) || elem.fits(b.type) else {
                throw CompileError(e, "contains needs text and text, or a list and a value of its kind ('\(args[0].text)' is \(a.type))")
            }
            return Compiled(.bool, e, children: [a, b], isEvidence: true) { f in
                guard case .list(let l) = x(f) else { return .null }
                let v = y(f)
                return .bool(l.contains { ValueOps.equal($0, v) })
            }
        },
        Builtin(name: "join", signature: "join(list, separator)",
                doc: "the elements written as text, separated (e.g. join(missing, \", \"))") { args, e, env in
            try arity(args, e, "join", 1...2, "join(list, separator)")
            let (list, _) = try listArg(args[0], env, "join")
            let sep = args.count > 1 ? try arg(args[1], env, .string, "join", "separator") : nil
            let (l, s) = (list.eval, sep?.eval)
            return Compiled(.string, e, children: [list] + (sep.map { [$0] } ?? []), isEvidence: true) { f in
                guard case .list(let items) = l(f) else { return .null }
                var separator = ", "
                if let s, case .string(let t) = s(f) { separator = t }
                return .string(items.map { ValueOps.describe($0, f.ctx) }.joined(separator: separator))
            }
        },
        Builtin(name: "text", signature: "text(x)", doc: "x written as text (dates ISO, quantities like 12.5 g)") { args, e, env in
            try arity(args, e, "text", 1...1, "text(x)")
            let c = try Compiler.compile(args[0], env)
            let v = c.eval
            return Compiled(.string, e, children: [c], isEvidence: true) { f in
                let x = v(f)
                if case .null = x { return .null }
                return .string(ValueOps.describe(x, f.ctx))
            }
        },
    ]

    static func isPresent(_ v: Value) -> Bool {
        switch v {
        case .null: return false
        case .string(let s): return s.contains { !$0.isWhitespace }
        case .list(let l): return !l.isEmpty
        default: return true
        }
    }

    // MARK: numbers and quantities

    static let numbers: [Builtin] = [
        Builtin(name: "abs", signature: "abs(x)", doc: "the absolute value of a number, quantity or duration") { args, e, env in
            try arity(args, e, "abs", 1...1, "abs(x)")
            let c = try Compiler.compile(args[0], env)
            guard [.number, .quantity, .span, .any, .null].contains(c.type) else {
                throw CompileError(args[0], "abs needs a number, quantity or duration, but '\(args[0].text)' is \(c.type)")
            }
            let v = c.eval
            return Compiled(c.type, e, children: [c], isEvidence: true) { f in
                switch v(f) {
                case .number(let d): return .number(d < 0 ? -d : d)
                case .quantity(let q): return .quantity(Quantity(q.value < 0 ? -q.value : q.value, q.unit))
                case .span(let s): return .span(TimeSpan(microseconds: abs(s.microseconds)))
                default: return .null
                }
            }
        },
        simple("round", "round(number, digits)", "the number rounded half away from zero to that many decimals",
               [.number, .number], .number, optional: 1) { a, _ in
            guard case .number(let d) = a[0] else { return .null }
            var digits = 0
            if a.count > 1, case .number(let n) = a[1] { digits = NSDecimalNumber(decimal: n).intValue }
            var x = d, r = Decimal()
            NSDecimalRound(&r, &x, digits, .plain)
            return .number(r)
        },
        simple("convert", "convert(quantity, \"unit\")", "the quantity in another unit of the same kind (mass, volume, count), or null",
               [.quantity, .string], .quantity) { a, _ in
            guard case .quantity(let q) = a[0], case .string(let u) = a[1] else { return .null }
            return Value(q.converted(to: MeasureUnit(parsing: u)))
        },
        simple("quantity", "quantity(number, \"unit\")", "a quantity from a number and a unit name",
               [.number, .string], .quantity) { a, _ in
            guard case .number(let n) = a[0], case .string(let u) = a[1] else { return .null }
            return .quantity(Quantity(n, MeasureUnit(parsing: u)))
        },
        simple("same_dimension", "same_dimension(q1, q2)",
               "true when two quantities can be compared (both mass, both volume or both counts)",
               [.quantity, .quantity], .bool) { a, _ in
            guard case .quantity(let x) = a[0], case .quantity(let y) = a[1] else { return .null }
            return .bool(x.unit.dimension == y.unit.dimension && x.unit.dimension != .unknown)
        },
    ]

    // MARK: dates

    static let dates: [Builtin] = [
        simple("date", "date(date-time)", "the local calendar day of a date-time (as written)", [.dateTime], .day) { a, _ in
            guard case .dateTime(let d) = a[0] else { return .null }
            return .day(d.localDay)
        },
        Builtin(name: "days_between", signature: "days_between(earlier, later)",
                doc: "whole days from one date (or date-time) to another; negative when later is before earlier") { args, e, env in
            try arity(args, e, "days_between", 2...2, "days_between(earlier, later)")
            let a = try Compiler.compile(args[0], env), b = try Compiler.compile(args[1], env)
            for (c, x) in [(a, args[0]), (b, args[1])] where !(c.type.fits(.day) || c.type.fits(.dateTime)) {
                throw CompileError(x, "days_between needs dates or date-times, but '\(x.text)' is \(c.type)")
            }
            let (x, y) = (a.eval, b.eval)
            return Compiled(.number, e, children: [a, b], isEvidence: true) { f in
                switch (x(f), y(f)) {
                case (.day(let p), .day(let q)): return .number(Decimal(Int(q.daysSinceEpoch - p.daysSinceEpoch)))
                case (.dateTime(let p), .dateTime(let q)): return .number(Decimal((q - p).microseconds / 86_400_000_000))
                default: return .null
                }
            }
        },
        simple("hours_between", "hours_between(earlier, later)", "hours (with fractions) between two date-times",
               [.dateTime, .dateTime], .number) { a, _ in
            guard case .dateTime(let p) = a[0], case .dateTime(let q) = a[1] else { return .null }
            return .number(Decimal((q - p).microseconds) / Decimal(3_600_000_000))
        },
        simple("business_days_between", "business_days_between(earlier, later)",
               "Monday-to-Friday days after the earlier date up to and including the later one", [.day, .day], .number) { a, _ in
            guard case .day(let p) = a[0], case .day(let q) = a[1] else { return .null }
            var n = 0
            var d = p
            let step = q >= p ? 1 : -1
            while d != q {
                d = d.adding(days: step)
                if d.weekday < 5 { n += step }
            }
            return .number(Decimal(n))
        },
        simple("add_days", "add_days(date, n)", "the date n days later (earlier when n is negative)", [.day, .number], .day) { a, _ in
            guard case .day(let d) = a[0], case .number(let n) = a[1] else { return .null }
            return .day(d.adding(days: NSDecimalNumber(decimal: n).intValue))
        },
    ]

    // MARK: lookups

    static let lookups: [Builtin] = [
        simple("license", "license(number)", "the roster license with exactly this number, or null",
               [.string], .record(.license), needs: [.licenseByNumber]) { a, c in
            guard case .string(let n) = a[0] else { return .null }
            return licenseRef(n, c)
        },
        simple("package", "package(tag)", "the package with exactly this tag in the inventory exports, or null",
               [.string], .record(.package), needs: [.packageByTag]) { a, c in
            guard case .string(let t) = a[0] else { return .null }
            return packageRef(t, c)
        },
        simple("lab_results_for_batch", "lab_results_for_batch(batch)", "every lab result recorded for a production batch",
               [.string], .list(.record(.labResult)), needs: [.labResults]) { a, c in
            guard case .string(let b) = a[0] else { return .null }
            return .list((c.index.labByBatch[b] ?? []).map { .record(RecordRef(.labResult, $0)) })
        },
        simple("packages_in_batch", "packages_in_batch(batch)",
               "every package in the inventory exports whose production batch number is exactly this one, in export order",
               [.string], .list(.record(.package)), needs: [.packagesByBatch]) { a, c in
            guard case .string(let b) = a[0] else { return .null }
            return .list((c.index.packagesByBatch[b] ?? []).map { .record(RecordRef(.package, $0)) })
        },
        simple("older_packages", "older_packages(package)",
               "packages of the same item held by the same facility and packaged strictly earlier, oldest first",
               [.record(.package)], .list(.record(.package)), needs: [.fifo]) { a, c in
            guard case .record(let r) = a[0] else { return .null }
            return .list(c.index.olderPackages(than: Int(r.i), in: c.dataset).map { .record(RecordRef(.package, $0)) })
        },
        simple("shipped_by", "shipped_by(tag, date)",
               "true when the tag is on a line of any manifest in the input departing on or before the date",
               [.string, .day], .bool, needs: [.shipped]) { a, c in
            guard case .string(let t) = a[0], case .day(let d) = a[1] else { return .null }
            guard let first = c.index.firstShipped[t] else { return .bool(false) }
            return .bool(first <= d)
        },
        simple("first_shipped_on", "first_shipped_on(tag)",
               "the earliest departure day of a manifest line with this tag in the input, or null",
               [.string], .day, needs: [.shipped]) { a, c in
            guard case .string(let t) = a[0] else { return .null }
            return Value(c.index.firstShipped[t])
        },
    ]

    // MARK: misc

    static let misc: [Builtin] = [
        Builtin(name: "coalesce", signature: "coalesce(a, b, …)", doc: "the first of its arguments that is not null") { args, e, env in
            guard !args.isEmpty else { throw CompileError(e, "coalesce needs at least one argument") }
            let cs = try args.map { try Compiler.compile($0, env) }
            let t = cs.map(\.type).reduce(ValueType.null, ValueType.join)
            if t == .any, !cs.contains(where: { $0.type == .any }) {
                throw CompileError(e, "coalesce mixes values of different kinds")
            }
            let evals = cs.map(\.eval)
            return Compiled(t, e, children: cs, isEvidence: true) { f in
                for ev in evals {
                    let v = ev(f)
                    if case .null = v { continue }
                    return v
                }
                return .null
            }
        },
    ]
}

extension Compiled {
    /// Records the `x => …` parameter this node binds (its body is `children[1]`), for explanations.
    func binding(_ lambda: Expr, _ slot: Int) -> Compiled {
        var copy = self
        if case .lambda(let names, _) = lambda.kind, let name = names.first { copy.binder = Binder(name: name, slot: slot) }
        return copy
    }
}
