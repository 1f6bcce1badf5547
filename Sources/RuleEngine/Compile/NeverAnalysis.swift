import S2SModel

/// Finds conditions that can never change their answer, when a pack loads: a `when` that is
/// always false (the rule can never apply), an `assert` that always holds (it can never find
/// anything). A part is decided when it reads no record of the run (literals, facts, `as_of` and
/// operators over them): it is computed on every date where its value could change inside the
/// rule's effective window (the edges of versioned facts and of date literals). Membership in a
/// facts list that is empty on every such date, and `any` over one, are never true either.
struct NeverAnalysis {
    let window: EffectiveWindow
    let slotCount: Int

    /// A part of a condition that decides it whatever the data, and why.
    struct Verdict {
        var part: Compiled
        var why: String
    }

    /// The part of `c` that makes it false for every subject and date, or nil.
    func alwaysFalse(_ c: Compiled) -> Verdict? {
        if c.isStatic {
            return allDates(c) { $0 == .bool(false) } ? Verdict(part: c, why: "'\(c.expr.text)' is always false") : nil
        }
        switch c.expr.kind {
        case .binary("and", _, _):
            return c.children.lazy.compactMap { alwaysFalse($0) }.first
        case .binary("or", _, _):
            let parts = c.children.compactMap { alwaysFalse($0) }
            return parts.count == c.children.count && !parts.isEmpty
                ? Verdict(part: c, why: parts.map(\.why).joined(separator: " and ")) : nil
        case .unary("not", _):
            return c.children.first.flatMap { alwaysTrue($0) }.map { Verdict(part: c, why: $0.why) }
        case .binary("in", _, _), .call("any", _, _):
            guard let list = listOperand(c), isAlwaysEmpty(list) else { return nil }
            return Verdict(part: c, why: "'\(c.expr.text)' can never be true: \(list.expr.text) is empty")
        default:
            return nil
        }
    }

    /// The part of `c` that makes it true for every subject and date, or nil.
    func alwaysTrue(_ c: Compiled) -> Verdict? {
        if c.isStatic {
            return allDates(c) { $0 == .bool(true) } ? Verdict(part: c, why: "'\(c.expr.text)' is always true") : nil
        }
        switch c.expr.kind {
        case .binary("or", _, _):
            return c.children.lazy.compactMap { alwaysTrue($0) }.first
        case .binary("and", _, _):
            let parts = c.children.compactMap { alwaysTrue($0) }
            return parts.count == c.children.count && !parts.isEmpty
                ? Verdict(part: c, why: parts.map(\.why).joined(separator: " and ")) : nil
        case .unary("not", _):
            return c.children.first.flatMap { alwaysFalse($0) }.map { Verdict(part: c, why: $0.why) }
        case .binary("not in", _, _), .call("all", _, _), .call("none", _, _):
            guard let list = listOperand(c), isAlwaysEmpty(list) else { return nil }
            return Verdict(part: c, why: "'\(c.expr.text)' always holds: \(list.expr.text) is empty")
        default:
            return nil
        }
    }

    /// The list of `x in list` (right operand) or of `any(list, …)` (first argument).
    func listOperand(_ c: Compiled) -> Compiled? {
        switch c.expr.kind {
        case .binary: return c.children.count == 2 ? c.children[1] : nil
        case .call: return c.children.first
        default: return nil
        }
    }

    /// A list or table that is empty on every date of the window.
    func isAlwaysEmpty(_ c: Compiled) -> Bool {
        guard c.isStatic else { return false }
        return allDates(c) { v in
            switch v {
            case .list(let l): return l.isEmpty
            case .map(let m): return m.isEmpty
            default: return false
            }
        }
    }

    func allDates(_ c: Compiled, _ test: (Value) -> Bool) -> Bool {
        let ctx = EvalContext(dataset: Dataset(), index: DataIndex(dataset: Dataset(), kinds: []), asOf: nil,
                              today: window.from ?? Day(daysSinceEpoch: 0))
        for day in representativeDays(c) {
            let frame = Frame(ctx: ctx, slotCount: slotCount, date: day)
            if !test(c.eval(frame)) { return false }
        }
        return true
    }

    /// Days inside the window on either side of every edge where the value could change.
    func representativeDays(_ c: Compiled) -> [Day] {
        var edges: [Day] = []
        func addEdges(_ w: EffectiveWindow) {
            if let f = w.from { edges += [f.adding(days: -1), f] }
            if let t = w.to { edges += [t, t.adding(days: 1)] }
        }
        func facts(_ n: FactNode) {
            switch n {
            case .value: break
            case .list(let items): items.forEach(facts)
            case .object(let m, _): m.values.forEach(facts)
            case .versioned(let versions):
                for v in versions {
                    addEdges(v.window)
                    facts(v.node)
                }
            }
        }
        func walk(_ c: Compiled) {
            if let f = c.fact { facts(f) }
            if case .date(let text) = c.expr.kind, case .day(let d)? = ParsedTimestamp.parse(text.utf8) {
                edges += [d.adding(days: -1), d, d.adding(days: 1)]
            }
            c.children.forEach(walk)
            c.expansion.forEach(walk)
        }
        walk(c)
        addEdges(window)
        var days = Set(edges.filter { window.contains($0) })
        if days.isEmpty { days.insert(window.from ?? window.to ?? Day(daysSinceEpoch: 20_000)) }
        return days.sorted()
    }
}
