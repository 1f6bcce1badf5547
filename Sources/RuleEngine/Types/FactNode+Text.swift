extension FactNode {
    /// The fact written out for documents: values as rules see them, lists bracketed, tables as
    /// `{key: value}`, versioned values with their dates.
    public var text: String {
        switch self {
        case .value(let v, _): return ValueOps.describe(v, nil)
        case .list(let items): return "[" + items.map(\.text).joined(separator: ", ") + "]"
        case .object(let m, let order): return "{" + order.map { "\($0): \(m[$0]?.text ?? "null")" }.joined(separator: ", ") + "}"
        case .versioned(let versions):
            return versions.map { "\($0.node.text) (\($0.window))" }.joined(separator: "; ")
        }
    }
}
