import S2SModel

/// Matching for `s2slint count`: every tag the books (S2S package list, on-hand list) place in the
/// counted area, and every tag scanned in the count, once each.
extension OperationsIndex {
    /// Whether a location lies in an area: equal to an entry, or inside it (`VAULT-A` holds
    /// `VAULT-A-03` and `VAULT-A/3`). Compared ignoring case and surrounding spaces.
    public static func location(_ location: String?, isIn area: [String]) -> Bool {
        LocationArea(area).contains(location)
    }

    /// The scans a request uses: of its sessions (all when none is named) and, with a window, made in it.
    func selectedScans(_ ds: Dataset, _ rq: OperationsRequest) -> [Int32] {
        let sessions = Set(rq.sessions)
        var out: [Int32] = []
        for (i, s) in ds.scanEvents.enumerated() {
            if !sessions.isEmpty && !sessions.contains(s.session ?? "") { continue }
            if (rq.from != nil || rq.to != nil), let at = s.scannedAt, !rq.contains(at.localDay) { continue }
            out.append(Int32(i))
        }
        return out
    }

    mutating func buildCount(_ ds: Dataset, _ rq: OperationsRequest) {
        let scans = selectedScans(ds, rq)
        if scans.isEmpty {
            notes.append(OperationsNote(.error, "the count has no scans" + (rq.sessions.isEmpty ? "" : " in session \(rq.sessions.joined(separator: ", "))")
                                        + (rq.from == nil && rq.to == nil ? "" : " on \(rq.windowText)") + ": give the scan log of the count",
                                        code: "ops.count.no-scans"))
            return
        }
        var area = rq.locations
        if area.isEmpty {
            var seen = Set<String>()
            for i in scans { if let l = ds.scanEvents[Int(i)].location, seen.insert(l).inserted { area.append(l) } }
        }
        countArea = area
        countAreaLookup = LocationArea(area)
        let categories = Set(rq.categories.map { $0.trimmingSpacesAndLowercased() })
        func categoryMatches(_ c: String?) -> Bool {
            categories.isEmpty || c.map { categories.contains($0.trimmingSpacesAndLowercased()) } ?? false
        }
        var entryByTag: [String: Int] = [:]
        func entry(_ tag: String) -> Int {
            if let e = entryByTag[tag] { return e }
            let onHand = onHandByTag[tag]?.first
            countEntries.append(CountEntry(tag: tag, package: packageByTag[tag], onHand: onHand, scans: [], expected: false))
            entryByTag[tag] = countEntries.count - 1
            return countEntries.count - 1
        }
        // expected by the books: the on-hand list first (bins), then the S2S package list
        for (i, r) in ds.onHand.enumerated() {
            guard let tag = r.tag, !tag.isEmpty, countAreaLookup.contains(r.location) else { continue }
            let category = r.category ?? packageByTag[tag].flatMap { ds.packages[Int($0)].item.category }
            guard categoryMatches(category) else { continue }
            let e = entry(tag)
            countEntries[e].expected = true
            if countEntries[e].onHand == nil { countEntries[e].onHand = Int32(i) }
        }
        for (i, p) in ds.packages.enumerated() where packageByTag[p.tag] == Int32(i) {
            guard countAreaLookup.contains(p.location), categoryMatches(p.item.category) else { continue }
            countEntries[entry(p.tag)].expected = true
        }
        for i in scans { countEntries[entry(ds.scanEvents[Int(i)].tag)].scans.append(i) }
        let expected = countEntries.filter(\.expected).count
        let scanned = countEntries.filter { !$0.scans.isEmpty }.count
        notes.append(OperationsNote(.info, "count of \(Self.areaText(area, given: !rq.locations.isEmpty))"
                                    + (categories.isEmpty ? "" : " (categories: \(rq.categories.joined(separator: ", ")))")
                                    + ": \(expected) package\(expected == 1 ? "" : "s") expected by the books, \(scanned) tag\(scanned == 1 ? "" : "s") scanned in \(scans.count) scan\(scans.count == 1 ? "" : "s")",
                                    code: "ops.count.area"))
    }

    /// The counted area in a sentence: every location when few, else how many with the first and last
    /// (a count of the scanned bins of a whole vault names hundreds).
    public static func areaText(_ area: [String], given: Bool) -> String {
        if area.count <= 12 { return area.joined(separator: ", ") }
        return "\(area.count) locations \(given ? "given" : "scanned") (\(area.prefix(3).joined(separator: ", ")) … \(area[area.count - 1]))"
    }
}

/// An area to test locations against, normalised once: a location lies in it when it equals an
/// entry or starts with one followed by a character that is not a letter or digit (`VAULT-A` holds
/// `VAULT-A-03` and `VAULT-A/3`, not `VAULT-AB`), ignoring case and surrounding spaces. A lookup
/// costs the length of the location, not the size of the area (a count of a whole vault's 400 bins
/// tests 100,000 packages).
public struct LocationArea: Sendable {
    let entries: Set<String>

    public init(_ area: [String]) {
        entries = Set(area.map { $0.trimmingSpacesAndLowercased() }.filter { !$0.isEmpty })
    }

    public func contains(_ location: String?) -> Bool {
        guard let raw = location, !entries.isEmpty else { return false }
        let loc = raw.trimmingSpacesAndLowercased()
        if entries.contains(loc) { return true }
        var i = loc.startIndex
        while i < loc.endIndex {
            let c = loc[i]
            if i > loc.startIndex, !c.isLetter, !c.isNumber, entries.contains(String(loc[..<i])) { return true }
            i = loc.index(after: i)
        }
        return false
    }
}

extension String {
    func trimmingSpacesAndLowercased() -> String {
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s = s.dropFirst() }
        while let l = s.last, l.isWhitespace { s = s.dropLast() }
        return s.lowercased()
    }
}
