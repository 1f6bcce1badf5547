public import S2SModel

/// Reads license rosters from CSV: the bench's columns (`LicenseNumber,LegalName,LicenseType,Status,
/// IssueDate,ExpirationDate`), the cannlytics-normalised state lists in `shared/rosters/`
/// (`license_number`, `license_type`, `license_status`, `expiration_date`, …) and the native
/// headers of state exports (`License #`, `Record Number`, `Licensee Name`, …). Columns are found
/// by header name, never by position.
public enum RosterReader {
    static let numberColumns = ["LicenseNumber", "license_number", "License Number", "License #", "License No",
                                "Record Number", "License", "Lab #", "licenseNumber"]
    static let legalNameColumns = ["LegalName", "business_legal_name", "Legal Name", "Licensee Name", "Business Name",
                                   "License Name", "Licensee", "Lab Name"]
    static let dbaColumns = ["business_dba_name", "DBA", "DBA Name", "Tradename", "Trade Name", "FacilityName", "Facility Name"]
    static let typeColumns = ["LicenseType", "license_type", "License Type", "Record Type", "Priv Desc", "Privilege",
                              "FacilityType", "Facility Type", "Type"]
    static let statusColumns = ["Status", "license_status", "License Status", "LicenseStatus", "Privilege Status"]
    static let issueColumns = ["IssueDate", "issue_date", "Issue Date", "License Issue Date", "LicenseIssueDate",
                               "Issued", "Certification Date"]
    static let expirationColumns = ["ExpirationDate", "expiration_date", "Expiration Date", "License Expiration Date",
                                    "LicenseExpirationDate", "Expires", "Expiry Date"]
    static let designationColumns = ["license_designation", "Designation", "License Designation"]
    static let stateColumns = ["premise_state", "State", "Jurisdiction"]

    /// Reads a roster table. The header must name at least a license-number column; other columns
    /// are optional. Row-level problems (a bad date) are recorded and the row is still read.
    public static func read(_ table: CSVTable, _ sink: inout ImportSink) -> [License] {
        guard let headerRow = table.rows.first else {
            sink.problem("the roster is empty; expected a header row naming a license-number column",
                         code: "roster.empty", offset: 0, pointer: "row 1")
            return []
        }
        let header = CSVHeader(headerRow.fields)
        guard let numberIdx = header.index(of: numberColumns) else {
            sink.problem("no license-number column in the roster header (found: \(headerRow.fields.joined(separator: ", ")))",
                         code: "roster.columns", offset: headerRow.offsets.first ?? 0, pointer: "row 1",
                         hint: "name the column LicenseNumber or license_number")
            return []
        }
        let nameIdx = header.index(of: legalNameColumns)
        let dbaIdx = header.index(of: dbaColumns)
        let typeIdx = header.index(of: typeColumns)
        let statusIdx = header.index(of: statusColumns)
        let issueIdx = header.index(of: issueColumns)
        let expIdx = header.index(of: expirationColumns)
        let desIdx = header.index(of: designationColumns)
        let stateIdx = header.index(of: stateColumns)

        var out: [License] = []
        out.reserveCapacity(table.rows.count)
        for (k, row) in table.rows.enumerated().dropFirst() {
            let rowName = "row \(row.line)"
            func value(_ i: Int?) -> String? {
                guard let i, i < row.fields.count else { return nil }
                let v = row.fields[i].trimmingSpaces()
                return v.isEmpty ? nil : v
            }
            func date(_ i: Int?, _ column: String) -> Day? {
                guard let text = value(i) else { return nil }
                if let d = RosterReader.parseDate(text) { return d }
                sink.problem("\(column) on \(rowName) is \"\(text)\", which is not a date", code: "roster.date",
                             offset: row.offsets[i ?? 0], pointer: rowName,
                             hint: "write dates as YYYY-MM-DD (MM/DD/YYYY is also read)")
                return nil
            }
            if row.fields.count != headerRow.fields.count {
                sink.problem("\(rowName) has \(row.fields.count) fields but the header has \(headerRow.fields.count)",
                             code: "roster.row-width", offset: row.offsets.first ?? 0, pointer: rowName,
                             level: row.fields.count > numberIdx ? .warning : .error)
            }
            guard let number = value(numberIdx) else {
                if row.fields.allSatisfy({ $0.trimmingSpaces().isEmpty }) { continue }
                sink.problem("\(rowName) has no license number", code: "roster.number",
                             offset: row.offsets.first ?? 0, pointer: rowName)
                continue
            }
            _ = k
            let statusText = value(statusIdx)
            let lic = License(
                number: number, legalName: value(nameIdx), dba: value(dbaIdx), type: value(typeIdx),
                status: LicenseStatus(normalising: statusText), statusText: statusText,
                issueDate: date(issueIdx, "the issue date"), expirationDate: date(expIdx, "the expiration date"),
                designation: value(desIdx), jurisdiction: value(stateIdx),
                source: sink.ref(SourcePoint(offset: row.offsets.first ?? 0, line: Int32(row.line), lineStart: row.offsets.first ?? 0), rowName))
            out.append(lic)
        }
        return out
    }

    /// `YYYY-MM-DD`, `YYYY-MM-DDTHH:MM:SS…` (date part), `M/D/YYYY`.
    public static func parseDate(_ text: String) -> Day? {
        if let p = ParsedTimestamp.parse(text.utf8) {
            switch p {
            case .day(let d): return d
            case .naive(let l), .zoned(let l, _): return l.day
            }
        }
        let parts = text.split(separator: " ").first?.split(separator: "/") ?? []
        if parts.count == 3, let m = Int(parts[0]), let d = Int(parts[1]), let y = Int(parts[2]) {
            return Day(year: y < 100 ? 2000 + y : y, month: m, day: d)
        }
        return nil
    }
}
