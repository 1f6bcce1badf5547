import Foundation
import S2SModel
import S2SImport
import RuleEngine

/// The `ccrs` section of example data: Washington CCRS uploads written as rows, turned into the CSV
/// CCRS takes (the `SubmittedBy` / `SubmittedDate` / `NumberRecords` preamble, then the header and
/// the rows) and read by the CCRS readers like real files, so a JSON Patch can change one cell:
///
/// ```yaml
/// ccrs:
///   - file: Sale.CSV
///     SubmittedDate: 12/06/2026
///     rows: [ { LicenseNumber: "415002", SaleType: RecreationalRetail, SaleExternalIdentifier: S-1, … } ]
///   - file: Manifest.CSV
///     SubmittedDate: 11/30/2026
///     header: { ExternalManifestIdentifier: 01J…, OriginLicenseNumber: "414001", DepartureDateTime: 12/01/2026 09:00:00 AM, … }
///     rows: [ { InventoryExternalIdentifier: LOT-1, Quantity: 10, UOM: EACH, … } ]
/// ```
///
/// `NumberRecords` is the number of rows unless given. Quantities without a unit are settled from
/// the lots (Inventory.CSV with Product.CSV) as for real uploads.
enum ExampleCCRS {
    static let sections = ["ccrs"]

    static func add(_ values: [String: PlainValue], label: String, zone: ZoneResolver, into ds: inout Dataset) throws {
        guard let v = values["ccrs"] else { return }
        guard case .list(let files) = v else {
            throw ExampleError("ccrs must be a list of CCRS uploads ({file, SubmittedDate, header, rows})")
        }
        for (n, f) in files.enumerated() {
            guard case .object(let keys, let fields) = f else {
                throw ExampleError("ccrs entry \(n + 1) must be a mapping with file, SubmittedDate and rows")
            }
            let allowed = ["file", "SubmittedBy", "SubmittedDate", "NumberRecords", "header", "rows"]
            for k in keys where !allowed.contains(k) {
                throw ExampleError("unknown key '\(k)' in ccrs entry \(n + 1) (keys: \(allowed.joined(separator: ", ")))")
            }
            let name = "<\(label) ccrs \(cell(fields["file"]) ?? "upload \(n + 1)")>"
            guard case .list(let rows)? = fields["rows"] else {
                throw ExampleError("ccrs entry \(n + 1) (\(name)) needs rows: a list of mappings, one per CSV row")
            }
            var lines: [[String]] = []
            lines.append(["SubmittedBy", cell(fields["SubmittedBy"]) ?? "s2slint example"])
            if let d = cell(fields["SubmittedDate"]) { lines.append(["SubmittedDate", d]) }
            lines.append(["NumberRecords", cell(fields["NumberRecords"]) ?? String(rows.count)])
            if let h = fields["header"] {
                guard case .object(let hk, let hv) = h else { throw ExampleError("header of \(name) must be a mapping (the Manifest.CSV key/value block)") }
                for k in hk { lines.append([k, cell(hv[k]) ?? ""]) }
            }
            var columns: [String] = []
            for r in rows {
                guard case .object(let rk, _) = r else { throw ExampleError("each row of \(name) must be a mapping of column to value") }
                for k in rk where !columns.contains(k) { columns.append(k) }
            }
            lines.append(columns)
            for r in rows { lines.append(columns.map { cell(r[$0]) ?? "" }) }
            let csv = lines.map { $0.map(quoted).joined(separator: ",") }.joined(separator: "\n") + "\n"
            let bytes = Array(csv.utf8)
            let id = ds.addFile(SourceFile(path: name, kind: "ccrs", retainedBytes: bytes))
            var sink = ImportSink(fileID: id, path: name, zone: zone)
            let table: CSVTable
            do { table = try CSVTable.parse(bytes, delimiter: UInt8(ascii: ",")) } catch {
                throw ExampleError("\(name) is not valid CSV: \(error)")
            }
            if CCRSReader.read(table, &sink, &ds) == nil, sink.diagnostics.isEmpty {
                throw ExampleError("\(name) is not a CCRS upload s2slint reads")
            }
            ds.diagnostics += sink.diagnostics
        }
        ImportFinisher.finish(&ds, parts: TransferParts())
    }

    static func cell(_ v: PlainValue?) -> String? {
        switch v {
        case .string(let s)?: return s
        case .number(let n)?: return n
        case .bool(let b)?: return b ? "TRUE" : "FALSE"
        default: return nil
        }
    }

    static func quoted(_ s: String) -> String {
        guard s.contains(",") || s.contains("\"") || s.contains("\n") else { return s }
        return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
