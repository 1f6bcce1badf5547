import Foundation
import S2SModel

/// Built-in functions for lab certificates (COAs): the links between certificates and packages,
/// served by `COAIndex`, and the recomputation of panel statuses from the values with limits the
/// rule passes in from the jurisdiction's facts. Nothing here holds a limit or decides compliance.
enum COABuiltins {
    static let all: [Builtin] = [coasFor, packagesFor, coaLink, supplied, recomputePanels, concentration]

    static let coasFor = Builtins.simple(
        "coas_for", "coas_for(package)",
        "the certificates of a package: those printing its batch, naming it as source or lab sample, or naming a package it was made from (exact text)",
        [.record(.package)], .list(.record(.coa)), needs: [.coas]) { a, c in
        guard case .record(let r) = a[0] else { return .null }
        return .list(c.index.coa.coas(forPackage: Int(r.i), in: c.dataset).map { .record(RecordRef(.coa, $0)) })
    }

    static let packagesFor = Builtins.simple(
        "packages_for", "packages_for(coa)", "the inventory packages a certificate belongs to (the inverse of coas_for)",
        [.record(.coa)], .list(.record(.package)), needs: [.coas]) { a, c in
        guard case .record(let r) = a[0] else { return .null }
        return .list(c.index.coa.packages(forCOA: Int(r.i), in: c.dataset).map { .record(RecordRef(.package, $0)) })
    }

    static let coaLink = Builtins.simple(
        "coa_link", "coa_link(package, coa)",
        "how a certificate names a package, for messages: 'batch B-12', 'source_tag 1A4…', 'lab_sample_tag 1A4…', 'parent_tag 1A4…'; null when it does not",
        [.record(.package), .record(.coa)], .string) { a, c in
        guard case .record(let p) = a[0], case .record(let k) = a[1],
              let (link, value) = COAIndex.link(c.dataset.packages[Int(p.i)], c.dataset.coas[Int(k.i)]) else { return .null }
        return .string("\(link.rawValue) \(value)")
    }

    /// The inputs `supplied` knows.
    static let inputKinds = ["coas", "lab_results", "packages", "licenses", "manifests", "sales_orders"]

