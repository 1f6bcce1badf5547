import S2SModel

/// The links between lab certificates (COAs) and packages, built once per run when a pack uses
/// them (`DataIndex.Kind.coas`). Every match is an exact string match on the normalised values
/// the COA reader keeps (tags without spaces, Metrc tags in upper case) and the package fields as
/// the S2S export writes them:
///
/// | link | the COA … | the package … |
/// |---|---|---|
/// | `batch` | prints the batch or lot id among `batches` | has that `ProductionBatchNumber` |
/// | `source_tag` | names the package as its source (`source_tags`) | has that tag (`Label`) |
/// | `lab_sample_tag` | names it as the lab sample (`lab_sample_tag`) | has that tag |
/// | `parent_tag` | names a source package | was made from it (`SourcePackageLabels`) |
struct COAIndex: Sendable {
    enum Link: String, Sendable {
        case batch
        case sourceTag = "source_tag"
        case labSampleTag = "lab_sample_tag"
        case parentTag = "parent_tag"
    }

    private var coasByBatch: [String: [Int]] = [:]
    private var coasBySourceTag: [String: [Int]] = [:]
    private var coasByLabSampleTag: [String: [Int]] = [:]
    private var packagesByBatch: [String: [Int]] = [:]
    private var packagesByTag: [String: [Int]] = [:]
    private var packagesByParentTag: [String: [Int]] = [:]
    private var labResultsByBatch: [String: [Int]] = [:]
    private var labResultsByTag: [String: [Int]] = [:]

    init() {}

    init(_ ds: Dataset) {
        for (i, c) in ds.coas.enumerated() {
            for b in Set(c.sample.batchIDs.map(\.value)) where !b.isEmpty { coasByBatch[b, default: []].append(i) }
            for t in Set(c.sample.sourcePackageTags) where !t.isEmpty { coasBySourceTag[t, default: []].append(i) }
            if let t = c.sample.labSampleTag, !t.isEmpty { coasByLabSampleTag[t, default: []].append(i) }
        }
        guard !ds.coas.isEmpty else { return }
        for (i, p) in ds.packages.enumerated() {
            if let b = p.productionBatch, !b.isEmpty { packagesByBatch[b, default: []].append(i) }
            packagesByTag[p.tag, default: []].append(i)
            for t in Set(p.sourcePackageTags) where !t.isEmpty { packagesByParentTag[t, default: []].append(i) }
        }
        for (i, r) in ds.labResults.enumerated() {
            if let b = r.productionBatch, !b.isEmpty { labResultsByBatch[b, default: []].append(i) }
            for t in Set([r.sourceTag, r.sampleTag].compactMap { $0 }) where !t.isEmpty { labResultsByTag[t, default: []].append(i) }
        }
    }

    /// COAs of a package: by its batch, its tag as the COA's source or lab sample, and the packages it
    /// was made from (in that order, each COA once).
    func coas(forPackage index: Int, in ds: Dataset) -> [Int] {
        let p = ds.packages[index]
        var out: [Int] = []
        var seen = Set<Int>()
        func add(_ list: [Int]?) { for i in list ?? [] where seen.insert(i).inserted { out.append(i) } }
        if let b = p.productionBatch, !b.isEmpty { add(coasByBatch[b]) }
        add(coasBySourceTag[p.tag])
        add(coasByLabSampleTag[p.tag])
        for t in p.sourcePackageTags { add(coasBySourceTag[t]) }
        return out
    }

    /// Packages a COA belongs to (the inverse of `coas(forPackage:)`), in inventory order.
    func packages(forCOA index: Int, in ds: Dataset) -> [Int] {
        let s = ds.coas[index].sample
        var found = Set<Int>()
        for b in s.batchIDs { found.formUnion(packagesByBatch[b.value] ?? []) }
        for t in s.sourcePackageTags {
            found.formUnion(packagesByTag[t] ?? [])
            found.formUnion(packagesByParentTag[t] ?? [])
        }
        if let t = s.labSampleTag { found.formUnion(packagesByTag[t] ?? []) }
        return found.sorted()
    }

    /// Lab results the S2S system recorded for what a COA covers (its batches, source tags and lab
    /// sample tag) by the same laboratory (any laboratory when the COA prints no license).
    func labResults(forCOA index: Int, in ds: Dataset) -> [Int] {
        let c = ds.coas[index]
        var found = Set<Int>()
        for b in c.sample.batchIDs { found.formUnion(labResultsByBatch[b.value] ?? []) }
        for t in c.sample.sourcePackageTags + [c.sample.labSampleTag].compactMap({ $0 }) {
            found.formUnion(labResultsByTag[t] ?? [])
        }
        let lab = c.lab.license?.value
        return found.sorted().filter { lab == nil || ds.labResults[$0].labLicenseNumber == lab }
    }

    /// How a package and a COA are linked (the first link in the order of the table above), or nil.
    static func link(_ p: Package, _ c: COA) -> (Link, String)? {
        if let b = p.productionBatch, !b.isEmpty, c.sample.batchIDs.contains(where: { $0.value == b }) { return (.batch, b) }
        let sources = c.sample.sourcePackageTags
        if sources.contains(p.tag) { return (.sourceTag, p.tag) }
        if c.sample.labSampleTag == p.tag { return (.labSampleTag, p.tag) }
        if let t = p.sourcePackageTags.first(where: { sources.contains($0) }) { return (.parentTag, t) }
        return nil
    }
}
