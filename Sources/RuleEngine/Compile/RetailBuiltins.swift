import Foundation
import S2SModel

/// Built-in lookups for retail limits, served by `RetailIndex`: what the same customer bought at the
/// same store on the same day (or in the last n days). They only gather; the pack sums, converts and
/// compares with the limits in its facts.
enum RetailBuiltins {
    static let all: [Builtin] = [customerLines, customerSales, customerDeliveries]

    static let customerLines = lookup(
        "customer_lines", "every sale line (receipts and deliveries) of the same customer at the same store on the subject's day, or in the n days ending on it; null when the customer or the day is unknown",
        .saleLine) { holders, ds in
        holders.flatMap { h -> [Value] in
            let count = h.kind == 0 ? ds.receipts[h.index].transactions.count : ds.retailDeliveries[h.index].transactions.count
            return (0..<count).map { .record(RecordRef(.saleLine, h.kind, h.index, $0)) }
        }
    }

    static let customerSales = lookup(
        "customer_sales", "the receipts of the same customer at the same store on the subject's day, or in the n days ending on it (the subject included when it is a receipt); null when the customer or the day is unknown",
        .sale) { holders, _ in
        holders.filter { $0.kind == 0 }.map { .record(RecordRef(.sale, $0.index)) }
    }

    static let customerDeliveries = lookup(
        "customer_deliveries", "the deliveries of the same customer from the same store on the subject's day, or in the n days ending on it; null when the customer or the day is unknown",
        .retailDelivery) { holders, _ in
        holders.filter { $0.kind == 1 }.map { .record(RecordRef(.retailDelivery, $0.index)) }
    }

    /// `name(subject)` or `name(subject, days)`, where the subject is a sale or a retail delivery.
    static func lookup(_ name: String, _ doc: String, _ element: RecordKind,
                       _ gather: @escaping @Sendable ([RetailIndex.Holder], Dataset) -> [Value]) -> Builtin {
        let sig = "\(name)(sale) or \(name)(sale, days)"
        return Builtin(name: name, signature: sig, doc: doc) { args, e, env in
            try Builtins.arity(args, e, name, 1...2, sig)
            let subject = try Compiler.compile(args[0], env)
            guard case .record(let k) = subject.type, k == .sale || k == .retailDelivery else {
                throw CompileError(args[0], "\(name) needs a sale or a retail delivery, but '\(args[0].text)' is \(subject.type)",
                                   hint: "in the sale scope: \(name)(sale); in the retail_delivery scope: \(name)(retail_delivery)")
            }
            var children = [subject]
            var daysEval: Eval?
            if args.count == 2 {
                let n = try Builtins.arg(args[1], env, .number, name, "second argument (how many days, 1 = the same day)")
                children.append(n)
                daysEval = n.eval
            }
            env.needs.insert(.retail)
            let (se, de) = (subject.eval, daysEval)
            return Compiled(.list(.record(element)), e, children: children, isEvidence: true, readsData: true) { f in
                guard case .record(let r) = se(f) else { return .null }
                var days = 1
                if let de {
                    guard case .number(let n) = de(f) else { return .null }
                    days = NSDecimalNumber(decimal: n).intValue
                    guard days >= 1, Decimal(days) == n else { return .null }
                }
                let ds = f.ctx.dataset
                guard let holders = f.ctx.index.retail.sameCustomer(kind: r.kind == .sale ? 0 : 1, index: Int(r.i), days: days, in: ds) else {
                    return .null
                }
                return .list(gather(holders, ds))
            }
        }
    }
}
