import Foundation
import Testing
import S2SModel
import S2SReports
import S2STestSupport

/// GitHub workflow commands: one line per finding, positions, and the toolkit's escaping.
@Suite("GitHub annotations")
struct GitHubAnnotationTests {
    @Test func oneCommandPerOpenFindingWithRegion() throws {
        let fixture = try ReportFixture.make()
        let text = FixtureRun.render("github", try FixtureRun.report(fixture), fixture)
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines.filter { $0.hasPrefix("::error ") }.count == 2)
        #expect(lines.filter { $0.hasPrefix("::warning ") }.count == 1)
        #expect(lines.filter { $0.hasPrefix("::notice ") }.count == 1)
        let t = ReportFixture.transporter
        #expect(lines.contains { $0.hasPrefix("::warning file=manifest.json,line=\(t.line),endLine=\(t.line),col=\(t.column),endColumn=\(t.endColumn),title=FIX-TRANSPORTER%3A Driver named::") })
        #expect(lines.last?.hasPrefix("s2slint summary: 2 errors, 1 warning, 1 info") == true)
    }

    @Test func escapesDataAndProperties() {
        #expect(GitHubReporter.escapeData("50% done\r\nnext: a,b") == "50%25 done%0D%0Anext: a,b")
        #expect(GitHubReporter.escapeProperty("a:b,c%\n") == "a%3Ab%2Cc%25%0A")
        let f = Finding(ruleId: "R1", packId: "p", title: "T: x, y", severity: .warning, category: "fifo", message: "line one\nline two 100%",
                        subject: "manifest", location: SourceLocation(file: "/w/dir,1/m:1.json", line: 2, column: 3))
        var waived = f
        waived.suppression = Suppression(kind: .baseline, reason: "backlog")
        let report = Report(toolVersion: "0", packs: [], rules: [], inputs: [], findings: [f, waived], diagnostics: [])
        let sink = OutputSink.memory()
        GitHubReporter(options: ReportOptions(workingDirectory: "/w")).write(report, to: sink)
        let lines = sink.text.split(separator: "\n")
        #expect(lines.count == 2, "the suppressed finding gets no annotation, the summary line counts it")
        #expect(lines[0] == "::warning file=dir%2C1/m%3A1.json,line=2,col=3,title=R1%3A T%3A x%2C y::line one%0Aline two 100%25")
        #expect(lines[1].contains("1 suppressed"))
    }
}
