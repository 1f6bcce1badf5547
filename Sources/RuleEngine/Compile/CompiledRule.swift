public import S2SModel

/// A rule (one version of it) ready to run.
public struct CompiledRule: @unchecked Sendable {
    public var info: RuleInfo
    public var window: EffectiveWindow
    public var requires: [String]
    public var disabledReason: String?
    public var source: RuleSource
    let when: Compiled?
    let assert: Compiled
    let message: [MessagePart]
    let evidence: [Compiled]
    let licenseKey: Compiled?

    enum MessagePart {
        case text(String)
        case value(Compiled)
    }
}

/// All rules of one scope, in an order where every rule comes after the rules it requires.
struct CompiledScope: @unchecked Sendable {
    let def: ScopeDef
    /// Rule ids in evaluation order; each id may have several versions (disjoint effective windows).
    let order: [String]
    let versions: [String: [CompiledRule]]
    let slotCount: Int
    /// Position of each rule id in `order` (for gate lookups).
    let position: [String: Int]
}

/// The loaded, composed and compiled packs of a run.
public struct CompiledRuleSet: @unchecked Sendable {
    public let packs: [PackInfo]
    public let jurisdiction: Jurisdiction?
    /// Every rule version, for listings and reports.
    public let rules: [CompiledRule]
    /// Rules switched off by an overlay, with the recorded reason (and the variance that permits
    /// it for a mandatory rule).
    public let disabled: [DisabledRule]
    let scopes: [String: CompiledScope]
    let needs: Set<DataIndex.Kind>

    /// The indexes a dataset needs for these rules.
    public var indexKinds: Set<DataIndex.Kind> { needs }

    public var ruleInfos: [RuleInfo] {
        var seen = Set<String>()
        return rules.compactMap { seen.insert($0.info.id).inserted ? $0.info : nil }
    }
}
