import S2SModel
import Foundation

/// What a table column holds. Profiles name columns with these words.
enum ColumnRole: String, Sendable, CaseIterable {
    /// The analyte name.
    case name
    /// Other text printed in the row (a full name beside an abbreviation, a test id): kept out of
    /// the name.
    case text
    case lod, loq
    /// `LOD / LOQ` printed in one cell (`0.04 / 0.24`).
    case lodloq
    case limit, uncertainty
    case value
    case status
    /// The unit printed in its own column (Washington `Units`).
    case unit
    /// The panel printed in its own column (Washington `Analytical Method`).
    case panel
    /// A date printed in its own column.
    case date
}

/// One column of a table layout: its role, the unit of its numbers, and whether it holds the
/// primary result (the first value column otherwise).
struct ColumnSpec: Sendable, Equatable {
    var role: ColumnRole
    var unit: COAUnit?
    var primary: Bool
}

/// How a header field's value is found relative to its label.
enum ValuePlace: String, Sendable {
    /// After the label, in the same cell or in the next cell of the line.
    case right
    /// In the lines under the label, in the label's columns (cells joined; `-` at a line end joins
    /// without a space).
    case below
    /// In the nearest line above the label, in the label's columns.
    case above
}

/// Which model field a profile field fills.
enum FieldTarget: Sendable, Equatable {
    case labName, labLicense, reportID, sampleID, batch
    case trace(COATraceRole, COATraceSystem?)
    case productName, strain, matrix, inhalable
    case status
    case purpose(COA.Purpose)
    case basis(COA.Basis)
    case date(DateKind)
    case total(String, PrintedTotalPlacement)
    case servingSize, unitMass

    enum DateKind: String, Sendable, CaseIterable { case sampled, received, tested, released, expires, produced }
    enum PrintedTotalPlacement: Sendable, Equatable { case summary, labelClaim }

    /// The target a field name means (`lab.license`, `dates.tested`, `total.total_thc`, …), the
    /// inverse of `name`; nil for a name no field has. `purpose` and `basis` carry a value and are
    /// read where they are given. Profiles and the XML mapping read names through this one table.
    init?(name: String, system: COATraceSystem? = nil) {
        switch name {
        case "lab.name": self = .labName
        case "lab.license": self = .labLicense
        case "report_id": self = .reportID
        case "sample_id": self = .sampleID
        case "batch": self = .batch
        case "source_tag": self = .trace(.sourcePackage, system)
        case "lab_sample_tag": self = .trace(.labSample, system)
        case "product_name": self = .productName
        case "strain": self = .strain
        case "matrix": self = .matrix
        case "inhalable": self = .inhalable
        case "status": self = .status
        case "serving_size": self = .servingSize
        case "unit_mass": self = .unitMass
        default:
            if name.hasPrefix("dates."), let k = DateKind(rawValue: String(name.dropFirst(6))) { self = .date(k) }
            else if name.hasPrefix("total.") { self = .total(String(name.dropFirst(6)), .summary) }
            else if name.hasPrefix("claim.") { self = .total(String(name.dropFirst(6)), .labelClaim) }
            else { return nil }
        }
    }

    /// The name profiles use (`lab.license`, `dates.tested`, `total.total_thc`, …).
    var name: String {
        switch self {
        case .labName: return "lab.name"
        case .labLicense: return "lab.license"
        case .reportID: return "report_id"
        case .sampleID: return "sample_id"
        case .batch: return "batch"
        case .trace(let role, _): return role == .sourcePackage ? "source_tag" : "lab_sample_tag"
        case .productName: return "product_name"
        case .strain: return "strain"
        case .matrix: return "matrix"
        case .inhalable: return "inhalable"
        case .status: return "status"
        case .purpose: return "purpose"
        case .basis: return "basis"
        case .date(let k): return "dates." + k.rawValue
        case .total(let k, let p): return (p == .labelClaim ? "claim." : "total.") + k
        case .servingSize: return "serving_size"
        case .unitMass: return "unit_mass"
        }
    }
}

