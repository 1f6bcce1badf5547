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
/// - `coas`: a list of lab-certificate files (PDF, text, XML, WCIA JSON) read with the bundled lab
///   profiles; a relative path is relative to `baseDirectory` (see `baseDirectory(holder:dataFile:)`);
/// - `ccrs`: Washington CCRS uploads written as rows (`ExampleCCRS`);
/// - `as_of`: the date the example is judged on when no departure says.
public enum ExampleDataset {
    public struct Built {
        public var dataset: Dataset
        public var asOf: Day?
        /// The daily operation the data asks for (`operation:`; see `ExampleOperations`).
        public var operations: OperationsRequest?
    }

    static let sections = ["licenses", "packages", "lab_results", "manifests", "coas", "as_of"] + ExampleOperations.sections + ExampleRetail.sections + ExampleCCRS.sections

    /// Where relative paths in example data (`coas`) start: the folder of the data file (`data:
    /// examples/base.yaml`, itself relative to the file that holds the example), else, for inline
    /// data, the folder of that file.
    public static func baseDirectory(holder: String, dataFile: String?) -> String {
        let dir = (holder as NSString).deletingLastPathComponent
        guard let dataFile else { return dir }
        let full = dataFile.hasPrefix("/") ? dataFile : (dir as NSString).appendingPathComponent(dataFile)
        return (full as NSString).deletingLastPathComponent
    }

    public static func build(_ data: PlainValue, label: String, zone: ZoneResolver, baseDirectory: String? = nil) throws -> Built {
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
            var options = InputOptions(expected: kind, owner: owner, zone: zone)
            options.listFromPath = false   // the path is a label (a test's name), not a file name
            let r = JSONInputReader.read(bytes, fileID: id, path: "<\(label) \(name)>", options: options)
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
        if let c = values["coas"] {
            guard case .list(let entries) = c else {
                throw ExampleError("coas must be a list of COA files (paths relative to the data file)")
            }
            var paths: [String] = []
            for e in entries {
                guard case .string(let p) = e else { throw ExampleError("each entry of coas is the path of a COA file, not \(e.json)") }
                if let base = baseDirectory, !p.hasPrefix("/") { paths.append((base as NSString).appendingPathComponent(p)) } else { paths.append(p) }
            }
            COAInputLoader.load(paths, into: &ds)
        }
        try ExampleRetail.add(values, label: label, zone: zone, into: &ds)
        try ExampleCCRS.add(values, label: label, zone: zone, into: &ds)
        let operations = try ExampleOperations.add(values, label: label, zone: zone, into: &ds)
        return Built(dataset: ds, asOf: asOf, operations: operations)
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
