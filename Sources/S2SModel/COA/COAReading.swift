public import Foundation

/// The file a certificate was read from.
public struct COADocument: Sendable, Hashable {
    public enum Format: String, Sendable, Hashable {
        /// A PDF read through poppler's `pdftotext -layout`.
        case pdf
        /// Text already extracted from a PDF (`pdftotext -layout` output).
        case text
        /// An XML COA read through an XPath mapping.
        case xml
        /// A WCIA lab-result JSON document.
        case wciaJSON = "wcia_json"
    }

    /// The path as the caller gave it (`<memory>` for bytes read without a file).
    public var path: String
    public var format: Format
    /// SHA-256 of the bytes read, lowercase hex.
    public var sha256: String
    /// Pages of a PDF (or of extracted text, counted by form feeds).
    public var pages: Int?

    public init(path: String, format: Format, sha256: String, pages: Int? = nil) {
        self.path = path
        self.format = format
        self.sha256 = sha256
        self.pages = pages
    }
}

/// A remark the reader made while reading: something it could not interpret, a disagreement between
/// two printed values, a placeholder. Issues never replace an error: a file that cannot be read
/// throws.
public struct COAIssue: Sendable, Hashable, CustomStringConvertible {
    /// A stable code (`coa.field.missing`, `coa.total.disagrees`, `coa.status.conflict`, …).
    public var code: String
    public var message: String
    public var position: COAPosition?

    public init(code: String, message: String, position: COAPosition? = nil) {
        self.code = code
        self.message = message
        self.position = position
    }

    public var description: String {
        (position.map { "\($0): " } ?? "") + message + " [\(code)]"
    }
}

/// How a certificate was read: which reader and lab profile, how sure the reader is, and what it
/// could not find.
public struct COAReading: Sendable, Hashable {
    /// `pdf`, `text`, `xml:<mapping id>`, `wcia-json`.
    public var reader: String
    /// The lab profile or XML mapping used (`sclabs-2021`, `generic`).
    public var profile: String
    /// 0…1: the share of the fields the profile expects that were found; a fallback profile is
    /// capped below 1.
    public var confidence: Decimal
    /// Fields the profile expected and did not find (`lab.license`, `dates.tested`, …).
    public var missingFields: [String]
    public var issues: [COAIssue]

    public init(reader: String, profile: String, confidence: Decimal, missingFields: [String] = [],
                issues: [COAIssue] = []) {
        self.reader = reader
        self.profile = profile
        self.confidence = confidence
        self.missingFields = missingFields
        self.issues = issues
    }
}
