public import S2SModel

/// GitHub Actions workflow commands: one `::error`/`::warning`/`::notice` line per finding, which
/// GitHub shows as an annotation on the file and line of the pull request.
///
/// `::error file=F,line=L,endLine=L,col=C,endColumn=E,title=T::message`, with `%`, CR, LF escaped
/// in the message and also `:` and `,` in the properties, as the Actions toolkit does. Severity
/// `info` is a notice. Waived and baselined findings get no annotation (they are accepted); the
/// last line counts them. GitHub shows at most 10 annotations of each level per step and 50 per
/// job, so for large runs upload SARIF as well (Docs/ci.md).
public struct GitHubReporter: Reporter {
    public static let identifier = "github"
    public static let summary = "GitHub Actions annotations (::error file=…,line=…::message)"
    public static let fileExtension = "txt"

    let options: ReportOptions

    public init() { self.init(options: ReportOptions()) }
    public init(options: ReportOptions) { self.options = options }

    public func write(_ report: Report, to out: OutputSink) {
        let paths = PathCache(workingDirectory: options.workingDirectory)
        for d in report.diagnostics {
            var props: [(String, String)] = []
            if let l = d.location, !ArtifactPath.isVirtual(l.file) {
                props += [("file", paths.display(l.file)), ("line", "\(l.line)"), ("col", "\(l.column)")]
            }
            props.append(("title", "s2slint \(d.level == .error ? "input error" : "input warning") (\(d.code))"))
            let command = d.level == .error ? "error" : (d.level == .warning ? "warning" : "notice")
            out.write(Self.command(command, props, d.message + (d.hint.map { "\nhint: " + $0 } ?? "")))
        }
        for f in report.findings where f.suppression == nil {
            var props: [(String, String)] = []
            if let l = f.location, !ArtifactPath.isVirtual(l.file) {
                props += [("file", paths.display(l.file)), ("line", "\(l.line)")]
                if let e = l.endLine { props.append(("endLine", "\(e)")) }
                props.append(("col", "\(l.column)"))
                if let e = l.endColumn { props.append(("endColumn", "\(e)")) }
            }
            props.append(("title", f.ruleId + (f.outcome == .unevaluated ? " (not evaluated)" : "") + ": " + f.title))
            var message = SARIFReporter.messageText(f)
            if let r = f.remedy { message += "\n" + CitationText.remedy(r) }
            for c in f.cite { message += "\nCites " + CitationText.plain(c) }
            out.write(Self.command(Self.command(for: f.severity), props, message))
        }
        out.write("s2slint " + TextReporter.summaryLine(report) + "\n")
    }

    static func command(for s: Severity) -> String {
        switch s {
        case .error: return "error"
        case .warning: return "warning"
        case .info: return "notice"
        }
    }

    static func command(_ name: String, _ props: [(String, String)], _ message: String) -> String {
        var s = "::" + name
        if !props.isEmpty { s += " " + props.map { $0.0 + "=" + escapeProperty($0.1) }.joined(separator: ",") }
        return s + "::" + escapeData(message) + "\n"
    }

    /// Message text: `%`, CR and LF as in the Actions toolkit (`escapeData`).
    public static func escapeData(_ s: String) -> String { escape(s, property: false) }

    /// Property values: as `escapeData`, plus `:` and `,` (`escapeProperty`).
    public static func escapeProperty(_ s: String) -> String { escape(s, property: true) }

    static func escape(_ s: String, property: Bool) -> String {
        func special(_ b: UInt8) -> Bool { b == 0x25 || b == 0x0D || b == 0x0A || (property && (b == 0x3A || b == 0x2C)) }
        guard s.utf8.contains(where: special) else { return s }
        var out: [UInt8] = []
        out.reserveCapacity(s.utf8.count + 16)
        for b in s.utf8 {
            switch b {
            case 0x25: out += [0x25, 0x32, 0x35]                           // %25
            case 0x0D: out += [0x25, 0x30, 0x44]                           // %0D
            case 0x0A: out += [0x25, 0x30, 0x41]                           // %0A
            case 0x3A where property: out += [0x25, 0x33, 0x41]            // %3A
            case 0x2C where property: out += [0x25, 0x32, 0x43]            // %2C
            default: out.append(b)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
