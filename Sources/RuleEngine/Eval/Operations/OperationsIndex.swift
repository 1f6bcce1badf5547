public import S2SModel

/// The daily-operation view of a run's data: lookups by tag (movements, scans, on-hand rows) and,
/// for the operations a run asks for (`OperationsRequest`), the subjects of the `reconcile`,
/// `reconcile_transfer`, `count`, `tote` and `receive` scopes. Every match is made here, once;
/// whether a matched pair is a discrepancy is for the packs to say.
public struct OperationsIndex: Sendable {
    public private(set) var request: OperationsRequest?
    /// The facility's license numbers (given, or worked out from the exports).
    public private(set) var ourLicenses: Set<String> = []
    var packageByTag: [String: Int32] = [:]
    var onHandByTag: [String: [Int32]] = [:]
    var scansByTag: [String: [Int32]] = [:]
    /// Whether each adjustment came from an internal (mapped ERP/WMS) export rather than the S2S system.
    var adjustmentIsInternal: [Bool] = []
    public private(set) var movements: [Movement] = []
    /// Movement indexes per tag, newest first.
    var movementsByTag: [String: [Int32]] = [:]

    public internal(set) var pairs: [ReconcilePair] = []
    public internal(set) var transfers: [TransferPair] = []
    public internal(set) var countEntries: [CountEntry] = []
    /// The counted area (the locations given, else those scanned).
    public internal(set) var countArea: [String] = []
    /// `countArea` ready for lookups.
    public internal(set) var countAreaLookup = LocationArea([])
    public internal(set) var toteEntries: [ToteEntry] = []
    public internal(set) var receiveEntries: [ReceiveEntry] = []
    /// What was compared and what could not be, in plain words.
    public internal(set) var notes: [OperationsNote] = []

    public init() {}

    /// Builds the lookups, and the subjects of the requested operations.
    public init(_ ds: Dataset, request: OperationsRequest?) {
        self.request = request
        packageByTag.reserveCapacity(ds.packages.count)
        for (i, p) in ds.packages.enumerated() where packageByTag[p.tag] == nil { packageByTag[p.tag] = Int32(i) }
        for (i, r) in ds.onHand.enumerated() { if let t = r.tag { onHandByTag[t, default: []].append(Int32(i)) } }
        for (i, s) in ds.scanEvents.enumerated() { scansByTag[s.tag, default: []].append(Int32(i)) }
        adjustmentIsInternal = ds.adjustments.map { Self.isInternal($0.source, ds) }
        ourLicenses = Self.facilityLicenses(ds, given: request?.licenses ?? [])
        buildMovements(ds)
        guard let request else { return }
        if request.operations.contains(.reconcile) { buildReconcile(ds, request) }
        if request.operations.contains(.count) { buildCount(ds, request) }
        if request.operations.contains(.tote) { buildTote(ds, request) }
        if request.operations.contains(.receive) { buildReceive(ds, request) }
    }

    /// A record read from an ERP/WMS export through a mapping file (not from the S2S system).
    static func isInternal(_ ref: SourceRef, _ ds: Dataset) -> Bool {
        guard ref.file >= 0, Int(ref.file) < ds.files.count else { return false }
        return ds.files[Int(ref.file)].kind.hasPrefix("mapped")
    }

    static func facilityLicenses(_ ds: Dataset, given: [String]) -> Set<String> {
        if !given.isEmpty { return Set(given) }
        var out = Set<String>()
        for p in ds.packages { if let o = p.ownerLicenseNumber, !o.isEmpty { out.insert(o) } }
        for s in ds.salesOrderLines { if let o = s.sellerLicenseNumber, !o.isEmpty { out.insert(o) } }
        for r in ds.receivingLines { if let o = r.receiverLicenseNumber, !o.isEmpty { out.insert(o) } }
        for r in ds.onHand { if let o = r.licenseNumber, !o.isEmpty { out.insert(o) } }
        return out
    }

    /// Which way a destination's goods move for this facility: shipped by it, received by it, else
    /// as the S2S list it came from says (`incoming` is inbound).
    func direction(_ m: Manifest, _ d: Destination) -> OpsDirection {
        if let s = m.shipperLicenseNumber, ourLicenses.contains(s) { return .outbound }
        if let r = d.recipientLicenseNumber, ourLicenses.contains(r) { return .inbound }
        return m.status == "incoming" ? .inbound : .outbound
    }

    /// The day goods left (outbound) or were received (inbound), and when the S2S system recorded it.
    func lineTimes(_ ds: Dataset, _ r: LineRef, _ dir: OpsDirection) -> (day: Day?, recorded: DateTime?) {
        let m = ds.manifests[Int(r.manifest)]
        let d = m.destinations[Int(r.destination)]
        switch dir {
        case .outbound:
            return ((d.actualDeparture ?? d.estimatedDeparture)?.localDay ?? m.createdAt?.localDay, m.createdAt)
        case .inbound:
            let received = receivedPackage(ds, r).flatMap { ds.packages[Int($0)].receivedAt }
            return ((received ?? d.actualArrival ?? d.estimatedArrival ?? d.actualDeparture ?? d.estimatedDeparture)?.localDay, received)
        }
    }

