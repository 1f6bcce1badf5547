public import S2SModel

/// JUnit XML for CI test dashboards (GitLab, Jenkins, Azure DevOps, test-report actions).
///
/// One `<testsuite>` per input file; one `<testcase>` per finding, named by rule and business key:
/// a violation is a `<failure>`, a check that could not be evaluated an `<error>`, a waived or
/// baselined finding `<skipped>` with its justification. A file without findings gets one passing
/// test case, so dashboards show it was checked. Input and pack problems are `<error>` test cases
/// of their file (or of a suite named `s2slint` when they have no file).
public struct JUnitReporter: Reporter {
    public static let identifier = "junit"
    public static let summary = "JUnit XML: a test suite per input file, a test case per finding"
    public static let fileExtension = "xml"

    let options: ReportOptions

    public init() { self.init(options: ReportOptions()) }
    public init(options: ReportOptions) { self.options = options }

    struct Counts {
        var tests = 0, failures = 0, errors = 0, skipped = 0
        mutating func add(_ o: Counts) { tests += o.tests; failures += o.failures; errors += o.errors; skipped += o.skipped }
    }

    public func write(_ report: Report, to out: OutputSink) {
        let paths = PathCache(workingDirectory: options.workingDirectory)
        let byFile = FindingGroups(report.findings) { $0.location?.file }
        // Suites: every input file (in input order), then files that only findings name, then the rest.
        var suites: [String] = report.inputs.map(\.path)
        var known = Set(suites)
        for k in byFile.keys where !known.contains(k) { suites.append(k); known.insert(k) }
        var diagByFile: [String: [Int]] = [:]
        var unplaced: [Int] = []
        for (i, d) in report.diagnostics.enumerated() {
            if let f = d.location?.file {
                diagByFile[f, default: []].append(i)
                if !known.contains(f) { suites.append(f); known.insert(f) }
            } else {
                unplaced.append(i)
            }
        }
        var memberSlot: [String: Int] = [:]
        for (i, k) in byFile.keys.enumerated() { memberSlot[k] = i }
        let noFileSuite = "s2slint"
        let hasNoFileSuite = !byFile.rest.isEmpty || !unplaced.isEmpty

        func members(_ file: String) -> [Int32] { memberSlot[file].map { byFile.members[$0] } ?? [] }
        func counts(_ idx: [Int32], _ diags: [Int]) -> Counts {
            var c = Counts()
            for i in idx {
                let f = report.findings[Int(i)]
                c.tests += 1
                if f.suppression != nil { c.skipped += 1 } else if f.outcome == .unevaluated { c.errors += 1 } else { c.failures += 1 }
            }
            c.tests += diags.count
            c.errors += diags.count
            if c.tests == 0 { c.tests = 1 }   // the passing "checked" case
            return c
        }
        var total = Counts()
        var suiteCounts: [Counts] = []
        for s in suites {
            let c = counts(members(s), diagByFile[s] ?? [])
            suiteCounts.append(c)
            total.add(c)
        }
        let restCounts = counts(byFile.rest, unplaced)
        if hasNoFileSuite { total.add(restCounts) }

        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        out.write("<testsuites name=\"s2slint\"\(attrs(total))>\n")
        for (k, s) in suites.enumerated() {
            writeSuite(name: paths.display(s), file: s, counts: suiteCounts[k], findings: members(s),
                       diagnostics: diagByFile[s] ?? [], report: report, paths: paths, to: out)
        }
        if hasNoFileSuite {
            writeSuite(name: noFileSuite, file: nil, counts: restCounts, findings: byFile.rest, diagnostics: unplaced,
                       report: report, paths: paths, to: out)
        }
        out.write("</testsuites>\n")
    }

    func attrs(_ c: Counts) -> String {
        " tests=\"\(c.tests)\" failures=\"\(c.failures)\" errors=\"\(c.errors)\" skipped=\"\(c.skipped)\""
    }

    func writeSuite(name: String, file: String?, counts: Counts, findings: [Int32], diagnostics: [Int], report: Report,
                    paths: PathCache, to out: OutputSink) {
        out.write("  <testsuite name=\"\(XMLText.attribute(name))\"\(attrs(counts))>\n")
        for i in findings { out.write(testcase(report.findings[Int(i)], paths: paths)) }
        for i in diagnostics {
            let d = report.diagnostics[i]
            var s = "    <testcase classname=\"s2slint.input\" name=\"\(XMLText.attribute(d.code + ": " + d.message))\""
            if let l = d.location { s += " file=\"\(XMLText.attribute(paths.display(l.file)))\" line=\"\(l.line)\"" }
            s += ">\n      <error message=\"\(XMLText.attribute(d.message))\" type=\"\(XMLText.attribute(d.code))\">"
            s += XMLText.text(d.description) + "</error>\n    </testcase>\n"
            out.write(s)
        }
        if findings.isEmpty && diagnostics.isEmpty {
            let what = file.map { paths.display($0) } ?? name
            out.write("    <testcase classname=\"s2slint\" name=\"\(XMLText.attribute("no findings in " + what))\"/>\n")
        }
        out.write("  </testsuite>\n")
    }

    func testcase(_ f: Finding, paths: PathCache) -> String {
        var name = f.ruleId
        if let m = f.manifest { name += " manifest \(m)" }
        let place = ReportFacts.place(f)
        if !place.isEmpty { name += " " + place }
        var s = "    <testcase classname=\"\(XMLText.attribute(f.packId + "." + f.ruleId))\" name=\"\(XMLText.attribute(name))\""
        if let l = f.location { s += " file=\"\(XMLText.attribute(paths.display(l.file)))\" line=\"\(l.line)\"" }
        s += ">\n"
        let body = XMLText.text(details(f, paths: paths))
        if let sup = f.suppression {
            var why = "\(sup.kind.rawValue): \(sup.reason)"
            if let a = sup.approver { why += "; approved by \(a)" }
            if let e = sup.expires { why += "; expires \(e)" }
            s += "      <skipped message=\"\(XMLText.attribute(why))\"/>\n"
        } else if f.outcome == .unevaluated {
            s += "      <error message=\"\(XMLText.attribute(f.message))\" type=\"\(f.severity.rawValue) (not evaluated)\">\(body)</error>\n"
        } else {
            s += "      <failure message=\"\(XMLText.attribute(f.message))\" type=\"\(f.severity.rawValue)\">\(body)</failure>\n"
        }
        return s + "    </testcase>\n"
    }

    /// The failure text: position, rule, message, evidence, citations, remedy.
    func details(_ f: Finding, paths: PathCache) -> String {
        var lines: [String] = []
        if let l = f.location {
            lines.append("\(paths.display(l.file)):\(l.line):\(l.column)" + (l.pointer.map { " (\($0))" } ?? ""))
        }
        lines.append("\(ReportFacts.levelWord(f)): [\(f.ruleId)] \(f.title)")
        lines.append(f.message)
        for e in f.evidence { lines.append("  \(e.expression) = \(e.value.description)") }
        for c in f.cite { lines.append("cites " + CitationText.plain(c)) }
        if let r = f.remedy { lines.append(CitationText.remedy(r)) }
        for r in f.related {
            if let l = r.location { lines.append("see \(r.label): \(paths.display(l.file)):\(l.line):\(l.column)") }
        }
        return lines.joined(separator: "\n")
    }
}
