import Foundation
public import S2SModel

/// Reads Washington CCRS CSV uploads: three preamble rows (`SubmittedBy`, `SubmittedDate`,
/// `NumberRecords`), then the header, then the rows; `Inventory`, `Product`, `Strain`, `LabTest`,
/// `Sale`, `InventoryAdjustment` and `InventoryTransfer` files are told apart by their columns, which are found by
/// name (so both the pre- and post-2023 layouts read, e.g. `SalesTax` or `RetailSalesTax`).
/// `NumberRecords` must equal the number of data rows. Dates are `MM/DD/YYYY`. `Manifest.CSV` is
/// read by `CCRSManifestReader`.
public enum CCRSReader {
    static let preambleKeys: Swift.Set<String> = ["submittedby", "submitteddate", "numberrecords"]

    /// Whether the table starts with the CCRS preamble.
    public static func hasPreamble(_ t: CSVTable) -> Bool {
        guard let f = t.rows.first?.fields.first else { return false }
        return CSVHeader.normalize(f) == "submittedby"
    }

    /// The kind of a CCRS table from its header, or nil.
    public static func kind(ofHeader h: CSVHeader) -> InputKind? {
        func has(_ names: String...) -> Bool { names.allSatisfy { h.index(of: [$0]) != nil } }
        if has("FromInventoryExternalIdentifier") || has("ToInventoryExternalIdentifier") { return .ccrsInventoryTransfer }
        if has("QuantityOnHand") || has("InitialQuantity", "Product") { return .ccrsInventory }
        if has("InventoryCategory", "InventoryType") { return .ccrsProduct }
        if has("TestName", "TestValue") { return .ccrsLabTest }
        if has("SaleType") || has("SoldToLicenseNumber") || has("SaleDetailExternalIdentifier") { return .ccrsSale }
        if has("AdjustmentReason") || has("InventoryAdjustmentReason") { return .ccrsAdjustment }
        if has("Strain", "StrainType") && !has("Area") { return .ccrsStrain }
        return nil
    }

    /// Reads a CCRS table. Returns the kind read, or nil (with a problem) when the columns are not
    /// those of a CCRS file.
    public static func read(_ table: CSVTable, _ sink: inout ImportSink, _ ds: inout Dataset) -> InputKind? {
        if CCRSManifestReader.isManifest(table) {
            CCRSManifestReader.read(table, &sink, &ds)
            return .ccrsManifest
        }
        var headerIndex = 0
        var numberRecords: (Int, CSVTable.Row)?
        var submitted: Day?
        if hasPreamble(table) {
            while headerIndex < table.rows.count,
                  let f = table.rows[headerIndex].fields.first, preambleKeys.contains(CSVHeader.normalize(f)) {
                let row = table.rows[headerIndex]
                if CSVHeader.normalize(f) == "submitteddate" {
                    submitted = CSVRowReader(row: row, header: ["SubmittedDate", "SubmittedDate"]).day(1, &sink)
                }
                if CSVHeader.normalize(f) == "numberrecords" {
                    let r = CSVRowReader(row: row, header: [])
                    if let t = r.text(1), let n = Int(t) { numberRecords = (n, row) } else {
                        sink.problem("NumberRecords on \(r.rowName) is \"\(r.text(1) ?? "")\", which is not a whole number",
                                     code: "ccrs.number-records", offset: row.offsets.first ?? 0, pointer: r.rowName)
                    }
                }
                headerIndex += 1
            }
        }
        guard headerIndex < table.rows.count else {
            sink.problem("the CCRS file has no header row after its preamble", code: "ccrs.header", offset: 0, pointer: "row 1")
            return nil
        }
        let headerRow = table.rows[headerIndex]
        let header = CSVHeader(headerRow.fields)
        guard let kind = kind(ofHeader: header) else {
            sink.problem("the CCRS header (\(headerRow.fields.filter { !$0.isEmpty }.joined(separator: ", "))) is not that of an Inventory, Product, Strain, LabTest, Sale, InventoryAdjustment, InventoryTransfer or Manifest file",
                         code: "input.unrecognised", offset: headerRow.offsets.first ?? 0, pointer: "row \(headerRow.line)")
            return nil
        }
        let rows = table.rows.dropFirst(headerIndex + 1).filter { !$0.fields.allSatisfy { $0.trimmingSpaces().isEmpty } }
        if let (n, row) = numberRecords, n != rows.count {
            sink.problem("NumberRecords says \(n) but the file has \(rows.count) data row\(rows.count == 1 ? "" : "s") (CCRS rejects it: \"CheckSum and number of records don't match\")",
                         code: "ccrs.number-records", offset: row.offsets.first ?? 0, pointer: "row \(row.line)",
                         hint: "set NumberRecords to the number of rows after the header")
        }
        let cols = Columns(header)
        var sales = CCRSSaleGrouper(submitted: submitted)
        for row in rows {
            let r = CSVRowReader(row: row, header: headerRow.fields)
            if row.fields.count < headerRow.fields.count {
                sink.problem("\(r.rowName) has \(row.fields.count) fields but the header has \(headerRow.fields.count)",
                             code: "csv.row-width", offset: row.offsets.first ?? 0, pointer: r.rowName)
            }
            // the audit columns are not kept, but CCRS rejects a file whose dates do not read
            if kind != .ccrsInventory { _ = r.day(cols["CreatedDate"], &sink) }
            _ = r.day(cols["UpdatedDate", "updatedDate"], &sink)
            switch kind {
            case .ccrsInventory: inventory(r, cols, submitted, &sink, &ds)
            case .ccrsProduct: product(r, cols, &sink, &ds)
            case .ccrsStrain: strain(r, cols, &sink, &ds)
            case .ccrsLabTest: labTest(r, cols, &sink, &ds)
            case .ccrsSale:
                sale(r, cols, &sink, &ds)
                sales.add(r, cols, &sink)
            case .ccrsAdjustment: adjustment(r, cols, &sink, &ds)
            case .ccrsInventoryTransfer: inventoryTransfer(r, cols, submitted, &sink, &ds)
            default: break
            }
        }
        if kind == .ccrsLabTest { ds.labResults = MetrcLabResultReader.groupRows(ds.labResults) }
        if kind == .ccrsSale { ds.receipts += sales.receipts() }
        return kind
    }

