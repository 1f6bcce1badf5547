public import S2SModel

/// The per-state catalog of rules (`research/regulations.md`): for each state, the rules a pack
/// should encode, each with its id, title, citation and how well its source was checked.
public struct StateCatalog: Sendable {
    public struct Rule: Sendable, Hashable {
        public var id: String
        public var title: String
        public var citation: String
        /// The status tags in the order written (`V`, `V-old`, `V-redline`, `S`, `U`).
        public var tags: [String]
        /// The status cell as written (`[V] (§15306(c)); [V-old] (§15307)`).
        public var statusText: String
        public var line: Int
    }

    public struct State: Sendable {
        /// The two-letter code of the rule ids (`CA`).
        public var code: String
        /// The state's name from its heading (`California`).
        public var name: String
        public var rules: [Rule]
        /// `US-CA`: the jurisdiction a pack names for this state.
        public var jurisdiction: String { "US-" + code }
    }

    public var path: String
    public var states: [State]

    public func state(jurisdiction: String) -> State? {
        states.first { $0.jurisdiction == jurisdiction || $0.code == jurisdiction }
    }
}
