public import S2SModel
import RuleEngine

/// Each state's catalog against the packs: catalog rule → the pack rules that implement it → how
/// it stands (encoded as an error, encoded as a warning, not checked and why, or missing).
public struct CatalogCoverage: Sendable {
    public enum Status: Sendable, Hashable {
        /// A rule that is an error implements it.
        case encoded
        /// Only warnings (or info) implement it; `pending` when all their sources are secondary or
        /// unverified, so the warning awaits confirmation before it may become an error.
        case advisory(Severity, pending: Bool)
        /// The pack lists it in `not_checked`, with this reason.
        case notChecked(String)
        /// Neither encoded nor listed: the pack author must encode it or say why not.
        case missing
        /// No pack for the state was compared.
        case noPack

        public var isEncoded: Bool {
            switch self {
            case .encoded, .advisory: return true
            default: return false
            }
        }
    }

    public struct PackRule: Sendable, Hashable {
        public var id: String
        public var title: String
        public var severity: Severity
        /// The pack that holds it when that is not the state's main pack (`Rules/US-CO-ops`).
        public var pack: String? = nil
    }

    public struct Row: Sendable {
        public var rule: StateCatalog.Rule
        public var packRules: [PackRule]
        public var status: Status
    }

    /// A catalog id a pack names (in `covers` or `not_checked`) that the state's catalog does not have.
    public struct Problem: Sendable, Hashable {
        public var message: String
        public var location: SourceLocation?
    }

    public struct StateResult: Sendable {
        public var state: StateCatalog.State
        /// The pack compared (`Rules/US-CA`), nil when there is none.
        public var pack: String?
        /// The state's other packs compared with it (its operations pack `Rules/US-CO-ops`, whose
        /// rules `s2slint reconcile` runs), whose rules count for the catalog too.
        public var otherPacks: [String] = []
        public var packId: String?
        public var packVersion: String?
        public var rows: [Row]
        public var problems: [Problem]
        /// Pack rules that implement no catalog rule (company rules, checks the catalog does not list).
        public var outside: [PackRule]

        public func count(_ match: (Status) -> Bool) -> Int { rows.filter { match($0.status) }.count }
        public var encoded: Int { count(\.isEncoded) }
        public var asErrors: Int { count { $0 == .encoded } }
        public var asWarnings: Int { count { if case .advisory = $0 { return true } else { return false } } }
        public var pending: Int { count { if case .advisory(_, true) = $0 { return true } else { return false } } }
        public var notChecked: Int { count { if case .notChecked = $0 { return true } else { return false } } }
        public var missing: Int { count { $0 == .missing } }
        /// The share encoded, in whole percent (rounded down, so 79.9 % is not shown as 80 %).
        public var percentEncoded: Int { rows.isEmpty ? 0 : encoded * 100 / rows.count }
        /// Whether the pack leaves something for its author to fix.
        public var hasGaps: Bool { pack != nil && (missing > 0 || !problems.isEmpty) }
    }

    public var catalogLabel: String
    public var states: [StateResult]
    /// Packs compared whose jurisdiction has no section in the catalog.
    public var uncatalogued: [(pack: String, jurisdiction: String?)]

    /// `packs`: each pack's label and what `PackSetLoader` read (without errors).
    public init(catalog: StateCatalog, catalogLabel: String, packs: [(label: String, loaded: PackSetLoader.Loaded)]) {
        self.catalogLabel = catalogLabel
        var byState: [String: [(String, PackSetLoader.Loaded)]] = [:]
        var uncatalogued: [(String, String?)] = []
        for (label, loaded) in packs {
            // the jurisdiction of the most specific pack that names one (an overlay inherits its state's)
            let j = loaded.sources.last { $0.jurisdiction != nil }?.jurisdiction
            if let j, let s = catalog.state(jurisdiction: j) { byState[s.code, default: []].append((label, loaded)) }
            else { uncatalogued.append((label, j)) }
        }
        self.uncatalogued = uncatalogued
        states = catalog.states.map { state in
            // the state's main pack first (Rules/US-CO before Rules/US-CO-ops)
            guard let packs = byState[state.code]?.sorted(by: { ($0.0.count, $0.0) < ($1.0.count, $1.0) }), !packs.isEmpty else {
                return StateResult(state: state, pack: nil, packId: nil, packVersion: nil,
                                   rows: state.rules.map { Row(rule: $0, packRules: [], status: .noPack) }, problems: [], outside: [])
            }
            return Self.compare(state, packs)
        }
    }

