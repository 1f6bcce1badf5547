import Foundation
public import S2SModel
public import S2SCOA

/// Reads the lab certificates (COAs) of a run (`check --coa PATH`): files, or folders of `.pdf`,
/// `.xml`, `.json` and `.txt` files (read recursively). Each file is read with the lab profiles
/// (bundled, plus `--lab-profiles` folders) into `Dataset.coas`, several at a time. A file that
/// cannot be read — no text layer, encrypted, an XML namespace no mapping reads — is an error
/// diagnostic naming the file, the place and the reason; it never becomes an empty certificate.
public enum COAInputLoader {
    /// File endings read from a folder (a file named on its own is read whatever its ending).
    public static let folderExtensions: Set<String> = ["pdf", "xml", "json", "txt"]

    public static func load(_ paths: [String], profileDirectories: [String] = [], into ds: inout Dataset) {
        guard !paths.isEmpty else { return }
        let profiles: COAProfileSet
        do { profiles = try COAProfiles.load(adding: profileDirectories) } catch {
            ds.diagnostics += error.diagnostics
            for p in paths { _ = ds.addFile(SourceFile(path: p, kind: "coa.unread")) }
            return
        }
        var files: [String] = []
        for p in paths {
            if InputLoader.isDirectory(p) {
                let found = listCOAFiles(p)
                if found.isEmpty {
                    ds.diagnostics.append(Diagnostic(.error, "the COA folder \(p) holds no .pdf, .xml, .json or .txt files", code: "input.empty-dir",
                                                     location: SourceLocation(file: p, line: 1, column: 1)))
                    _ = ds.addFile(SourceFile(path: p, kind: "coa.unread"))
                }
                files += found
            } else {
                files.append(p)
            }
        }
        let reader = COAReader(profiles: profiles)
        let slots = COAReadSlots(count: files.count)
        let work = files
        DispatchQueue.concurrentPerform(iterations: work.count) { i in
            slots.set(i, Result { () throws(COAReadError) -> COAFileReading in try reader.readDocument(path: work[i]) })
        }
        for (i, path) in files.enumerated() {
            switch slots.take(i) {
            case .success(let reading)?:
                let format = reading.coas.first?.document.format.rawValue ?? "unknown"
                let id = ds.addFile(SourceFile(path: path, kind: "coa.\(format)", retainedBytes: reading.text))
                let lines = LineStarts(reading.text)
                for var coa in reading.coas {
                    coa.source = anchor(coa, fileID: id, lines: lines)
                    ds.coas.append(coa)
                }
            case .failure(let error)?:
                _ = ds.addFile(SourceFile(path: path, kind: "coa.unread"))
                ds.diagnostics.append(error.diagnostic)
            case nil:
                break
            }
        }
    }

    /// COA files in a folder and its subfolders, sorted, without hidden files.
    static func listCOAFiles(_ dir: String) -> [String] {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []).sorted()
        var out: [String] = []
        for n in names where !n.hasPrefix(".") {
            let full = (dir as NSString).appendingPathComponent(n)
            if InputLoader.isDirectory(full) {
                out += listCOAFiles(full)
            } else if folderExtensions.contains((n as NSString).pathExtension.lowercased()) {
                out.append(full)
            }
        }
        return out
    }

    /// Where findings about a certificate point: where it prints its batch, else its sample id,
    /// source tag, laboratory, else its first line.
    static func anchor(_ coa: COA, fileID: Int32, lines: LineStarts) -> SourceRef {
        let candidates: [COAPosition?] = [coa.sample.batchIDs.first?.position, coa.sample.sampleID?.position,
                                          coa.sample.traceIDs.first?.tag.position, coa.lab.name?.position]
        let position = candidates.compactMap { $0 }.first
        let pointer = position?.pointer ?? ""
        guard let position, let (offset, lineStart) = lines.offset(line: position.line, column: position.column) else {
            return SourceRef(file: fileID, offset: 0, pointer: pointer, line: 1, lineStart: 0)
        }
        return SourceRef(file: fileID, offset: offset, pointer: pointer, line: Int32(position.line), lineStart: lineStart)
    }
}

/// Line starts of a text, to turn a 1-based line and column (in characters) into a byte offset.
struct LineStarts {
    let bytes: [UInt8]
    let starts: [Int]

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        var s = [0]
        for (i, b) in bytes.enumerated() where b == 10 { s.append(i + 1) }
        starts = s
    }

    /// The byte offset of a position and of its line's start; nil when the line is past the end.
    func offset(line: Int, column: Int) -> (Int, Int)? {
        guard line >= 1, line <= starts.count else { return nil }
        let start = starts[line - 1]
        var i = start
        var col = 1
        while i < bytes.count, bytes[i] != 10, col < column {
            i += 1
            while i < bytes.count, bytes[i] & 0xC0 == 0x80 { i += 1 }
            col += 1
        }
        return (i, start)
    }
}

/// Lab profiles, loaded once per process for the bundled set (rule examples read many COAs).
public enum COAProfiles {
    private static let bundled: Result<COAProfileSet, COAProfileError> = Result { () throws(COAProfileError) -> COAProfileSet in
        try COAProfileSet.loadDefault()
    }

    /// The bundled profiles followed by the profiles in `directories`.
    public static func load(adding directories: [String] = []) throws(COAProfileError) -> COAProfileSet {
        if directories.isEmpty { return try bundled.get() }
        return try COAProfileSet.loadDefault(adding: directories.map { URL(fileURLWithPath: $0) })
    }
}

/// Results written by parallel readers, one slot per file.
final class COAReadSlots: @unchecked Sendable {
    private var slots: [Result<COAFileReading, COAReadError>?]
    private let lock = NSLock()
    init(count: Int) { slots = Array(repeating: nil, count: count) }
    func set(_ i: Int, _ v: Result<COAFileReading, COAReadError>) {
        lock.lock()
        slots[i] = v
        lock.unlock()
    }
    func take(_ i: Int) -> Result<COAFileReading, COAReadError>? {
        lock.lock()
        defer { lock.unlock() }
        let v = slots[i]
        slots[i] = nil
        return v
    }
}
