import S2SModel

/// Matching for `s2slint tote` (a staged tote's scans, its manifest and its sales order) and
/// `s2slint receive` (an incoming manifest, the dock scans and the receiving log), tag by tag.
extension OperationsIndex {
    /// Manifests named by number (or template name).
    func manifests(named numbers: [String], _ ds: Dataset) -> [Int] {
        ds.manifests.indices.filter { i in numbers.contains { $0 == ds.manifests[i].number || $0 == ds.manifests[i].name } }
    }

    mutating func buildTote(_ ds: Dataset, _ rq: OperationsRequest) {
        let scans = selectedScans(ds, rq)
        let scannedTags = Set(scans.map { ds.scanEvents[Int($0)].tag })
        var orderLines: [Int] = rq.orders.isEmpty ? [] : ds.salesOrderLines.indices.filter { rq.orders.contains(ds.salesOrderLines[$0].orderId ?? "") }
        // the manifest: named, else the one the orders name, else the one holding the scanned tags
        var chosen = manifests(named: rq.manifests, ds)
        if !rq.manifests.isEmpty && chosen.isEmpty {
            notes.append(OperationsNote(.error, "no manifest \(rq.manifests.joined(separator: ", ")) is in the input", code: "ops.tote.no-manifest"))
            return
        }
        if chosen.isEmpty {
            let named = Set(orderLines.compactMap { ds.salesOrderLines[$0].manifestNumber }.filter { !$0.isEmpty })
            chosen = manifests(named: Array(named), ds)
        }
        if chosen.isEmpty {
            chosen = ds.manifests.indices.filter { i in ds.manifests[i].destinations.contains { $0.lines.contains { scannedTags.contains($0.tag ?? "") } } }
            if chosen.isEmpty, ds.manifests.count == 1 { chosen = [0] }
        }
        guard chosen.count == 1 else {
            let names = chosen.compactMap { ds.manifests[$0].key }
            notes.append(OperationsNote(.error, chosen.isEmpty ? "the tote's manifest is not in the input: give the manifest export (and --manifest NUMBER)"
                                            : "the tote's scans are on several manifests (\(names.joined(separator: ", "))): name one with --manifest",
                                        code: "ops.tote.which-manifest"))
            return
        }
        let mi = chosen[0]
        let m = ds.manifests[mi]
        if orderLines.isEmpty, let n = m.number {
            orderLines = ds.salesOrderLines.indices.filter { ds.salesOrderLines[$0].manifestNumber == n }
        }
        var lineTags = Set<String>()
        for d in m.destinations { for l in d.lines { if let t = l.tag { lineTags.insert(t) } } }
        if orderLines.isEmpty {
            orderLines = ds.salesOrderLines.indices.filter { lineTags.contains(ds.salesOrderLines[$0].tag ?? "") }
        }
        var entryByTag: [String: Int] = [:]
        func entry(_ tag: String) -> Int {
            if let e = entryByTag[tag] { return e }
            toteEntries.append(ToteEntry(tag: tag, line: nil, orderLine: nil, scans: [], package: packageByTag[tag], manifestNumber: m.key))
            entryByTag[tag] = toteEntries.count - 1
            return toteEntries.count - 1
        }
        for (di, d) in m.destinations.enumerated() {
            for (li, l) in d.lines.enumerated() {
                guard let t = l.tag else { continue }
                let e = entry(t)
                if toteEntries[e].line == nil { toteEntries[e].line = LineRef(mi, di, li) }
            }
        }
        var untagged = 0
        for o in orderLines {
            guard let t = ds.salesOrderLines[o].tag, !t.isEmpty else { untagged += 1; continue }
            let e = entry(t)
            if toteEntries[e].orderLine == nil { toteEntries[e].orderLine = Int32(o) }
        }
        for s in scans { toteEntries[entry(ds.scanEvents[Int(s)].tag)].scans.append(s) }
        let orders = Set(orderLines.compactMap { ds.salesOrderLines[$0].orderId })
        notes.append(OperationsNote(.info, "tote\(rq.sessions.isEmpty ? "" : " " + rq.sessions.joined(separator: ", ")): \(scannedTags.count) tag\(scannedTags.count == 1 ? "" : "s") scanned, "
                                    + "\(lineTags.count) on manifest \(m.key ?? "?"), \(orderLines.count) line\(orderLines.count == 1 ? "" : "s") of sales order \(orders.sorted().joined(separator: ", "))",
                                    code: "ops.tote.summary"))
        if orderLines.isEmpty {
            notes.append(OperationsNote(.warning, "no sales order names manifest \(m.key ?? "?") or its packages: quantities and items are not compared with an order",
                                        code: "ops.tote.no-order"))
        }
        if untagged > 0 {
            notes.append(OperationsNote(.warning, "\(untagged) sales-order line\(untagged == 1 ? " names" : "s name") no package tag and cannot be matched with the tote",
                                        code: "ops.tote.untagged"))
        }
    }

