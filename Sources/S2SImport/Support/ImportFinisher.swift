import Foundation
public import S2SModel

/// The steps that need every file of a run read first: Metrc transfer parts joined into manifests,
/// units settled for quantities whose export gave none (CCRS, BioTrack) from the package they name,
/// and license rows listed more than once reconciled.
public enum ImportFinisher {
    public static func finish(_ ds: inout Dataset, parts: TransferParts) {
        TransferAssembler.assemble(&ds, parts)
        settleUnits(&ds)
        joinCCRSReceipts(&ds)
        RosterDeduplicator.deduplicate(&ds)
    }

    /// A CCRS manifest line is received when the recipient's InventoryTransfer.CSV reports the
    /// sender's lot (`FromInventoryExternalIdentifier` = the line's lot, `FromLicenseNumber` the
    /// shipper, `ToLicenseNumber` the recipient; deletions left out): the line takes the lot it
    /// became (`receivedTag`) and the quantity reported (`receivedQuantity`, in the line's unit; nil
    /// when a row gives none). Each destination keeps the latest SubmittedDate of the recipient's
    /// InventoryTransfer.CSV uploads in the run (`receiptsReportedOn`). License numbers are
    /// compared trimmed (CCRS pads them with spaces).
    static func joinCCRSReceipts(_ ds: inout Dataset) {
        guard !ds.inventoryTransfers.isEmpty else { return }
        func norm(_ s: String?) -> String { (s ?? "").trimmingCharacters(in: .whitespaces).uppercased() }
        var latest: [String: Day] = [:]
        var rows: [String: [Int]] = [:]
        for (k, t) in ds.inventoryTransfers.enumerated() {
            if let d = t.reportedOn { latest[norm(t.toLicenseNumber)] = max(latest[norm(t.toLicenseNumber)] ?? d, d) }
            guard t.operation != "DELETE", let from = t.fromTag else { continue }
            rows[norm(t.fromLicenseNumber) + "\u{1F}" + norm(t.toLicenseNumber) + "\u{1F}" + from, default: []].append(k)
        }
        for m in ds.manifests.indices where ds.manifests[m].system == "ccrs" {
            let shipper = norm(ds.manifests[m].shipperLicenseNumber)
            for d in ds.manifests[m].destinations.indices {
                let recipient = norm(ds.manifests[m].destinations[d].recipientLicenseNumber)
                ds.manifests[m].destinations[d].receiptsReportedOn = latest[recipient]
                for l in ds.manifests[m].destinations[d].lines.indices {
                    guard let tag = ds.manifests[m].destinations[d].lines[l].tag,
                          let found = rows[shipper + "\u{1F}" + recipient + "\u{1F}" + tag] else { continue }
                    let reports = found.map { ds.inventoryTransfers[$0] }
                    ds.manifests[m].destinations[d].lines[l].receivedTag = reports.compactMap(\.toTag).first
                    let lineUnit = ds.manifests[m].destinations[d].lines[l].quantity?.unit
                    let amounts = reports.compactMap(\.quantity?.value)
                    guard amounts.count == reports.count else { continue }
                    let unit = lineUnit.flatMap { $0 == unknown ? nil : $0 } ?? unknown
                    ds.manifests[m].destinations[d].lines[l].receivedQuantity = Quantity(amounts.reduce(0, +), unit)
                }
            }
        }
    }

    static let unknown = MeasureUnit.other("unknown")

