import Foundation
import S2SModel

/// Matching for `s2slint reconcile`: package by package (sales orders with outgoing manifest lines,
/// receiving-log lines with incoming manifest lines, on-hand rows with S2S packages, internal with
/// S2S adjustments) and transfer by transfer (manifest numbers).
extension OperationsIndex {
    /// A record waiting to be matched: which record, its day, the manifest it names, the sign of its quantity.
    struct Candidate {
        var record: OpsRecord
        var day: Day?
        var manifestNumber: String?
        var negative: Bool = false
    }

    mutating func buildReconcile(_ ds: Dataset, _ rq: OperationsRequest) {
        var outS2S: [String: [Candidate]] = [:], inS2S: [String: [Candidate]] = [:]
        forEachTaggedLine(ds) { tag, r, dir, m, _ in
            let c = Candidate(record: .manifestLine(r), day: lineTimes(ds, r, dir).day, manifestNumber: m.number)
            if dir == .outbound { outS2S[tag, default: []].append(c) } else { inS2S[tag, default: []].append(c) }
        }
        // outbound: sales-order lines ↔ outgoing manifest lines
        if ds.salesOrderLines.isEmpty {
            notes.append(OperationsNote(.warning, "sales were not compared: no sales-order export was given", code: "ops.reconcile.no-orders"))
        } else {
            var internalSide: [String: [Candidate]] = [:]
            var untagged = 0
            for (i, s) in ds.salesOrderLines.enumerated() {
                guard let tag = s.tag, !tag.isEmpty else { untagged += 1; continue }
                internalSide[tag, default: []].append(Candidate(record: .salesOrderLine(Int32(i)), day: s.shipDate ?? s.orderedAt?.localDay,
                                                                manifestNumber: s.manifestNumber))
            }
            let n = match(.outbound, internalSide, outS2S, rq)
            notes.append(OperationsNote(.info, "sales: \(n) package\(n == 1 ? "" : "s") compared (sales orders with outgoing S2S manifests)",
                                        code: "ops.reconcile.outbound"))
            if untagged > 0 {
                notes.append(OperationsNote(.warning, "\(untagged) sales-order line\(untagged == 1 ? " names" : "s name") no package tag and "
                                            + "\(untagged == 1 ? "is" : "are") compared by manifest number only", code: "ops.reconcile.untagged"))
            }
        }
        // inbound: receiving-log lines ↔ incoming manifest lines
        if ds.receivingLines.isEmpty {
            notes.append(OperationsNote(.warning, "receipts were not compared: no receiving log was given", code: "ops.reconcile.no-receipts"))
        } else {
            var internalSide: [String: [Candidate]] = [:]
            for (i, r) in ds.receivingLines.enumerated() {
                guard let tag = r.tag, !tag.isEmpty else { continue }
                internalSide[tag, default: []].append(Candidate(record: .receivingLine(Int32(i)), day: r.receivedAt?.localDay,
                                                                manifestNumber: r.manifestNumber))
            }
            let n = match(.inbound, internalSide, inS2S, rq)
            notes.append(OperationsNote(.info, "receipts: \(n) package\(n == 1 ? "" : "s") compared (receiving log with incoming S2S manifests)",
                                        code: "ops.reconcile.inbound"))
        }
        buildOnHandPairs(ds)
        buildAdjustmentPairs(ds, rq)
        buildTransfers(ds, rq)
    }

