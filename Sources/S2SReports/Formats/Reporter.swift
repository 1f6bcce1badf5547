public import S2SModel

/// A report format. One type per format, each in its own file; looked up by `identifier`.
public protocol Reporter {
    /// The name given to `--format`.
    static var identifier: String { get }
    /// One line for `--help`.
    static var summary: String { get }
    init()
    /// Writes the report. Implementations write as they go (no whole-report string in memory).
    func write(_ report: Report, to out: OutputSink)
}

public enum Reporters {
    /// Every format, for `--format` and its help text.
    nonisolated(unsafe) public static var all: [any Reporter.Type] = [TextReporter.self, JSONReporter.self]

    public static func named(_ id: String) -> (any Reporter.Type)? { all.first { $0.identifier == id } }
}
