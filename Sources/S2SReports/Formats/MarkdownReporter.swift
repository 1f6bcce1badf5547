public import S2SModel

/// Markdown for a pull-request comment (GitHub, GitLab, Bitbucket): verdict, counts, a table per
/// manifest and category, then the findings of each manifest in a collapsible section.
///
/// A comment holds at most 65,536 characters, so the finding tables stop at about 60,000 characters
/// with a line saying how many findings were left out (the SARIF, JSON and HTML reports list all).
public struct MarkdownReporter: Reporter {
    public static let identifier = "markdown"
    public static let summary = "Markdown for a pull-request comment (summary tables, findings per manifest)"
    public static let fileExtension = "md"
    /// Characters after which the finding tables stop (GitHub's comment limit is 65,536).
    public static let budget = 60_000

    let options: ReportOptions

    public init() { self.init(options: ReportOptions()) }
    public init(options: ReportOptions) { self.options = options }

    public func write(_ report: Report, to sink: OutputSink) {
        let out = CountingWriter(sink)
        let paths = PathCache(workingDirectory: options.workingDirectory)
        let s = report.summary
        let failing = report.findings.contains { ReportFacts.fails($0, failOn: options.failOn) }
        let inputErrors = report.diagnostics.filter { $0.level == .error }.count
        let verdict: String
        if inputErrors > 0 {
            verdict = "⛔ input problems"
        } else if failing {
            verdict = "❌ fails"
        } else {
            verdict = "✅ passes"
        }
        out.write("## s2slint compliance check: \(verdict)\n\n")
        out.write(MarkdownText.inline(String(TextReporter.summaryLine(report).dropFirst("summary: ".count))) + ".")
        out.write(options.failOn == "never" ? " The run does not fail on findings (`--fail-on never`).\n\n"
                  : " The run fails on unsuppressed findings of severity \(MarkdownText.code(options.failOn)) or above.\n\n")
        let packs = report.packs.filter { !$0.id.hasPrefix("facts:") }
        if !packs.isEmpty {
            out.write("Rule packs: " + packs.map { MarkdownText.code($0.id) + " " + MarkdownText.inline($0.version)
                + " (sha256 " + MarkdownText.code(String($0.sha256.prefix(12))) + ")" }.joined(separator: ", "))
            if let asOf = report.asOf { out.write(" · as of " + MarkdownText.inline(asOf)) }
            out.write(".\n\n")
        }
        out.write("| Errors | Warnings | Info | Not evaluated | Suppressed |\n|---:|---:|---:|---:|---:|\n")
        out.write("| \(s.error) | \(s.warning) | \(s.info) | \(s.unevaluated) | \(s.suppressed) |\n\n")

        let byManifest = FindingGroups(report.findings) { $0.manifest }
        if byManifest.count > 0 {
            out.write("### By manifest\n\n| Manifest | File | Errors | Warnings | Info | Suppressed |\n|---|---|---:|---:|---:|---:|\n")
            for (k, m) in byManifest.keys.enumerated() {
                if k == 100 {
                    out.write("| … \(byManifest.count - 100) more manifests | | | | | |\n")
                    break
                }
                var t = Tally()
                for i in byManifest.members[k] { t.add(report.findings[Int(i)]) }
                let file = report.findings[Int(byManifest.members[k][0])].location.map { paths.display($0.file) } ?? ""
                out.write("| \(MarkdownText.code(m)) | \(file.isEmpty ? "" : MarkdownText.code(file)) | \(t.error) | \(t.warning) | \(t.info) | \(t.suppressed) |\n")
            }
            out.write("\n")
        }
        let byCategory = FindingGroups(report.findings) { $0.category }
        if byCategory.count > 0 {
            out.write("### By category\n\n| Category | Errors | Warnings | Info | Suppressed |\n|---|---:|---:|---:|---:|\n")
            for (k, c) in byCategory.keys.enumerated() {
                var t = Tally()
                for i in byCategory.members[k] { t.add(report.findings[Int(i)]) }
                out.write("| \(MarkdownText.code(c)) | \(t.error) | \(t.warning) | \(t.info) | \(t.suppressed) |\n")
            }
            out.write("\n")
        }

        var listed = 0
        var stopped = false
        func section(_ title: String, _ members: [Int32]) {
            guard !stopped else { return }
            var t = Tally()
            for i in members { t.add(report.findings[Int(i)]) }
            out.write("<details><summary>\(MarkdownText.inline(title)) — \(count(t.error, "error")), \(count(t.warning, "warning")), \(t.info) info"
                      + (t.suppressed > 0 ? ", \(t.suppressed) suppressed" : "") + "</summary>\n\n")
            out.write("| Severity | Rule | Where | Finding | Cites |\n|---|---|---|---|---|\n")
            for i in members {
                if out.count > Self.budget { stopped = true; break }
                out.write(row(report.findings[Int(i)], paths: paths))
                listed += 1
            }
            out.write("\n</details>\n\n")
        }
        if !report.findings.isEmpty {
            out.write("### Findings\n\n")
            for (k, m) in byManifest.keys.enumerated() { section("Manifest \(m)", byManifest.members[k]) }
            if !byManifest.rest.isEmpty { section("Other findings (licenses, packages, lab results)", byManifest.rest) }
            if listed < report.findings.count {
                out.write("_\(report.findings.count - listed) more findings are not listed here (comment size limit); "
                          + "the SARIF, JSON and HTML reports list every finding._\n\n")
            }
        }
        if !report.diagnostics.isEmpty {
            out.write("### Input problems\n\n| Level | Where | Problem |\n|---|---|---|\n")
            for (n, d) in report.diagnostics.enumerated() {
                if out.count > Self.budget + 4000 {
                    out.write("| | | … \(report.diagnostics.count - n) more |\n")
                    break
                }
                let place = d.location.map { MarkdownText.code("\(paths.display($0.file)):\($0.line):\($0.column)") } ?? ""
                out.write("| \(d.level.rawValue) | \(place) | \(MarkdownText.inline(d.message + (d.hint.map { " — " + $0 } ?? ""))) |\n")
            }
            out.write("\n")
        }
        out.write("<sub>s2slint \(MarkdownText.inline(report.toolVersion))</sub>\n")
    }

