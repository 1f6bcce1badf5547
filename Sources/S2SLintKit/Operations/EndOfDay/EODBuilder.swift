import Foundation
public import S2SModel
import RuleEngine

/// Builds the end-of-day report from a run of the day's operations (reconcile, and count when a
/// cycle count was named): the movements and the stock are read from the records; the variances are
/// the findings the packs made; nothing here decides what is a variance.
public enum EODBuilder {
    /// Words of an on-hand status that mean the stock is held (compared in lower case).
    static let heldStatuses: Set<String> = ["hold", "on hold", "onhold", "quarantine", "quarantined", "recall", "recalled", "blocked"]

    public static func build(_ r: OperationsRunner.Result, day: Day, jurisdiction: String?) -> EODReport {
        let ds = r.dataset
        let costByTag = Dictionary(ds.onHand.compactMap { row in row.tag.flatMap { t in row.unitCost.map { (t, ($0, row.quantity?.unit)) } } },
                                   uniquingKeysWith: { a, _ in a })
        var inbound: [EODReport.Movement] = [], outbound: [EODReport.Movement] = [], adjustments: [EODReport.Movement] = []
        for m in r.index.movements(on: day, in: ds) {
            var row = EODReport.Movement(tag: m.tag, item: m.itemName, category: m.category, quantity: m.quantity,
                                         system: m.system == "s2s" ? "S2S" : "internal", counterparty: m.licenseNumber,
                                         manifest: m.manifestNumber, status: m.status, reason: nil, value: m.price)
            switch (m.record, m.direction) {
            case ("manifest_line", "in"): inbound.append(row)
            case ("manifest_line", "out"): outbound.append(row)
            case ("adjustment", _):
                row.status = nil
                row.reason = [m.status, m.note].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ": ")
                if let q = m.quantity, let (cost, unit) = costByTag[m.tag] {
                    let inUnit = unit.flatMap { q.converted(to: $0) } ?? q
                    row.value = EODNumbers.cents(inUnit.value * cost)
                }
                adjustments.append(row)
            default: break   // receiving-log and order lines show as variances when the S2S record lacks them
            }
        }
        let (source, byCategory, byLocation) = stock(ds)
        let variances = r.report.findings.filter { $0.suppression == nil }
        return EODReport(day: day, facility: r.index.ourLicenses.sorted(), jurisdiction: jurisdiction, packs: r.report.packs,
                         inputs: ds.files.filter { $0.kind != "mapping" }.map(\.path), inbound: inbound, outbound: outbound,
                         adjustments: adjustments, stockSource: source, byCategory: byCategory, byLocation: byLocation,
                         variances: variances, suppressed: r.report.findings.count - variances.count, holds: holds(r),
                         notes: r.notes, problems: r.report.diagnostics)
    }

    /// Stock by category and by location: from the WMS on-hand list when given (with its costs),
    /// else from the S2S package export (without value).
    static func stock(_ ds: Dataset) -> (String, [EODReport.Bucket], [EODReport.Bucket]) {
        var cats: [String: EODReport.Bucket] = [:], locs: [String: EODReport.Bucket] = [:]
        func add(_ key: String?, _ q: Quantity?, _ value: Decimal?, into table: inout [String: EODReport.Bucket]) {
            let name = (key?.isEmpty == false ? key : nil) ?? "(none)"
            var b = table[name] ?? EODReport.Bucket(name: name, packages: 0, units: 0, grams: 0, millilitres: 0, value: 0, unvalued: 0)
            b.packages += 1
            if let q {
                switch q.unit.dimension {
                case .count: b.units += q.value
                case .mass: b.grams += q.converted(to: .gram)?.value ?? 0
                case .volume: b.millilitres += q.converted(to: .milliliter)?.value ?? 0
                case .unknown: break
                }
            }
            if let value { b.value += value } else { b.unvalued += 1 }
            table[name] = b
        }
        let source: String
        if !ds.onHand.isEmpty {
            source = "the WMS on-hand list"
            let categoryByTag = Dictionary(ds.packages.map { ($0.tag, $0.item.category) }, uniquingKeysWith: { a, _ in a })
            for row in ds.onHand {
                let value = row.unitCost.flatMap { c in row.quantity.map { EODNumbers.cents($0.value * c) } }
                add(row.category ?? row.tag.flatMap { categoryByTag[$0] ?? nil }, row.quantity, value, into: &cats)
                add(row.location, row.quantity, value, into: &locs)
            }
        } else {
            source = "the S2S package export (no costs: give the on-hand list for values)"
            for p in ds.packages where p.status != "inactive" && p.status != "intransit" {
                add(p.item.category, p.quantity, nil, into: &cats)
                add(p.location, p.quantity, nil, into: &locs)
            }
        }
        func sorted(_ t: [String: EODReport.Bucket]) -> [EODReport.Bucket] {
            t.values.sorted { $0.value != $1.value ? $0.value > $1.value : $0.name < $1.name }
        }
        return (source, sorted(cats), sorted(locs))
    }

    /// Open holds: S2S holds (hold, recall, investigation), WMS rows held or quarantined, and the
    /// cycle count's hold list.
    static func holds(_ r: OperationsRunner.Result) -> [EODReport.Hold] {
        let ds = r.dataset
        var out: [EODReport.Hold] = []
        var index: [String: Int] = [:]
        func add(_ tag: String, _ item: String?, _ location: String?, _ q: Quantity?, _ reason: String) {
            if let i = index[tag] {
                if !out[i].reasons.contains(reason) { out[i].reasons.append(reason) }
                return
            }
            index[tag] = out.count
            out.append(EODReport.Hold(tag: tag, item: item, location: location, quantity: q, reasons: [reason]))
        }
        for p in ds.packages {
            var why: [String] = []
            if p.onHold == true || p.status == "onhold" { why.append("on hold in the S2S record") }
            if p.onRecall == true { why.append("on recall in the S2S record") }
            if p.onInvestigation == true { why.append("under investigation in the S2S record") }
            for w in why { add(p.tag, p.item.name, p.location, p.quantity, w) }
        }
        for row in ds.onHand {
            guard let tag = row.tag, let s = row.status, heldStatuses.contains(s.lowercased()) else { continue }
            add(tag, row.itemName, row.location, row.quantity, "WMS status \(s)")
        }
        if r.request.operations.contains(.count) {
            for h in OperationsSummary.holdList(r) {
                for reason in h.reasons { add(h.tag, h.item, h.location, nil, "cycle count: " + reason) }
            }
        }
        return out
    }
}
