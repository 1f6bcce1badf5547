/// A parsed CSV (or TSV) file: rows of fields with the byte offset of every field, so a problem can
/// be reported at its row and column.
public struct CSVTable: Sendable {
    public struct Row: Sendable {
        public var fields: [String]
        /// Byte offset of each field's first character.
        public var offsets: [Int]
        /// 1-based physical line where the row starts.
        public var line: Int
    }

    public var rows: [Row]
    public var delimiter: UInt8
    /// Syntax problems met while reading (a quote never closed, text after a closing quote). The
    /// rows around them are still read; the offending row is kept as far as it could be split.
    public var problems: [CSVError] = []
    /// The UTF-8 text the offsets point into, when the file was not UTF-8 (UTF-16 exports): keep it
    /// to resolve positions, since the offsets do not point into the file's own bytes.
    public var transcoded: [UInt8]?

    /// Parses RFC 4180 CSV: quoted fields with `""` escapes and embedded line breaks, CRLF or LF,
    /// a UTF-8 BOM, and UTF-16 (with BOM) as exported by some state systems. The delimiter is
    /// sniffed from the first line (comma, tab, semicolon or pipe) unless given.
    public static func parse(_ input: [UInt8], delimiter given: UInt8? = nil) throws -> CSVTable {
        let bytes = CSVTable.decodeToUTF8(input)
        var problems: [CSVError] = []
        var start = 0
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { start = 3 }
        let delimiter = given ?? sniffDelimiter(bytes, from: start)
        var rows: [Row] = []
        var fields: [String] = []
        var offsets: [Int] = []
        var field: [UInt8] = []
        var i = start
        var line = 1
        var rowLine = 1
        var fieldStart = start
        let n = bytes.count
        func endField() {
            fields.append(String(decoding: field, as: UTF8.self))
            offsets.append(fieldStart)
            field.removeAll(keepingCapacity: true)
        }
        while i < n {
            let b = bytes[i]
            if b == UInt8(ascii: "\"") && field.isEmpty && i == fieldStart {
                // quoted field
                let qStart = i
                i += 1
                var closed = false
                while i < n {
                    let c = bytes[i]
                    if c == UInt8(ascii: "\"") {
                        if i + 1 < n, bytes[i + 1] == UInt8(ascii: "\"") { field.append(0x22); i += 2; continue }
                        i += 1
                        closed = true
                        break
                    }
                    if c == 10 { line += 1 }
                    field.append(c)
                    i += 1
                }
                if !closed {
                    problems.append(CSVError(offset: qStart, line: rowLine,
                                             message: "a quoted field is never closed (missing \" before the end of the file); the rest of the file is read as one field"))
                    continue
                }
                // after the closing quote: tolerate stray spaces, then a delimiter or line end
                while i < n, bytes[i] == 0x20 { i += 1 }
                if i < n, bytes[i] != delimiter, bytes[i] != 10, bytes[i] != 13 {
                    problems.append(CSVError(offset: i, line: line,
                                             message: "unexpected text after a closing quote (a quote inside a field must be written as \"\"); the text is kept in the field"))
                    while i < n, bytes[i] != delimiter, bytes[i] != 10, bytes[i] != 13 { field.append(bytes[i]); i += 1 }
                }
                continue
            }
            if b == delimiter {
                endField()
                i += 1
                fieldStart = i
                continue
            }
            if b == 13 || b == 10 {
                endField()
                if b == 13, i + 1 < n, bytes[i + 1] == 10 { i += 1 }
                i += 1
                line += 1
                if !(fields.count == 1 && fields[0].isEmpty) {
                    rows.append(Row(fields: fields, offsets: offsets, line: rowLine))
                }
                fields.removeAll(keepingCapacity: true)
                offsets.removeAll(keepingCapacity: true)
                rowLine = line
                fieldStart = i
                continue
            }
            field.append(b)
            i += 1
        }
        if !field.isEmpty || !fields.isEmpty || fieldStart < n {
            endField()
            if !(fields.count == 1 && fields[0].isEmpty) {
                rows.append(Row(fields: fields, offsets: offsets, line: rowLine))
            }
        }
        var table = CSVTable(rows: rows, delimiter: delimiter)
        table.problems = problems
        if bytes.count != input.count || (input.count >= 2 && (input[0] == 0xFF || input[0] == 0xFE)) { table.transcoded = bytes }
        return table
    }

    static func sniffDelimiter(_ bytes: [UInt8], from start: Int) -> UInt8 {
        var counts: [UInt8: Int] = [44: 0, 9: 0, 59: 0, 124: 0]
        var inQuotes = false
        var i = start
        while i < bytes.count {
            let b = bytes[i]
            if b == 34 { inQuotes.toggle() } else if !inQuotes {
                if b == 10 || b == 13 { break }
                if counts[b] != nil { counts[b, default: 0] += 1 }
            }
            i += 1
        }
        let best = counts.max { a, b in a.value < b.value || (a.value == b.value && a.key != 44) }
        return (best?.value ?? 0) > 0 ? (best?.key ?? 44) : 44
    }

    /// UTF-16 LE/BE with a BOM is transcoded to UTF-8; anything else is returned unchanged.
    static func decodeToUTF8(_ input: [UInt8]) -> [UInt8] {
        guard input.count >= 2 else { return input }
        let le = input[0] == 0xFF && input[1] == 0xFE
        let be = input[0] == 0xFE && input[1] == 0xFF
        guard le || be else { return input }
        var units: [UInt16] = []
        units.reserveCapacity(input.count / 2)
        var i = 2
        while i + 1 < input.count {
            units.append(le ? UInt16(input[i]) | UInt16(input[i + 1]) << 8 : UInt16(input[i]) << 8 | UInt16(input[i + 1]))
            i += 2
        }
        return Array(String(decoding: units, as: UTF16.self).utf8)
    }
}

/// A CSV syntax error at a byte offset and line.
public struct CSVError: Error, Sendable {
    public var offset: Int
    public var line: Int
    public var message: String
}

/// Finds columns by header name, ignoring case, spaces, underscores and punctuation, so
/// `license_number`, `LicenseNumber`, `License #` and `License ` (with a trailing space) all match.
public struct CSVHeader: Sendable {
    public let names: [String]
    private let normalized: [String]

    public init(_ names: [String]) {
        self.names = names
        self.normalized = names.map(CSVHeader.normalize)
    }

    public static func normalize(_ s: String) -> String {
        String(s.lowercased().unicodeScalars.filter { CharacterSetLike.isAlnum($0) }.map(Character.init))
    }

    /// Every column whose normalised name equals one of `aliases`, in alias order (a file may
    /// carry the same field twice, e.g. `license_number` and an older sheet's `License Number`).
    public func indexes(of aliases: [String]) -> [Int] {
        var out: [Int] = []
        for a in aliases {
            let n = CSVHeader.normalize(a)
            for (i, c) in normalized.enumerated() where c == n && !out.contains(i) { out.append(i) }
        }
        return out
    }

    /// Index of the first column whose normalised name equals one of `aliases` (in alias order).
    public func index(of aliases: [String]) -> Int? {
        for a in aliases {
            let n = CSVHeader.normalize(a)
            if let i = normalized.firstIndex(of: n) { return i }
        }
        return nil
    }
}

enum CharacterSetLike {
    static func isAlnum(_ u: Unicode.Scalar) -> Bool {
        (u.value >= 48 && u.value <= 57) || (u.value >= 97 && u.value <= 122) || (u.value >= 65 && u.value <= 90)
            || (u.value > 127 && u.properties.isAlphabetic)
    }
}
