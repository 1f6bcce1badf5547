public import S2SModel

/// Checkstyle XML, read by many CI plugins and code-review bots (Jenkins Warnings NG, reviewdog,
/// Danger): `<checkstyle><file name><error line column severity message source/></file></checkstyle>`.
///
/// `source` is `s2slint.<pack>.<rule>`; severity is error, warning or info; waived and baselined
/// findings have severity `ignore` and their justification in the message. Input problems are
/// errors with source `s2slint.input.<code>`.
public struct CheckstyleReporter: Reporter {
    public static let identifier = "checkstyle"
    public static let summary = "Checkstyle XML for CI plugins and review bots"
    public static let fileExtension = "xml"

    let options: ReportOptions

    public init() { self.init(options: ReportOptions()) }
    public init(options: ReportOptions) { self.options = options }

    public func write(_ report: Report, to out: OutputSink) {
        let paths = PathCache(workingDirectory: options.workingDirectory)
        let byFile = FindingGroups(report.findings) { $0.location?.file }
        var diagByFile: [String: [Int]] = [:]
        var files = byFile.keys
        var slot: [String: Int] = [:]
        for (k, f) in byFile.keys.enumerated() { slot[f] = k }
        for (i, d) in report.diagnostics.enumerated() {
            let f = d.location?.file ?? ""
            if diagByFile[f] == nil, slot[f] == nil, !f.isEmpty { files.append(f) }
            diagByFile[f, default: []].append(i)
        }
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<checkstyle version=\"4.3\">\n")
        for file in files {
            out.write("  <file name=\"\(XMLText.attribute(paths.display(file)))\">\n")
            for i in diagByFile[file] ?? [] { out.write(diagnostic(report.diagnostics[i])) }
            for i in slot[file].map({ byFile.members[$0] }) ?? [] { out.write(error(report.findings[Int(i)])) }
            out.write("  </file>\n")
        }
        if !byFile.rest.isEmpty || diagByFile[""] != nil {
            out.write("  <file name=\"s2slint\">\n")
            for i in diagByFile[""] ?? [] { out.write(diagnostic(report.diagnostics[i])) }
            for i in byFile.rest { out.write(error(report.findings[Int(i)])) }
            out.write("  </file>\n")
        }
        out.write("</checkstyle>\n")
    }

    func error(_ f: Finding) -> String {
        let severity = f.suppression != nil ? "ignore" : (f.severity == .info ? "info" : f.severity.rawValue)
        var message = SARIFReporter.messageText(f)
        if let sup = f.suppression { message += " [\(sup.kind.rawValue): \(sup.reason)]" }
        if let c = f.cite.first { message += " (\(c.ref))" }
        var s = "    <error"
        if let l = f.location { s += " line=\"\(l.line)\" column=\"\(l.column)\"" }
        s += " severity=\"\(severity)\" message=\"\(XMLText.attribute(message))\""
        s += " source=\"\(XMLText.attribute("s2slint." + f.packId + "." + f.ruleId))\"/>\n"
        return s
    }

    func diagnostic(_ d: Diagnostic) -> String {
        var s = "    <error"
        if let l = d.location { s += " line=\"\(l.line)\" column=\"\(l.column)\"" }
        let severity = d.level == .note ? "info" : d.level.rawValue
        s += " severity=\"\(severity)\" message=\"\(XMLText.attribute(d.message + (d.hint.map { " (\($0))" } ?? "")))\""
        s += " source=\"\(XMLText.attribute("s2slint.input." + d.code))\"/>\n"
        return s
    }
}