/// A header field of a lab layout: its label(s), where the value sits, and what it must look like.
struct FieldSpec: Sendable {
    var target: FieldTarget
    /// Label spellings, matched folded (case, spaces and lost ligatures ignored). Empty: the
    /// `pattern` is searched on the whole page.
    var labels: [String]
    var places: [ValuePlace]
    /// A regular expression the value must match; its first capture group (or the whole match)
    /// becomes the value.
    var pattern: String?
    /// The label may stand inside a cell (after other text); by default it must start a cell.
    var anywhere: Bool
    /// 1-based pages to look on; nil for every page (the first hit wins).
    var pages: [Int]?
    /// For `below`/`above`: lines or cells to skip first.
    var skip: Int
    /// For `below`: how many lines to join.
    var maxLines: Int
    var removeSpaces: Bool
    /// Printed values that mean "not given" (`Not licensed`, `(not provided)`).
    var nullValues: [String]
    /// The unit of a printed total when the cell prints a bare number or `mg`.
    var unit: COAUnit?
}

/// Panel statuses printed in a summary block.
struct SummarySpec: Sendable {
    enum Strategy: String, Sendable {
        /// The status follows the panel label on the same line (`Pesticides: PASS`).
        case inline
        /// The status stands in the line above the panel label (`PASSED` over `Potency`).
        case above
        /// The status stands in the column under a header word (`Disposition`), on the panel's row.
        case column
    }
    var strategy: Strategy
    var pages: [Int]?
    var panels: [(kind: COAPanelKind, labels: [String])]
    /// Labels whose status is the overall result (`Batch` in a Confident Cannabis summary).
    var overall: [String]
    var columnHeader: String?
}

/// One of several tables printed side by side under one title.
struct SubtableSpec: Sendable {
    var panel: COAPanelKind
    var columns: [ColumnSpec]?
    var unit: COAUnit?
}

/// A titled section of a layout: the panel it holds and how its table reads.
struct SectionSpec: Sendable {
    /// nil for a section that only ends the one before it (a summary, a chart).
    var panel: COAPanelKind?
    var titles: [String]
    /// Side-by-side sub-tables, left to right, when they differ from `panel` or from `columns`.
    var subtables: [SubtableSpec]
    /// The column layout; nil to take the columns from the table header words.
    var columns: [ColumnSpec]?
    /// Unit of values whose column and cell print none.
    var unit: COAUnit?
    /// Labels of a test date inside the section (`Date Tested:`, `Analyzed on:`).
    var dateLabels: [String]
    /// Read the status printed on the title line (`… TEST RESULTS - 11/17/2021   PASS`).
    var statusOnTitle: Bool
    /// Parse rows (false for sections that only carry a status or end the previous section).
    var table: Bool
    /// The title must be a whole chunk of its line (not a word inside other text).
    var wholeChunk: Bool
}

/// A lab (or LIMS) layout, loaded from a JSON file in `Rules/lab-profiles/`.
public struct LabProfile: Sendable {
    public var id: String
    public var name: String
    /// The file it was loaded from.
    public var file: String
    /// Generic profiles are used only when no lab profile recognises the document.
    public var isFallback: Bool

    /// Folded text markers: all of `allOf` and at least one of `anyOf` must appear on page 1.
    var allOf: [String]
    var anyOf: [String]
    var watermarks: [String]
    /// Folded markers after which nothing is read (an accreditation appendix).
    var endMarkers: [String]
    /// Regular expressions of text runs (chunks) that are never table data (footers, legends).
    var ignoreLines: [String]
    var fields: [FieldSpec]
    var summaries: [SummarySpec]
    var sections: [SectionSpec]
    /// Header words that stand over the name column (`Analyte`, `COMPOUND`).
    var nameHeaders: [String]
    var tokens: [TokenMeaning]
    /// Extra analyte names of this lab: printed name → analyte id.
    var analyteAliases: [(name: String, id: String)]
    /// Fields whose absence lowers the confidence.
    var expectedFields: [String]
    /// The highest confidence this profile may report (below 1 for generic layouts).
    var confidenceCap: Decimal
    /// Trailing footnote marks to strip from analyte names (`*`, `^`, `3`).
    var nameFootnotes: [String]
    /// Limits printed as `10N CFU/g` that stand for 10 to the power N (a lost superscript).
    var powerOfTenLimits: Bool
}