    func count(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }

    func row(_ f: Finding, paths: PathCache) -> String {
        var severity = f.severity.rawValue
        if f.outcome == .unevaluated { severity += " (not evaluated)" }
        if let sup = f.suppression { severity = "~~\(severity)~~ \(sup.kind.rawValue)" }
        var place = f.location.map { MarkdownText.code("\(paths.display($0.file)):\($0.line):\($0.column)") } ?? ""
        let what = ReportFacts.place(f)
        if !what.isEmpty { place += (place.isEmpty ? "" : "<br>") + MarkdownText.inline(what) }
        var finding = MarkdownText.inline(f.message)
        if let r = f.remedy { finding += "<br>**Fix" + (r.party.map { " (" + MarkdownText.inline($0) + ")" } ?? "") + ":** " + MarkdownText.inline(r.hint) }
        if let sup = f.suppression {
            finding += "<br>_\(sup.kind.rawValue == "waiver" ? "Waived" : "Baselined"): " + MarkdownText.inline(sup.reason)
            if let a = sup.approver { finding += "; approved by " + MarkdownText.inline(a) }
            if let e = sup.expires { finding += "; expires " + MarkdownText.inline(e) }
            finding += "_"
        }
        let cites = f.cite.map { MarkdownText.link($0.ref, $0.url) + ($0.status.isReadInText ? "" : " (\($0.status.rawValue))") }
            .joined(separator: "<br>")
        return "| \(severity) | \(MarkdownText.code(f.ruleId)) | \(place) | \(finding) | \(cites) |\n"
    }
}
