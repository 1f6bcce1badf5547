import Foundation
import S2SModel

/// Adds the end of each reported record's region to its location, so that SARIF, annotations and
/// editors can highlight the record rather than a single point.
///
/// The region starts where the record starts (its `{`, or the first character of a CSV row) and
/// ends on the same line: at the record's closing `}`/`]` when the record closes on that line (a
/// compact or one-line JSON record), otherwise at the end of the line. It never spans lines: code
/// scanning shows an alert on a pull request only when every line of its region is part of the
/// change, and a one-line region keeps that true for an edited manifest.
enum RecordRegions {
    /// How far ahead a record's end is looked for on its line.
    static let maxScan = 1 << 18

    static func fill(_ report: inout Report) {
        let reader = SegmentCache(files: report.inputs)
        for i in report.findings.indices {
            let ref = report.findings[i].ref
            if var l = report.findings[i].location, l.endColumn == nil, let end = reader.endColumn(ref, startColumn: l.column) {
                l.endLine = l.line
                l.endColumn = end
                report.findings[i].location = l
            }
            for j in report.findings[i].related.indices {
                let r = report.findings[i].related[j]
                if var l = r.location, l.endColumn == nil, let end = reader.endColumn(r.ref, startColumn: l.column) {
                    l.endLine = l.line
                    l.endColumn = end
                    report.findings[i].related[j].location = l
                }
            }
        }
    }
}

/// Reads small byte ranges of the run's input files (or their retained bytes, for stdin).
final class SegmentCache {
    let files: [SourceFile]
    var handles: [Int32: FileHandle] = [:]

    init(files: [SourceFile]) { self.files = files }

    deinit { for h in handles.values { try? h.close() } }

    func bytes(file: Int32, at offset: Int, count: Int) -> [UInt8]? {
        guard file >= 0, Int(file) < files.count, offset >= 0 else { return nil }
        if let retained = files[Int(file)].retainedBytes {
            guard offset < retained.count else { return nil }
            return Array(retained[offset..<min(retained.count, offset + count)])
        }
        let h: FileHandle
        if let cached = handles[file] { h = cached } else {
            guard let opened = FileHandle(forReadingAtPath: files[Int(file)].path) else { return nil }
            handles[file] = opened
            h = opened
        }
        guard (try? h.seek(toOffset: UInt64(offset))) != nil, let d = try? h.read(upToCount: count) else { return nil }
        return [UInt8](d)
    }

    /// The column after the last character of the record's region (see `RecordRegions`).
    func endColumn(_ ref: SourceRef, startColumn: Int) -> Int? {
        guard ref.file >= 0 else { return nil }
        var scanner = RegionScanner(toLineEnd: ref.pointer.hasPrefix("row "))
        var offset = ref.offset
        var chunk = 4096
        while offset - ref.offset < RecordRegions.maxScan {
            guard let b = bytes(file: ref.file, at: offset, count: chunk), !b.isEmpty else { break }
            if scanner.feed(b) { break }
            offset += b.count
            chunk = min(chunk * 2, 65536)
        }
        guard scanner.characters > 0 else { return nil }
        return startColumn + scanner.characters
    }
}

/// Finds where a JSON value (or a line) ends, fed in chunks: counts the characters (UTF-8 lead
/// bytes) up to the end of the value or the end of the line, whichever comes first.
struct RegionScanner {
    let toLineEnd: Bool
    var characters = 0
    var depth = 0
    var inString = false
    var escaped = false
    var started = false
    var scalar = false
    var pendingCR = 0

    init(toLineEnd: Bool) { self.toLineEnd = toLineEnd }

    /// Consumes bytes; true when the region's end was found.
    mutating func feed(_ bytes: [UInt8]) -> Bool {
        for b in bytes {
            if b == 10 { characters -= pendingCR; return true }   // end of line; a CR before it is not shown
            pendingCR = b == 13 ? 1 : 0
            let lead = b & 0xC0 != 0x80
            if toLineEnd { if lead { characters += 1 }; continue }
            if !started {
                started = true
                if b == UInt8(ascii: "{") || b == UInt8(ascii: "[") { depth = 1 } else if b == UInt8(ascii: "\"") { inString = true; scalar = true } else { scalar = true }
                characters += 1
                if scalar && !inString && isDelimiter(b) { return true }
                continue
            }
            if inString {
                if lead { characters += 1 }
                if escaped { escaped = false } else if b == UInt8(ascii: "\\") { escaped = true } else if b == UInt8(ascii: "\"") {
                    inString = false
                    if scalar { return true }
                }
                continue
            }
            if scalar {   // a number or literal ends at a delimiter
                if isDelimiter(b) { return true }
                if lead { characters += 1 }
                continue
            }
            if lead { characters += 1 }
            switch b {
            case UInt8(ascii: "\""): inString = true
            case UInt8(ascii: "{"), UInt8(ascii: "["): depth += 1
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                depth -= 1
                if depth == 0 { return true }
            default: break
            }
        }
        return false
    }

    func isDelimiter(_ b: UInt8) -> Bool {
        b == UInt8(ascii: ",") || b == UInt8(ascii: "}") || b == UInt8(ascii: "]") || b == 32 || b == 9 || b == 13
    }
}
