public import S2SModel
public import RuleEngine

/// A certificate judged with a jurisdiction's facts, for `s2slint coa show --jurisdiction`: the
/// panels the facts require for its product category, and each panel with limits recomputed from
/// the values (`facts.coa_action_levels[category]`), beside what the lab printed. The same facts
/// tables the pack's rules read; nothing here holds a limit.
public struct COAJurisdictionView: Sendable {
    public struct RequiredPanel: Sendable {
        public var panel: String
        /// The panel as printed on the certificate, nil when it is not there.
        public var printed: COAPanel?
    }

    public var jurisdiction: String
    /// The certificate's product category (from its matrix or product name), which chooses the tables.
    public var category: String?
    public var requiredPanels: [RequiredPanel]
    public var recomputed: [COARecomputedPanel]
    /// What could not be looked up or read in the facts.
    public var problems: [String]

    /// The facts tables read (documented in Docs/coa.md): `coa_required_panels` and
    /// `coa_action_levels`, each keyed by the COA product category.
    public static let requiredPanelsFact = "coa_required_panels"
    public static let actionLevelsFact = "coa_action_levels"

    public init(_ coa: COA, jurisdiction j: Jurisdiction, on day: Day) {
        jurisdiction = j.id
        category = coa.sample.category?.value.rawValue
        requiredPanels = []
        recomputed = []
        problems = []
        guard let category else {
            problems.append("the certificate's product category is unknown (no matrix or product name the vocabulary recognises), so no limit set can be chosen")
            return
        }
        if case .map(let byCategory)? = j.facts.member(Self.requiredPanelsFact)?.evaluate(on: day) {
            if case .list(let panels)? = byCategory[category] {
                requiredPanels = panels.compactMap(\.stringValue).map { name in
                    RequiredPanel(panel: name, printed: coa.panels.first { $0.kind.rawValue == name })
                }
            } else {
                problems.append("facts.\(Self.requiredPanelsFact) has no entry for \(category)")
            }
        } else {
            problems.append("the facts have no \(Self.requiredPanelsFact) table")
        }
        if case .map(let byCategory)? = j.facts.member(Self.actionLevelsFact)?.evaluate(on: day) {
            if let limits = byCategory[category] {
                let (table, p) = COALimitFacts.table(limits)
                problems += p.map { "facts.\(Self.actionLevelsFact).\(category): \($0)" }
                recomputed = COAStatusRecomputation.recompute(coa, limits: table)
            } else {
                problems.append("facts.\(Self.actionLevelsFact) has no entry for \(category)")
            }
        } else {
            problems.append("the facts have no \(Self.actionLevelsFact) table")
        }
    }
}
