import Foundation
import S2SModel

/// Built-in lookups for the daily operations, served by `OperationsIndex`: what touched a tag, its
/// scans, its on-hand row, and whether a location lies in an area. Nothing here decides compliance.
enum OperationsBuiltins {
    static let all: [Builtin] = [movements, scansFor, onHand, within]

    static let movements = Builtin(
        name: "movements", signature: "movements(tag) or movements(tag, n)",
        doc: "manifest lines, adjustments, receiving-log lines and sales-order lines that touched the tag, newest first (the n newest)"
    ) { args, e, env in
        let sig = "movements(tag) or movements(tag, n)"
        try Builtins.arity(args, e, "movements", 1...2, sig)
        let tag = try Builtins.arg(args[0], env, .string, "movements", "first argument (a tag)")
        var children = [tag]
        var limit: Eval?
        if args.count == 2 {
            let n = try Builtins.arg(args[1], env, .number, "movements", "second argument (how many)")
            children.append(n)
            limit = n.eval
        }
        env.needs.insert(.operations)
        let (te, le) = (tag.eval, limit)
        return Compiled(.list(.record(.movement)), e, children: children, isEvidence: true, readsData: true) { f in
            guard case .string(let t) = te(f) else { return .null }
            var list = f.ctx.index.operations.movements(of: t)
            if let le {
                guard case .number(let n) = le(f) else { return .null }
                let k = max(0, NSDecimalNumber(decimal: n).intValue)
                if list.count > k { list = Array(list.prefix(k)) }
            }
            return .list(list.map { .record(RecordRef(.movement, Int($0))) })
        }
    }

    static let scansFor = Builtins.simple(
        "scans_for", "scans_for(tag)", "every scan of the tag in the input (all sessions), in the order of the logs",
        [.string], .list(.record(.scan)), needs: [.operations]) { a, c in
        guard case .string(let t) = a[0] else { return .null }
        return .list(c.index.operations.scans(of: t).map { .record(RecordRef(.scan, Int($0))) })
    }

    static let onHand = Builtins.simple(
        "on_hand", "on_hand(tag)", "the internal on-hand row with exactly this tag (the first when listed twice), or null",
        [.string], .record(.onHand), needs: [.operations]) { a, c in
        guard case .string(let t) = a[0], let i = c.index.operations.onHandRows(of: t).first else { return .null }
        return .record(RecordRef(.onHand, Int(i)))
    }

    static let within = Builtins.simple(
        "within", "within(location, area)",
        "true when the location is the area or lies inside it (VAULT-A-03 is within VAULT-A), ignoring case; the area may be a list",
        [.string, .any], .bool) { a, _ in
        guard case .string(let loc) = a[0] else { return .null }
        switch a[1] {
        case .string(let area): return .bool(OperationsIndex.location(loc, isIn: [area]))
        case .list(let items): return .bool(OperationsIndex.location(loc, isIn: items.compactMap(\.stringValue)))
        default: return .null
        }
    }
}
