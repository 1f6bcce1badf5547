public import S2SModel

/// Runs the daily-operation scopes: each subject is judged on its own day (the event's day, or
/// `--as-of`), like a destination on its departure.
extension RunState {
    mutating func runOperations() {
        let o = ctx.index.operations
        let ds = ctx.dataset
        runSubjects("reconcile", count: o.pairs.count, kind: .reconcilePair) { i in
            (o.pairs[i].day, o.keys(for: RecordRef(.reconcilePair, i), ds)?.ref ?? .none)
        }
        runSubjects("reconcile_transfer", count: o.transfers.count, kind: .transferPair) { i in
            (o.transfers[i].day, o.keys(for: RecordRef(.transferPair, i), ds)?.ref ?? .none)
        }
        runSubjects("count", count: o.countEntries.count, kind: .countEntry) { i in
            (nil, o.keys(for: RecordRef(.countEntry, i), ds)?.ref ?? .none)
        }
        runSubjects("tote", count: o.toteEntries.count, kind: .toteEntry) { i in
            (nil, o.keys(for: RecordRef(.toteEntry, i), ds)?.ref ?? .none)
        }
        runSubjects("receive", count: o.receiveEntries.count, kind: .receiveEntry) { i in
            (nil, o.keys(for: RecordRef(.receiveEntry, i), ds)?.ref ?? .none)
        }
    }

    mutating func runSubjects(_ name: String, count: Int, kind: RecordKind, _ info: (Int) -> (Day?, SourceRef)) {
        guard let scope = set.scopes[name], count > 0 else { return }
        let frame = Frame(ctx: ctx, slotCount: scope.slotCount, date: fallbackDate)
        for i in 0..<count {
            frame.nextSubject()
            let ref = RecordRef(kind, i)
            frame.slots[0] = .record(ref)
            let (day, src) = info(i)
            frame.date = ctx.asOf ?? day ?? fallbackDate
            _ = evaluate(scope, frame, subject: ref, ref: src, outer: [])
        }
    }
}

