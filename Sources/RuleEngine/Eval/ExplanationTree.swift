import S2SModel

/// Builds the tree of an expression's parts with their values for one subject, re-evaluating in
/// the subject's frame. Named values and pack functions are opened to show their definition;
/// for `x => …` the condition is shown per element, choosing the elements that decided the
/// result (the one that made `any` true, those `filter` kept …).
struct ExplanationTree {
    let frame: Frame
    var lines: [TraceLine] = []
    var maxLines = 400
    var maxElements = 5
    var maxDepth = 16

    init(frame: Frame) { self.frame = frame }

    static func lines(_ c: Compiled, _ frame: Frame) -> [TraceLine] {
        var t = ExplanationTree(frame: frame)
        t.walk(c, 0)
        return t.lines
    }

    func describe(_ v: Value) -> String {
        if case .map(let m) = v, m.count > 6 { return "a table of \(m.count) entries" }
        let s = ValueOps.describe(v, frame.ctx)
        return s.count > 240 ? String(s.prefix(240)) + "…" : s
    }

    mutating func add(_ depth: Int, _ text: String, _ value: String?) -> Bool {
        guard lines.count < maxLines else {
            if lines.last?.text != "…" { lines.append(TraceLine(depth: depth, text: "…", value: nil)) }
            return false
        }
        lines.append(TraceLine(depth: depth, text: text, value: value))
        return true
    }

    mutating func walk(_ c: Compiled, _ depth: Int) {
        if depth > 0, c.expr.kind.isLiteral { return }
        if depth > 0, case .name = c.expr.kind {
            // a parameter's value is already in its heading (`for q = …`, `with l = …`), and the
            // subject's own records (`line`, `destination` …) are in the finding's heading
            if c.usesLambda || !c.isEvidence { return }
        }
        let value = c.eval(frame)
        guard add(depth, Self.oneLine(c.expr.text), describe(value)), depth < maxDepth else { return }
        if let binder = c.binder, c.children.count == 2 {
            walkElements(c, binder, value, depth)
            return
        }
        var parts = c.children
        if case .list = c.expr.kind, parts.count > 3 {
            // a long list written in the rule: only the elements that have a value
            parts = parts.filter { p in
                let v = p.eval(frame)
                return !(v == .null || v == .bool(false))
            }
        }
        // `and` that is false, `or` that is true: only the parts that decided are opened; the
        // others are shown on one line
        var decided: ((Value) -> Bool)?
        switch (c.expr.kind, value) {
        case (.binary("and", _, _), .bool(false)): decided = { $0 == .bool(false) }
        case (.binary("or", _, _), .bool(true)): decided = { $0 == .bool(true) }
        case (.binary("and", _, _), .null), (.binary("or", _, _), .null): decided = { $0 == .null }
        default: break
        }
        for child in parts {
            if let decided, case let v = child.eval(frame), !decided(v) {
                if !child.expr.kind.isLiteral { _ = add(depth + 1, Self.oneLine(child.expr.text), describe(v)) }
                continue
            }
            walkPart(child, depth + 1, parentText: c.expr.text)
        }
        guard let definition = c.expansion.first else { return }
        if c.parameters.isEmpty {
            walkPart(definition, depth + 1, parentText: c.expr.text)
            return
        }
        // a pack function: evaluating the call binds its parameters to this call's arguments
        _ = c.eval(frame)
        let bound = zip(c.parameters, c.children).map { "\($0) = \(describe($1.eval(frame)))" }
        _ = c.eval(frame)
        guard add(depth + 1, "with " + bound.joined(separator: ", ") + ":", nil) else { return }
        walk(definition, depth + 2)
    }

    /// An expression's text on one line, shortened when long.
    static func oneLine(_ text: String) -> String {
        let flat = text.split(whereSeparator: { $0 == "\n" || $0 == " " || $0 == "\t" }).joined(separator: " ")
        return flat.count > 110 ? String(flat.prefix(107)) + "…" : flat
    }

    /// A child whose text repeats its parent's (parentheses) is not shown twice.
    mutating func walkPart(_ c: Compiled, _ depth: Int, parentText: String) {
        if Self.oneLine(c.expr.text) == Self.oneLine(parentText) {
            for child in c.children { walkPart(child, depth, parentText: parentText) }
        } else {
            walk(c, depth)
        }
    }

    /// `any(list, x => …)` and friends: the list, then the condition for the elements that decided.
    mutating func walkElements(_ c: Compiled, _ binder: Compiled.Binder, _ value: Value, _ depth: Int) {
        let list = c.children[0], body = c.children[1]
        walkPart(list, depth + 1, parentText: c.expr.text)
        guard case .list(let items) = list.eval(frame), !items.isEmpty else { return }
        var results: [Value] = []
        for it in items {
            frame.slots[binder.slot] = it
            results.append(body.eval(frame))
        }
        let name: String
        if case .call(let n, _, _) = c.expr.kind { name = n } else { name = "" }
        let decisive: [Int]
        switch (name, value) {
        case ("any", .bool(true)), ("none", .bool(false)), ("filter", _), ("count", _), ("first", _):
            decisive = results.indices.filter { results[$0] == .bool(true) }
        case ("all", .bool(false)):
            decisive = results.indices.filter { results[$0] != .bool(true) }
        case ("any", _), ("all", _), ("none", _):
            decisive = results.indices.filter { results[$0] != .bool(false) && results[$0] != .bool(true) }
        default:
            decisive = []
        }
        // when no element decided (nothing kept, every element false …), show the first ones
        let shown = Array((decisive.isEmpty ? Array(items.indices) : decisive).prefix(maxElements))
        for i in shown {
            frame.slots[binder.slot] = items[i]
            guard add(depth + 1, "for \(binder.name) = \(describe(items[i])):", nil) else { return }
            walk(body, depth + 2)
        }
        let pool = decisive.isEmpty ? items.count : decisive.count
        if pool > shown.count {
            _ = add(depth + 1, "… and \(pool - shown.count) more element\(pool - shown.count == 1 ? "" : "s") like these", nil)
        }
    }
}

extension ExprKind {
    /// Literal values, whose text already says their value.
    var isLiteral: Bool {
        switch self {
        case .number, .quantity, .span, .string, .date, .dateTime, .bool, .null: return true
        default: return false
        }
    }
}
