import Foundation
import S2SModel

/// Turns the retail rows of a CCRS `Sale.CSV` into sales receipts, as the rule language's `sale`
/// scope reads them: a row whose `SaleType` is a sale to a consumer or patient
/// (`RecreationalRetail`, `RecreationalMedical`) is one line; the lines of one
/// `SaleExternalIdentifier` (of one license) form one receipt. Wholesale rows (sales to a
/// licensee) stay sales-order lines only. A `DELETE` row removes its line, so it is not a line of
/// the receipt (a receipt whose rows are all deletions is not kept). CCRS writes no unit, product
/// type or unit weight on a sale row: `ImportFinisher` takes them from the lot the line names
/// (Inventory.CSV, completed by Product.CSV).
struct CCRSSaleGrouper {
    /// `SaleType` values (lower case, no spaces) that are sales to a consumer or patient.
    static let retailTypes: Swift.Set<String> = ["recreationalretail", "recreationalmedical"]

    let submitted: Day?
    private var read: [SalesReceipt] = []
    private var index: [String: Int] = [:]
    private var deletedOnly: Swift.Set<Int> = []
    /// The SaleDate and SaleType of each receipt's first row, to notice rows that disagree.
    private var firstDay: [Int: Day?] = [:]

    init(submitted: Day?) { self.submitted = submitted }

    static func isRetail(_ saleType: String?) -> Bool {
        guard let t = saleType else { return false }
        return retailTypes.contains(t.lowercased().filter { !$0.isWhitespace })
    }

    mutating func add(_ r: CSVRowReader, _ c: CCRSReader.Columns, _ sink: inout ImportSink) {
        let saleType = r.text(c["SaleType"])
        guard Self.isRetail(saleType) else { return }
        let ref = r.ref(sink)
        let license = r.text(c["LicenseNumber", "LicenseeId"])
        let saleId = r.text(c["SaleExternalIdentifier", "SaleHeaderId"])
        let operation = r.text(c["Operation"])?.uppercased()
        // the dates were checked (and bad ones reported) when the row was read as a sales-order line
        let saleDay = r.text(c["SaleDate"]).flatMap(CSVDates.day)
        var k: Int
        if let saleId, let existing = index[(license ?? "") + "\u{1F}" + saleId] {
            k = existing
            let first = read[k]
            if first.customerType?.lowercased() != saleType?.lowercased() || firstDay[k] != saleDay {
                sink.problem("\(r.rowName) is a line of sale \(saleId), but its SaleType or SaleDate (\(saleType ?? "") \(r.text(c["SaleDate"]) ?? "")) differs from the sale's first line; the sale is read with the first line's",
                             code: "ccrs.sale.inconsistent", offset: ref.offset, pointer: r.rowName, level: .warning,
                             hint: "give every line of one SaleExternalIdentifier the same SaleDate and SaleType")
            }
        } else {
            if saleId == nil {
                sink.problem("\(r.rowName) is a retail sale line without SaleExternalIdentifier: it is read as a sale of its own",
                             code: "ccrs.sale.id", offset: ref.offset, pointer: r.rowName,
                             hint: "give each line the SaleExternalIdentifier of its sale (CCRS requires it)")
            }
            var s = SalesReceipt(source: ref)
            s.id = saleId
            s.externalReceiptNumber = saleId
            s.facilityLicenseNumber = license
            s.customerType = saleType
            if let d = saleDay { s.salesDateTime = sink.zone.dateTime(.day(d)) }
            s.reportedOn = submitted
            k = read.count
            read.append(s)
            firstDay[k] = saleDay
            deletedOnly.insert(k)
            if let saleId { index[(license ?? "") + "\u{1F}" + saleId] = k }
        }
        guard operation != "DELETE" else { return }
        deletedOnly.remove(k)
        var l = SaleTransaction(source: ref)
        l.tag = r.text(c["InventoryExternalIdentifier", "InventoryId", "PlantExternalIdentifier", "PlantId"])
        l.packageId = l.tag
        l.lineId = r.text(c["SaleDetailExternalIdentifier", "SaleDetailId"])
        if let q = r.text(c["Quantity"]).flatMap({ DecimalText.parse($0, lenient: true) }) { l.quantity = Quantity(q, CCRSReader.pendingUnit) }
        l.price = r.text(c["UnitPrice"]).flatMap { DecimalText.parse($0, lenient: true) }
        l.discount = r.text(c["Discount"]).flatMap { DecimalText.parse($0, lenient: true) }
        l.createdDate = r.text(c["CreatedDate"]).flatMap(CSVDates.day)
        l.updatedDate = r.text(c["UpdatedDate", "updatedDate"]).flatMap(CSVDates.day)
        l.operation = operation
        if l.tag == nil {
            sink.problem("\(r.rowName) is a retail sale line that names no InventoryExternalIdentifier (the lot sold)",
                         code: "ccrs.sale.lot", offset: ref.offset, pointer: r.rowName)
        }
        read[k].transactions.append(l)
    }

    /// The receipts read, without those whose every row was a deletion.
    func receipts() -> [SalesReceipt] {
        read.enumerated().filter { !deletedOnly.contains($0.offset) }.map { k, s in
            var s = s
            s.totalPackages = s.transactions.count
            return s
        }
    }
}