    /// Matches each tag's internal records with its S2S records: the same manifest number first,
    /// then the nearest day; each record is used once. Keeps the pairs with a side in the window.
    /// Returns how many pairs were kept.
    @discardableResult
    mutating func match(_ flow: ReconcilePair.Flow, _ internalSide: [String: [Candidate]], _ s2s: [String: [Candidate]],
                        _ rq: OperationsRequest) -> Int {
        var tags: [String] = []
        var seen = Set<String>()
        for (tag, list) in internalSide where list.contains(where: { rq.contains($0.day) }) && seen.insert(tag).inserted { tags.append(tag) }
        for (tag, list) in s2s where list.contains(where: { rq.contains($0.day) }) && seen.insert(tag).inserted { tags.append(tag) }
        tags.sort()
        let before = pairs.count
        for tag in tags {
            let ins = (internalSide[tag] ?? []).sorted { ($0.day?.daysSinceEpoch ?? .max) < ($1.day?.daysSinceEpoch ?? .max) }
            let free = s2s[tag] ?? []
            var used = [Bool](repeating: false, count: free.count)
            var made: [ReconcilePair] = []
            for c in ins {
                var best: Int?
                var bestScore = Int.max
                for (k, s) in free.enumerated() where !used[k] {
                    var score = 1_000_000
                    if let a = c.day, let b = s.day { score = Int(abs(a.daysSinceEpoch - b.daysSinceEpoch)) }
                    if c.negative != s.negative { score += 2_000_000 }
                    if let x = c.manifestNumber, !x.isEmpty, x == s.manifestNumber { score -= 10_000_000 }
                    if score < bestScore { bestScore = score; best = k }
                }
                if let b = best { used[b] = true }
                let s2sRecord = best.map { free[$0].record }
                made.append(ReconcilePair(flow: flow, tag: tag, s2s: s2sRecord, internalRecord: c.record,
                                          day: c.day ?? best.flatMap { free[$0].day }, transfer: nil))
            }
            for (k, s) in free.enumerated() where !used[k] {
                made.append(ReconcilePair(flow: flow, tag: tag, s2s: s.record, internalRecord: nil, day: s.day, transfer: nil))
            }
            for p in made where inWindow(p, internalSide[tag] ?? [], s2s[tag] ?? [], rq) { pairs.append(p) }
        }
        return pairs.count - before
    }

    /// A pair belongs to the window when either of its records' days does.
    func inWindow(_ p: ReconcilePair, _ ins: [Candidate], _ outs: [Candidate], _ rq: OperationsRequest) -> Bool {
        if let r = p.internalRecord, let c = ins.first(where: { $0.record == r }), rq.contains(c.day) { return true }
        if let r = p.s2s, let c = outs.first(where: { $0.record == r }), rq.contains(c.day) { return true }
        return false
    }

    /// On-hand rows ↔ S2S packages, tag by tag (a snapshot: not limited to the window).
    mutating func buildOnHandPairs(_ ds: Dataset) {
        guard !ds.onHand.isEmpty else {
            notes.append(OperationsNote(.warning, "stock on hand was not compared: no on-hand list was given", code: "ops.reconcile.no-on-hand"))
            return
        }
        guard !ds.packages.isEmpty else {
            notes.append(OperationsNote(.warning, "stock on hand was not compared: no S2S package export was given", code: "ops.reconcile.no-packages"))
            return
        }
        let before = pairs.count
        var usedPackage = [Bool](repeating: false, count: ds.packages.count)
        for (i, r) in ds.onHand.enumerated() {
            guard let tag = r.tag, !tag.isEmpty else { continue }
            var s2s: OpsRecord?
            if let p = packageByTag[tag], !usedPackage[Int(p)] {
                usedPackage[Int(p)] = true
                s2s = .package(p)
            }
            pairs.append(ReconcilePair(flow: .onHand, tag: tag, s2s: s2s, internalRecord: .onHand(Int32(i)),
                                       day: r.asOf?.localDay, transfer: nil))
        }
        for (i, p) in ds.packages.enumerated() where !usedPackage[i] && packageByTag[p.tag] == Int32(i) {
            pairs.append(ReconcilePair(flow: .onHand, tag: p.tag, s2s: .package(Int32(i)), internalRecord: nil, day: nil, transfer: nil))
        }
        let n = pairs.count - before
        notes.append(OperationsNote(.info, "stock on hand: \(n) package\(n == 1 ? "" : "s") compared (on-hand list with the S2S package export)",
                                    code: "ops.reconcile.on-hand"))
    }

    /// Internal adjustments ↔ S2S adjustments, tag by tag, nearest day and same sign first.
    mutating func buildAdjustmentPairs(_ ds: Dataset, _ rq: OperationsRequest) {
        var ins: [String: [Candidate]] = [:], outs: [String: [Candidate]] = [:]
        for (i, a) in ds.adjustments.enumerated() {
            guard let tag = a.tag, !tag.isEmpty else { continue }
            let c = Candidate(record: .adjustment(Int32(i)), day: a.date, manifestNumber: nil,
                              negative: (a.quantity?.value ?? 0) < 0)
            if isInternalAdjustment(i) { ins[tag, default: []].append(c) } else { outs[tag, default: []].append(c) }
        }
        if ins.isEmpty && outs.isEmpty { return }
        if ins.isEmpty {
            notes.append(OperationsNote(.warning, "adjustments were not compared: no internal adjustment log was given", code: "ops.reconcile.no-internal-adjustments"))
            return
        }
        if outs.isEmpty {
            notes.append(OperationsNote(.warning, "adjustments were not compared: no S2S adjustment export was given", code: "ops.reconcile.no-s2s-adjustments"))
            return
        }
        let n = match(.adjustment, ins, outs, rq)
        notes.append(OperationsNote(.info, "adjustments: \(n) compared (internal adjustment log with S2S adjustments)", code: "ops.reconcile.adjustments"))
    }

