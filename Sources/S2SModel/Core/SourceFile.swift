import Foundation

/// An input file of a run. Records point into it with `SourceRef.file`.
public struct SourceFile: Sendable, Hashable {
    /// The path as the user gave it (reports print it unchanged), or `<stdin>`, or `<example …>`.
    public var path: String
    /// What the reader recognised the file as (`metrc.packages`, `roster.csv`, …).
    public var kind: String
    /// The bytes, kept only for inputs that cannot be read again (stdin, inline examples), so that
    /// positions can be resolved later.
    public var retainedBytes: [UInt8]?

    public init(path: String, kind: String, retainedBytes: [UInt8]? = nil) {
        self.path = path
        self.kind = kind
        self.retainedBytes = retainedBytes
    }

    /// Resolves byte offsets to 1-based line and column (column counted in Unicode scalars), reading
    /// the file once for all offsets asked. Returns nil entries when the file cannot be read.
    public func positions(ofOffsets offsets: [Int]) -> [(line: Int, column: Int)?] {
        positionsAndLines(ofOffsets: offsets).map { $0.map { ($0.line, $0.column) } }
    }

    /// Positions of refs: those that carry their line are resolved by reading only the bytes from
    /// the line's start (no full read of a large export); the others by one scan of the file.
    public func positionsAndLines(of refs: [SourceRef]) -> [(line: Int, column: Int, text: String?)?] {
        var out = [(line: Int, column: Int, text: String?)?](repeating: nil, count: refs.count)
        var unknown: [Int] = []
        let reader = retainedBytes == nil ? SegmentReader(path: path) : nil
        // Refs on the same line (every record of a minified JSON export is on line 1) are measured
        // together: the line is read once and its columns counted once, in offset order.
        var byLine: [Int: [Int]] = [:]
        for (i, r) in refs.enumerated() {
            guard r.line > 0, r.offset >= r.lineStart else { unknown.append(i); continue }
            byLine[r.lineStart, default: []].append(i)
        }
        for (lineStart, members) in byLine {
            let sorted = members.sorted { refs[$0].offset < refs[$1].offset }
            let last = refs[sorted[sorted.count - 1]].offset
            let segment: [UInt8]?
            if let retainedBytes {
                let end = min(retainedBytes.count, last + 1200)
                segment = lineStart <= end ? Array(retainedBytes[lineStart..<end]) : nil
            } else {
                segment = reader?.read(at: lineStart, count: last - lineStart + 1200)
            }
            guard let seg = segment else { unknown += members; continue }
            var end = 0
            while end < seg.count, seg[end] != 10 { end += 1 }
            var text: String?
            if end < seg.count || seg.count < last - lineStart + 1200 {
                var e = end
                if e > 0, seg[e - 1] == 13 { e -= 1 }
                if e <= 1200 {
                    let t = String(decoding: seg[0..<e], as: UTF8.self)
                    text = t.count > 300 ? nil : t
                }
            }
            var column = 1
            var at = 0
            for i in sorted {
                let upto = min(seg.count, refs[i].offset - lineStart)
                while at < upto {
                    if seg[at] & 0xC0 != 0x80 { column += 1 }
                    at += 1
                }
                out[i] = (Int(refs[i].line), column, text)
            }
        }
        if !unknown.isEmpty {
            let rest = positionsAndLines(ofOffsets: unknown.map { refs[$0].offset })
            for (k, i) in unknown.enumerated() { out[i] = rest[k] }
        }
        return out
    }

    /// Like `positions(ofOffsets:)`, with the text of each line (nil for lines over 300 characters).
    public func positionsAndLines(ofOffsets offsets: [Int]) -> [(line: Int, column: Int, text: String?)?] {
        let bytes: [UInt8]
        if let retainedBytes {
            bytes = retainedBytes
        } else if let b = try? FileBytes.read(path) {
            bytes = b
        } else {
            return offsets.map { _ in nil }
        }
        return LineIndex.positions(in: bytes, offsets: offsets)
    }
}

/// Line starts of a byte buffer, for offset → line:column.
public struct LineIndex: Sendable {
    /// Line, column and line text (nil when over 300 characters) of each offset, in one pass that
    /// stops at the largest offset asked.
    public static func positions(in bytes: [UInt8], offsets: [Int]) -> [(line: Int, column: Int, text: String?)?] {
        let order = offsets.indices.sorted { offsets[$0] < offsets[$1] }
        var out = [(line: Int, column: Int, text: String?)?](repeating: nil, count: offsets.count)
        bytes.withUnsafeBufferPointer { buf in
            var line = 1
            var lineStart = 0
            var i = 0
            for k in order {
                let o = offsets[k]
                guard o >= 0, o <= buf.count else { continue }
                while i < o {
                    if buf[i] == 10 { line += 1; lineStart = i + 1 }
                    i += 1
                }
                var column = 1
                var j = lineStart
                while j < o { if buf[j] & 0xC0 != 0x80 { column += 1 }; j += 1 }
                var end = o
                while end < buf.count, buf[end] != 10, end - lineStart <= 1200 { end += 1 }
                if end > lineStart, end <= buf.count, end - 1 >= 0, end - 1 < buf.count, buf[end - 1] == 13 { end -= 1 }
                var text: String?
                if end - lineStart <= 1200 {
                    let t = String(decoding: UnsafeBufferPointer(rebasing: buf[lineStart..<max(lineStart, end)]), as: UTF8.self)
                    text = t.count > 300 ? nil : t
                }
                out[k] = (line, column, text)
            }
        }
        return out
    }

    private let starts: [Int]
    private let bytes: [UInt8]

    public init(_ bytes: [UInt8]) {
        var s = [0]
        for (i, b) in bytes.enumerated() where b == 10 { s.append(i + 1) }
        starts = s
        self.bytes = bytes
    }

    public func position(of offset: Int) -> (line: Int, column: Int)? {
        guard offset >= 0, offset <= bytes.count else { return nil }
        var lo = 0, hi = starts.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if starts[mid] <= offset { lo = mid } else { hi = mid - 1 }
        }
        var column = 1
        var i = starts[lo]
        while i < offset {
            // count UTF-8 lead bytes only, so a multi-byte character is one column
            if bytes[i] & 0xC0 != 0x80 { column += 1 }
            i += 1
        }
        if i > starts[lo], offset < bytes.count, bytes[offset] & 0xC0 == 0x80 { column -= 1 }
        return (lo + 1, column)
    }

    /// The text of a 1-based line without its line break.
    public func lineText(_ line: Int) -> String? {
        guard line >= 1, line <= starts.count else { return nil }
        let start = starts[line - 1]
        var end = line < starts.count ? starts[line] - 1 : bytes.count
        if end > start, bytes[end - 1] == 13 { end -= 1 }
        return String(decoding: bytes[start..<max(start, end)], as: UTF8.self)
    }
}

/// Reads byte ranges of a file without reading all of it.
final class SegmentReader {
    let fd: Int32
    init?(path: String) {
        let f = open(path, O_RDONLY)
        guard f >= 0 else { return nil }
        fd = f
    }
    deinit { close(fd) }

    func read(at offset: Int, count: Int) -> [UInt8]? {
        guard count > 0 else { return [] }
        var buf = [UInt8](repeating: 0, count: count)
        let n = buf.withUnsafeMutableBytes { pread(fd, $0.baseAddress, count, off_t(offset)) }
        guard n >= 0 else { return nil }
        buf.removeSubrange(n..<count)
        return buf
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
