extension ExprOrigin {
    /// The file position of a UTF-8 offset inside the expression text. Exact for single-line plain
    /// or quoted values and for `|` blocks; for `>` blocks (whose line breaks YAML folds) the line
    /// may be approximate.
    func position(ofOffset offset: Int) -> (line: Int, column: Int) {
        let bytes = Array(text.utf8)
        let clamped = max(0, min(offset, bytes.count))
        var lineInText = 0
        var lineStart = 0
        for i in 0..<clamped where bytes[i] == 10 {
            lineInText += 1
            lineStart = i + 1
        }
        let colInText = String(decoding: bytes[lineStart..<clamped], as: UTF8.self).count
        if lineInText == 0 { return (line, column + colInText) }
        // later lines of a multi-line value: same indentation as the first content line
        let fileLine = line + lineInText
        var indent = column - 1
        if fileLine - 1 < fileLines.count {
            indent = fileLines[fileLine - 1].prefix { $0 == " " }.count
        }
        return (fileLine, indent + colInText + 1)
    }
}
