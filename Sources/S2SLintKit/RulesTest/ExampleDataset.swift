public import Foundation
public import S2SModel
public import S2SImport
public import RuleEngine

/// Builds a dataset from a rule example's data, through the same readers real files go through.
///
/// The data is a mapping with any of:
/// - `licenses`: roster rows (`{LicenseNumber, LegalName, LicenseType, Status, IssueDate, ExpirationDate}`)
///   or CSV text;
/// - `packages`: `{ <holder license>: [Metrc package objects] }`;
/// - `lab_results`: a list of Metrc lab-test results;
/// - `manifests`: a list of manifests (Metrc template shape), or one manifest;
/// - `as_of`: the date the example is judged on when no departure says.
public enum ExampleDataset {
    public struct Built {
        public var dataset: Dataset
        public var asOf: Day?
    }

    static let sections = ["licenses", "packages", "lab_results", "manifests", "as_of"]

    public static func build(_ data: PlainValue, label: String, zone: ZoneResolver) throws -> Built {
        guard case .object(let keys, let values) = data else {
            throw ExampleError("the example data must be a mapping with licenses, packages, lab_results and manifests")
        }
        for k in keys where !sections.contains(k) {
            let hint = sections.first { $0.hasPrefix(String(k.prefix(3))) }
            throw ExampleError("unknown section '\(k)' in the example data" + (hint.map { "; did you mean '\($0)'?" } ?? "")
                               + " (sections: \(sections.joined(separator: ", ")))")
        }
        var ds = Dataset()
        var asOf: Day?
        if case .string(let s)? = values["as_of"] ?? nil {
            guard case .day(let d)? = ParsedTimestamp.parse(s.utf8) else { throw ExampleError("as_of must be a date (YYYY-MM-DD)") }
            asOf = d
        }
        func addJSON(_ v: PlainValue, kind: InputKind, owner: String? = nil, name: String) {
            let bytes = Array(v.json.utf8)
            let id = ds.addFile(SourceFile(path: "<\(label) \(name)>", kind: kind.rawValue, retainedBytes: bytes))
            let r = JSONInputReader.read(bytes, fileID: id, path: "<\(label) \(name)>",
                                         options: InputOptions(expected: kind, owner: owner, zone: zone))
            ds.absorb(r.dataset)
        }
        if let lic = values["licenses"] {
            let csv: String
            switch lic {
            case .string(let s): csv = s
            case .list(let rows): csv = toCSV(rows)
            default: throw ExampleError("licenses must be a list of rows or CSV text")
            }
            let bytes = Array(csv.utf8)
            let id = ds.addFile(SourceFile(path: "<\(label) licenses>", kind: InputKind.roster.rawValue, retainedBytes: bytes))
            var sink = ImportSink(fileID: id, path: "<\(label) licenses>", zone: zone)
            do { ds.licenses += RosterReader.read(try CSVTable.parse(bytes), &sink) } catch {
                throw ExampleError("the example's licenses are not valid CSV: \(error)")
            }
            ds.diagnostics += sink.diagnostics
        }
        if let pk = values["packages"] {
            guard case .object(let owners, let byOwner) = pk else {
                throw ExampleError("packages must map each holder's license number to its list of packages")
            }
            for o in owners { addJSON(byOwner[o] ?? .list([]), kind: .packages, owner: o, name: "packages of \(o)") }
        }
        if let lr = values["lab_results"] { addJSON(lr, kind: .labResults, name: "lab_results") }
        if let m = values["manifests"] {
            if case .object = m { addJSON(.list([m]), kind: .manifests, name: "manifests") } else {
                addJSON(m, kind: .manifests, name: "manifests")
            }
        }
        return Built(dataset: ds, asOf: asOf)
    }

    static func toCSV(_ rows: [PlainValue]) -> String {
        var columns: [String] = []
        for r in rows {
            if case .object(let keys, _) = r { for k in keys where !columns.contains(k) { columns.append(k) } }
        }
        func cell(_ v: PlainValue?) -> String {
            let s: String
            switch v {
            case .string(let x)?: s = x
            case .number(let x)?: s = x
            case .bool(let b)?: s = b ? "true" : "false"
            default: s = ""
            }
            if s.contains(",") || s.contains("\"") || s.contains("\n") {
                return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
            }
            return s
        }
        var out = columns.joined(separator: ",") + "\n"
        for r in rows { out += columns.map { cell(r[$0]) }.joined(separator: ",") + "\n" }
        return out
    }
}

public struct ExampleError: Error, CustomStringConvertible {
    public var description: String
    public init(_ d: String) { description = d }
}
