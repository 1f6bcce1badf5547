public import S2SModel

/// Reads one JSON export: finds the rows (a bare array, a v2 `{"Data": […]}` page, a single object,
/// the `{"endpoint", "request", "response"}` documentation wrapper of `shared/metrc-v2-examples`,
/// a BioTrack `{"success": 1, …}` response), recognises the row shape, and decodes every row.
public enum JSONInputReader {
    public typealias Result = (kind: InputKind?, dataset: Dataset, parts: TransferParts, detail: String?)

    /// Reads `bytes`. Syntax errors and unrecognised shapes become error diagnostics in the result.
    public static func read(_ bytes: [UInt8], fileID: Int32, path: String, options: InputOptions,
                            formats: [JSONRowFormat] = JSONRowFormat.all) -> Result {
        var sink = ImportSink(fileID: fileID, path: path, zone: options.zone)
        var batch = ImportBatch()
        var kind: InputKind?
        var options = options
        if options.listHint == nil, options.listFromPath { options.listHint = InputHints.listWord(in: InputHints.fileName(path)) }
        do {
            try JSONCursor.read(bytes) { c in
                let located: Located
                switch try locate(&c, &options) {
                case .rows(let l): located = l
                case .biotrack(let members):
                    var read = ImportBatch()
                    let k = try BioTrackReader.readDocument(&c, members: members, &sink, options, &read)
                    if let k, options.role != .any, !k.roles.contains(options.role) {
                        sink.problem("expected \(options.role.title), but the file is \(k.title)", code: "input.kind",
                                     offset: 0, pointer: "",
                                     hint: "check which flag this file was given with (or give it with --inputs to have it recognised)")
                        return
                    }
                    kind = k
                    batch = read
                    return
                case .none:
                    sink.problem("the JSON holds no list of records (expected an array, a {\"Data\": […]} page or one record object)",
                                 code: "input.shape", offset: 0, pointer: "")
                    return
                }
                kind = try readRows(&c, located, &sink, options, formats, &batch)
            }
        } catch let e as JSONError {
            sink.problem("malformed JSON: \(e.message)", code: "json.syntax", offset: e.offset, pointer: "")
        } catch {
            sink.problem("cannot read the file: \(error)", code: "input.read", offset: 0, pointer: "")
        }
        batch.dataset.diagnostics = sink.diagnostics
        return (kind, batch.dataset, batch.parts, batch.detail)
    }

    struct Located {
        var at: Int
        var pointer: String
        var single: Bool
        /// Whether the rows are the whole document (then nothing may follow them).
        var whole: Bool
    }

    enum Location {
        case rows(Located)
        case biotrack([String: Member])
        case none
    }

    /// A top-level member: where its value starts, its name as written, its first byte.
    public struct Member: Sendable {
        public var at: Int
        public var name: String
        public var kind: UInt8
    }