    /// The facility's S2S package that came in on a line (same tag, received from that manifest or not saying).
    func receivedPackage(_ ds: Dataset, _ r: LineRef) -> Int32? {
        let m = ds.manifests[Int(r.manifest)]
        let lines = m.destinations[Int(r.destination)].lines
        guard Int(r.line) < lines.count, let tag = lines[Int(r.line)].tag, let p = packageByTag[tag] else { return nil }
        let from = ds.packages[Int(p)].receivedFromManifestNumber
        return from == nil || from == m.number ? p : nil
    }

    // MARK: lookups

    /// Movements of a tag, newest first.
    public func movements(of tag: String) -> [Int32] { movementsByTag[tag] ?? [] }
    public func scans(of tag: String) -> [Int32] { scansByTag[tag] ?? [] }
    public func onHandRows(of tag: String) -> [Int32] { onHandByTag[tag] ?? [] }
    public func package(of tag: String) -> Int32? { packageByTag[tag] }
    public func isInternalAdjustment(_ i: Int) -> Bool { i < adjustmentIsInternal.count && adjustmentIsInternal[i] }

    /// Every manifest line that names a tag, with its place, the direction of its stop and the stop.
    func forEachTaggedLine(_ ds: Dataset, _ body: (_ tag: String, _ r: LineRef, _ dir: OpsDirection, _ m: Manifest, _ d: Destination) -> Void) {
        for (mi, m) in ds.manifests.enumerated() {
            for (di, d) in m.destinations.enumerated() {
                let dir = direction(m, d)
                for (li, l) in d.lines.enumerated() {
                    guard let tag = l.tag else { continue }
                    body(tag, LineRef(mi, di, li), dir, m, d)
                }
            }
        }
    }

    mutating func buildMovements(_ ds: Dataset) {
        var list: [Movement] = []
        forEachTaggedLine(ds) { tag, r, dir, _, d in
            let t = lineTimes(ds, r, dir)
            let at = dir == .outbound ? (d.actualDeparture ?? d.estimatedDeparture) : t.recorded ?? d.actualArrival
            list.append(Movement(record: .manifestLine(r), tag: tag, system: "s2s", direction: dir == .outbound ? "out" : "in",
                                 at: at, day: t.day))
        }
        for (i, a) in ds.adjustments.enumerated() {
            guard let tag = a.tag else { continue }
            list.append(Movement(record: .adjustment(Int32(i)), tag: tag, system: isInternalAdjustment(i) ? "internal" : "s2s",
                                 direction: "adjust", at: nil, day: a.date))
        }
        for (i, r) in ds.receivingLines.enumerated() {
            guard let tag = r.tag else { continue }
            list.append(Movement(record: .receivingLine(Int32(i)), tag: tag, system: "internal", direction: "in",
                                 at: r.receivedAt, day: r.receivedAt?.localDay))
        }
        for (i, s) in ds.salesOrderLines.enumerated() {
            guard let tag = s.tag else { continue }
            list.append(Movement(record: .salesOrderLine(Int32(i)), tag: tag, system: "internal", direction: "out",
                                 at: nil, day: s.shipDate ?? s.orderedAt?.localDay))
        }
        movements = list
        var byTag: [String: [Int32]] = [:]
        for (i, mv) in list.enumerated() { byTag[mv.tag, default: []].append(Int32(i)) }
        for (tag, idx) in byTag where idx.count > 1 {
            byTag[tag] = idx.sorted { list[Int($0)].sortKey > list[Int($1)].sortKey }
        }
        movementsByTag = byTag
    }

    // MARK: finding keys

    /// The business keys, the subject's own record and the related records of an operations subject.
    public struct SubjectKeys: Sendable {
        public var manifest: String?
        public var package: String?
        public var license: String?
        public var ref: SourceRef
        public var related: [RelatedLocation]
    }
}

extension DataIndex {
    /// The indexes a rule set needs, with the subjects of the operations a run asks for.
    public init(dataset: Dataset, kinds: Set<Kind>, operations request: OperationsRequest?) {
        self.init(dataset: dataset, kinds: request == nil ? kinds : kinds.subtracting([.operations]))
        if let request { operations = OperationsIndex(dataset, request: request) }
    }
}

extension OperationsIndex {
    /// The newest movements of a tag as sentences (`2026-11-29 internal adjustment -2 each (Sample: …)`),
    /// for the lists an investigation starts from.
    public func movementSentences(of tag: String, in ds: Dataset, limit: Int = 5) -> [String] {
        movements(of: tag).prefix(limit).map { OpsRecordView(movements[Int($0)].record, ds, self).sentence() }
    }
}
