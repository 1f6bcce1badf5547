/// Where a record came from: a file of the run and a byte offset into it, plus a JSON pointer
/// (or a CSV "row N" path). Line and column are computed only for records that appear in a
/// report (see `SourceFile.position(ofOffset:)`), so importing stays on the fast path.
public struct SourceRef: Sendable, Hashable {
    /// Index of the file in the run's `SourceFiles` table; -1 when the record was built in memory.
    public var file: Int32
    /// Byte offset of the record's first character in the file.
    public var offset: Int
    /// RFC 6901 JSON pointer into the file (`/0/Destinations/1/Packages/3`), or `row 12` for CSV.
    public var pointer: String
    /// 1-based line of `offset` when the reader counted it on the way (0 = not known), and the
    /// offset where that line starts; with them a position resolves without rereading the file.
    public var line: Int32
    public var lineStart: Int

    public init(file: Int32, offset: Int, pointer: String, line: Int32 = 0, lineStart: Int = 0) {
        self.file = file
        self.offset = offset
        self.pointer = pointer
        self.line = line
        self.lineStart = lineStart
    }

    public static let none = SourceRef(file: -1, offset: 0, pointer: "")
}

/// A resolved position: file path, 1-based line and column (column counted in characters), pointer.
public struct SourceLocation: Sendable, Hashable, Codable {
    public var file: String
    public var line: Int
    public var column: Int
    public var pointer: String?
    /// Where the record's region ends (the column after its last character), when known; set for
    /// reported records so that SARIF and annotations can highlight the record, not just a point.
    public var endLine: Int?
    public var endColumn: Int?

    public init(file: String, line: Int, column: Int, pointer: String? = nil, endLine: Int? = nil, endColumn: Int? = nil) {
        self.file = file
        self.line = line
        self.column = column
        self.pointer = pointer
        self.endLine = endLine
        self.endColumn = endColumn
    }

    /// `file:line:column`, the form editors and terminals make clickable.
    public var description: String { "\(file):\(line):\(column)" }
}