    /// `packs`: the state's packs, its main pack first; a catalog rule is encoded when a rule of any
    /// of them implements it.
    static func compare(_ state: StateCatalog.State, _ packs: [(String, PackSetLoader.Loaded)]) -> StateResult {
        let known = Set(state.rules.map(\.id))
        var problems: [Problem] = []
        var covering: [String: [PackRule]] = [:]
        var citesReadInText: [String: Bool] = [:]
        var outside: [PackRule] = []
        var notChecked: [String: String] = [:]
        var seen: Set<String> = []
        for (index, (label, loaded)) in packs.enumerated() {
            // Every rule id of the composed set, with the versions that are in use (not turned off).
            var order: [String] = []
            var versions: [String: [CompiledRule]] = [:]
            for r in loaded.rules?.rules ?? [] where r.disabledReason == nil { versions[r.info.id, default: []].append(r) }
            for id in loaded.sources.flatMap(\.rules).map(\.id) where versions[id] != nil && !order.contains(id) && !seen.contains(id) { order.append(id) }
            seen.formUnion(order)
            for id in order {
                let vs = versions[id] ?? []
                guard let latest = vs.last else { continue }
                let rule = PackRule(id: id, title: latest.info.title, severity: vs.map(\.info.severity).max() ?? latest.info.severity,
                                    pack: index == 0 ? nil : label)
                citesReadInText[id] = vs.contains { $0.info.cite.contains { $0.status.isReadInText } }
                var ids: [String] = known.contains(id) ? [id] : []
                for v in vs {
                    for c in v.source.covers where !ids.contains(c) {
                        if known.contains(c) { ids.append(c) } else {
                            problems.append(Problem(message: "rule \(id) covers \(c), which is not a \(state.name) rule of the catalog",
                                                    location: v.source.location))
                        }
                    }
                }
                // the rules an operations pack takes from Rules/ops are not the state's
                if ids.isEmpty, index == 0 { outside.append(rule) }
                for c in ids { covering[c, default: []].append(rule) }
            }
            for n in loaded.sources.flatMap(\.notChecked) {
                guard known.contains(n.id) else {
                    problems.append(Problem(message: "not_checked lists \(n.id), which is not a \(state.name) rule of the catalog",
                                            location: n.location))
                    continue
                }
                if notChecked[n.id] == nil { notChecked[n.id] = n.reason }
            }
        }
        let problemsSorted = problems.sorted { ($0.location?.file ?? "", $0.location?.line ?? 0) < ($1.location?.file ?? "", $1.location?.line ?? 0) }
        let rows = state.rules.map { c -> Row in
            let rules = covering[c.id] ?? []
            let status: Status
            if rules.contains(where: { $0.severity == .error }) {
                status = .encoded
            } else if let top = rules.map(\.severity).max() {
                status = .advisory(top, pending: !rules.contains { citesReadInText[$0.id] == true })
            } else if let reason = notChecked[c.id] {
                status = .notChecked(reason)
            } else {
                status = .missing
            }
            return Row(rule: c, packRules: rules, status: status)
        }
        let own = packs.first?.1.sources.last
        return StateResult(state: state, pack: packs.first?.0, otherPacks: packs.dropFirst().map(\.0), packId: own?.id,
                           packVersion: own?.version, rows: rows, problems: problemsSorted, outside: outside)
    }

    /// Whether any compared pack leaves a catalog rule missing or names an id the catalog lacks.
    public var hasGaps: Bool { states.contains(where: \.hasGaps) }
}
