public import S2SModel

/// Reads license rosters from CSV: the bench's columns (`LicenseNumber,LegalName,LicenseType,Status,
/// IssueDate,ExpirationDate`), the cannlytics-normalised state lists in `shared/rosters/`
/// (`license_number`, `license_type`, `license_status`, `expiration_date`, …) and the native
/// headers of state exports: California DCC search export, Washington LCB lists (`License `,
/// `Priv Desc`, `Privilege Status`; preamble rows before the header are skipped), Michigan CRA
/// Accela (`Record Number`, `Record Type`, `License Name`, `Status`), Colorado MED sheets (no status
/// column), the CCRS `Licensee` extract. Columns are found by header name, never by position; when
/// several columns carry the same field (`license_number` and `License Number`), the first
/// non-empty one in each row is used.
public enum RosterReader {
    static let numberColumns = ["LicenseNumber", "license_number", "License Number", "License #", "License No",
                                "Record Number", "License", "Lab #", "licenseNumber"]
    static let legalNameColumns = ["LegalName", "business_legal_name", "Legal Name", "Legal Business Name",
                                   "Licensee Name", "Business Name", "License Name", "Licensee", "FacilityName",
                                   "Facility Name", "Lab Name", "Name"]
    static let dbaColumns = ["business_dba_name", "DBA", "DBA Name", "Business DBA Name", "Tradename", "Trade Name"]
    static let typeColumns = ["LicenseType", "license_type", "License Type", "Record Type", "Priv Desc", "Privilege",
                              "FacilityType", "Facility Type", "Type"]
    static let statusColumns = ["Status", "license_status", "License Status", "LicenseStatus", "Privilege Status"]
    static let issueColumns = ["IssueDate", "issue_date", "Issue Date", "License Issue Date", "LicenseIssueDate",
                               "Issued", "Certification Date"]
    static let expirationColumns = ["ExpirationDate", "expiration_date", "Expiration Date", "License Expiration Date",
                                    "LicenseExpirationDate", "Expires", "Expiry Date"]
    static let designationColumns = ["license_designation", "Designation", "License Designation"]
    static let stateColumns = ["premise_state", "State", "Jurisdiction"]

    /// The row holding the header: the first of the first six rows that names a license-number
    /// column (lists exported from spreadsheets may have title rows above it).
    static func headerRowIndex(_ table: CSVTable) -> Int? {
        for (i, row) in table.rows.prefix(6).enumerated() where !CSVHeader(row.fields).indexes(of: numberColumns).isEmpty {
            return i
        }
        return nil
    }

    /// Whether a header looks like a roster: a license-number column and at least one of name,
    /// type, status or expiration.
    public static func looksLikeRoster(_ table: CSVTable) -> Bool {
        guard let h = headerRowIndex(table) else { return false }
        let header = CSVHeader(table.rows[h].fields)
        return [legalNameColumns, typeColumns, statusColumns, expirationColumns, dbaColumns]
            .contains { header.index(of: $0) != nil }
    }

