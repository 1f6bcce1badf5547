public import Foundation
public import S2SModel
public import S2SImport

/// Reads every input of a run into one dataset, several files at a time, then joins what needs
/// all files (Metrc transfer parts, units, duplicate roster rows).
public enum InputLoader {
    struct Task: Sendable {
        var path: String
        var expected: InputKind?
        var owner: String?
        var fileID: Int32
    }

    public static func load(_ spec: InputSpec, stdin: @Sendable () -> [UInt8] = { readStandardInput() }) -> Dataset {
        var ds = Dataset()
        let (mappings, mappingDiagnostics) = loadMappings(spec, into: &ds)
        ds.diagnostics += mappingDiagnostics
        var tasks: [Task] = []
        func add(_ path: String, _ expected: InputKind?, owner: String? = nil) {
            let id = ds.addFile(SourceFile(path: path == "-" ? "<stdin>" : path, kind: expected?.rawValue ?? "unrecognised"))
            tasks.append(Task(path: path, expected: expected, owner: owner, fileID: id))
        }
        for p in spec.licenses { add(p, .roster) }
        for p in spec.labResults { add(p, .labResults) }
        for entry in spec.inventory {
            let (owner, path) = splitOwner(entry)
            if isDirectory(path) {
                let files = listFiles(path, recursive: false).filter { $0.lowercased().hasSuffix(".json") || $0.lowercased().hasSuffix(".csv") }
                if files.isEmpty {
                    ds.diagnostics.append(Diagnostic(.error, "the inventory folder \(path) holds no .json or .csv exports", code: "input.empty-dir"))
                }
                for f in files { add(f, .packages, owner: owner ?? stem(f)) }
            } else {
                add(path, .packages, owner: owner ?? stem(path))
            }
        }
        for p in spec.manifests { add(p, .manifests) }
        for entry in spec.inputs {
            let (owner, path) = splitOwner(entry)
            if path != "-", isDirectory(path) {
                let files = listFiles(path, recursive: true).filter { !isMappingFile($0) }
                if files.isEmpty {
                    ds.diagnostics.append(Diagnostic(.error, "the folder \(path) holds no exports", code: "input.empty-dir"))
                }
                for f in files { add(f, nil, owner: owner) }
            } else if path == "-" || !isMappingFile(path) {
                add(path, nil, owner: owner)
            }
        }

        // Read and decode in parallel; each task fills its own slot.
        let results = ResultSlots(count: tasks.count)
        let stdinBytes: [UInt8]? = tasks.contains { $0.path == "-" } ? stdin() : nil
        let work = tasks
        DispatchQueue.concurrentPerform(iterations: work.count) { i in
            results.set(i, read(work[i], zone: spec.zone, mappings: mappings, stdinBytes: stdinBytes))
        }
        // Merge, releasing each file's records as they are copied (peak memory stays near one copy).
        reserve(&ds, for: results)
        var parts = TransferParts()
        for i in tasks.indices {
            guard let r = results.take(i) else { continue }
            let f = Int(tasks[i].fileID)
            if let retained = r.retained { ds.files[f].retainedBytes = retained }
            if r.imported.kind != nil || ds.files[f].kind == "unrecognised" { ds.files[f].kind = r.imported.kindLabel }
            ds.absorb(r.imported.dataset)
            parts.absorb(r.imported.parts)
        }
        ImportFinisher.finish(&ds, parts: parts)
        COAInputLoader.load(spec.coas, profileDirectories: spec.labProfiles, into: &ds)
        return ds
    }

    struct Result: Sendable {
        var imported: ImportedFile
        var retained: [UInt8]?
    }

    static func read(_ t: Task, zone: ZoneResolver, mappings: [MappingFile], stdinBytes: [UInt8]?) -> Result {
        let bytes: [UInt8]
        var retained: [UInt8]?
        if t.path == "-" {
            bytes = stdinBytes ?? []
            retained = bytes
        } else {
            do { bytes = try FileBytes.read(t.path) } catch {
                var ds = Dataset()
                ds.diagnostics.append(Diagnostic(.error, "\(error)", code: "input.io",
                                                 location: SourceLocation(file: t.path, line: 1, column: 1)))
                return Result(imported: ImportedFile(dataset: ds))
            }
        }
        let displayPath = t.path == "-" ? "<stdin>" : t.path
        let options = InputOptions(expected: t.expected, owner: t.owner, zone: zone, mappings: mappings)
        let imported = InputReader.read(bytes, fileID: t.fileID, path: displayPath, options: options)
        if let text = imported.retainedText { retained = text }
        return Result(imported: imported, retained: retained)
    }

