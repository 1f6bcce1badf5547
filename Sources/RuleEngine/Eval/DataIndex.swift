public import S2SModel

/// Lookups the built-in functions serve in constant or logarithmic time. Built once per run,
/// only for what the loaded packs use.
public struct DataIndex: Sendable {
    public enum Kind: Sendable, Hashable, CaseIterable {
        case licenseByNumber, packageByTag, labResults, fifo, shipped, coas
        /// Packages by their production batch number.
        case packagesByBatch
        /// Daily operations: movements, scans and on-hand rows by tag (and the subjects a run asks for).
        case operations
        /// Retail: receipts and deliveries by customer, store and day.
        case retail
    }

    var licenseByNumber: [String: Int] = [:]
    var packageByTag: [String: Int] = [:]
    var packageById: [String: Int] = [:]
    var labByBatch: [String: [Int]] = [:]
    /// ProductionBatchNumber → package indexes, in export order.
    var packagesByBatch: [String: [Int]] = [:]
    var labByPackageId: [String: [Int]] = [:]
    var labBySourceTag: [String: [Int]] = [:]
    /// (owner license, item name) → package indexes sorted by packaged date (oldest first).
    var fifoGroups: [FifoKey: [Int]] = [:]
    /// Earliest local departure day on which each exact tag appears on any manifest line.
    var firstShipped: [String: Day] = [:]
    /// Lab certificates ↔ packages (and the S2S lab results a certificate covers).
    var coa = COAIndex()
    /// The daily-operation lookups and subjects (`OperationsIndex`).
    public internal(set) var operations = OperationsIndex()
    /// A customer's receipts and deliveries at a store, by day (`RetailIndex`).
    var retail = RetailIndex()

    struct FifoKey: Hashable, Sendable {
        var owner: String
        var item: String
    }

    public init(dataset: Dataset, kinds: Set<Kind>) {
        if kinds.contains(.licenseByNumber) {
            licenseByNumber.reserveCapacity(dataset.licenses.count)
            for (i, l) in dataset.licenses.enumerated() where licenseByNumber[l.number] == nil {
                licenseByNumber[l.number] = i
            }
        }
        if kinds.contains(.packageByTag) || kinds.contains(.fifo) || kinds.contains(.labResults) {
            packageByTag.reserveCapacity(dataset.packages.count)
            for (i, p) in dataset.packages.enumerated() where packageByTag[p.tag] == nil {
                packageByTag[p.tag] = i
            }
        }
        if kinds.contains(.labResults) {
            for (i, p) in dataset.packages.enumerated() {
                if let id = p.id, packageById[id] == nil { packageById[id] = i }
            }
        }
        if kinds.contains(.labResults) {
            for (i, r) in dataset.labResults.enumerated() {
                if let b = r.productionBatch, !b.isEmpty { labByBatch[b, default: []].append(i) }
                if let p = r.packageId { labByPackageId[p, default: []].append(i) }
                if let t = r.sourceTag { labBySourceTag[t, default: []].append(i) }
            }
        }
        if kinds.contains(.packagesByBatch) {
            for (i, p) in dataset.packages.enumerated() {
                if let b = p.productionBatch, !b.isEmpty { packagesByBatch[b, default: []].append(i) }
            }
        }
        if kinds.contains(.fifo) {
            for (i, p) in dataset.packages.enumerated() {
                guard let owner = p.ownerLicenseNumber, let item = p.item.name, p.packagedDate != nil else { continue }
                fifoGroups[FifoKey(owner: owner, item: item), default: []].append(i)
            }
            for (k, v) in fifoGroups {
                fifoGroups[k] = v.sorted { (dataset.packages[$0].packagedDate ?? Day(daysSinceEpoch: 0)) < (dataset.packages[$1].packagedDate ?? Day(daysSinceEpoch: 0)) }
            }
        }
        if kinds.contains(.coas) { coa = COAIndex(dataset) }
        if kinds.contains(.operations) { operations = OperationsIndex(dataset, request: nil) }
        if kinds.contains(.retail) { retail = RetailIndex(dataset) }
        if kinds.contains(.shipped) {
            for m in dataset.manifests {
                for d in m.destinations {
                    guard let day = d.estimatedDeparture?.localDay else { continue }
                    for l in d.lines {
                        guard let t = l.tag else { continue }
                        if let seen = firstShipped[t], seen <= day { continue }
                        firstShipped[t] = day
                    }
                }
            }
        }
    }

    /// Packages of the same owner and item packaged strictly before `p`, oldest first.
    func olderPackages(than index: Int, in dataset: Dataset) -> ArraySlice<Int> {
        let p = dataset.packages[index]
        guard let owner = p.ownerLicenseNumber, let item = p.item.name, let date = p.packagedDate,
              let group = fifoGroups[FifoKey(owner: owner, item: item)] else { return [] }
        // binary search for the first package packaged on or after `date`
        var lo = 0, hi = group.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if let d = dataset.packages[group[mid]].packagedDate, d < date { lo = mid + 1 } else { hi = mid }
        }
        return group[0..<lo]
    }

    /// The package a lab result was recorded for: by its S2S package id, else by its source tag.
    func package(ofLabResult index: Int, in dataset: Dataset) -> Int? {
        let r = dataset.labResults[index]
        if let id = r.packageId, let p = packageById[id] { return p }
        if let t = r.sourceTag, let p = packageByTag[t] { return p }
        return nil
    }

    /// Lab results that belong to a package: by its S2S id, by its tag as the tested source, and by
    /// its production batch (in that order, each result once).
    func labResults(forPackage index: Int, in dataset: Dataset) -> [Int] {
        let p = dataset.packages[index]
        var out: [Int] = []
        var seen = Set<Int>()
        func add(_ list: [Int]?) { for i in list ?? [] where seen.insert(i).inserted { out.append(i) } }
        if let id = p.id { add(labByPackageId[id]) }
        add(labBySourceTag[p.tag])
        if let b = p.productionBatch, !b.isEmpty { add(labByBatch[b]) }
        return out
    }
}

/// What the evaluator reads: the dataset, its indexes, and the run's settings.
public final class EvalContext: Sendable {
    public let dataset: Dataset
    public let index: DataIndex
    /// The date given with `--as-of`; when nil, each subject's own date (departure) or `today`.
    public let asOf: Day?
    public let today: Day

    public init(dataset: Dataset, index: DataIndex, asOf: Day?, today: Day) {
        self.dataset = dataset
        self.index = index
        self.asOf = asOf
        self.today = today
    }
}
