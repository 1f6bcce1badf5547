public import S2SModel

/// Why a COA could not be read. Every case names the file; a COA that cannot be read is an error,
/// never an empty certificate.
public enum COAReadError: Error, Sendable, Equatable, CustomStringConvertible {
    /// poppler's `pdftotext` is not on the PATH.
    case pdftotextNotInstalled(path: String)
    /// The PDF is encrypted with a password.
    case encryptedPDF(path: String, detail: String)
    /// The PDF has no text layer (a scanned image).
    case noTextLayer(path: String, pages: Int?)
    /// The file is not a readable PDF.
    case corruptPDF(path: String, detail: String)
    /// `pdftotext` ran longer than the time limit and was stopped.
    case timedOut(path: String, seconds: Double)
    /// `pdftotext` failed for another reason.
    case extractionFailed(path: String, status: Int32, detail: String)
    /// The file could not be opened.
    case unreadableFile(path: String, detail: String)
    /// The XML is not well-formed.
    case malformedXML(path: String, line: Int, column: Int, detail: String)
    /// The XML's root namespace is not one any XML mapping reads.
    case unknownXMLNamespace(path: String, namespace: String, line: Int, known: [String])
    /// The JSON is not well-formed.
    case malformedJSON(path: String, line: Int, column: Int, detail: String)
    /// The JSON is well-formed but not a WCIA lab result.
    case notWCIA(path: String, pointer: String, line: Int, detail: String)
    /// No lab profile recognises the layout.
    case unrecognisedLayout(path: String, detail: String)
    /// The profile recognised the layout but nothing useful could be read.
    case unreadable(path: String, profile: String, detail: String)
    /// The bytes are none of the formats the COA reader knows.
    case unknownFormat(path: String, detail: String)

    public var path: String {
        switch self {
        case .pdftotextNotInstalled(let p), .encryptedPDF(let p, _), .noTextLayer(let p, _), .corruptPDF(let p, _),
             .timedOut(let p, _), .extractionFailed(let p, _, _), .unreadableFile(let p, _), .malformedXML(let p, _, _, _),
             .unknownXMLNamespace(let p, _, _, _), .malformedJSON(let p, _, _, _), .notWCIA(let p, _, _, _),
             .unrecognisedLayout(let p, _), .unreadable(let p, _, _), .unknownFormat(let p, _):
            return p
        }
    }

    /// A stable code for reports (`coa.pdf.encrypted`, `coa.xml.namespace`, …).
    public var code: String {
        switch self {
        case .pdftotextNotInstalled: return "coa.pdf.pdftotext-missing"
        case .encryptedPDF: return "coa.pdf.encrypted"
        case .noTextLayer: return "coa.pdf.no-text"
        case .corruptPDF: return "coa.pdf.corrupt"
        case .timedOut: return "coa.pdf.timeout"
        case .extractionFailed: return "coa.pdf.extraction"
        case .unreadableFile: return "coa.file.unreadable"
        case .malformedXML: return "coa.xml.syntax"
        case .unknownXMLNamespace: return "coa.xml.namespace"
        case .malformedJSON: return "coa.json.syntax"
        case .notWCIA: return "coa.json.wcia"
        case .unrecognisedLayout: return "coa.layout.unknown"
        case .unreadable: return "coa.layout.unreadable"
        case .unknownFormat: return "coa.format.unknown"
        }
    }

    public var message: String {
        switch self {
        case .pdftotextNotInstalled:
            return "cannot read this PDF: poppler's pdftotext is not installed (install it with `apt-get install poppler-utils`, or `brew install poppler`)"
        case .encryptedPDF(_, let d): return "the PDF is encrypted and cannot be read without its password (\(d))"
        case .noTextLayer(_, let pages):
            return "the PDF has no text layer\(pages.map { " on any of its \($0) pages" } ?? ""): it looks like a scanned image; ask the lab for the original PDF or a data export"
        case .corruptPDF(_, let d): return "the file is not a readable PDF (\(d))"
        case .timedOut(_, let s): return "pdftotext did not finish within \(s) seconds and was stopped"
        case .extractionFailed(_, let status, let d): return "pdftotext failed with exit status \(status): \(d)"
        case .unreadableFile(_, let d): return "cannot read the file: \(d)"
        case .malformedXML(_, _, _, let d): return "malformed XML: \(d)"
        case .unknownXMLNamespace(_, let ns, _, let known):
            return "no COA XML mapping reads the namespace '\(ns.isEmpty ? "(none)" : ns)'; known: \(known.isEmpty ? "none" : known.joined(separator: ", ")); add a mapping file for this format"
        case .malformedJSON(_, _, _, let d): return "malformed JSON: \(d)"
        case .notWCIA(_, let pointer, _, let d): return "not a WCIA lab result at \(pointer.isEmpty ? "/" : pointer): \(d)"
        case .unrecognisedLayout(_, let d): return "unrecognised COA layout: \(d)"
        case .unreadable(_, let profile, let d): return "the COA could not be read with profile '\(profile)': \(d)"
        case .unknownFormat(_, let d): return "not a COA format the reader knows: \(d)"
        }
    }

    /// The line and column the error points at (1:1 when it concerns the whole file).
    public var line: Int {
        switch self {
        case .malformedXML(_, let l, _, _), .unknownXMLNamespace(_, _, let l, _), .malformedJSON(_, let l, _, _), .notWCIA(_, _, let l, _):
            return max(1, l)
        default: return 1
        }
    }

    public var column: Int {
        switch self {
        case .malformedXML(_, _, let c, _), .malformedJSON(_, _, let c, _): return max(1, c)
        default: return 1
        }
    }

    public var diagnostic: Diagnostic {
        Diagnostic(.error, message, code: code, location: SourceLocation(file: path, line: line, column: column))
    }

    /// `file:line:column: error: message`.
    public var description: String { "\(path):\(line):\(column): error: \(message)" }
}
