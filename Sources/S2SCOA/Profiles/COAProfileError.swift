public import S2SModel

/// Problems found while loading lab profiles, vocabularies or XML mappings. Each problem names the
/// file, line and column and what was expected; loading reports all problems of all files at once.
public struct COAProfileError: Error, Sendable, CustomStringConvertible {
    public struct Problem: Error, Sendable, Hashable, CustomStringConvertible {
        public var file: String
        public var line: Int
        public var column: Int
        public var message: String
        public var hint: String?

        public var description: String {
            "\(file):\(line):\(column): error: \(message)" + (hint.map { "\n  hint: \($0)" } ?? "")
        }

        public var diagnostic: Diagnostic {
            Diagnostic(.error, message, code: "coa.profile.invalid",
                       location: SourceLocation(file: file, line: line, column: column), hint: hint)
        }
    }

    public var problems: [Problem]

    public var description: String { problems.map(\.description).joined(separator: "\n") }
    public var diagnostics: [Diagnostic] { problems.map(\.diagnostic) }
}