    /// Reads a roster table. The header must name at least a license-number column; other columns
    /// are optional. Row-level problems (a bad date) are recorded and the row is still read.
    public static func read(_ table: CSVTable, _ sink: inout ImportSink) -> [License] {
        guard let first = table.rows.first else {
            sink.problem("the roster is empty; expected a header row naming a license-number column",
                         code: "roster.empty", offset: 0, pointer: "row 1")
            return []
        }
        guard let h = headerRowIndex(table) else {
            sink.problem("no license-number column in the roster header (found: \(first.fields.joined(separator: ", ")))",
                         code: "roster.columns", offset: first.offsets.first ?? 0, pointer: "row \(first.line)",
                         hint: "name the column LicenseNumber or license_number")
            return []
        }
        let headerRow = table.rows[h]
        let header = CSVHeader(headerRow.fields)
        let numberIdx = header.indexes(of: numberColumns)
        let nameIdx = header.indexes(of: legalNameColumns)
        let dbaIdx = header.indexes(of: dbaColumns)
        let typeIdx = header.indexes(of: typeColumns)
        let statusIdx = header.indexes(of: statusColumns)
        let issueIdx = header.indexes(of: issueColumns)
        let expIdx = header.indexes(of: expirationColumns)
        let desIdx = header.indexes(of: designationColumns)
        let stateIdx = header.indexes(of: stateColumns)

        var out: [License] = []
        out.reserveCapacity(table.rows.count)
        for row in table.rows.dropFirst(h + 1) {
            let rowName = "row \(row.line)"
            func value(_ idx: [Int]) -> (String, Int)? {
                for i in idx where i < row.fields.count {
                    let v = row.fields[i].trimmingSpaces()
                    if !v.isEmpty { return (v, i) }
                }
                return nil
            }
            func date(_ idx: [Int], _ column: String) -> Day? {
                guard let (text, i) = value(idx) else { return nil }
                if let d = RosterReader.parseDate(text) { return d }
                sink.problem("\(column) on \(rowName) is \"\(text)\", which is not a date", code: "roster.date",
                             offset: row.offsets[i], pointer: rowName,
                             hint: "write dates as YYYY-MM-DD (MM/DD/YYYY and YYYYMMDD are also read)")
                return nil
            }
            if row.fields.count != headerRow.fields.count {
                sink.problem("\(rowName) has \(row.fields.count) fields but the header has \(headerRow.fields.count)",
                             code: "roster.row-width", offset: row.offsets.first ?? 0, pointer: rowName,
                             level: row.fields.count > (numberIdx.max() ?? 0) ? .warning : .error)
            }
            guard let (number, _) = value(numberIdx) else {
                if row.fields.allSatisfy({ $0.trimmingSpaces().isEmpty }) { continue }
                sink.problem("\(rowName) has no license number", code: "roster.number",
                             offset: row.offsets.first ?? 0, pointer: rowName)
                continue
            }
            let statusText = value(statusIdx)?.0
            let start = row.offsets.first ?? 0
            let lic = License(
                number: number, legalName: value(nameIdx)?.0, dba: value(dbaIdx)?.0, type: value(typeIdx)?.0,
                status: LicenseStatus(normalising: statusText), statusText: statusText,
                issueDate: date(issueIdx, "the issue date"), expirationDate: date(expIdx, "the expiration date"),
                designation: value(desIdx)?.0, jurisdiction: value(stateIdx)?.0,
                source: sink.ref(SourcePoint(offset: start, line: Int32(row.line), lineStart: start), rowName))
            out.append(lic)
        }
        // a status column left blank in every row (cannlytics' Colorado list) is no status column
        RosterStatusCheck.reportUnknown(out, hasStatusColumn: out.contains { $0.statusText != nil }, &sink)
        return out
    }

    /// `YYYY-MM-DD`, `YYYY-MM-DDTHH:MM:SS…` (date part), `M/D/YYYY`, `YYYYMMDD`.
    public static func parseDate(_ text: String) -> Day? {
        if let p = ParsedTimestamp.parse(text.utf8) {
            switch p {
            case .day(let d): return d
            case .naive(let l), .zoned(let l, _): return l.day
            }
        }
        let u = Array(text.utf8)
        if u.count == 8, u.allSatisfy({ $0 >= 48 && $0 <= 57 }) {
            let n = u.map { Int($0 - 48) }
            return Day(year: n[0] * 1000 + n[1] * 100 + n[2] * 10 + n[3], month: n[4] * 10 + n[5], day: n[6] * 10 + n[7])
        }
        let parts = text.split(separator: " ").first?.split(separator: "/") ?? []
        if parts.count == 3, let m = Int(parts[0]), let d = Int(parts[1]), let y = Int(parts[2]) {
            return Day(year: y < 100 ? 2000 + y : y, month: m, day: d)
        }
        return nil
    }
}
