import Foundation
public import S2SModel

/// Reads Certificates of Analysis into the canonical `COA`: PDFs (through poppler's `pdftotext`),
/// text already extracted from a PDF, XML COAs (through XPath mappings), and WCIA lab-result JSON.
/// The format is recognised from the bytes, not the file name.
///
/// ```swift
/// let profiles = try COAProfileSet.loadDefault(adding: [URL(fileURLWithPath: "my-labs")])
/// let coa = try COAReader(profiles: profiles).read(path: "coas/cherry-punch.pdf")
/// ```
public struct COAReader: Sendable {
    public var profiles: COAProfileSet
    public var extractor: PDFTextExtractor

    public init(profiles: COAProfileSet, extractor: PDFTextExtractor = PDFTextExtractor()) {
        self.profiles = profiles
        self.extractor = extractor
    }

    /// What the bytes are: `%PDF-` → PDF; `<` → XML; `{` or `[` → JSON (WCIA); other UTF-8 text →
    /// extracted PDF text.
    public static func format(of bytes: [UInt8]) -> COADocument.Format? {
        let head = bytes.prefix(1024)
        if let r = head.firstRange(of: Array("%PDF-".utf8)), r.lowerBound < 1024 { return .pdf }
        var i = 0
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { i = 3 }
        while i < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[i]) { i += 1 }
        guard i < bytes.count else { return nil }
        switch bytes[i] {
        case UInt8(ascii: "<"): return .xml
        case UInt8(ascii: "{"), UInt8(ascii: "["): return .wciaJSON
        default:
            guard String(validating: bytes, as: UTF8.self) != nil else { return nil }
            return .text
        }
    }

    /// Reads the COA in the file at `path`.
    public func read(path: String) throws(COAReadError) -> COA {
        let all = try readAll(path: path)
        guard all.count == 1, let coa = all.first else {
            throw .unreadable(path: path, profile: "wcia-lab-result", detail: "the file holds \(all.count) lab results; use readAll(path:)")
        }
        return coa
    }

    /// Reads every COA in the file (a WCIA JSON array may hold several).
    public func readAll(path: String) throws(COAReadError) -> [COA] {
        try readDocument(path: path).coas
    }

    /// Reads every COA in the file, with the text their positions refer to: for a PDF the text
    /// `pdftotext` extracted (after re-spacing), for other formats the file's bytes. A run keeps
    /// that text so findings about a COA can show the line they point at.
    public func readDocument(path: String) throws(COAReadError) -> COAFileReading {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .unreadableFile(path: path, detail: FileManager.default.fileExists(atPath: path) ? "permission denied" : "no such file")
        }
        let bytes = [UInt8](data)
        guard let format = Self.format(of: bytes) else {
            throw .unknownFormat(path: path, detail: bytes.isEmpty ? "the file is empty" : "neither PDF, XML, JSON nor UTF-8 text")
        }
        if format == .pdf {
            let (coa, text) = try readPDFWithText(path: path, bytes: bytes)
            return COAFileReading(coas: [coa], text: Array(text.utf8))
        }
        return COAFileReading(coas: try readAll(bytes: bytes, path: path, format: format), text: bytes)
    }

    /// Reads a COA from bytes (`path` names them in messages). PDFs are written to a temporary file
    /// for `pdftotext`.
    public func read(bytes: [UInt8], path: String = "<memory>") throws(COAReadError) -> COA {
        guard let format = Self.format(of: bytes) else {
            throw .unknownFormat(path: path, detail: bytes.isEmpty ? "the input is empty" : "neither PDF, XML, JSON nor UTF-8 text")
        }
        if format == .pdf {
            let tmp = FileManager.default.temporaryDirectory.appendingPathComponent("s2slint-coa-\(UUID().uuidString).pdf")
            do { try Data(bytes).write(to: tmp) } catch { throw .unreadableFile(path: path, detail: "cannot write a temporary copy: \(error)") }
            defer { try? FileManager.default.removeItem(at: tmp) }
            var coa = try readPDF(path: tmp.path, bytes: bytes)
            coa.document.path = path
            return coa
        }
        let all = try readAll(bytes: bytes, path: path, format: format)
        guard all.count == 1, let coa = all.first else {
            throw .unreadable(path: path, profile: "wcia-lab-result", detail: "the input holds \(all.count) lab results")
        }
        return coa
    }

    private func readAll(bytes: [UInt8], path: String, format: COADocument.Format) throws(COAReadError) -> [COA] {
        let document = COADocument(path: path, format: format, sha256: SHA256.hex(bytes))
        switch format {
        case .xml: return [try XMLCOAReader(profiles: profiles).read(bytes, document: document)]
        case .wciaJSON: return try WCIAReader(profiles: profiles).readAll(bytes, document: document)
        case .text, .pdf:
            let text = String(decoding: bytes, as: UTF8.self)
            return [try readText(text, path: path, sha256: document.sha256)]
        }
    }

    /// Reads text already extracted with `pdftotext -layout` (pages separated by form feeds).
    /// Letter-spaced words cannot be re-spaced without the PDF's geometry; labels still match.
    public func readText(_ text: String, path: String = "<memory>", sha256: String? = nil, profile: String? = nil) throws(COAReadError) -> COA {
        let layout = LayoutText(text)
        guard !layout.isEmpty else { throw .unreadable(path: path, profile: profile ?? "-", detail: "the text is empty") }
        let document = COADocument(path: path, format: .text, sha256: sha256 ?? SHA256.hex(Array(text.utf8)), pages: layout.pages.count)
        return try LayoutCOAReader(profiles: profiles).read(layout, document: document, reader: "text", profile: profile.flatMap(profiles.profile))
    }

    /// Reads a PDF through `pdftotext -layout`, re-spacing letter-spaced runs with `-bbox-layout`.
    public func readPDF(path: String, profile: String? = nil) throws(COAReadError) -> COA {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .unreadableFile(path: path, detail: FileManager.default.fileExists(atPath: path) ? "permission denied" : "no such file")
        }
        return try readPDF(path: path, bytes: [UInt8](data), profile: profile)
    }

    private func readPDF(path: String, bytes: [UInt8], profile: String? = nil) throws(COAReadError) -> COA {
        try readPDFWithText(path: path, bytes: bytes, profile: profile).0
    }

    private func readPDFWithText(path: String, bytes: [UInt8], profile: String? = nil) throws(COAReadError) -> (COA, String) {
        var text = try extractor.layoutText(of: path)
        if LetterSpacingRepair.needsRepair(text) {
            let boxes = LetterSpacingRepair.parse(try extractor.boundingBoxes(of: path))
            text = LetterSpacingRepair.repair(layout: text, boxes: boxes)
        }
        let layout = LayoutText(text)
        let document = COADocument(path: path, format: .pdf, sha256: SHA256.hex(bytes), pages: layout.pages.count)
        let coa = try LayoutCOAReader(profiles: profiles).read(layout, document: document, reader: "pdf", profile: profile.flatMap(profiles.profile))
        return (coa, text)
    }

    /// The text the PDF reader works on (after re-spacing), for `coa show` and for writing fixtures.
    public func extractedText(ofPDF path: String) throws(COAReadError) -> String {
        var text = try extractor.layoutText(of: path)
        if LetterSpacingRepair.needsRepair(text) {
            text = LetterSpacingRepair.repair(layout: text, boxes: LetterSpacingRepair.parse(try extractor.boundingBoxes(of: path)))
        }
        return text
    }
}

/// The certificates in one file and the text their positions (`COAPosition.line`/`column`) refer to.
public struct COAFileReading: Sendable {
    public var coas: [COA]
    /// UTF-8 text: what `pdftotext` extracted from a PDF, else the file's own bytes.
    public var text: [UInt8]

    public init(coas: [COA], text: [UInt8]) {
        self.coas = coas
        self.text = text
    }
}
