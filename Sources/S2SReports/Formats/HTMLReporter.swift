public import S2SModel

/// A self-contained HTML report for compliance managers: one file with inline CSS and inline SVG
/// charts, no scripts and no external assets, that opens in any browser and prints.
///
/// It shows the verdict and counts, charts and tables by category, severity and manifest, the
/// rules that fired with their citations (links when the citation has a web address), then every
/// finding grouped by manifest with where it is, its message, the fix, an evidence table, related
/// records and, for waived findings, who approved the exception and until when. The packs' hashes
/// and the input files close the report so a result can be reproduced. The markup is well-formed
/// XML as well as HTML.
public struct HTMLReporter: Reporter {
    public static let identifier = "html"
    public static let summary = "self-contained HTML report for compliance managers (charts, evidence, citations)"
    public static let fileExtension = "html"

    let options: ReportOptions

    public init() { self.init(options: ReportOptions()) }
    public init(options: ReportOptions) { self.options = options }

    static let colors = (error: "#b3261e", warning: "#d08a17", info: "#1f5fa8", suppressed: "#a3a8b0")

    public func write(_ report: Report, to out: OutputSink) {
        let paths = PathCache(workingDirectory: options.workingDirectory)
        let s = report.summary
        let byManifest = FindingGroups(report.findings) { $0.manifest }
        let byCategory = FindingGroups(report.findings) { $0.category }
        let byRule = FindingGroups(report.findings) { $0.ruleId }
        func tally(_ members: [Int32]) -> Tally {
            var t = Tally()
            for i in members { t.add(report.findings[Int(i)]) }
            return t
        }
        let inputErrors = report.diagnostics.filter { $0.level == .error }.count
        let failing = report.findings.contains { ReportFacts.fails($0, failOn: options.failOn) }

        out.write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n")
        out.write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
        out.write("<meta name=\"generator\" content=\"\(h("s2slint " + report.toolVersion))\"/>\n")
        out.write("<title>s2slint compliance report</title>\n<style>\n\(HTMLStyle.css)\n</style>\n</head>\n<body>\n")

        // Header and verdict
        let verdict: (String, String) = inputErrors > 0 ? ("bad-input", "input problems")
            : (failing ? ("fail", "fails at --fail-on \(options.failOn)") : ("pass", "passes at --fail-on \(options.failOn)"))
        out.write("<header>\n<h1>Compliance report<span class=\"verdict \(verdict.0)\">\(h(verdict.1))</span></h1>\n")
        let packs = report.packs.filter { !$0.id.hasPrefix("facts:") }
        out.write("<p>Rule packs: \(h(packs.map { "\($0.id) \($0.version)" }.joined(separator: ", ")))"
                  + (report.asOf.map { " · judged as of \(h($0))" } ?? "") + "</p>\n")
        out.write("<p>\(report.inputs.count) input file\(report.inputs.count == 1 ? "" : "s") · \(byManifest.count) manifest"
                  + "\(byManifest.count == 1 ? "" : "s") with findings · s2slint \(h(report.toolVersion))</p>\n</header>\n<main>\n")

        // Cards
        out.write("<section class=\"cards\" aria-label=\"counts\">\n")
        for (cls, n, label) in [("error", s.error, "Errors"), ("warning", s.warning, "Warnings"), ("info", s.info, "Info"),
                                ("", s.unevaluated, "Not evaluated"), ("suppressed", s.suppressed, "Suppressed"),
                                ("", inputErrors, "Input errors")] {
            out.write("<div class=\"card \(cls)\"><div class=\"n\">\(n)</div><div class=\"l\">\(label)</div></div>\n")
        }
        out.write("</section>\n")

        // Charts
        let series = [("errors", Self.colors.error), ("warnings", Self.colors.warning), ("info", Self.colors.info),
                      ("suppressed", Self.colors.suppressed)]
        func bar(_ label: String, _ t: Tally) -> SVGBarChart.Bar { .init(label: label, values: [t.error, t.warning, t.info, t.suppressed]) }
        if !report.findings.isEmpty {
            out.write("<h2>Overview</h2>\n<div class=\"grid\">\n<div class=\"panel\">\n<h3>Findings by category</h3>\n")
            let categoryBars = byCategory.keys.enumerated().map { bar($1, tally(byCategory.members[$0])) }
                .sorted { $0.values.reduce(0, +) > $1.values.reduce(0, +) }
            out.write(SVGBarChart(title: "Findings by category", series: series, bars: Array(categoryBars.prefix(20))).render())
            out.write("\n</div>\n<div class=\"panel\">\n<h3>Findings by severity</h3>\n")
            var bySeverity: [SVGBarChart.Bar] = []
            for sev in [Severity.error, .warning, .info] {
                var t = Tally()
                for f in report.findings where f.severity == sev { t.add(f) }
                bySeverity.append(bar(sev.rawValue, t))
            }
            out.write(SVGBarChart(title: "Findings by severity", series: series, bars: bySeverity).render())
            out.write("\n</div>\n</div>\n")
        }

        // Summary tables
        if byManifest.count > 0 {
            out.write("<h2>By manifest</h2>\n<div class=\"panel\"><table>\n<thead><tr><th>Manifest</th><th>File</th>"
                      + "<th class=\"num\">Errors</th><th class=\"num\">Warnings</th><th class=\"num\">Info</th>"
                      + "<th class=\"num\">Suppressed</th><th>Rules</th></tr></thead>\n<tbody>\n")
            for (k, m) in byManifest.keys.enumerated() {
                let t = tally(byManifest.members[k])
                var rules: [String] = []
                for i in byManifest.members[k] where !rules.contains(report.findings[Int(i)].ruleId) {
                    rules.append(report.findings[Int(i)].ruleId)
                }
                let file = report.findings[Int(byManifest.members[k][0])].location.map { paths.display($0.file) } ?? ""
                out.write("<tr><td><a href=\"#m\(k)\"><code>\(h(m))</code></a></td><td><code>\(h(file))</code></td>"
                          + "<td class=\"num\">\(t.error)</td><td class=\"num\">\(t.warning)</td><td class=\"num\">\(t.info)</td>"
                          + "<td class=\"num\">\(t.suppressed)</td><td>\(rules.prefix(8).map { "<code>\(h($0))</code>" }.joined(separator: " "))"
                          + (rules.count > 8 ? " …" : "") + "</td></tr>\n")
            }
            out.write("</tbody></table></div>\n")
        }
        if byCategory.count > 0 {
            out.write("<h2>By category</h2>\n<div class=\"panel\"><table class=\"compact\">\n<thead><tr><th>Category</th><th class=\"num\">Errors</th>"
                      + "<th class=\"num\">Warnings</th><th class=\"num\">Info</th><th class=\"num\">Not evaluated</th>"
                      + "<th class=\"num\">Suppressed</th></tr></thead>\n<tbody>\n")
            for (k, c) in byCategory.keys.enumerated() {
                let t = tally(byCategory.members[k])
                out.write("<tr><td><span class=\"tag\">\(h(c))</span></td><td class=\"num\">\(t.error)</td><td class=\"num\">\(t.warning)</td>"
                          + "<td class=\"num\">\(t.info)</td><td class=\"num\">\(t.unevaluated)</td><td class=\"num\">\(t.suppressed)</td></tr>\n")
            }
            out.write("</tbody></table></div>\n")
        }
        if byRule.count > 0 {
            out.write("<h2>Rules that found something</h2>\n<div class=\"panel\"><table>\n<thead><tr><th>Rule</th><th>Title</th>"
                      + "<th>Severity</th><th class=\"num\">Findings</th><th>Cites</th><th>Fix</th></tr></thead>\n<tbody>\n")
            for (k, id) in byRule.keys.enumerated() {
                let first = report.findings[Int(byRule.members[k][0])]
                let info = report.rules.first { $0.id == id }
                let cite = info?.cite ?? first.cite
                let remedy = info?.remedy ?? first.remedy
                out.write("<tr><td><code>\(h(id))</code></td><td>\(h(info?.title ?? first.title))</td>"
                          + "<td><span class=\"sev \(first.severity.rawValue)\">\(first.severity.rawValue)</span></td>"
                          + "<td class=\"num\">\(byRule.members[k].count)</td><td>\(citations(cite))</td>"
                          + "<td>\(remedy.map { h(CitationText.remedy($0)) } ?? "")</td></tr>\n")
            }
            out.write("</tbody></table></div>\n")
        }

        // Findings
        if !report.findings.isEmpty {
            out.write("<h2>Findings</h2>\n")
            for (k, m) in byManifest.keys.enumerated() {
                let file = report.findings[Int(byManifest.members[k][0])].location.map { paths.display($0.file) } ?? ""
                out.write("<section class=\"manifest\" id=\"m\(k)\">\n<h3>Manifest <code>\(h(m))</code>"
                          + "<span class=\"file\">\(h(file))</span></h3>\n")
                findingTable(byManifest.members[k], report: report, paths: paths, to: out)
                out.write("</section>\n")
            }
            if !byManifest.rest.isEmpty {
                out.write("<section class=\"manifest\" id=\"other\">\n<h3>Other findings <span class=\"file\">licenses, inventory, lab results, waivers</span></h3>\n")
                findingTable(byManifest.rest, report: report, paths: paths, to: out)
                out.write("</section>\n")
            }
        } else {
            out.write("<h2>Findings</h2>\n<div class=\"panel\">No findings: every rule passed on every record checked.</div>\n")
        }

        // Input problems
        if !report.diagnostics.isEmpty {
            out.write("<h2>Input problems</h2>\n<div class=\"panel\"><table>\n<thead><tr><th>Level</th><th>Where</th><th>Problem</th>"
                      + "<th>Code</th></tr></thead>\n<tbody>\n")
            for d in report.diagnostics {
                let sev = d.level == .error ? "error" : (d.level == .warning ? "warning" : "info")
                out.write("<tr><td><span class=\"sev \(sev)\">\(d.level.rawValue)</span></td>"
                          + "<td><code>\(h(d.location.map { "\(paths.display($0.file)):\($0.line):\($0.column)" } ?? ""))</code></td>"
                          + "<td>\(h(d.message))\(d.hint.map { "<div class=\"status\">\(h($0))</div>" } ?? "")</td>"
                          + "<td><code>\(h(d.code))</code></td></tr>\n")
            }
            out.write("</tbody></table></div>\n")
        }

        // Reproducibility
        out.write("<h2>Packs and inputs</h2>\n<div class=\"panel\"><table>\n<thead><tr><th>Pack</th><th>Version</th><th>SHA-256</th></tr></thead>\n<tbody>\n")
        for p in report.packs {
            out.write("<tr><td><code>\(h(p.id))</code></td><td>\(h(p.version))</td><td><code>\(h(p.sha256))</code></td></tr>\n")
        }
        out.write("</tbody></table>\n<table>\n<thead><tr><th>Input file</th><th>Read as</th></tr></thead>\n<tbody>\n")
        for f in report.inputs {
            out.write("<tr><td><code>\(h(paths.display(f.path)))</code></td><td>\(h(f.kind))</td></tr>\n")
        }
        out.write("</tbody></table></div>\n</main>\n")
        out.write("<footer>Generated by s2slint \(h(report.toolVersion)). Severity counts exclude suppressed findings; "
                  + "suppressed findings are accepted by a waiver or a baseline and listed in grey.</footer>\n</body>\n</html>\n")
    }

    func findingTable(_ members: [Int32], report: Report, paths: PathCache, to out: OutputSink) {
        out.write("<table class=\"findings\">\n<colgroup><col style=\"width: 9%\"/><col style=\"width: 15%\"/><col style=\"width: 22%\"/>"
                  + "<col style=\"width: 42%\"/><col style=\"width: 12%\"/></colgroup>\n")
        out.write("<thead><tr><th>Severity</th><th>Rule</th><th>Where</th><th>Finding</th><th>Cites</th></tr></thead>\n<tbody>\n")
        for i in members { out.write(row(report.findings[Int(i)], paths: paths)) }
        out.write("</tbody></table>\n")
    }

    func row(_ f: Finding, paths: PathCache) -> String {
        let sevClass = f.suppression == nil ? f.severity.rawValue : "suppressed"
        var s = "<tr class=\"finding\(f.suppression == nil ? "" : " suppressed")\" data-rule=\"\(h(f.ruleId))\">"
        s += "<td><span class=\"sev \(sevClass)\">\(h(ReportFacts.levelWord(f)))</span>"
        if let sup = f.suppression { s += "<div class=\"status\">\(sup.kind.rawValue)</div>" }
        s += "</td><td><code>\(h(f.ruleId))</code><div class=\"status\">\(h(f.title))</div><span class=\"tag\">\(h(f.category))</span></td>"
        s += "<td class=\"where\">"
        let place = ReportFacts.place(f)
        if !place.isEmpty { s += "\(h(place))<br/>" }
        if let l = f.location {
            s += "<code>\(h("\(paths.display(l.file)):\(l.line):\(l.column)"))</code>"
            if let p = l.pointer { s += "<br/><code>\(h(p))</code>" }
        }
        for r in f.related {
            if let l = r.location { s += "<br/>see \(h(r.label)): <code>\(h("\(paths.display(l.file)):\(l.line):\(l.column)"))</code>" }
        }
        s += "</td><td><div class=\"msg\">\(h(f.message))</div>"
        if let r = f.remedy { s += "<div class=\"fix\"><b>Fix\(r.party.map { " (\(h($0)))" } ?? ""):</b> \(h(r.hint))</div>" }
        if let sup = f.suppression {
            s += "<div class=\"waiver\"><b>\(sup.kind == .waiver ? "Waived" : "Baselined"):</b> \(h(sup.reason))"
            if let a = sup.approver { s += " · approved by \(h(a))" }
            if let e = sup.expires { s += " · expires \(h(e))" }
            s += "</div>"
        }
        if !f.evidence.isEmpty {
            s += "<table class=\"evidence\"><thead><tr><th>Evidence</th><th>Value</th></tr></thead><tbody>"
            for e in f.evidence { s += "<tr><td><code>\(h(e.expression))</code></td><td><code>\(h(e.value.description))</code></td></tr>" }
            s += "</tbody></table>"
        }
        s += "</td><td>\(citations(f.cite))</td></tr>\n"
        return s
    }

    func citations(_ cite: [Citation]) -> String {
        cite.map { c in
            let ref = c.url.flatMap { CitationText.isWebURL($0) ? "<a href=\"\(h($0))\">\(h(c.ref))</a>" : nil } ?? h(c.ref)
            return ref + "<div class=\"status\">\(h(CitationText.statusPhrase(c.status)))</div>"
        }.joined()
    }

    func h(_ s: String) -> String { XMLText.attribute(s) }
}
