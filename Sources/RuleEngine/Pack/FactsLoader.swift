public import Foundation
public import S2SModel

/// A jurisdiction's facts file (`Jurisdictions/<ID>.yaml`), read as the `facts` rules see.
public struct Jurisdiction: Sendable {
    public var id: String
    public var name: String?
    public var timeZone: String?
    public var facts: FactNode
    public var path: String
    public var sha256: String
}

public enum FactsLoader {
    /// Reads a facts file. Every mapping becomes an object; `{versions: [{effective, value}, …]}`
    /// becomes a value that changes with the date; plain scalars are typed like rule literals
    /// (`10 g`, `24h`, `2026-01-01`, `0.877`, `true`), quoted ones are text.
    public static func load(path: String) -> (Jurisdiction?, [Diagnostic]) {
        guard let data = FileManager.default.contents(atPath: path) else {
            return (nil, [Diagnostic(.error, "cannot read the jurisdiction facts file \(path)", code: "facts.io")])
        }
        return load(path: path, text: String(decoding: data, as: UTF8.self), bytes: [UInt8](data))
    }

    public static func load(path: String, text: String, bytes: [UInt8]? = nil) -> (Jurisdiction?, [Diagnostic]) {
        var problems = PackProblems()
        let doc: YAMLDocument
        do { doc = try YAMLDocument.load(path: path, text: text) } catch let d as Diagnostic {
            return (nil, [d])
        } catch {
            return (nil, [Diagnostic(.error, "\(error)", code: "facts.io")])
        }
        guard case .map = doc.root else {
            problems.error(doc, doc.root.pos, "a jurisdiction file must be a mapping (jurisdiction:, time_zone:, …)", code: "facts.shape")
            return (nil, problems.diagnostics)
        }
        let node = convert(doc.root, doc, &problems)
        let id = doc.root["jurisdiction"]?.scalar
        if id == nil {
            problems.error(doc, doc.root.pos, "the facts file has no 'jurisdiction:' id (e.g. US-CA)", code: "facts.missing")
        }
        let tz = doc.root["time_zone"]?.scalar
        if let tz, TimeZone(identifier: tz) == nil, let n = doc.root["time_zone"] {
            problems.error(doc, n.pos, "unknown time zone '\(tz)'", code: "facts.time-zone", hint: "use an IANA name such as America/Los_Angeles")
        }
        let j = Jurisdiction(id: id ?? "?", name: doc.root["name"]?.scalar, timeZone: tz, facts: node, path: path,
                             sha256: SHA256.hex(bytes ?? Array(text.utf8)))
        return (j, problems.diagnostics)
    }

    static func convert(_ n: YNode, _ doc: YAMLDocument, _ problems: inout PackProblems) -> FactNode {
        switch n {
        case .null: return .value(.null, .null)
        case .scalar(let s, _, let style):
            return style == .plain ? typedScalar(s) : .value(.string(s), .string)
        case .list(let items, _):
            return .list(items.map { convert($0, doc, &problems) })
        case .map(let entries, let pos):
            if entries.count == 1, entries[0].key == "versions" {
                return versions(entries[0].value, at: pos, doc, &problems)
            }
            var members: [String: FactNode] = [:]
            var order: [String] = []
            for e in entries {
                if members[e.key] == nil { order.append(e.key) }
                members[e.key] = convert(e.value, doc, &problems)
            }
            return .object(members, order: order)
        }
    }

    static func versions(_ n: YNode, at pos: YPos, _ doc: YAMLDocument, _ problems: inout PackProblems) -> FactNode {
        guard case .list(let items, _) = n else {
            problems.error(doc, n.pos, "'versions' must be a list of { effective: {from, to}, value }", code: "facts.versions")
            return .value(.null, .null)
        }
        var out: [(window: EffectiveWindow, node: FactNode)] = []
        var type: ValueType = .null
        for item in items {
            guard case .map(let entries, let ipos) = item else {
                problems.error(doc, item.pos, "each version is a mapping with 'effective' and 'value'", code: "facts.versions")
                continue
            }
            PackLoader.checkKeys(entries, allowed: ["effective", "value", "cite", "note"], what: "a fact version", doc, &problems)
            let window = PackLoader.parseEffective(item["effective"], doc, &problems) ?? .always
            guard let v = item["value"] else {
                problems.error(doc, ipos, "this version has no 'value'", code: "facts.versions")
                continue
            }
            let node = convert(v, doc, &problems)
            if let clash = out.first(where: { $0.window.overlaps(window) }) {
                problems.error(doc, ipos, "this version's dates (\(window)) overlap another version (\(clash.window))", code: "facts.versions",
                               hint: "versions of a fact must not overlap; end one the day before the next starts")
            }
            let j = ValueType.join(type, node.type)
            if j == .any, type != .null, node.type != .any {
                problems.error(doc, v.pos, "this version is \(node.type) but the others are \(type)", code: "facts.versions")
            }
            type = j
            out.append((window, node))
        }
        return .versioned(out)
    }

    /// Plain scalars typed like rule-language literals.
    static func typedScalar(_ s: String) -> FactNode {
        if s == "true" { return .value(.bool(true), .bool) }
        if s == "false" { return .value(.bool(false), .bool) }
        if let e = try? Parser.parse(s) {
            switch e.kind {
            case .number(let t):
                if let d = DecimalLiteral.parse(t) { return .value(.number(d), .number) }
            case .quantity(let t, let u):
                if let d = DecimalLiteral.parse(t) { return .value(.quantity(Quantity(d, MeasureUnit(parsing: u))), .quantity) }
            case .date(let t):
                if case .day(let d)? = ParsedTimestamp.parse(t.utf8) { return .value(.day(d), .day) }
            case .span:
                let env = CompileEnv(schema: .model, scope: ScopeDef.all[0], facts: nil, named: [:], firstFreeSlot: 1)
                if let c = try? Compiler.compile(e, env), let v = try? Operators.constantSpan(c) { return .value(v, .span) }
            default: break
            }
        }
        return .value(.string(s), .string)
    }
}

extension Operators {
    /// The value of a duration literal.
    static func constantSpan(_ c: Compiled) throws -> Value {
        guard case .span = c.expr.kind else { throw ConstantError() }
        let frame = Frame(ctx: EvalContext(dataset: Dataset(), index: DataIndex(dataset: Dataset(), kinds: []), asOf: nil,
                                           today: Day(daysSinceEpoch: 0)), slotCount: 1, date: Day(daysSinceEpoch: 0))
        return c.eval(frame)
    }
}
