public import S2SModel

/// What reading one file produced.
public struct ImportedFile: Sendable {
    /// The kind recognised (nil when the file could not be read or matched nothing).
    public var kind: InputKind?
    /// More about the kind (the mapping's name for mapped files).
    public var detail: String?
    public var dataset: Dataset
    /// Metrc transfer pieces still to be joined with the other files' (`ImportFinisher`).
    public var parts: TransferParts
    /// The UTF-8 text the records' offsets point into, when it is not the file's own bytes
    /// (UTF-16 CSV exports): keep it with the file so positions can be resolved.
    public var retainedText: [UInt8]?

    public init(kind: InputKind? = nil, detail: String? = nil, dataset: Dataset = Dataset(),
                parts: TransferParts = TransferParts(), retainedText: [UInt8]? = nil) {
        self.kind = kind
        self.detail = detail
        self.dataset = dataset
        self.parts = parts
        self.retainedText = retainedText
    }

    /// `metrc.packages`, or `mapped:<mapping name>`.
    public var kindLabel: String {
        guard let kind else { return "unrecognised" }
        if let detail { return kind.rawValue + ":" + detail }
        return kind.rawValue
    }
}

/// Reads any input file: JSON or CSV is told from the first character, then the kind from the
/// shape (JSON member names, CSV header and preamble). A file that matches no known shape is an
/// error listing what was tried; a file given for a role (`--inventory`) must be of a kind that
/// fills it.
public enum InputReader {
    public static func read(_ bytes: [UInt8], fileID: Int32, path: String, options: InputOptions) -> ImportedFile {
        switch firstSignificantByte(bytes) {
        case UInt8(ascii: "{")?, UInt8(ascii: "[")?:
            let r = JSONInputReader.read(bytes, fileID: fileID, path: path, options: options)
            return ImportedFile(kind: r.kind, detail: r.detail, dataset: r.dataset, parts: r.parts)
        case nil:
            var sink = ImportSink(fileID: fileID, path: path, zone: options.zone)
            sink.problem("the file is empty; expected a JSON export or a CSV file with a header row",
                         code: "input.empty", offset: 0, pointer: "")
            var ds = Dataset()
            ds.diagnostics = sink.diagnostics
            return ImportedFile(dataset: ds)
        default:
            return readCSV(bytes, fileID: fileID, path: path, options: options)
        }
    }

    /// The first byte that is not a byte-order mark or whitespace (UTF-16 text counts as CSV).
    static func firstSignificantByte(_ b: [UInt8]) -> UInt8? {
        if b.count >= 2, (b[0] == 0xFF && b[1] == 0xFE) || (b[0] == 0xFE && b[1] == 0xFF) { return UInt8(ascii: ",") }
        var i = 0
        if b.count >= 3, b[0] == 0xEF, b[1] == 0xBB, b[2] == 0xBF { i = 3 }
        while i < b.count, b[i] == 0x20 || b[i] == 0x09 || b[i] == 0x0A || b[i] == 0x0D { i += 1 }
        return i < b.count ? b[i] : nil
    }

    static func readCSV(_ bytes: [UInt8], fileID: Int32, path: String, options: InputOptions) -> ImportedFile {
        var sink = ImportSink(fileID: fileID, path: path, zone: options.zone)
        var ds = Dataset()
        var out = ImportedFile()
        let table: CSVTable
        do { table = try CSVTable.parse(bytes) } catch {
            sink.problem("cannot read the CSV: \(error)", code: "csv.syntax", offset: 0, pointer: "")
            ds.diagnostics = sink.diagnostics
            return ImportedFile(dataset: ds)
        }
        out.retainedText = table.transcoded
        for p in table.problems {
            sink.problem("malformed CSV: \(p.message)", code: "csv.syntax", offset: p.offset, pointer: "row \(p.line)")
        }
        let role = options.role
        func allowed(_ k: InputKind) -> Bool {
            if role == .any || k.roles.contains(role) { return true }
            sink.problem("expected \(role.title), but the file looks like \(k.title)", code: "input.kind", offset: 0, pointer: "",
                         hint: "check which flag this file was given with (or give it with --inputs to have it recognised)")
            return false
        }
        let first = table.rows.first.map { CSVHeader($0.fields) } ?? CSVHeader([])
        if CCRSReader.hasPreamble(table) || CCRSManifestReader.isManifest(table) || CCRSReader.kind(ofHeader: first) != nil {
            // the kind is told by the header row, which follows the preamble rows when there are some
            let header = table.rows.first { !CCRSReader.preambleKeys.contains(CSVHeader.normalize($0.fields.first ?? "")) }
                .map { CSVHeader($0.fields) } ?? first
            let guess = CCRSManifestReader.isManifest(table) ? InputKind.ccrsManifest : (CCRSReader.kind(ofHeader: header) ?? .ccrsInventory)
            if allowed(guess) { out.kind = CCRSReader.read(table, &sink, &ds) }
        } else if let mapping = options.mappings.first(where: { m in
            table.rows.count > m.skipRows && m.matches(header: CSVHeader(table.rows[m.skipRows].fields))
        }) {
            if allowed(.mapped) {
                var t = table
                if let d = mapping.delimiter, d != table.delimiter, let again = try? CSVTable.parse(bytes, delimiter: d) { t = again }
                MappedReader.readCSV(t, mapping: mapping, &sink, &ds)
                out.kind = .mapped
                out.detail = mapping.name
            }
        } else if RosterReader.looksLikeRoster(table) || role == .licenses {
            if allowed(.roster) {
                ds.licenses = RosterReader.read(table, &sink)
                out.kind = .roster
            }
        } else {
            let header = table.rows.first?.fields.prefix(12).joined(separator: ", ") ?? ""
            var tried = ["a CCRS upload (SubmittedBy/SubmittedDate/NumberRecords preamble, or Manifest.CSV)",
                         "a license roster (a license-number column with name, type, status or expiration)"]
            tried += options.mappings.map { "mapping \($0.name) (columns \($0.matchColumns.joined(separator: ", ")))" }
            sink.problem("the CSV matches no known export (header: \(header)); tried: " + tried.joined(separator: "; "),
                         code: "input.unrecognised", offset: 0, pointer: "row 1",
                         hint: "describe the file's columns with a mapping file (--mapping), see Docs/importers.md")
        }
        ds.diagnostics = sink.diagnostics
        out.dataset = ds
        return out
    }
}
