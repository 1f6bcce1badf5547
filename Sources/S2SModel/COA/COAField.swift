/// Where in a certificate a value was read: a page and a line/column of the text the reader saw
/// (the `pdftotext` output of a PDF, the XML file, the JSON file), plus, for XML and JSON, the path
/// of the node (an XPath-like element path or an RFC 6901 JSON pointer).
public struct COAPosition: Sendable, Hashable, CustomStringConvertible {
    /// 1-based page of a PDF; nil for XML and JSON.
    public var page: Int?
    /// 1-based line in the text the reader saw (for a PDF: the extracted text, pages joined).
    public var line: Int
    /// 1-based column, counted in characters.
    public var column: Int
    /// 1-based line within `page`, for people looking at the printed page.
    public var lineInPage: Int?
    /// XML element path (`/coa:Certificate/coa:Panel[3]/@status`) or JSON pointer (`/0/metric_list/2`).
    public var pointer: String?

    public init(page: Int? = nil, line: Int, column: Int, lineInPage: Int? = nil, pointer: String? = nil) {
        self.page = page
        self.line = line
        self.column = column
        self.lineInPage = lineInPage
        self.pointer = pointer
    }

    /// The position as a `file:line:column` location of the text the reader saw.
    public func location(file: String) -> SourceLocation {
        SourceLocation(file: file, line: line, column: column, pointer: pointer)
    }

    /// `page 2 line 14 col 9` for PDFs, `line 12 col 5 /0/metric_list/2` for XML and JSON.
    public var description: String {
        var s = ""
        if let page { s += "page \(page) line \(lineInPage ?? line) col \(column)" } else { s += "line \(line) col \(column)" }
        if let pointer { s += " " + pointer }
        return s
    }
}

/// One value read from a certificate, with the text exactly as printed and where it was printed.
/// Values computed from other fields carry no position and say how they were derived in `note`.
public struct COAField<Value: Sendable & Hashable>: Sendable, Hashable {
    public var value: Value
    /// The text as printed (after only whitespace trimming), e.g. `"< LOQ"`, `"MAR 07, 2022"`.
    public var printed: String
    /// Where it was read; nil for derived values.
    public var position: COAPosition?
    /// How a derived value was obtained, or a remark on how a printed one was interpreted.
    public var note: String?

    public init(_ value: Value, printed: String, at position: COAPosition?, note: String? = nil) {
        self.value = value
        self.printed = printed
        self.position = position
        self.note = note
    }

    /// The same place and printed text with a different value.
    public func map<T: Sendable & Hashable>(_ transform: (Value) -> T) -> COAField<T> {
        COAField<T>(transform(value), printed: printed, at: position, note: note)
    }
}
