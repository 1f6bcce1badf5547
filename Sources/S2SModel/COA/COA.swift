/// A Certificate of Analysis in canonical form, whatever it was read from (PDF, extracted text, XML,
/// WCIA JSON). Every printed value keeps its text and position (`COAField`); values the reader
/// computes (Total THC, a derived test date) say how they were derived.
public struct COA: Sendable, Hashable {
    public var document: COADocument
    public var reading: COAReading
    public var lab: COALab
    public var sample: COASample
    public var dates: COADates
    /// The overall result as printed (`OVERALL BATCH RESULT: PASS`); nil when none is printed.
    public var status: COAField<COAStatus>?
    /// What the certificate says it is for.
    public var purpose: COAField<Purpose>?
    /// Whether results are on a dry-weight or as-received basis, as printed.
    public var basis: COAField<Basis>?
    public var panels: [COAPanel]
    public var printedTotals: [COAPrintedTotal]
    /// Total THC recomputed from Δ9-THC and THCA; nil when either was not reported.
    public var computedTotalTHC: COAComputedTotalTHC?
    /// Where the certificate sits among a run's input files (set when a run reads it; `.none` for a
    /// COA read on its own). Findings about the COA point here.
    public var source: SourceRef = .none

    public enum Purpose: String, Sendable, Hashable {
        /// "Regulatory Compliance Testing", "COMPLIANCE TEST".
        case regulatoryCompliance = "regulatory_compliance"
        /// "For quality assurance purposes. Not a Regulatory Compliance Testing Certificate."
        case qualityAssurance = "quality_assurance"
        case research
    }

    public enum Basis: String, Sendable, Hashable {
        case dryWeight = "dry_weight"
        case asReceived = "as_received"
    }

    public init(document: COADocument, reading: COAReading, lab: COALab = COALab(), sample: COASample = COASample(),
                dates: COADates = COADates(), status: COAField<COAStatus>? = nil, panels: [COAPanel] = [],
                printedTotals: [COAPrintedTotal] = []) {
        self.document = document
        self.reading = reading
        self.lab = lab
        self.sample = sample
        self.dates = dates
        self.status = status
        self.panels = panels
        self.printedTotals = printedTotals
    }

    /// The first panel of `kind`.
    public func panel(_ kind: COAPanelKind) -> COAPanel? { panels.first { $0.kind == kind } }

    /// Every analyte with `id`, in document order.
    public func analytes(_ id: String) -> [COAAnalyte] { panels.flatMap(\.analytes).filter { $0.id == id } }

    /// The first analyte with `id`.
    public func analyte(_ id: String) -> COAAnalyte? { panels.lazy.flatMap(\.analytes).first { $0.id == id } }

    /// The printed total of `kind` as a concentration (%, mg/g …), preferring summaries and tables to
    /// label claims.
    public func printedTotal(_ kind: String) -> COAPrintedTotal? {
        let candidates = printedTotals.filter { $0.kind == kind && $0.context != .labelClaim }
        return candidates.first { ($0.amount.value.amount?.unit.isMassFraction) ?? false }
            ?? candidates.first { $0.amount.value.amount == nil }
    }
}