    /// Column positions by name (each field's known spellings, including the 2023 renames).
    struct Columns {
        let h: CSVHeader
        init(_ h: CSVHeader) { self.h = h }
        subscript(_ names: String...) -> Int? { h.index(of: names) }
    }

    /// CCRS quantities carry no unit: end products are counted in units, everything else in grams.
    /// The unit is settled from the product (`InventoryCategory`) after all files are read.
    static let pendingUnit = MeasureUnit.other("unknown")

    static func operationStatus(_ r: CSVRowReader, _ c: Columns) -> String {
        r.text(c["Operation"])?.uppercased() == "DELETE" ? "deleted" : "active"
    }

    static func inventory(_ r: CSVRowReader, _ c: Columns, _ submitted: Day?, _ sink: inout ImportSink, _ ds: inout Dataset) {
        let ref = r.ref(sink)
        guard let tag = r.text(c["ExternalIdentifier", "InventoryExternalIdentifier", "InventoryIdentifier", "InventoryId"]) else {
            sink.problem("\(r.rowName) has no ExternalIdentifier (the inventory lot's identifier)", code: "ccrs.inventory.id",
                         offset: ref.offset, pointer: r.rowName)
            return
        }
        var p = Package(tag: tag, id: r.text(c["InventoryId"]) ?? tag, ownerLicenseNumber: r.text(c["LicenseNumber", "LicenseeId"]),
                        source: ref)
        p.item = Item(name: r.text(c["Product", "ProductId"]), strain: r.text(c["Strain", "StrainId"]), source: ref)
        p.location = r.text(c["Area", "AreaId"])
        if let q = r.decimal(c["QuantityOnHand"], &sink) { p.quantity = Quantity(q, pendingUnit) }
        if let q = r.decimal(c["InitialQuantity"], &sink) { p.originalQuantity = Quantity(q, pendingUnit) }
        p.packagedDate = r.day(c["CreatedDate"], &sink)
        p.createdDate = p.packagedDate
        p.updatedDate = r.text(c["UpdatedDate", "updatedDate"]).flatMap(CSVDates.day)   // a bad date was reported above
        p.operation = r.text(c["Operation"])?.uppercased()
        p.reportedOn = submitted
        p.status = operationStatus(r, c)
        ds.packages.append(p)
    }

    static func product(_ r: CSVRowReader, _ c: Columns, _ sink: inout ImportSink, _ ds: inout Dataset) {
        let ref = r.ref(sink)
        var item = Item(id: r.text(c["ExternalIdentifier", "ProductId"]), name: r.text(c["Name"]),
                        category: r.text(c["InventoryCategory"]), categoryType: r.text(c["InventoryType"]), source: ref)
        if let w = r.decimal(c["UnitWeightGrams"], &sink) { item.unitWeight = Quantity(w, .gram) }
        if item.name == nil {
            sink.problem("\(r.rowName) has no product Name", code: "ccrs.product.name", offset: ref.offset, pointer: r.rowName)
        }
        ds.items.append(item)
    }

    static func strain(_ r: CSVRowReader, _ c: Columns, _ sink: inout ImportSink, _ ds: inout Dataset) {
        let ref = r.ref(sink)
        guard let name = r.text(c["Strain", "Name"]) else {
            sink.problem("\(r.rowName) has no Strain name", code: "ccrs.strain.name", offset: ref.offset, pointer: r.rowName)
            return
        }
        ds.strains.append(Strain(name: name, type: r.text(c["StrainType"]), licenseNumber: r.text(c["LicenseNumber"]), source: ref))
    }