    /// Transfers: a manifest number named by either side in the window's outbound or inbound pairs,
    /// by an internal record in the window, or by an S2S manifest departing or arriving in it.
    mutating func buildTransfers(_ ds: Dataset, _ rq: OperationsRequest) {
        var byKey: [String: Int] = [:]
        func key(_ dir: OpsDirection, _ number: String) -> String { dir.rawValue + "|" + number }
        func transfer(_ dir: OpsDirection, _ number: String) -> Int {
            if let k = byKey[key(dir, number)] { return k }
            transfers.append(TransferPair(direction: dir, manifestNumber: number, manifest: nil, orderLines: [], receivingLines: [],
                                          pairs: [], day: nil))
            byKey[key(dir, number)] = transfers.count - 1
            return transfers.count - 1
        }
        var manifestByNumber: [String: Int32] = [:]
        for (i, m) in ds.manifests.enumerated() { if let n = m.number, manifestByNumber[n] == nil { manifestByNumber[n] = Int32(i) } }
        // S2S manifests in the window
        for (mi, m) in ds.manifests.enumerated() {
            guard let number = m.number else { continue }
            for (di, d) in m.destinations.enumerated() {
                let dir = direction(m, d)
                guard (dir == .outbound && !ds.salesOrderLines.isEmpty) || (dir == .inbound && !ds.receivingLines.isEmpty) else { continue }
                var day: Day?
                for li in d.lines.indices where day == nil { day = lineTimes(ds, LineRef(mi, di, li), dir).day }
                if day == nil { day = lineTimes(ds, LineRef(mi, di, 0), dir).day }
                if rq.contains(day) {
                    let t = transfer(dir, number)
                    transfers[t].day = transfers[t].day ?? day
                }
            }
        }
        // internal records in the window that name a manifest
        for (i, s) in ds.salesOrderLines.enumerated() {
            guard let n = s.manifestNumber, !n.isEmpty, rq.contains(s.shipDate ?? s.orderedAt?.localDay) else { continue }
            let t = transfer(.outbound, n)
            transfers[t].orderLines.append(Int32(i))
            transfers[t].day = transfers[t].day ?? (s.shipDate ?? s.orderedAt?.localDay)
        }
        for (i, r) in ds.receivingLines.enumerated() {
            guard let n = r.manifestNumber, !n.isEmpty, rq.contains(r.receivedAt?.localDay) else { continue }
            let t = transfer(.inbound, n)
            transfers[t].receivingLines.append(Int32(i))
            transfers[t].day = transfers[t].day ?? r.receivedAt?.localDay
        }
        // package pairs join their transfer (by the S2S line's manifest, else the internal record's)
        for (pi, p) in pairs.enumerated() where p.flow == .outbound || p.flow == .inbound {
            let dir: OpsDirection = p.flow == .outbound ? .outbound : .inbound
            var number: String?
            if case .manifestLine(let r)? = p.s2s { number = ds.manifests[Int(r.manifest)].number }
            if number == nil, let rec = p.internalRecord {
                switch rec {
                case .salesOrderLine(let i): number = ds.salesOrderLines[Int(i)].manifestNumber
                case .receivingLine(let i): number = ds.receivingLines[Int(i)].manifestNumber
                default: break
                }
            }
            guard let n = number, !n.isEmpty else { continue }
            let t = transfer(dir, n)
            transfers[t].pairs.append(Int32(pi))
            pairs[pi].transfer = Int32(t)
            if case .salesOrderLine(let i)? = p.internalRecord, !transfers[t].orderLines.contains(i) { transfers[t].orderLines.append(i) }
            if case .receivingLine(let i)? = p.internalRecord, !transfers[t].receivingLines.contains(i) { transfers[t].receivingLines.append(i) }
            transfers[t].day = transfers[t].day ?? p.day
        }
        for t in transfers.indices { transfers[t].manifest = manifestByNumber[transfers[t].manifestNumber] }
    }
}