    static func readRows(_ c: inout JSONCursor, _ loc: Located, _ sink: inout ImportSink, _ options: InputOptions,
                         _ formats: [JSONRowFormat], _ batch: inout ImportBatch) throws -> InputKind? {
        c.seek(to: loc.at)
        // Recognise the shape from the first row's member names.
        let firstRowAt: Int?
        if loc.single {
            firstRowAt = loc.at
        } else {
            try c.beginArray()
            var first = true
            firstRowAt = try c.nextElement(first: &first) ? c.position : nil
        }
        var format: JSONRowFormat?
        if let firstRowAt {
            c.seek(to: firstRowAt)
            if c.peek() == UInt8(ascii: "{") {
                let (keys, names) = try memberHashes(&c)
                if options.role == .any, let mapping = options.mappings.first(where: { $0.matches(jsonKeys: keys) }) {
                    c.seek(to: loc.at)
                    try MappedReader.readJSONRows(&c, loc.pointer, single: loc.single, mapping: mapping, &sink, options, &batch.dataset)
                    if loc.whole { try c.expectEnd() }
                    batch.detail = mapping.name
                    return .mapped
                }
                format = choose(formats, keys: keys, names: names, at: firstRowAt, pointer: loc.pointer + (loc.single ? "" : "/0"),
                                options: options, sink: &sink)
            } else {
                sink.problem("the list holds \(c.describeNext()) values, not records", code: "input.shape",
                             offset: firstRowAt, pointer: loc.pointer + "/0",
                             hint: "s2slint reads lists of record objects")
                return nil
            }
        } else if let fallback = options.role.fallbackKind {
            format = formats.first { $0.kind == fallback }   // an empty list of the expected kind
        }
        guard let format else {
            if firstRowAt == nil {
                sink.problem("the list is empty; nothing was read", code: "input.empty", offset: loc.at,
                             pointer: loc.pointer, level: .warning)
            }
            return nil
        }
        c.seek(to: loc.at)
        if loc.single {
            try format.decodeRow(&c, &sink, loc.pointer, options, &batch)
        } else {
            // Metrc package rows are about a kilobyte each: reserve once instead of regrowing
            if format.kind == .packages { batch.dataset.packages.reserveCapacity(c.count / 900 + 16) }
            try c.beginArray()
            var first = true
            var index = 0
            while try c.nextElement(first: &first) {
                if c.peek() != UInt8(ascii: "{") {
                    let _: Int? = try c.mismatch(&sink, loc.pointer + "/\(index)", expected: "a record object")
                } else {
                    try format.decodeRow(&c, &sink, loc.pointer + "/\(index)", options, &batch)
                }
                index += 1
            }
        }
        if loc.whole { try c.expectEnd() }
        format.finish(&batch, &sink)
        return format.kind
    }

    /// Finds where the records are.
    static func locate(_ c: inout JSONCursor, _ options: inout InputOptions) throws -> Location {
        let start = c.position
        guard let b = c.peek() else { throw c.error("the file is empty; expected a JSON value") }
        if b == UInt8(ascii: "[") {
            return .rows(Located(at: start, pointer: "", single: false, whole: true))   // validated while decoding
        }
        guard b == UInt8(ascii: "{") else { try c.skipValue(); try c.expectEnd(); return .none }
        let members = try topLevelMembers(&c)
        try c.expectEnd()
        func member(_ name: String) -> Member? { members[name.lowercased()] }
        // BioTrack serverjson responses {"success": 1, "<collection>": […]} and requests {"action": …}
        if member("success") != nil || (member("action") != nil && member("stop_overview") != nil) {
            return .biotrack(members)
        }
        for name in options.mappings.compactMap(\.rowsMember) {
            if let m = member(name), m.kind == UInt8(ascii: "[") {
                return .rows(Located(at: m.at, pointer: "/" + m.name, single: false, whole: false))
            }
        }
        if let m = member("Data"), m.kind == UInt8(ascii: "[") {
            return .rows(Located(at: m.at, pointer: "/" + m.name, single: false, whole: false))
        }
        // shared/metrc-v2-examples: {"endpoint": …, "request": …, "response": …}
        if let e = member("endpoint") {
            c.seek(to: e.at)
            if c.peek() == UInt8(ascii: "\"") {
                let endpoint = try c.readString()
                options.endpoint = endpoint
                if let w = InputHints.listWord(in: endpoint) { options.listHint = w }
                options.endpointId = InputHints.numericId(in: endpoint)
            }
            for part in ["response", "request"] {
                guard let m = member(part) else { continue }
                c.seek(to: m.at)
                if m.kind == UInt8(ascii: "["), try arrayHasObjects(&c) {
                    return .rows(Located(at: m.at, pointer: "/" + m.name, single: false, whole: false))
                }
                if m.kind == UInt8(ascii: "{"), let inner = try locateRows(inBoundedObjectAt: m.at, &c) {
                    return .rows(Located(at: inner.0, pointer: "/" + m.name + inner.1, single: inner.2, whole: false))
                }
            }
            return .none
        }
        return .rows(Located(at: start, pointer: "", single: true, whole: true))
    }

