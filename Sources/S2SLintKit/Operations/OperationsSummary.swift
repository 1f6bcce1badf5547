public import S2SModel
import RuleEngine

/// A package with the reasons a pack gave for it (a finding's message each).
public struct PackageReasons: Sendable, Hashable {
    public var tag: String
    public var item: String?
    public var location: String?
    public var quantity: String?
    public var reasons: [String]
    public var rules: [String]
    /// The tag's newest movements (manifest lines, adjustments, receipts, sales), for the investigation.
    public var movements: [String] = []
}

/// The lists an operation hands to the floor, made from the findings: a package is held (count) or
/// quarantined (receive) when a rule of the pack found something about it at warning or above, or
/// could not be evaluated for it; the findings' messages are the reasons. Which variance matters is
/// the pack's decision (its rules and their severities), not this code's.
public enum OperationsSummary {
    static func reasons(_ findings: [Finding]) -> [String: (reasons: [String], rules: [String])] {
        var out: [String: (reasons: [String], rules: [String])] = [:]
        for f in findings {
            guard let tag = f.package else { continue }
            var e = out[tag] ?? ([], [])
            let text = (f.outcome == .unevaluated ? "not evaluated: " : "") + f.message
            if !e.reasons.contains(text) { e.reasons.append(text) }
            if !e.rules.contains(f.ruleId) { e.rules.append(f.ruleId) }
            out[tag] = e
        }
        return out
    }

    /// Count: the packages to place on hold until the variance is explained, in count order.
    public static func holdList(_ r: OperationsRunner.Result) -> [PackageReasons] {
        let byTag = reasons(r.findings(subject: RecordKind.countEntry.displayName))
        let ds = r.dataset
        return r.index.countEntries.compactMap { e in
            guard let why = byTag[e.tag] else { return nil }
            let onHand = e.onHand.map { ds.onHand[Int($0)] }
            let pkg = e.package.map { ds.packages[Int($0)] }
            let location = e.scans.last.flatMap { ds.scanEvents[Int($0)].location } ?? onHand?.location ?? pkg?.location
            return PackageReasons(tag: e.tag, item: pkg?.item.name ?? onHand?.itemName, location: location,
                                  quantity: (onHand?.quantity ?? pkg?.quantity)?.description, reasons: why.reasons, rules: why.rules,
                                  movements: r.index.movementSentences(of: e.tag, in: ds))
        }
    }

    public struct Dispositions: Sendable {
        public var available: [PackageReasons]
        public var quarantine: [PackageReasons]
    }

    /// Receive: what may be made available for sale and what goes to quarantine, with reasons.
    public static func dispositions(_ r: OperationsRunner.Result) -> Dispositions {
        let byTag = reasons(r.findings(subject: RecordKind.receiveEntry.displayName))
        let ds = r.dataset
        var out = Dispositions(available: [], quarantine: [])
        for e in r.index.receiveEntries {
            let line = e.line.map { ds.manifests[Int($0.manifest)].destinations[Int($0.destination)].lines[Int($0.line)] }
            let pkg = e.package.map { ds.packages[Int($0)] }
            let rec = e.receivingLine.map { ds.receivingLines[Int($0)] }
            let item = pkg?.item.name ?? line?.itemName ?? rec?.itemName
            let qty = (rec?.receivedQuantity ?? line?.receivedQuantity ?? line?.quantity)?.description
            if let why = byTag[e.tag] {
                out.quarantine.append(PackageReasons(tag: e.tag, item: item, location: nil, quantity: qty, reasons: why.reasons, rules: why.rules))
            } else {
                out.available.append(PackageReasons(tag: e.tag, item: item, location: nil, quantity: qty, reasons: [], rules: []))
            }
        }
        return out
    }

    /// Tote: the tags with a finding (missing, extra, wrong quantity or item) — empty when the tote may ship.
    public static func toteProblems(_ r: OperationsRunner.Result) -> [PackageReasons] {
        let byTag = reasons(r.findings(subject: RecordKind.toteEntry.displayName))
        let ds = r.dataset
        return r.index.toteEntries.compactMap { e in
            let pkg = e.package.map { ds.packages[Int($0)] }
            return byTag[e.tag].map {
                PackageReasons(tag: e.tag, item: pkg?.item.name, location: pkg?.location, quantity: pkg?.quantity?.description,
                               reasons: $0.reasons, rules: $0.rules)
            }
        }
    }

    /// Reconcile: how many findings of each category (`reconcile.missing_in_tracking` …), most first.
    public static func discrepancyCounts(_ report: Report) -> [(category: String, count: Int)] {
        var counts: [String: Int] = [:]
        // a check that could not be evaluated (an unreadable cell) is not a discrepancy of its kind;
        // the summary line counts those apart
        for f in report.findings where f.suppression == nil && f.outcome != .unevaluated { counts[f.category, default: 0] += 1 }
        return counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map { ($0.key, $0.value) }
    }
}