    mutating func buildReceive(_ ds: Dataset, _ rq: OperationsRequest) {
        var chosen = manifests(named: rq.manifests, ds)
        if !rq.manifests.isEmpty && chosen.isEmpty {
            notes.append(OperationsNote(.error, "no manifest \(rq.manifests.joined(separator: ", ")) is in the input", code: "ops.receive.no-manifest"))
            return
        }
        if chosen.isEmpty {
            chosen = ds.manifests.indices.filter { i in
                let m = ds.manifests[i]
                return m.destinations.enumerated().contains { di, d in
                    direction(m, d) == .inbound && rq.contains(lineTimes(ds, LineRef(i, di, 0), .inbound).day)
                }
            }
        }
        guard !chosen.isEmpty else {
            notes.append(OperationsNote(.error, "no incoming manifest is in the input" + (rq.from == nil ? "" : " for \(rq.windowText)")
                                        + ": give the incoming transfer export (and --manifest NUMBER)", code: "ops.receive.no-manifest"))
            return
        }
        let scans = selectedScans(ds, rq)
        var entryByTag: [String: Int] = [:]
        func entry(_ tag: String, _ number: String?) -> Int {
            if let e = entryByTag[tag] { return e }
            receiveEntries.append(ReceiveEntry(tag: tag, line: nil, receivingLine: nil, scans: [], package: packageByTag[tag], manifestNumber: number))
            entryByTag[tag] = receiveEntries.count - 1
            return receiveEntries.count - 1
        }
        var numbers = Set<String>()
        for mi in chosen {
            let m = ds.manifests[mi]
            if let n = m.number { numbers.insert(n) }
            for (di, d) in m.destinations.enumerated() {
                for (li, l) in d.lines.enumerated() {
                    guard let t = l.tag else { continue }
                    let e = entry(t, m.key)
                    if receiveEntries[e].line == nil { receiveEntries[e].line = LineRef(mi, di, li) }
                }
            }
        }
        for (i, r) in ds.receivingLines.enumerated() {
            guard let t = r.tag, !t.isEmpty else { continue }
            guard numbers.contains(r.manifestNumber ?? "") || entryByTag[t] != nil else { continue }
            let e = entry(t, r.manifestNumber)
            if receiveEntries[e].receivingLine == nil { receiveEntries[e].receivingLine = Int32(i) }
        }
        for s in scans { receiveEntries[entry(ds.scanEvents[Int(s)].tag, nil)].scans.append(s) }
        let onManifest = receiveEntries.filter { $0.line != nil }.count
        notes.append(OperationsNote(.info, "receiving manifest\(chosen.count == 1 ? "" : "s") \(chosen.compactMap { ds.manifests[$0].key }.joined(separator: ", ")): "
                                    + "\(onManifest) package\(onManifest == 1 ? "" : "s") on the manifest, \(Set(scans.map { ds.scanEvents[Int($0)].tag }).count) scanned at the dock, "
                                    + "\(receiveEntries.filter { $0.receivingLine != nil }.count) on the receiving log",
                                    code: "ops.receive.summary"))
    }
}
