import Foundation
import Testing
import S2SLintKit
import S2SModel
import S2SReports
import S2STestSupport

/// The HTML report: one well-formed, self-contained file that lists every finding of the example
/// run (California pack on Examples/us-ca) with its rule, keys, evidence and citations.
@Suite("HTML report")
struct HTMLReportTests {
    static func exampleRun() throws -> Report {
        let locator = try FixtureRun.locator()
        let service = try LintService(pack: "US-CA", locator: locator)
        let manifests = try FileManager.default.contentsOfDirectory(atPath: Paths.repo("Examples/us-ca/manifests").path)
            .filter { $0.hasSuffix(".json") }.sorted().map { Paths.repo("Examples/us-ca/manifests/\($0)").path }
        let spec = InputSpec(manifests: manifests, inventory: [Paths.repo("Examples/us-ca/packages").path],
                             licenses: [Paths.repo("Examples/us-ca/licenses.csv").path],
                             labResults: [Paths.repo("Examples/us-ca/lab_results.json").path])
        return service.lint(spec).report
    }

    static func render(_ report: Report) -> String {
        LintResult(report: report).render("html", options: ReportOptions(workingDirectory: Paths.repositoryRoot.path)) ?? ""
    }

    @Test func listsEveryFindingOfTheExampleRun() throws {
        let report = try Self.exampleRun()
        #expect(report.findings.count >= 10, "the example has violations of several kinds")
        let html = Self.render(report)
        for f in report.findings {
            #expect(html.contains("<code>\(XMLText.attribute(f.ruleId))</code>"), "rule \(f.ruleId)")
            let key = f.package ?? f.manifest ?? f.license ?? ""
            #expect(html.contains(XMLText.attribute(key)), "key \(key) of \(f.ruleId)")
            #expect(html.contains(XMLText.attribute(f.message)), "message of \(f.ruleId)")
            for e in f.evidence { #expect(html.contains(XMLText.attribute(e.expression)), "evidence \(e.expression)") }
        }
        // one row per finding
        #expect(html.components(separatedBy: "<tr class=\"finding").count - 1 == report.findings.count)
        for m in Set(report.findings.compactMap(\.manifest)) { #expect(html.contains("Manifest <code>\(m)</code>")) }
    }

    @Test func isOneWellFormedFileWithoutExternalAssets() throws {
        let report = try Self.exampleRun()
        let html = Self.render(report)
        let dir = try Paths.temporaryDirectory()
        let path = dir.appendingPathComponent("report.html").path
        try html.write(toFile: path, atomically: true, encoding: .utf8)
        let parsed = try Python.parseXML(path)
        #expect(parsed.hasPrefix("ok html"), "\(parsed)")
        for banned in ["<link", "<script", " src=", "@import", "url("] { #expect(!html.contains(banned), "\(banned)") }
        // every link is an in-page anchor or a citation's web address
        let citationURLs = Set(report.findings.flatMap(\.cite).compactMap(\.url)).union(report.rules.flatMap(\.cite).compactMap(\.url))
        var rest = html[...]
        while let r = rest.range(of: "href=\"") {
            let tail = rest[r.upperBound...]
            guard let end = tail.firstIndex(of: "\"") else { break }
            let target = String(tail[..<end]).replacingOccurrences(of: "&amp;", with: "&")
            #expect(target.hasPrefix("#") || citationURLs.contains(target), "link \(target)")
            rest = tail[end...]
        }
        #expect(html.contains("<svg"), "charts are inline SVG")
    }

    @Test func showsWaiversAndInputProblems() throws {
        let fixture = try ReportFixture.make()
        var service = try FixtureRun.service(fixture)
        service.waivers = [Waiver(rule: "FIX-LINE", package: "bad-tag", reason: "tag reprinted", approver: "QA lead",
                                  expires: Day(year: 2026, month: 6, day: 30)!,
                                  location: SourceLocation(file: "w.yml", line: 1, column: 1), pointer: "/waivers/0")]
        var spec = FixtureRun.spec(fixture)
        spec.manifests.append(try fixture.write("bad.json", "{"))
        let html = FixtureRun.render("html", service.lint(spec).report, fixture)
        #expect(html.contains("<b>Waived:</b> tag reprinted · approved by QA lead · expires 2026-06-30"))
        #expect(html.contains("<h2>Input problems</h2>"))
        #expect(html.contains("verdict bad-input"))
    }
}