extension OperationsIndex {
    /// Business keys, own position and related records of an operations subject (nil for other kinds).
    public func keys(for subject: RecordRef, _ ds: Dataset) -> SubjectKeys? {
        func rel(_ label: String, _ rec: OpsRecord?) -> [RelatedLocation] {
            guard let rec else { return [] }
            return [RelatedLocation(label: label, ref: rec.source(ds))]
        }
        func scanRel(_ scans: [Int32]) -> [RelatedLocation] {
            scans.prefix(3).map { RelatedLocation(label: "scan of \(ds.scanEvents[Int($0)].tag)", ref: ds.scanEvents[Int($0)].source) }
        }
        switch subject.kind {
        case .reconcilePair:
            let p = pairs[Int(subject.i)]
            let s = p.s2s.map { OpsRecordView($0, ds, self) }
            let n = p.internalRecord.map { OpsRecordView($0, ds, self) }
            let own = p.internalRecord ?? p.s2s
            let related = p.internalRecord == nil ? [] : rel("\(p.s2s?.label ?? "") (S2S side)", p.s2s)
            return SubjectKeys(manifest: s?.manifestNumber ?? n?.manifestNumber, package: p.tag,
                               license: n?.licenseNumber ?? s?.licenseNumber, ref: own?.source(ds) ?? .none, related: related)
        case .transferPair:
            let t = transfers[Int(subject.i)]
            let manifestRef = t.manifest.map { ds.manifests[Int($0)].source }
            let internalRef = t.orderLines.first.map { ds.salesOrderLines[Int($0)].source } ?? t.receivingLines.first.map { ds.receivingLines[Int($0)].source }
            var related: [RelatedLocation] = []
            if let m = manifestRef, internalRef != nil { related.append(RelatedLocation(label: "S2S manifest \(t.manifestNumber)", ref: m)) }
            let license = t.orderLines.first.flatMap { ds.salesOrderLines[Int($0)].customerLicenseNumber }
                ?? t.receivingLines.first.flatMap { ds.receivingLines[Int($0)].shipperLicenseNumber }
            return SubjectKeys(manifest: t.manifestNumber, package: nil, license: license, ref: internalRef ?? manifestRef ?? .none, related: related)
        case .countEntry:
            let e = countEntries[Int(subject.i)]
            let onHand = rel("on-hand row", e.onHand.map { .onHand($0) }), package = rel("S2S package", e.package.map { .package($0) })
            let ref = e.scans.first.map { ds.scanEvents[Int($0)].source } ?? e.onHand.map { ds.onHand[Int($0)].source }
                ?? e.package.map { ds.packages[Int($0)].source } ?? .none
            let related = !e.scans.isEmpty ? onHand + package : (e.onHand != nil ? package : [])
            return SubjectKeys(manifest: nil, package: e.tag, license: e.package.flatMap { ds.packages[Int($0)].ownerLicenseNumber },
                               ref: ref, related: related)
        case .toteEntry:
            let e = toteEntries[Int(subject.i)]
            let line = rel("manifest line", e.line.map { .manifestLine($0) }), order = rel("sales-order line", e.orderLine.map { .salesOrderLine($0) })
            let ref = e.scans.first.map { ds.scanEvents[Int($0)].source } ?? e.line.map { OpsRecord.manifestLine($0).source(ds) }
                ?? e.orderLine.map { ds.salesOrderLines[Int($0)].source } ?? .none
            let related = !e.scans.isEmpty ? line + order : (e.line != nil ? order : [])
            return SubjectKeys(manifest: e.manifestNumber, package: e.tag, license: nil, ref: ref, related: related)
        case .receiveEntry:
            let e = receiveEntries[Int(subject.i)]
            let receiving = rel("receiving-log line", e.receivingLine.map { .receivingLine($0) })
            let ref = e.line.map { OpsRecord.manifestLine($0).source(ds) } ?? e.receivingLine.map { ds.receivingLines[Int($0)].source }
                ?? e.scans.first.map { ds.scanEvents[Int($0)].source } ?? .none
            let related = e.line != nil ? receiving + scanRel(e.scans)
                : (e.receivingLine != nil ? scanRel(e.scans) : scanRel(Array(e.scans.dropFirst())))
            let shipper = e.line.flatMap { ds.manifests[Int($0.manifest)].shipperLicenseNumber }
            return SubjectKeys(manifest: e.manifestNumber, package: e.tag, license: shipper, ref: ref, related: related)
        default:
            return nil
        }
    }

    /// How an operations record is named in messages and evidence.
    static func recordKey(_ r: RecordRef, _ c: EvalContext) -> String {
        let ds = c.dataset
        let o = c.index.operations
        switch r.kind {
        case .adjustment: return OpsRecordView(.adjustment(r.i), ds, o).sentence()
        case .salesOrderLine: return OpsRecordView(.salesOrderLine(r.i), ds, o).sentence()
        case .receivingLine: return OpsRecordView(.receivingLine(r.i), ds, o).sentence()
        case .onHand: return OpsRecordView(.onHand(r.i), ds, o).sentence()
        case .scan:
            let s = ds.scanEvents[Int(r.i)]
            return "scan of \(s.tag)" + (s.location.map { " in \($0)" } ?? "") + (s.scannedAt.map { " at \($0)" } ?? "")
        case .movement:
            guard Int(r.i) < o.movements.count else { return "movement" }
            return OpsRecordView(o.movements[Int(r.i)].record, ds, o).sentence()
        case .reconcilePair: return o.pairs[Int(r.i)].tag
        case .pairSide:
            let p = o.pairs[Int(r.i)]
            guard let rec = r.j == 0 ? p.s2s : p.internalRecord else { return "missing" }
            return OpsRecordView(rec, ds, o).sentence()
        case .transferPair: return "manifest " + o.transfers[Int(r.i)].manifestNumber
        case .countEntry: return o.countEntries[Int(r.i)].tag
        case .toteEntry: return o.toteEntries[Int(r.i)].tag
        case .receiveEntry: return o.receiveEntries[Int(r.i)].tag
        default: return r.kind.displayName
        }
    }
}