    /// CCRS quantities carry no unit: end products (`InventoryCategory` EndProduct) are counted in
    /// units, everything else in grams. Lines, sales and adjustments that name a package take its
    /// unit (a CCRS retail sale line also its product name, InventoryType and unit weight) (BioTrack stop items, else the unit of the inventory type they name). What stays unknown
    /// is reported once per file.
    static func settleUnits(_ ds: inout Dataset) {
        // Most runs (every Metrc one) have nothing to settle: find out without building anything.
        var unknownPackages: [Int] = []
        for k in ds.packages.indices where ds.packages[k].quantity?.unit == unknown { unknownPackages.append(k) }
        var pendingTags = Swift.Set<String>()
        var pending = !unknownPackages.isEmpty
        for s in ds.salesOrderLines where s.quantity?.unit == unknown { pending = true; if let t = s.tag { pendingTags.insert(t) } }
        for a in ds.adjustments where a.quantity?.unit == unknown { pending = true; if let t = a.tag { pendingTags.insert(t) } }
        for s in ds.receipts {
            for l in s.transactions where l.quantity?.unit == unknown { pending = true; if let t = l.tag { pendingTags.insert(t) } }
        }
        for m in ds.manifests {
            for d in m.destinations {
                for l in d.lines where l.quantity?.unit == unknown { pending = true; if let t = l.tag { pendingTags.insert(t) } }
            }
        }
        guard pending else { return }

        var productByName: [String: Item] = [:]
        for i in ds.items where i.category != nil { if let n = i.name { productByName[n] = i } }
        for k in unknownPackages {
            guard let name = ds.packages[k].item.name, let product = productByName[name], let category = product.category else { continue }
            let unit: MeasureUnit = category.lowercased().replacingOccurrences(of: " ", with: "") == "endproduct" ? .each : .gram
            ds.packages[k].quantity?.unit = unit
            ds.packages[k].unitName = unit.symbol
            if ds.packages[k].originalQuantity?.unit == unknown { ds.packages[k].originalQuantity?.unit = unit }
            // the lot takes its product's category, type (InventoryType) and unit weight, which packs read
            if ds.packages[k].item.category == nil { ds.packages[k].item.category = category }
            if ds.packages[k].item.categoryType == nil { ds.packages[k].item.categoryType = product.categoryType }
            if ds.packages[k].item.unitWeight == nil, let w = product.unitWeight, w.value > 0 { ds.packages[k].item.unitWeight = w }
        }
        var unitByTag: [String: MeasureUnit] = [:]
        var lotByTag: [String: Int] = [:]
        if !pendingTags.isEmpty {
            for (k, p) in ds.packages.enumerated() where pendingTags.contains(p.tag) {
                if let u = p.quantity?.unit, u != unknown { unitByTag[p.tag] = u }
                if lotByTag[p.tag] == nil { lotByTag[p.tag] = k }
            }
        }
        var unsettled: [Int32: (count: Int, first: SourceRef)] = [:]
        func settle(_ q: inout Quantity?, tag: String?, ref: SourceRef, fallback: MeasureUnit? = nil) {
            guard var v = q, v.unit == unknown else { return }
            if let t = tag, let u = unitByTag[t] {
                v.unit = u
                q = v
            } else if let fallback {
                v.unit = fallback
                q = v
            } else {
                unsettled[ref.file, default: (0, ref)].count += 1
            }
        }
        for k in unknownPackages where ds.packages[k].quantity?.unit == unknown {
            unsettled[ds.packages[k].source.file, default: (0, ds.packages[k].source)].count += 1
        }
        for k in ds.salesOrderLines.indices {
            settle(&ds.salesOrderLines[k].quantity, tag: ds.salesOrderLines[k].tag, ref: ds.salesOrderLines[k].source)
        }
        for k in ds.adjustments.indices {
            settle(&ds.adjustments[k].quantity, tag: ds.adjustments[k].tag, ref: ds.adjustments[k].source)
        }
        // CCRS retail sale lines: the unit, product name, InventoryType and unit weight of the lot sold
        for s in ds.receipts.indices {
            for k in ds.receipts[s].transactions.indices where ds.receipts[s].transactions[k].quantity?.unit == unknown {
                let l = ds.receipts[s].transactions[k]
                settle(&ds.receipts[s].transactions[k].quantity, tag: l.tag, ref: l.source)
                guard let t = l.tag, let p = lotByTag[t] else { continue }
                let item = ds.packages[p].item
                if l.productName == nil { ds.receipts[s].transactions[k].productName = item.name }
                if l.productCategory == nil { ds.receipts[s].transactions[k].productCategory = item.categoryType }
                if l.unitWeight == nil { ds.receipts[s].transactions[k].unitWeight = item.unitWeight }
                if let u = ds.receipts[s].transactions[k].quantity?.unit, u != unknown { ds.receipts[s].transactions[k].unitName = u.symbol }
            }
        }
        for m in ds.manifests.indices {
            for d in ds.manifests[m].destinations.indices {
                for l in ds.manifests[m].destinations[d].lines.indices {
                    let line = ds.manifests[m].destinations[d].lines[l]
                    guard line.quantity?.unit == unknown else { continue }
                    // BioTrack stop items name the inventory type in words ("Usable Marijuana")
                    let fallback = ds.manifests[m].system == "biotrack" ? BioTrackCodes.unit(forTypeName: line.itemName) : nil
                    settle(&ds.manifests[m].destinations[d].lines[l].quantity, tag: line.tag, ref: line.source, fallback: fallback)
                    if let u = ds.manifests[m].destinations[d].lines[l].quantity?.unit, u != unknown,
                       ds.manifests[m].destinations[d].lines[l].unitName == nil {
                        ds.manifests[m].destinations[d].lines[l].unitName = u.symbol
                    }
                }
            }
        }
        for (_, u) in unsettled.sorted(by: { $0.key < $1.key }) {
            ds.diagnostics.append(Diagnostic(
                .warning, "\(u.count) quantit\(u.count == 1 ? "y has" : "ies have") no unit in the export (CCRS and BioTrack do not write one); they cannot be compared with other quantities",
                code: "input.unit-unknown", ref: u.first,
                hint: "read the CCRS Product.CSV (end products count in units, the rest in grams) or the inventory the lines name, in the same run"))
        }
    }
}