    static let supplied = Builtin(
        name: "supplied", signature: "supplied(\"coas\")",
        doc: "whether the run was given that input: coas (a COA file was named, even one that could not be read), lab_results, packages, licenses, manifests or sales_orders (at least one record read)"
    ) { args, e, env in
        try Builtins.arity(args, e, "supplied", 1...1, "supplied(\"coas\")")
        guard case .string(let kind) = args[0].kind else {
            throw CompileError(args[0], "supplied takes the input's name in quotes", hint: "one of \(inputKinds.map { "\"\($0)\"" }.joined(separator: ", "))")
        }
        guard inputKinds.contains(kind) else {
            throw CompileError(args[0], "supplied knows no input '\(kind)'",
                               hint: Suggest.hint(kind, in: inputKinds) ?? "one of \(inputKinds.joined(separator: ", "))")
        }
        return Compiled(.bool, e, isEvidence: true, readsData: true) { f in
            let ds = f.ctx.dataset
            switch kind {
            case "coas": return .bool(!ds.coas.isEmpty || ds.files.contains { $0.kind.hasPrefix("coa") })
            case "lab_results": return .bool(!ds.labResults.isEmpty)
            case "packages": return .bool(!ds.packages.isEmpty)
            case "licenses": return .bool(!ds.licenses.isEmpty)
            case "sales_orders": return .bool(!ds.salesOrderLines.isEmpty)
            default: return .bool(!ds.manifests.isEmpty)
            }
        }
    }

    /// What `recompute_panels` gives for each panel.
    static let panelResultType: ValueType = .object([
        "panel": .string, "computed": .string, "printed": .string, "disagrees": .bool,
        "failures": .list(.string), "unjudged": .list(.string), "summary": .string,
    ])

    static let recomputePanels = Builtin(
        name: "recompute_panels", signature: "recompute_panels(coa, limits) or recompute_panels(coa, limits, [panel, …])",
        doc: """
            each panel of the limits table (facts: panel → analyte id → "0.2 µg/g", "any detection", "not detected in 1 g") \
            judged from the certificate's values: {panel, computed (pass, fail, unknown), printed, disagrees, failures, unjudged, summary}
            """
    ) { args, e, env in
        let sig = "recompute_panels(coa, limits) or recompute_panels(coa, limits, [panel, …])"
        try Builtins.arity(args, e, "recompute_panels", 2...3, sig)
        let coa = try Builtins.arg(args[0], env, .record(.coa), "recompute_panels", "first argument (a certificate)")
        let limits = try Compiler.compile(args[1], env)
        switch limits.type {
        case .map, .object, .any, .null: break
        default:
            throw CompileError(args[1], "recompute_panels needs a facts table of limits (panel → analyte → limit), but '\(args[1].text)' is \(limits.type)")
        }
        // Check the facts the limits come from when the pack loads: `facts.x.y`, or `facts.x[…]` (every entry of x).
        var problems: [String] = []
        if let node = limits.fact {
            problems = COALimitFacts.problems(in: node)
        } else if case .index = args[1].kind, let base = limits.children.first?.fact {
            for name in base.memberNames { problems += COALimitFacts.problems(in: base.member(name) ?? .value(.null, .null)).map { "\(name): \($0)" } }
        }
        if let first = problems.first {
            throw CompileError(args[1], "the limits in the facts cannot be read: \(first)" + (problems.count > 1 ? " (and \(problems.count - 1) more)" : ""))
        }
        var children = [coa, limits]
        var filter: Eval?
        if args.count == 3 {
            let p = try Builtins.arg(args[2], env, .list(.string), "recompute_panels", "third argument (the panels to judge)")
            if let node = p.fact {
                for case .value(.string(let name), _) in FactNode.leaves(node) where COAPanelKind(rawValue: name) == nil {
                    throw CompileError(args[2], "'\(name)' is not a panel", hint: Suggest.hint(name, in: COAPanelKind.allCases.map(\.rawValue)))
                }
            }
            children.append(p)
            filter = p.eval
        }
        let (ce, le, panelFilter) = (coa.eval, limits.eval, filter)
        return Compiled(.list(panelResultType), e, children: children, isEvidence: true, readsData: true) { f in
            guard case .record(let r) = ce(f) else { return .null }
            let l = le(f)
            guard case .map = l else { return .null }
            var only: Set<String>?
            if let panelFilter {
                guard case .list(let names) = panelFilter(f) else { return .null }
                only = Set(names.compactMap(\.stringValue))
            }
            let (table, problems) = COALimitFacts.table(l, panels: only)
            let results = COAStatusRecomputation.recompute(f.ctx.dataset.coas[Int(r.i)], limits: table)
            var out = results.map(panelValue)
            if !problems.isEmpty {
                // A limit the facts hold but that cannot be read: nothing is judged by it, and it shows.
                out.append(.map(["panel": .string("facts"), "computed": .string("unknown"), "printed": .null,
                                 "disagrees": .bool(false), "failures": .list([]), "unjudged": Value(problems),
                                 "summary": .string("limits not read: " + problems.joined(separator: "; "))]))
            }
            return .list(out)
        }
    }

    static func panelValue(_ p: COARecomputedPanel) -> Value {
        let computed: String
        switch p.computed {
        case .pass: computed = "pass"
        case .fail: computed = "fail"
        default: computed = "unknown"
        }
        let name = p.kind.rawValue
        let failures = p.analytes.filter { $0.computed == .fail }.map { a -> String in
            var s = a.reason.hasPrefix(a.analyte) ? a.reason : "\(a.analyte) \(a.reason)"
            if let printed = a.reading?.status?.value, printed != .fail { s += " (printed \(printed.name))" }
            return s
        }
        let unjudged = p.analytes.filter { $0.computed != .pass && $0.computed != .fail }.map { "\($0.analyte): \($0.reason)" }
        let printed = p.printed?.value.name
        var summary: String
        switch computed {
        case "fail": summary = "\(name) fails: " + failures.joined(separator: ", ")
        case "pass": summary = "\(name) passes"
        default: summary = "\(name) cannot be judged: " + unjudged.joined(separator: ", ")
        }
        if let printed, p.disagrees || (computed != "pass" && printed == "pass") { summary += "; the COA prints the panel \(printed)" }
        return .map(["panel": .string(name), "computed": .string(computed), "printed": Value(printed),
                     "disagrees": .bool(p.disagrees), "failures": Value(failures), "unjudged": Value(unjudged),
                     "summary": .string(summary)])
    }

    static let concentration = Builtin(
        name: "concentration", signature: "concentration(analyte, \"µg/g\")",
        doc: "an analyte's measured amount in a unit (%, mg/g, µg/g, µg/kg convert among themselves); null for ND, <LOQ and other non-amounts, or units that do not convert"
    ) { args, e, env in
        try Builtins.arity(args, e, "concentration", 2...2, "concentration(analyte, \"µg/g\")")
        let a = try Builtins.arg(args[0], env, .record(.coaAnalyte), "concentration", "first argument (a COA analyte)")
        let u = try Builtins.arg(args[1], env, .string, "concentration", "unit")
        if case .string(let text) = args[1].kind, COAUnit(parsing: text) == nil {
            throw CompileError(args[1], "'\(text)' is not a unit a COA prints", hint: "e.g. \"%\", \"mg/g\", \"µg/g\", \"µg/kg\", \"CFU/g\", \"aw\"")
        }
        let (ae, ue) = (a.eval, u.eval)
        return Compiled(.number, e, children: [a, u], isEvidence: true, readsData: true) { f in
            guard case .record(let r) = ae(f), case .string(let text) = ue(f), let unit = COAUnit(parsing: text) else { return .null }
            let row = f.ctx.dataset.coas[Int(r.i)].panels[Int(r.j)].analytes[Int(r.k)]
            guard let m = row.measurement(in: unit), case .amount(let amount) = m.value else { return .null }
            return .number(amount.value)
        }
    }
}

extension FactNode {
    /// Every plain value in a node (all versions, list items, object members).
    static func leaves(_ node: FactNode) -> [FactNode] {
        switch node {
        case .value: return [node]
        case .list(let items): return items.flatMap(leaves)
        case .object(let members, let order): return order.flatMap { leaves(members[$0] ?? .value(.null, .null)) }
        case .versioned(let vs): return vs.flatMap { leaves($0.node) }
        }
    }
}
