import RuleEngine

/// The handbook's link to the per-state catalog: which catalog rules a rule implements (`covers`),
/// and the catalog rules the pack does not check, with the reason (`not_checked`).
extension Handbook {
    func coversLine(_ r: RuleSource) -> [DocInline]? {
        guard !r.covers.isEmpty else { return nil }
        return [.bold("Catalog rules it implements: "), .t(r.covers.joined(separator: ", "))]
    }

    func notCheckedSection() -> [DocBlock] {
        guard !pack.notChecked.isEmpty else { return [] }
        let rows: [[[DocInline]]] = pack.notChecked.sorted { $0.id < $1.id }.map { [[.code($0.id)], [.t($0.reason)]] }
        return [.heading(level: 2, text: "Catalog rules this pack does not check", id: "not-checked"),
                .paragraph([.t("These rules of the state's catalog are not encoded in the pack, for the reason given. "
                               + "Nothing checks them: they need another control until the pack can.")]),
                .table(header: ["Catalog rule", "Why it is not checked"], rows: rows)]
    }
}
