public import S2SModel

/// What a dataset holds, counted per record type, with the span of each type's main date: what
/// `s2slint inspect` shows for a file.
public struct DatasetSummary: Sendable, Codable {
    public struct Entry: Sendable, Codable {
        /// Record type as a person reads it (`packages`, `manifest lines`, …).
        public var type: String
        public var count: Int
        /// Which date the range is of (`packaged`, `departure`, …), and its first and last day.
        public var dateField: String?
        public var from: String?
        public var to: String?
    }

    public var entries: [Entry]

    public init(_ ds: Dataset, parts: [(String, Int)] = []) {
        var e: [Entry] = []
        func add(_ type: String, _ count: Int, _ field: String? = nil, _ days: [Day] = []) {
            guard count > 0 else { return }
            let sorted = days.sorted()
            e.append(Entry(type: type, count: count, dateField: sorted.isEmpty ? nil : field,
                           from: sorted.first?.description, to: sorted.last?.description))
        }
        add("licenses", ds.licenses.count, "expiring", ds.licenses.compactMap(\.expirationDate))
        add("packages", ds.packages.count, "packaged", ds.packages.compactMap(\.packagedDate))
        add("items", ds.items.count)
        add("lab results", ds.labResults.count, "tested", ds.labResults.compactMap(\.testedDate))
        add("lab result panels", ds.labResults.reduce(0) { $0 + $1.panels.count })
        let destinations = ds.manifests.flatMap(\.destinations)
        add("manifests", ds.manifests.count, "departing",
            destinations.compactMap { ($0.estimatedDeparture ?? $0.actualDeparture)?.localDay }
                + ds.manifests.filter { $0.destinations.isEmpty }.compactMap { $0.createdAt?.localDay })
        add("manifest destinations", destinations.count)
        add("manifest lines", destinations.reduce(0) { $0 + $1.lines.count })
        add("transporters", destinations.reduce(0) { $0 + ($1.transporters?.count ?? 0) })
        add("facilities", ds.facilities.count)
        add("item categories", ds.itemCategories.count)
        add("units of measure", ds.unitsOfMeasure.count)
        add("lab-test batches", ds.labTestBatches.count)
        add("lab-test types", ds.labTestTypes.count)
        add("transfer types", ds.transferTypes.count)
        add("drivers", ds.drivers.count)
        add("vehicles", ds.vehicles.count)
        add("strains", ds.strains.count)
        add("adjustments", ds.adjustments.count, "adjusted", ds.adjustments.compactMap(\.date))
        add("sales-order lines", ds.salesOrderLines.count, "ordered",
            ds.salesOrderLines.compactMap { $0.orderedAt?.localDay ?? $0.shipDate })
        add("receiving lines", ds.receivingLines.count, "received", ds.receivingLines.compactMap { $0.receivedAt?.localDay })
        add("on-hand rows", ds.onHand.count, "as of", ds.onHand.compactMap { $0.asOf?.localDay })
        add("scan events", ds.scanEvents.count, "scanned", ds.scanEvents.compactMap { $0.scannedAt?.localDay })
        add("sales receipts", ds.receipts.count, "sold", ds.receipts.compactMap { $0.salesDateTime?.localDay })
        add("sale lines", ds.receipts.reduce(0) { $0 + $1.transactions.count } + ds.retailDeliveries.reduce(0) { $0 + $1.transactions.count })
        add("deliveries to customers", ds.retailDeliveries.count, "sold", ds.retailDeliveries.compactMap { $0.salesDateTime?.localDay })
        add("retailer delivery runs", ds.retailTrips.count, "leaving",
            ds.retailTrips.compactMap { ($0.estimatedDeparture ?? $0.dateTime)?.localDay })
        add("packages carried on delivery runs", ds.retailTrips.reduce(0) { $0 + $1.packages.count })
        for (name, n) in parts { add(name, n) }
        entries = e
    }

    /// The earliest and latest day over all entries.
    public var dateRange: (from: String, to: String)? {
        let froms = entries.compactMap(\.from).sorted()
        let tos = entries.compactMap(\.to).sorted()
        guard let f = froms.first, let t = tos.last else { return nil }
        return (f, t)
    }
}
