import Foundation

/// A panel status recomputed from the values and the caller's limits, beside the printed one.
public struct COARecomputedPanel: Sendable, Hashable {
    public var kind: COAPanelKind
    public var printed: COAField<COAStatus>?
    /// `pass`, `fail`, or `unknown` (a required analyte missing, not tested, or not comparable).
    public var computed: COAStatus
    public var analytes: [COARecomputedAnalyte]
    /// True when the printed status is pass but the values fail, or the reverse.
    public var disagrees: Bool
}

/// One analyte compared with its limit.
public struct COARecomputedAnalyte: Sendable, Hashable {
    public var analyte: String
    /// The row as read (nil when the COA does not report the analyte).
    public var reading: COAAnalyte?
    public var limit: COALimit
    public var computed: COAStatus
    /// Why the status is what it is (`0.235 µg/g > 0.2 µg/g`, `not reported`).
    public var reason: String
    /// True when the row's printed status differs from the computed one (pass printed, fail computed).
    public var disagrees: Bool
}

/// Recomputes panel statuses from analyte values and limits, so a rule can compare them with what
/// the lab printed (the Veda demonstration COA prints Pass for cadmium 0.235 µg/g under a
/// non-inhalable limit of 0.5, while the inhalable limit is 0.2).
public enum COAStatusRecomputation {
    public static func recompute(_ coa: COA, limits: COALimitTable) -> [COARecomputedPanel] {
        limits.panels.map { kind in
            let printed = coa.panel(kind)?.status
            let rows = coa.panels.filter { $0.kind == kind }.flatMap(\.analytes)
            var out: [COARecomputedAnalyte] = []
            for entry in limits.entries where entry.panel == kind {
                let row = rows.first { $0.id == entry.analyte }
                let (status, reason) = judge(row, entry.limit)
                var disagrees = false
                if let p = row?.status?.value, (p == .pass && status == .fail) || (p == .fail && status == .pass) { disagrees = true }
                out.append(COARecomputedAnalyte(analyte: entry.analyte, reading: row, limit: entry.limit, computed: status,
                                                reason: reason, disagrees: disagrees))
            }
            let computed: COAStatus
            if out.contains(where: { $0.computed == .fail }) {
                computed = .fail
            } else if out.allSatisfy({ $0.computed == .pass }) {
                computed = .pass
            } else {
                computed = .unknown("not every analyte could be judged")
            }
            var disagrees = out.contains { $0.disagrees }
            if let p = printed?.value, (p == .pass && computed == .fail) || (p == .fail && computed == .pass) { disagrees = true }
            return COARecomputedPanel(kind: kind, printed: printed, computed: computed, analytes: out, disagrees: disagrees)
        }
    }

    /// The status of one row under `limit`, and why.
    public static func judge(_ row: COAAnalyte?, _ limit: COALimit) -> (COAStatus, String) {
        guard let row else { return (.unknown("missing"), "not reported on the COA") }
        let m = row.result.value
        switch limit {
        case .none, .text:
            return (.unknown("no comparable limit"), "the limit \(limit) cannot be compared")
        case .anyDetection, .notDetectedIn:
            switch m {
            case .notDetected: return (.pass, "not detected")
            case .belowLOQ: return (.fail, "detected below the LOQ (\(row.result.printed)); any detection fails")
            case .amount(let a) where a.value == 0: return (.pass, "0 \(a.unit)")
            case .amount, .detected, .aboveLimit: return (.fail, "detected (\(row.result.printed)); any detection fails")
            default: return (.unknown("not measured"), "\(m.kind.rawValue)")
            }
        case .maximum(let max):
            switch m {
            case .notDetected:
                return (.pass, "not detected")
            case .amount(let a):
                guard let c = a.compare(max) else { return (.unknown("units"), "\(a) cannot be compared with \(max)") }
                return c > 0 ? (.fail, "\(a) > \(max)") : (.pass, "\(a) ≤ \(max)")
            case .belowLOQ(let bound):
                if let b = bound, let c = b.compare(max) { return c <= 0 ? (.pass, "< \(b) ≤ \(max)") : (.unknown("bound above limit"), "< \(b), limit \(max)") }
                if let loq = row.loq?.value, let c = loq.compare(max) {
                    return c <= 0 ? (.pass, "below the LOQ \(loq) ≤ \(max)") : (.unknown("LOQ above limit"), "below the LOQ \(loq), which is above \(max)")
                }
                return (.unknown("no LOQ"), "below the LOQ, LOQ not printed")
            case .aboveLimit(let bound):
                if let b = bound, let c = b.compare(max), c >= 0 { return (.fail, "> \(b) ≥ \(max)") }
                return (.fail, "above the upper limit of quantitation")
            default:
                return (.unknown("not measured"), "\(m.kind.rawValue)")
            }
        }
    }
}
