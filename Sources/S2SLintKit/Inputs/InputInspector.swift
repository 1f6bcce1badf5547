public import Foundation
public import S2SModel
public import S2SImport

/// `s2slint inspect`: reads each file on its own, recognising its kind from its shape, and tells
/// what was read from it: the kind, the records per type with their date ranges, and the problems
/// with their positions.
public enum InputInspector {
    public struct FileReport: Sendable, Codable {
        public var path: String
        /// `metrc.packages`, `ccrs.manifest`, `mapped:<mapping>` …; `unrecognised` when nothing matched.
        public var kind: String
        public var title: String?
        /// The list the rows came from when the endpoint or file name says (`active`, `incoming` …).
        public var list: String?
        public var records: [DatasetSummary.Entry]
        public var from: String?
        public var to: String?
        public var problems: [Problem]
        /// False when the file could not be read, matched no known shape, or has errors.
        public var ok: Bool
    }

    public struct Problem: Sendable, Codable {
        public var level: String
        public var code: String
        public var message: String
        public var file: String?
        public var line: Int?
        public var column: Int?
        public var pointer: String?
        public var hint: String?
        public var snippet: String?

        /// `file:line:col: error: message`, with the snippet and hint, as compilers print them.
        public var text: String {
            var d = Diagnostic(Diagnostic.Level(rawValue: level) ?? .error, message, code: code, snippet: snippet, hint: hint)
            if let file, let line, let column { d.location = SourceLocation(file: file, line: line, column: column) }
            return d.description
        }
    }

    /// Inspects `paths` (folders are read recursively; mapping files found there are used).
    public static func inspect(_ paths: [String], zone: ZoneResolver = .utc, mappings mappingPaths: [String] = [],
                               stdin: @Sendable () -> [UInt8] = { InputLoader.readStandardInput() }) -> [FileReport] {
        var scratch = Dataset()
        let (mappings, mappingDiags) = InputLoader.loadMappings(InputSpec(inputs: paths, mappings: mappingPaths), into: &scratch)
        var reports: [FileReport] = []
        if !mappingDiags.isEmpty {
            // mapping problems are reported against the mapping files
            var byFile: [Int32: [Diagnostic]] = [:]
            for d in mappingDiags { byFile[d.ref?.file ?? -1, default: []].append(d) }
            for (f, diags) in byFile.sorted(by: { $0.key < $1.key }) {
                let path = f >= 0 ? scratch.files[Int(f)].path : "mapping"
                reports.append(FileReport(path: path, kind: "mapping", title: "a mapping file", list: nil, records: [], from: nil,
                                          to: nil, problems: resolve(diags, in: scratch), ok: false))
            }
        }
        var files: [String] = []
        for p in paths {
            if p != "-", InputLoader.isDirectory(p) {
                files += InputLoader.listFiles(p, recursive: true).filter { !InputLoader.isMappingFile($0) }
            } else if p == "-" || !InputLoader.isMappingFile(p) {
                files.append(p)
            }
        }
        for path in files { reports.append(inspectFile(path, zone: zone, mappings: mappings, stdin: stdin)) }
        return reports
    }

    static func inspectFile(_ path: String, zone: ZoneResolver, mappings: [MappingFile],
                            stdin: @Sendable () -> [UInt8]) -> FileReport {
        let display = path == "-" ? "<stdin>" : path
        let bytes: [UInt8]
        if path == "-" { bytes = stdin() } else {
            do { bytes = try FileBytes.read(path) } catch {
                return FileReport(path: display, kind: "unreadable", title: nil, list: nil, records: [], from: nil, to: nil,
                                  problems: [Problem(level: "error", code: "input.io", message: "\(error)", file: display,
                                                     line: nil, column: nil, pointer: nil, hint: nil, snippet: nil)],
                                  ok: false)
            }
        }
        var ds = Dataset()
        let id = ds.addFile(SourceFile(path: display, kind: "unrecognised", retainedBytes: path == "-" ? bytes : nil))
        let imported = InputReader.read(bytes, fileID: id, path: display, options: InputOptions(zone: zone, mappings: mappings))
        ds.files[Int(id)].kind = imported.kindLabel
        if let t = imported.retainedText { ds.files[Int(id)].retainedBytes = t }
        let files = ds.files
        ds = imported.dataset   // take the records as they are (no copy)
        ds.files = files
        // within one file: units and duplicates; transfer parts are counted, not joined
        ImportFinisher.finish(&ds, parts: TransferParts())
        let summary = DatasetSummary(ds, parts: imported.parts.counts)
        let problems = resolve(ds.diagnostics, in: ds)
        let list: String?
        switch imported.kind {
        case .packages?, .metrcTransfers?, .metrcDeliveries?, .metrcDeliveryPackages?, .manifests?, .metrcUnits?:
            list = listWord(display, bytes)
        default: list = nil
        }
        return FileReport(path: display, kind: imported.kindLabel, title: imported.kind?.title, list: list,
                          records: summary.entries, from: summary.dateRange?.from, to: summary.dateRange?.to,
                          problems: problems, ok: imported.kind != nil && !problems.contains { $0.level == "error" })
    }