    static func labTest(_ r: CSVRowReader, _ c: Columns, _ sink: inout ImportSink, _ ds: inout Dataset) {
        let ref = r.ref(sink)
        var lr = LabResult(id: r.text(c["ExternalIdentifier", "LabResultId"]), labLicenseNumber: r.text(c["LabLicenseNumber", "LabLicenseeId"]),
                           testedDate: r.day(c["TestDate"], &sink), source: ref)
        lr.sourceTag = r.text(c["InventoryExternalIdentifier", "InventoryId"])
        lr.packageId = lr.sourceTag
        let status = r.text(c["LabTestStatus"])
        var panel = LabPanel(name: r.text(c["TestName"]), level: r.decimal(c["TestValue"], &sink), source: ref)
        switch status?.lowercased() {
        case "pass"?, "passed"?: panel.passed = true
        case "fail"?, "failed"?: panel.passed = false
        default: panel.comment = status
        }
        lr.panels = [panel]
        if lr.sourceTag == nil {
            sink.problem("\(r.rowName) names no InventoryExternalIdentifier (the tested lot)", code: "ccrs.labtest.lot",
                         offset: ref.offset, pointer: r.rowName)
        }
        ds.labResults.append(lr)
    }

    static func sale(_ r: CSVRowReader, _ c: Columns, _ sink: inout ImportSink, _ ds: inout Dataset) {
        let ref = r.ref(sink)
        var s = SalesOrderLine(orderId: r.text(c["SaleExternalIdentifier", "SaleHeaderId"]),
                               tag: r.text(c["InventoryExternalIdentifier", "InventoryId", "PlantExternalIdentifier"]), source: ref)
        s.lineId = r.text(c["SaleDetailExternalIdentifier", "SaleDetailId"])
        s.sellerLicenseNumber = r.text(c["LicenseNumber", "LicenseeId"])
        s.customerLicenseNumber = r.text(c["SoldToLicenseNumber", "SoldToLicenseeId"])
        s.saleType = r.text(c["SaleType"])
        if let d = r.day(c["SaleDate"], &sink) { s.orderedAt = sink.zone.dateTime(.day(d)) }
        if let q = r.decimal(c["Quantity"], &sink) { s.quantity = Quantity(q, pendingUnit) }
        s.unitPrice = r.decimal(c["UnitPrice"], &sink)
        s.discount = r.decimal(c["Discount"], &sink)
        let taxes = [r.decimal(c["SalesTax", "RetailSalesTax", "RetailsSalesTax"], &sink),
                     r.decimal(c["OtherTax", "CannabisExciseTax"], &sink)].compactMap { $0 }
        s.tax = taxes.isEmpty ? nil : taxes.reduce(0, +)
        s.status = r.text(c["Operation"])
        ds.salesOrderLines.append(s)
    }

    static func inventoryTransfer(_ r: CSVRowReader, _ c: Columns, _ submitted: Day?, _ sink: inout ImportSink, _ ds: inout Dataset) {
        let ref = r.ref(sink)
        var t = InventoryTransferReport(source: ref)
        t.fromLicenseNumber = r.text(c["FromLicenseNumber", "FromLicenseeId"])
        t.toLicenseNumber = r.text(c["ToLicenseNumber", "ToLicenseeId"])
        t.fromTag = r.text(c["FromInventoryExternalIdentifier", "FromInventoryId"])
        t.toTag = r.text(c["ToInventoryExternalIdentifier", "ToInventoryId"])
        if let q = r.decimal(c["Quantity"], &sink) { t.quantity = Quantity(q, pendingUnit) }
        t.transferDate = r.day(c["TransferDate"], &sink)
        t.operation = r.text(c["Operation"])?.uppercased()
        t.reportedOn = submitted
        for (v, name) in [(t.fromLicenseNumber, "FromLicenseNumber"), (t.toLicenseNumber, "ToLicenseNumber"),
                          (t.fromTag, "FromInventoryExternalIdentifier"), (t.toTag, "ToInventoryExternalIdentifier")] where v == nil {
            sink.problem("\(r.rowName) has no \(name) (CCRS requires it)", code: "ccrs.transfer.field", offset: ref.offset, pointer: r.rowName)
        }
        ds.inventoryTransfers.append(t)
    }

    static func adjustment(_ r: CSVRowReader, _ c: Columns, _ sink: inout ImportSink, _ ds: inout Dataset) {
        let ref = r.ref(sink)
        var a = Adjustment(tag: r.text(c["InventoryExternalIdentifier", "InventoryId"]),
                           reason: r.text(c["AdjustmentReason", "InventoryAdjustmentReason"]),
                           date: r.day(c["AdjustmentDate"], &sink), source: ref)
        if let q = r.decimal(c["Quantity"], &sink) { a.quantity = Quantity(q, pendingUnit) }
        a.note = r.text(c["AdjustmentDetail"])
        a.licenseNumber = r.text(c["LicenseNumber"])
        a.id = r.text(c["ExternalIdentifier", "InventoryAdjustmentId"])
        a.adjustedBy = r.text(c["CreatedBy"])
        if a.tag == nil {
            sink.problem("\(r.rowName) names no InventoryExternalIdentifier (the adjusted lot)", code: "ccrs.adjustment.lot",
                         offset: ref.offset, pointer: r.rowName)
        }
        ds.adjustments.append(a)
    }
}