    /// Reads the mapping files named with `--mapping`, those found among the `--inputs` folders, and
    /// those next to an export given as a file (`scans/tote-17.csv` is read with
    /// `scans/scan-log.mapping.json`, as it would be if `scans/` were given), each once.
    static func loadMappings(_ spec: InputSpec, into ds: inout Dataset) -> ([MappingFile], [Diagnostic]) {
        var paths: [String] = []
        var seen = Set<String>()
        func add(_ p: String) {
            if seen.insert(URL(fileURLWithPath: p).standardizedFileURL.path).inserted { paths.append(p) }
        }
        spec.mappings.forEach(add)
        for entry in spec.inputs {
            let (_, path) = splitOwner(entry)
            if path == "-" { continue }
            if isDirectory(path) {
                listFiles(path, recursive: true).filter(isMappingFile).forEach(add)
            } else if isMappingFile(path) {
                add(path)
            } else {
                let dir = (path as NSString).deletingLastPathComponent
                listFiles(dir.isEmpty ? "." : dir, recursive: false).filter(isMappingFile).forEach(add)
            }
        }
        var out: [MappingFile] = []
        var diags: [Diagnostic] = []
        for p in paths {
            let id = ds.addFile(SourceFile(path: p, kind: "mapping"))
            do {
                let (m, d) = MappingFile.load(try FileBytes.read(p), path: p, fileID: id)
                diags += d
                if let m { out.append(m) }
            } catch {
                diags.append(Diagnostic(.error, "cannot read the mapping file: \(error)", code: "input.io",
                                        location: SourceLocation(file: p, line: 1, column: 1)))
            }
        }
        return (out, diags)
    }

    /// Whether a file is a mapping file (a JSON object whose first member is `"s2slint-mapping"`).
    static func isMappingFile(_ path: String) -> Bool {
        guard path.lowercased().hasSuffix(".json"), let h = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? h.close() }
        let head = String(decoding: h.readData(ofLength: 256), as: UTF8.self)
        return head.contains("\"s2slint-mapping\"")
    }

    static func reserve(_ ds: inout Dataset, for results: ResultSlots) {
        var packages = 0
        results.forEach { packages += $0.imported.dataset.packages.count }
        ds.packages.reserveCapacity(packages)
    }

    /// `LICENSE=path` → (LICENSE, path); a path that exists as written is taken whole.
    static func splitOwner(_ entry: String) -> (String?, String) {
        if let eq = entry.firstIndex(of: "="), !FileManager.default.fileExists(atPath: entry) {
            return (String(entry[..<eq]), String(entry[entry.index(after: eq)...]))
        }
        return (nil, entry)
    }

    static func isDirectory(_ path: String) -> Bool {
        var isDir: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDir) && isDir.boolValue
    }

    /// Files in a folder, sorted, without hidden files and documentation (`.md`, `.txt`, `.pdf`).
    static func listFiles(_ dir: String, recursive: Bool) -> [String] {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []).sorted()
        var out: [String] = []
        for n in names where !n.hasPrefix(".") {
            let full = (dir as NSString).appendingPathComponent(n)
            if isDirectory(full) {
                if recursive { out += listFiles(full, recursive: true) }
                continue
            }
            let ext = (n as NSString).pathExtension.lowercased()
            if ["md", "txt", "pdf", "html", "yaml", "yml"].contains(ext) { continue }
            out.append(full)
        }
        return out
    }

    static func stem(_ path: String) -> String {
        ((path as NSString).lastPathComponent as NSString).deletingPathExtension
    }

    public static func readStandardInput() -> [UInt8] {
        [UInt8](FileHandle.standardInput.readDataToEndOfFile())
    }
}

/// Result slots written by parallel workers, one per index.
final class ResultSlots: @unchecked Sendable {
    private var slots: [InputLoader.Result?]
    private let lock = NSLock()
    init(count: Int) { slots = Array(repeating: nil, count: count) }
    func set(_ i: Int, _ v: InputLoader.Result) {
        lock.lock()
        slots[i] = v
        lock.unlock()
    }
    /// Hands over a result and forgets it.
    func take(_ i: Int) -> InputLoader.Result? {
        lock.lock()
        defer { lock.unlock() }
        let v = slots[i]
        slots[i] = nil
        return v
    }
    func forEach(_ body: (InputLoader.Result) -> Void) {
        lock.lock()
        defer { lock.unlock() }
        for s in slots { if let s { body(s) } }
    }
}
