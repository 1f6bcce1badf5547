/// What a rule can read, for `s2slint schema`, the handbook and editors: the names of each
/// scope, the fields of each record kind and the built-in functions, with types and docs. Built
/// from the tables the compiler itself uses, so it cannot drift from them.
public struct LanguageCatalog: Sendable {
    public struct Name: Sendable, Hashable {
        public var name: String
        public var type: String
        public var doc: String
        /// The record kind the name holds, when it is a record (its fields are listed under it).
        public var record: String?
    }

    public struct Scope: Sendable {
        public var name: String
        /// `each transporter of each destination`
        public var doc: String
        public var names: [Name]
        /// Record kinds reachable from the scope's names by following fields.
        public var reachable: [String]
    }

    public struct Record: Sendable {
        public var kind: String
        public var fields: [Name]
    }

    public struct Function: Sendable, Hashable {
        public var name: String
        public var signature: String
        public var doc: String
        /// Functions that look data up (they use the run's indexes).
        public var isLookup: Bool
    }

    public var scopes: [Scope]
    public var records: [Record]
    public var functions: [Function]

    /// The catalog of the rule language, from `Schema.model`, `ScopeDef` and the built-ins.
    public static func build(schema: Schema = .model) -> LanguageCatalog {
        func field(_ f: FieldDef) -> Name {
            var record: String?
            if case .record(let k) = f.type { record = k.displayName }
            if case .list(.record(let k)) = f.type { record = k.displayName }
            return Name(name: f.name, type: f.type.description, doc: f.doc, record: record)
        }
        let records = RecordKind.allCases.compactMap { kind -> Record? in
            guard let names = schema.order[kind] else { return nil }
            return Record(kind: kind.displayName, fields: names.compactMap { schema.field(kind, $0) }.map(field))
        }
        func reachable(from kinds: [RecordKind]) -> [String] {
            var seen: [RecordKind] = []
            var queue = kinds
            while let k = queue.first {
                queue.removeFirst()
                guard !seen.contains(k) else { continue }
                seen.append(k)
                for name in schema.order[k] ?? [] {
                    switch schema.field(k, name)?.type {
                    case .record(let r)?, .list(.record(let r))?: queue.append(r)
                    default: break
                    }
                }
            }
            return seen.map(\.displayName)
        }
        let scopes = ScopeDef.all.map { s -> Scope in
            var names = s.roots.map { Name(name: $0.name, type: $0.kind.displayName, doc: "the subject's \($0.kind.displayName)",
                                           record: $0.kind.displayName) }
            let env = CompileEnv(schema: schema, scope: s, facts: nil, named: [:], firstFreeSlot: s.roots.count)
            for p in s.predefined {
                var type = "any value"
                var record: String?
                if let e = try? Parser.parse(p.expression), let c = try? Compiler.compile(e, env) {
                    type = c.type.description
                    if case .record(let k) = c.type { record = k.displayName }
                }
                names.append(Name(name: p.name, type: type, doc: "\(p.doc) (\(p.expression))", record: record))
            }
            names.append(Name(name: "facts", type: "facts object", doc: "the jurisdiction's facts (Jurisdictions/<ID>.yaml)", record: nil))
            names.append(Name(name: "as_of", type: "date", doc: "the day the subject is judged on (its departure, or --as-of)", record: nil))
            return Scope(name: s.name, doc: s.doc, names: names, reachable: reachable(from: s.roots.map(\.kind)))
        }
        let lookups = Set(Builtins.lookups.map(\.name))
        let functions = Builtins.all.map {
            Function(name: $0.name, signature: $0.signature, doc: $0.doc, isLookup: lookups.contains($0.name))
        }
        return LanguageCatalog(scopes: scopes, records: records, functions: functions)
    }
}