    /// The members of the object at the cursor, by lower-cased name (values skipped).
    public static func topLevelMembers(_ c: inout JSONCursor) throws -> [String: Member] {
        var members: [String: Member] = [:]
        try c.beginObject()
        var first = true
        while let key = try c.nextKey(first: &first) {
            let at = c.position
            let kind = c.peek() ?? 0
            let name = key.text
            members[name.lowercased()] = Member(at: at, name: name, kind: kind)
            try c.skipValue()
        }
        return members
    }

    /// Like `locate` for an object nested in a larger document.
    static func locateRows(inBoundedObjectAt at: Int, _ c: inout JSONCursor) throws -> (Int, String, Bool)? {
        c.seek(to: at)
        try c.beginObject()
        var first = true
        var data: (Int, String)?
        var hasIds = false
        var onlyFile = false
        while let key = try c.nextKey(first: &first) {
            if key.hash == JSONKey.hash("Data"), c.peek() == UInt8(ascii: "[") { data = (c.position, "/" + key.text) }
            if key.hash == JSONKey.hash("Ids") { hasIds = true }
            if key.hash == JSONKey.hash("FileContents") { onlyFile = true }
            try c.skipValue()
        }
        if let data { return (data.0, data.1, false) }
        if hasIds || onlyFile { return nil }   // a write response {"Ids": […]} or a file download
        return (at, "", true)
    }

    static func arrayHasObjects(_ c: inout JSONCursor) throws -> Bool {
        try c.beginArray()
        var first = true
        guard try c.nextElement(first: &first) else { return false }
        return c.peek() == UInt8(ascii: "{")
    }

    /// The member-name hashes of the object at the cursor (values skipped).
    static func memberHashes(_ c: inout JSONCursor) throws -> (Swift.Set<UInt64>, [String]) {
        var keys: Swift.Set<UInt64> = []
        var names: [String] = []
        guard c.peek() == UInt8(ascii: "{") else { return (keys, names) }
        try c.beginObject()
        var first = true
        while let key = try c.nextKey(first: &first) {
            keys.insert(key.hash)
            if names.count < 8 { names.append(key.text) }
            try c.skipValue()
        }
        return (keys, names)
    }

    static func choose(_ formats: [JSONRowFormat], keys: Swift.Set<UInt64>, names: [String], at: Int, pointer: String,
                       options: InputOptions, sink: inout ImportSink) -> JSONRowFormat? {
        var best: (JSONRowFormat, Int)?
        for f in formats {
            guard let s = f.score(keys) else { continue }
            if best == nil || s > best!.1 { best = (f, s) }
        }
        let role = options.role
        if role != .any {
            if let best, !best.0.kind.roles.contains(role) {
                sink.problem("expected \(role.title), but the records look like \(best.0.kind.title)",
                             code: "input.kind", offset: at, pointer: pointer,
                             hint: "check which flag this file was given with (or give it with --inputs to have it recognised)")
                return nil
            }
            if let best { return best.0 }
            // nothing matched: read it as the role's main kind, so the problems name its fields
            return formats.first { $0.kind == role.fallbackKind }
        }
        guard let best else {
            let shown = names.joined(separator: ", ") + (keys.count > names.count ? ", …" : "")
            sink.problem("the records (members \(shown)) match no known export; tried: " + tried(formats, options: options),
                         code: "input.unrecognised", offset: at, pointer: pointer,
                         hint: "pass the file with the flag for its kind (--inventory, --lab-results, --licenses), or describe it with a mapping file (--mapping)")
            return nil
        }
        return best.0
    }

    /// "Metrc packages (members such as Label, LabTestingState, …); …" for error messages.
    static func tried(_ formats: [JSONRowFormat], options: InputOptions) -> String {
        var out = formats.map(\.kind.title)
        out += options.mappings.map { "mapping \($0.name) (members \($0.matchColumns.prefix(4).joined(separator: ", ")))" }
        out.append("BioTrack responses ({\"success\": 1, …})")
        return out.joined(separator: "; ")
    }
}
