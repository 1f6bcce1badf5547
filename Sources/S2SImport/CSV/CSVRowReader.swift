public import Foundation
public import S2SModel

/// Typed access to the fields of one CSV row by column, with problems recorded at the field's
/// row and column (and the row still read). Used by the CCRS and mapped-file readers.
public struct CSVRowReader {
    public let row: CSVTable.Row
    public let header: [String]
    public var rowName: String { "row \(row.line)" }

    public init(row: CSVTable.Row, header: [String]) {
        self.row = row
        self.header = header
    }

    /// Where the row starts, for a record's `SourceRef`.
    public func ref(_ sink: ImportSink) -> SourceRef {
        let start = row.offsets.first ?? 0
        return sink.ref(SourcePoint(offset: start, line: Int32(row.line), lineStart: start), rowName)
    }

    func offset(_ i: Int) -> Int { i < row.offsets.count ? row.offsets[i] : (row.offsets.last ?? 0) }

    /// The trimmed text of column `i`; nil when the column is missing, or blank.
    public func text(_ i: Int?) -> String? {
        guard let i, i < row.fields.count else { return nil }
        let v = row.fields[i].trimmingSpaces()
        return v.isEmpty ? nil : v
    }

    func columnName(_ i: Int) -> String { i < header.count ? header[i].trimmingSpaces() : "column \(i + 1)" }

    public func decimal(_ i: Int?, _ sink: inout ImportSink) -> Decimal? {
        guard let i, let t = text(i) else { return nil }
        if let d = DecimalText.parse(t, lenient: true) { return d }
        sink.problem("\(columnName(i)) on \(rowName) is \"\(t)\", which is not a number", code: "csv.not-a-number",
                     offset: offset(i), pointer: rowName, hint: "write a decimal number such as 12.5")
        return nil
    }

    public func bool(_ i: Int?, _ sink: inout ImportSink) -> Bool? {
        guard let i, let t = text(i) else { return nil }
        switch t.lowercased() {
        case "true", "t", "yes", "y", "1": return true
        case "false", "f", "no", "n", "0": return false
        default:
            sink.problem("\(columnName(i)) on \(rowName) is \"\(t)\"; expected TRUE or FALSE", code: "csv.not-a-bool",
                         offset: offset(i), pointer: rowName)
            return nil
        }
    }

    /// A date written `MM/DD/YYYY` (CCRS), `YYYY-MM-DD` or with a time after it.
    public func day(_ i: Int?, _ sink: inout ImportSink) -> Day? {
        guard let i, let t = text(i) else { return nil }
        if let d = CSVDates.day(t) { return d }
        sink.problem("\(columnName(i)) on \(rowName) is \"\(t)\", which is not a date", code: "csv.not-a-date",
                     offset: offset(i), pointer: rowName, hint: "write the date as MM/DD/YYYY or YYYY-MM-DD")
        return nil
    }

    /// A date-time written `MM/DD/YYYY hh:mm:ss AM`, `MM/DD/YYYY HH:mm`, ISO 8601, or a date alone;
    /// without a zone it is read in the jurisdiction's zone.
    public func dateTime(_ i: Int?, _ sink: inout ImportSink) -> DateTime? {
        guard let i, let t = text(i) else { return nil }
        if let p = CSVDates.timestamp(t) { return sink.zone.dateTime(p) }
        sink.problem("\(columnName(i)) on \(rowName) is \"\(t)\", which is not a date and time", code: "csv.not-a-datetime",
                     offset: offset(i), pointer: rowName, hint: "write it as MM/DD/YYYY hh:mm:ss AM or ISO 8601")
        return nil
    }
}

/// The date forms state CSV files use.
public enum CSVDates {
    /// `MM/DD/YYYY` (also `M/D/YYYY`, with or without a time after it), ISO 8601, `YYYYMMDD`.
    public static func day(_ t: String) -> Day? {
        if let p = timestamp(t) {
            switch p {
            case .day(let d): return d
            case .naive(let l), .zoned(let l, _): return l.day
            }
        }
        return RosterReader.parseDate(t)
    }

    /// ISO 8601 (and the extract's `yyyy-MM-dd HH:mm:ss.fffffff`), or `MM/DD/YYYY[ hh:mm[:ss][ AM|PM]]`.
    public static func timestamp(_ t: String) -> ParsedTimestamp? {
        if let p = ParsedTimestamp.parse(t.utf8) { return p }
        let parts = t.split(separator: " ", omittingEmptySubsequences: true)
        guard let datePart = parts.first else { return nil }
        let dmy = datePart.split(separator: "/")
        guard dmy.count == 3, let m = Int(dmy[0]), let d = Int(dmy[1]), let y0 = Int(dmy[2]),
              let day = Day(year: y0 < 100 ? 2000 + y0 : y0, month: m, day: d) else { return nil }
        if parts.count == 1 { return .day(day) }
        let hms = parts[1].split(separator: ":")
        guard hms.count >= 2, hms.count <= 3, var h = Int(hms[0]), let mi = Int(hms[1]), (0..<60).contains(mi) else { return nil }
        var s = 0
        if hms.count == 3 {
            let sec = hms[2].split(separator: ".").first ?? ""
            guard let v = Int(sec), (0..<61).contains(v) else { return nil }
            s = min(v, 59)
        }
        if parts.count >= 3 {
            switch parts[2].uppercased() {
            case "AM": guard (1...12).contains(h) else { return nil }; if h == 12 { h = 0 }
            case "PM": guard (1...12).contains(h) else { return nil }; if h != 12 { h += 12 }
            default: return nil
            }
        }
        guard (0..<24).contains(h) else { return nil }
        return .naive(LocalDateTime(day: day, hour: h, minute: mi, second: s))
    }
}