    /// The list word from the documented endpoint (first 4 KB) or the file name.
    static func listWord(_ path: String, _ bytes: [UInt8]) -> String? {
        let head = String(decoding: bytes.prefix(4096), as: UTF8.self)
        if let r = head.range(of: "\"endpoint\""), let q1 = head[r.upperBound...].firstIndex(of: "\""),
           let q2 = head[head.index(after: q1)...].firstIndex(of: "\"") {
            if let w = InputHints.listWord(in: String(head[head.index(after: q1)..<q2])) { return w }
        }
        return InputHints.listWord(in: InputHints.fileName(path))
    }

    static func resolve(_ diags: [Diagnostic], in ds: Dataset) -> [Problem] {
        let resolved = ds.resolveWithLines(diags.map { $0.ref ?? .none })
        return diags.enumerated().map { i, d in
            var p = Problem(level: d.level.rawValue, code: d.code, message: d.message, file: d.location?.file,
                            line: d.location?.line, column: d.location?.column, pointer: d.ref?.pointer, hint: d.hint, snippet: d.snippet)
            if d.location == nil, let r = resolved[i] {
                p.file = r.location.file
                p.line = r.location.line
                p.column = r.location.column
                if let line = r.line { p.snippet = Diagnostic.caret(line: line, column: r.location.column) }
            }
            if p.pointer?.isEmpty == true { p.pointer = nil }
            return p
        }
    }

    /// The report as text for a person.
    public static func text(_ reports: [FileReport]) -> String {
        var out = ""
        for r in reports {
            out += r.path + "\n"
            out += "  kind: " + r.kind + (r.title.map { " (\($0))" } ?? "") + (r.list.map { ", list: \($0)" } ?? "") + "\n"
            if r.records.isEmpty {
                out += "  read: nothing\n"
            } else {
                out += "  read:\n"
                for e in r.records {
                    var line = "    \(e.count) \(e.type)"
                    if let f = e.dateField, let a = e.from, let b = e.to { line += a == b ? " (\(f) \(a))" : " (\(f) \(a) … \(b))" }
                    out += line + "\n"
                }
            }
            if let a = r.from, let b = r.to { out += "  dates: \(a) … \(b)\n" }
            let errors = r.problems.filter { $0.level == "error" }.count
            let warnings = r.problems.filter { $0.level == "warning" }.count
            let notes = r.problems.count - errors - warnings
            if r.problems.isEmpty {
                out += "  problems: none\n"
            } else {
                out += "  problems: \(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s"), \(notes) note\(notes == 1 ? "" : "s")\n"
                for p in r.problems {
                    out += p.text.split(separator: "\n", omittingEmptySubsequences: false).map { "    " + $0 }.joined(separator: "\n") + "\n"
                }
            }
            out += "\n"
        }
        let bad = reports.filter { !$0.ok }.count
        out += "\(reports.count) file\(reports.count == 1 ? "" : "s") inspected, \(bad) with errors\n"
        return out
    }

    /// The report as JSON (`s2slint.inspect/1`).
    public static func json(_ reports: [FileReport]) -> String {
        struct Doc: Codable { var schema: String; var files: [FileReport] }
        let enc = JSONEncoder()
        enc.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? enc.encode(Doc(schema: "s2slint.inspect/1", files: reports))) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}

import RuleEngine

extension InputInspector {
    /// The time zone of a jurisdiction's facts (`Jurisdictions/<ID>.yaml`, `time_zone:`).
    public static func zone(ofJurisdiction id: String, locator: DataLocator) -> ZoneResolver? {
        let path = locator.jurisdictionsDirectory.appendingPathComponent("\(id).yaml").path
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        let (j, _) = FactsLoader.load(path: path)
        return j?.timeZone.flatMap(ZoneResolver.init(identifier:))
    }
}
