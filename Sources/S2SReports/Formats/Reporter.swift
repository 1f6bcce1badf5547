public import S2SModel

/// A report format. One type per format, each in its own file; looked up by `identifier`.
///
/// Reporters only read the report. They write piece by piece to the sink (no whole-report string
/// in memory) and keep at most per-finding indices or counters of their own, so writing several
/// formats in one run costs the memory of the largest one, not of all of them together.
public protocol Reporter {
    /// The name given to `--format`.
    static var identifier: String { get }
    /// One line for `--help`.
    static var summary: String { get }
    /// The file name suggested for this format (`s2slint.sarif`), used in documentation and help.
    static var fileExtension: String { get }
    init()
    /// A reporter that knows the run's settings (working directory for relative paths, …).
    init(options: ReportOptions)
    /// Writes the report. Implementations write as they go (no whole-report string in memory).
    func write(_ report: Report, to out: OutputSink)
}

extension Reporter {
    public init(options: ReportOptions) { self.init() }
    public static var fileExtension: String { identifier }
}

/// Settings that shape how a report is written but are not facts of the run.
public struct ReportOptions: Sendable {
    /// The directory file paths are made relative to (SARIF `artifactLocation.uri`, annotations).
    public var workingDirectory: String
    /// Where people can read about the tool (SARIF `tool.driver.informationUri`).
    public var informationUri: String
    /// Fail threshold of the run (`error`, `warning`, `info`, `never`), shown by the reports
    /// that say whether the run passed.
    public var failOn: String

    public init(workingDirectory: String = ReportOptions.currentDirectory(),
                informationUri: String = "https://github.com/s2slint/s2slint", failOn: String = "error") {
        self.workingDirectory = workingDirectory
        self.informationUri = informationUri
        self.failOn = failOn
    }

    public static func currentDirectory() -> String { ProcessDirectory.current }
}

public enum Reporters {
    /// Every format, for `--format` and its help text.
    public static var all: [any Reporter.Type] {
        [TextReporter.self, JSONReporter.self, SARIFReporter.self, JUnitReporter.self, GitHubReporter.self,
         CheckstyleReporter.self, MarkdownReporter.self, HTMLReporter.self]
    }

    public static func named(_ id: String) -> (any Reporter.Type)? { all.first { $0.identifier == id } }

    /// The identifiers, comma-separated, for help and error messages.
    public static var identifiers: String { all.map { $0.identifier }.joined(separator: ", ") }
}
