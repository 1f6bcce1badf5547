import S2SModel

/// Collects pack problems with their file position, the source line and a caret.
struct PackProblems {
    var diagnostics: [Diagnostic] = []

    mutating func error(_ doc: YAMLDocument, _ pos: YPos, _ message: String, code: String, hint: String? = nil) {
        add(.error, doc.path, doc.lines, pos.line, pos.column, message, code: code, hint: hint)
    }

    mutating func warning(_ doc: YAMLDocument, _ pos: YPos, _ message: String, code: String, hint: String? = nil) {
        add(.warning, doc.path, doc.lines, pos.line, pos.column, message, code: code, hint: hint)
    }

    mutating func add(_ level: Diagnostic.Level, _ path: String, _ lines: [String], _ line: Int, _ column: Int,
                      _ message: String, code: String, hint: String? = nil) {
        let snippet = line >= 1 && line <= lines.count ? Diagnostic.caret(line: lines[line - 1], column: column) : nil
        diagnostics.append(Diagnostic(level, message, code: code,
                                      location: SourceLocation(file: path, line: line, column: column),
                                      snippet: snippet, hint: hint))
    }

    /// A compile error inside an expression, placed at its exact position in the file.
    mutating func expression(_ origin: ExprOrigin, offset: Int, _ message: String, code: String, hint: String?, note: String? = nil) {
        let (line, col) = origin.position(ofOffset: offset)
        var h = hint
        if let note { h = h.map { "\($0) (\(note))" } ?? note }
        add(.error, origin.file, origin.fileLines, line, col, message, code: code, hint: h)
    }

    var hasErrors: Bool { diagnostics.contains { $0.level == .error } }

    /// Drops repeated diagnostics (a rule split into several versions is compiled once per version).
    mutating func removeDuplicates() {
        var seen = Set<Diagnostic>()
        diagnostics = diagnostics.filter { seen.insert($0).inserted }
    }
}
