/// A problem with an input file or a rule pack (not a compliance finding): bad JSON, a quantity that
/// is not a number, an unknown key in a pack. Errors make the run exit 2.
public struct Diagnostic: Sendable, Hashable, Error, CustomStringConvertible {
    public enum Level: String, Sendable, Codable, Comparable {
        case error, warning, note
        public static func < (a: Level, b: Level) -> Bool {
            let order: [Level] = [.note, .warning, .error]
            return order.firstIndex(of: a)! < order.firstIndex(of: b)!
        }
    }

    public var level: Level
    public var message: String
    /// A stable code for the kind of problem (`json.syntax`, `csv.columns`, `pack.unknown-key`, …).
    public var code: String
    public var location: SourceLocation?
    /// Unresolved position, turned into `location` by the run before reporting.
    public var ref: SourceRef?
    /// The offending source line and a caret under the column, when known.
    public var snippet: String?
    /// A "did you mean" or how-to-fix line.
    public var hint: String?

    public init(_ level: Level, _ message: String, code: String, location: SourceLocation? = nil,
                ref: SourceRef? = nil, snippet: String? = nil, hint: String? = nil) {
        self.level = level
        self.message = message
        self.code = code
        self.location = location
        self.ref = ref
        self.snippet = snippet
        self.hint = hint
    }

    /// `file:line:column: error: message`, then the snippet and the hint, as compilers print them.
    public var description: String {
        var s = ""
        if let location { s += location.description + ": " }
        s += level.rawValue + ": " + message
        if let snippet { s += "\n" + snippet }
        if let hint { s += "\n  hint: " + hint }
        return s
    }

    /// Renders a line of text with a caret under a 1-based column.
    public static func caret(line: String, column: Int) -> String {
        var marker = ""
        for (i, ch) in line.enumerated() where i < column - 1 { marker.append(ch == "\t" ? "\t" : " ") }
        return "  " + line + "\n  " + marker + "^"
    }
}
