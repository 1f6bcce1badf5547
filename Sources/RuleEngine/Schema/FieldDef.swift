public import S2SModel

/// A field of a record kind as the rule language sees it.
public struct FieldDef: Sendable {
    public var name: String
    public var type: ValueType
    /// One line for `s2slint schema` and the handbook; names the source field where there is one.
    public var doc: String
    /// Indexes the accessor needs (joins such as `line.package`).
    public var needs: Set<DataIndex.Kind>
    let get: @Sendable (RecordRef, EvalContext) -> Value

    init(_ name: String, _ type: ValueType, _ doc: String, needs: Set<DataIndex.Kind> = [],
         _ get: @escaping @Sendable (RecordRef, EvalContext) -> Value) {
        self.name = name
        self.type = type
        self.doc = doc
        self.needs = needs
        self.get = get
    }
}

/// The fields of every record kind.
public struct Schema: Sendable {
    public var fields: [RecordKind: [String: FieldDef]]
    /// Field names in declaration order, for listings.
    public var order: [RecordKind: [String]]

    public func field(_ kind: RecordKind, _ name: String) -> FieldDef? { fields[kind]?[name] }

    init(_ defs: [RecordKind: [FieldDef]]) {
        var f: [RecordKind: [String: FieldDef]] = [:]
        var o: [RecordKind: [String]] = [:]
        for (k, list) in defs {
            o[k] = list.map(\.name)
            f[k] = Dictionary(list.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
        }
        fields = f
        order = o
    }
}
