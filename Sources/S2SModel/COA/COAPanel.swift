/// The fixed panel vocabulary. Every printed panel title maps to one of these (the printed title is
/// kept beside it), so rules can say "heavy_metals must pass" whatever the lab calls the panel.
public enum COAPanelKind: String, Sendable, Hashable, CaseIterable, Comparable {
    case cannabinoids
    case terpenes
    case pesticides
    case heavyMetals = "heavy_metals"
    case microbials
    case mycotoxins
    case residualSolvents = "residual_solvents"
    case foreignMaterial = "foreign_material"
    case waterActivity = "water_activity"
    case moisture
    case other

    public static func < (a: COAPanelKind, b: COAPanelKind) -> Bool {
        let order = COAPanelKind.allCases
        return (order.firstIndex(of: a) ?? 0) < (order.firstIndex(of: b) ?? 0)
    }
}

/// One panel (test) of a certificate.
public struct COAPanel: Sendable, Hashable {
    public var kind: COAPanelKind
    /// The title or summary label as printed (`CATEGORY 1 PESTICIDE TEST RESULTS`, `Metals`).
    public var name: COAField<String>
    /// The status printed for the panel (summary or section title); nil when none is printed.
    public var status: COAField<COAStatus>?
    /// When the panel was tested, as printed on its section or summary row.
    public var tested: COAField<COADate>?
    public var analytes: [COAAnalyte]

    public init(kind: COAPanelKind, name: COAField<String>, status: COAField<COAStatus>? = nil,
                tested: COAField<COADate>? = nil, analytes: [COAAnalyte] = []) {
        self.kind = kind
        self.name = name
        self.status = status
        self.tested = tested
        self.analytes = analytes
    }
}

/// One analyte row of a panel.
public struct COAAnalyte: Sendable, Hashable {
    /// Normalised analyte id from the analyte vocabulary (`delta_9_thc`, `thca`, `cadmium`,
    /// `aspergillus_flavus`), or `unlisted:<name>` when the vocabulary does not know the name.
    public var id: String
    /// The name as printed (wrapped names joined: `Methyl parathion`).
    public var name: COAField<String>
    public var panel: COAPanelKind
    /// The result in the table's primary column.
    public var result: COAField<COAMeasurement>
    /// The same result printed in other units (`%` beside `mg/g`, `mg/serving`, `mg/package`).
    public var alternates: [COAField<COAMeasurement>]
    public var lod: COAField<COAAmount>?
    public var loq: COAField<COAAmount>?
    /// The action limit as printed (evidence only; rules use the jurisdiction's limits).
    public var limit: COAField<COALimit>?
    public var uncertainty: COAField<COAAmount>?
    /// The status printed on the row.
    public var status: COAField<COAStatus>?

    public init(id: String, name: COAField<String>, panel: COAPanelKind, result: COAField<COAMeasurement>,
                alternates: [COAField<COAMeasurement>] = [], lod: COAField<COAAmount>? = nil,
                loq: COAField<COAAmount>? = nil, limit: COAField<COALimit>? = nil,
                uncertainty: COAField<COAAmount>? = nil, status: COAField<COAStatus>? = nil) {
        self.id = id
        self.name = name
        self.panel = panel
        self.result = result
        self.alternates = alternates
        self.lod = lod
        self.loq = loq
        self.limit = limit
        self.uncertainty = uncertainty
        self.status = status
    }

    /// True when `id` came from the vocabulary rather than from the printed name.
    public var isKnown: Bool { !id.hasPrefix("unlisted:") }

    /// The result in `unit`: the primary result when it converts, else an alternate printed in it.
    public func measurement(in unit: COAUnit) -> COAField<COAMeasurement>? {
        for candidate in [result] + alternates {
            switch candidate.value {
            case .amount(let a):
                if let c = a.converted(to: unit) { return candidate.map { _ in .amount(c) } }
            default:
                continue
            }
        }
        // A non-numeric result (ND, <LOQ …) holds in every unit of the same row.
        if case .amount = result.value { return nil }
        return result
    }
}
