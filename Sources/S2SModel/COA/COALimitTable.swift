/// Action limits supplied by the caller (from the jurisdiction's facts, for the product's category:
/// inhalable or not). Neither the readers nor the engine hard-code a limit: the law lives in the
/// jurisdiction's facts (see `COALimit(factText:)`).
public struct COALimitTable: Sendable, Hashable {
    public struct Entry: Sendable, Hashable {
        public var analyte: String
        public var panel: COAPanelKind
        public var limit: COALimit

        public init(analyte: String, panel: COAPanelKind, limit: COALimit) {
            self.analyte = analyte
            self.panel = panel
            self.limit = limit
        }
    }

    public var entries: [Entry]

    public init(_ entries: [Entry]) { self.entries = entries }

    /// The panels the table has limits for.
    public var panels: [COAPanelKind] {
        var seen: [COAPanelKind] = []
        for e in entries where !seen.contains(e.panel) { seen.append(e.panel) }
        return seen
    }
}
