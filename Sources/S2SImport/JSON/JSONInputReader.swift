public import S2SModel

/// Reads one JSON export: finds the rows (a bare array, a v2 `{"Data": […]}` page, a single object,
/// or the `{"endpoint", "request", "response"}` documentation wrapper of `shared/metrc-v2-examples`),
/// recognises the row shape, and decodes every row.
public enum JSONInputReader {
    /// Reads `bytes`. Syntax errors and unrecognised shapes become error diagnostics in the result.
    public static func read(_ bytes: [UInt8], fileID: Int32, path: String, options: InputOptions,
                            formats: [JSONRowFormat] = JSONRowFormat.all) -> (kind: InputKind?, dataset: Dataset) {
        var sink = ImportSink(fileID: fileID, path: path, zone: options.zone)
        var ds = Dataset()
        var kind: InputKind?
        do {
            try JSONCursor.read(bytes) { c in
                guard let (rowsAt, pointer, single) = try locateRows(&c) else {
                    sink.problem("the JSON holds no list of records (expected an array, a {\"Data\": […]} page or one record object)",
                                 code: "input.shape", offset: 0, pointer: "")
                    return
                }
                c.position = rowsAt
                // Recognise the shape from the first row's member names.
                let firstRowAt: Int?
                if single {
                    firstRowAt = rowsAt
                } else {
                    try c.beginArray()
                    var first = true
                    firstRowAt = try c.nextElement(first: &first) ? c.position : nil
                }
                var format: JSONRowFormat?
                if let firstRowAt {
                    c.position = firstRowAt
                    let keys = try memberHashes(&c)
                    format = try choose(formats, keys: keys, options: options, sink: &sink)
                } else if let expected = options.expected {
                    format = formats.first { $0.kind == expected }   // an empty list of the expected kind
                }
                guard let format else {
                    if firstRowAt == nil {
                        sink.problem("the list is empty; nothing was read", code: "input.empty", offset: rowsAt,
                                     pointer: pointer, level: .warning)
                    }
                    return
                }
                kind = format.kind
                c.position = rowsAt
                if single {
                    try format.decodeRow(&c, &sink, pointer, options, &ds)
                } else {
                    // Metrc package rows are about a kilobyte each: reserve once instead of regrowing
                    if format.kind == .packages { ds.packages.reserveCapacity(bytes.count / 900 + 16) }
                    try c.beginArray()
                    var first = true
                    var index = 0
                    while try c.nextElement(first: &first) {
                        if c.peek() != UInt8(ascii: "{") {
                            let _: Int? = try c.mismatch(&sink, pointer + "/\(index)", expected: "a record object")
                        } else {
                            try format.decodeRow(&c, &sink, pointer + "/\(index)", options, &ds)
                        }
                        index += 1
                    }
                }
                if rowsAt == 0 || pointer.isEmpty { try c.expectEnd() }
                format.finish(&ds)
            }
        } catch let e as JSONError {
            sink.problem("malformed JSON: \(e.message)", code: "json.syntax", offset: e.offset, pointer: "")
        } catch {
            sink.problem("cannot read the file: \(error)", code: "input.read", offset: 0, pointer: "")
        }
        ds.diagnostics = sink.diagnostics
        return (kind, ds)
    }

    /// Finds where the records are. Returns (offset of the array or single object, its pointer,
    /// whether it is a single object), or nil for a scalar document.
    static func locateRows(_ c: inout JSONCursor) throws -> (Int, String, Bool)? {
        let start = c.position
        guard let b = c.peek() else { throw c.error("the file is empty; expected a JSON value") }
        if b == UInt8(ascii: "[") {
            return (start, "", false)   // validated while the rows are decoded
        }
        guard b == UInt8(ascii: "{") else { try c.skipValue(); try c.expectEnd(); return nil }
        // Look at the top-level members.
        var members: [UInt64: (Int, String, UInt8)] = [:]
        try c.beginObject()
        var first = true
        while let key = try c.nextKey(first: &first) {
            let at = c.position
            let kind = c.peek() ?? 0
            members[key.hash] = (at, key.text, kind)
            try c.skipValue()
        }
        try c.expectEnd()
        func member(_ name: String) -> (Int, String, UInt8)? { members[JSONKey.hash(name)] }
        if let (at, name, kind) = member("Data"), kind == UInt8(ascii: "[") {
            return (at, "/" + name, false)
        }
        // shared/metrc-v2-examples: {"endpoint": …, "request": …, "response": …}
        if member("endpoint") != nil {
            for part in ["response", "request"] {
                guard let (at, name, kind) = member(part) else { continue }
                let save = c.position
                c.position = at
                if kind == UInt8(ascii: "["), try arrayHasObjects(&c) { return (at, "/" + name, false) }
                c.position = at
                if kind == UInt8(ascii: "{"), let inner = try locateRows(inBoundedObjectAt: at, &c) {
                    return (inner.0, "/" + name + inner.1, inner.2)
                }
                c.position = save
            }
            return nil
        }
        return (start, "", true)
    }

    /// Like `locateRows` for an object nested in a larger document.
    static func locateRows(inBoundedObjectAt at: Int, _ c: inout JSONCursor) throws -> (Int, String, Bool)? {
        c.position = at
        try c.beginObject()
        var first = true
        var data: (Int, String)?
        var hasIds = false
        while let key = try c.nextKey(first: &first) {
            if key.hash == JSONKey.hash("Data"), c.peek() == UInt8(ascii: "[") { data = (c.position, "/" + key.text) }
            if key.hash == JSONKey.hash("Ids") { hasIds = true }
            try c.skipValue()
        }
        if let data { return (data.0, data.1, false) }
        if hasIds { return nil }   // a write response: {"Ids": [..], "Warnings": …}
        return (at, "", true)
    }

    static func arrayHasObjects(_ c: inout JSONCursor) throws -> Bool {
        try c.beginArray()
        var first = true
        guard try c.nextElement(first: &first) else { return false }
        return c.peek() == UInt8(ascii: "{")
    }

    /// The member-name hashes of the object at the cursor (values skipped).
    static func memberHashes(_ c: inout JSONCursor) throws -> Set<UInt64> {
        var keys: Set<UInt64> = []
        guard c.peek() == UInt8(ascii: "{") else { return keys }
        try c.beginObject()
        var first = true
        while let key = try c.nextKey(first: &first) {
            keys.insert(key.hash)
            try c.skipValue()
        }
        return keys
    }

    static func choose(_ formats: [JSONRowFormat], keys: Set<UInt64>, options: InputOptions,
                       sink: inout ImportSink) throws -> JSONRowFormat? {
        let scored = formats.map { f in (f, f.signature.filter(keys.contains).count) }
        let best = scored.filter { $0.1 >= $0.0.minimumMatches }.max { $0.1 < $1.1 }?.0
        if let expected = options.expected {
            if let best, best.kind != expected {
                sink.problem("expected \(expected.title), but the records look like \(best.kind.title)",
                             code: "input.kind", offset: 0, pointer: "",
                             hint: "check which flag this file was given with")
                return nil
            }
            return formats.first { $0.kind == expected }
        }
        guard let best else {
            let tried = formats.map { "\($0.kind.title) (members such as \($0.signatureNames.prefix(4).joined(separator: ", ")))" }
            sink.problem("the records match no known export; tried: " + tried.joined(separator: "; "),
                         code: "input.unrecognised", offset: 0, pointer: "",
                         hint: "pass the file with the flag for its kind (--inventory, --lab-results, --licenses)")
            return nil
        }
        return best
    }
}
