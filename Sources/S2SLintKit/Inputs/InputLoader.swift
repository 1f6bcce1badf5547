public import Foundation
public import S2SModel
public import S2SImport

/// Reads every input of a run into one dataset, several files at a time.
public enum InputLoader {
    struct Task: Sendable {
        var path: String
        var kind: InputKind
        var owner: String?
        var fileID: Int32
    }

    public static func load(_ spec: InputSpec, stdin: @Sendable () -> [UInt8] = { readStandardInput() }) -> Dataset {
        var ds = Dataset()
        var tasks: [Task] = []
        func add(_ path: String, _ kind: InputKind, owner: String? = nil) {
            let id = ds.addFile(SourceFile(path: path == "-" ? "<stdin>" : path, kind: kind.rawValue))
            tasks.append(Task(path: path, kind: kind, owner: owner, fileID: id))
        }
        for p in spec.licenses { add(p, .roster) }
        for p in spec.labResults { add(p, .labResults) }
        for entry in spec.inventory {
            var owner: String?
            var path = entry
            if let eq = entry.firstIndex(of: "="), !FileManager.default.fileExists(atPath: entry) {
                owner = String(entry[..<eq])
                path = String(entry[entry.index(after: eq)...])
            }
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDir), isDir.boolValue {
                let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
                let files = names.filter { $0.lowercased().hasSuffix(".json") }.sorted()
                if files.isEmpty {
                    ds.diagnostics.append(Diagnostic(.error, "the inventory folder \(path) holds no .json exports", code: "input.empty-dir"))
                }
                for f in files {
                    let full = (path as NSString).appendingPathComponent(f)
                    add(full, .packages, owner: owner ?? String(f.dropLast(5)))
                }
            } else {
                add(path, .packages, owner: owner ?? ((path as NSString).lastPathComponent as NSString).deletingPathExtension)
            }
        }
        for p in spec.manifests { add(p, .manifests) }

        // Read and decode in parallel; each task fills its own slot.
        let results = ResultSlots(count: tasks.count)
        let stdinBytes: [UInt8]? = tasks.contains { $0.path == "-" } ? stdin() : nil
        let work = tasks
        DispatchQueue.concurrentPerform(iterations: work.count) { i in
            results.set(i, read(work[i], spec: spec, stdinBytes: stdinBytes))
        }
        for (i, r) in results.all.enumerated() {
            guard let (partial, retained) = r else { continue }
            if let retained { ds.files[Int(tasks[i].fileID)].retainedBytes = retained }
            ds.absorb(partial)
        }
        return ds
    }

    static func read(_ t: Task, spec: InputSpec, stdinBytes: [UInt8]?) -> (Dataset, [UInt8]?) {
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
                return (ds, nil)
            }
        }
        let displayPath = t.path == "-" ? "<stdin>" : t.path
        switch t.kind {
        case .roster:
            var sink = ImportSink(fileID: t.fileID, path: displayPath, zone: spec.zone)
            var ds = Dataset()
            do {
                let table = try CSVTable.parse(bytes)
                ds.licenses = RosterReader.read(table, &sink)
            } catch let e as CSVError {
                sink.problem("malformed CSV: \(e.message)", code: "csv.syntax", offset: e.offset, pointer: "row \(e.line)")
            } catch {
                sink.problem("cannot read the roster: \(error)", code: "input.read", offset: 0, pointer: "")
            }
            ds.diagnostics = sink.diagnostics
            return (ds, retained)
        default:
            let options = InputOptions(expected: t.kind, owner: t.owner, zone: spec.zone)
            return (JSONInputReader.read(bytes, fileID: t.fileID, path: displayPath, options: options).dataset, retained)
        }
    }

    public static func readStandardInput() -> [UInt8] {
        [UInt8](FileHandle.standardInput.readDataToEndOfFile())
    }
}

/// Result slots written by parallel workers, one per index.
final class ResultSlots: @unchecked Sendable {
    private var slots: [(Dataset, [UInt8]?)?]
    private let lock = NSLock()
    init(count: Int) { slots = Array(repeating: nil, count: count) }
    func set(_ i: Int, _ v: (Dataset, [UInt8]?)) {
        lock.lock()
        slots[i] = v
        lock.unlock()
    }
    var all: [(Dataset, [UInt8]?)?] { slots }
}
