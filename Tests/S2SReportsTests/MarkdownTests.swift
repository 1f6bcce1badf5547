import Foundation
import Testing
import S2SModel
import S2SReports
import S2STestSupport

/// Markdown for pull-request comments: tables, escaping, and the comment size limit.
@Suite("Markdown")
struct MarkdownTests {
    @Test func summarisesAndListsFindingsPerManifest() throws {
        let fixture = try ReportFixture.make()
        let md = FixtureRun.render("markdown", try FixtureRun.report(fixture), fixture)
        #expect(md.hasPrefix("## s2slint compliance check: ❌ fails"))
        #expect(md.contains("| 2 | 1 | 1 | 0 | 0 |"))
        #expect(md.contains("| `0000012345` | `manifest.json` | 2 | 1 | 1 | 0 |"))
        #expect(md.contains("| warning | `FIX-TRANSPORTER` | `manifest.json:11:11`<br>destination 1, transporter 1 |"))
        #expect(md.contains("[Fixture §1(a)](https://example.org/fixture#1a)"))
    }

    @Test func escapesTableCells() {
        #expect(MarkdownText.inline("a|b *c* <d>\nx") == "a\\|b \\*c\\* &lt;d&gt; x")
        #expect(MarkdownText.code("a`b") == "``a`b``")
        #expect(MarkdownText.link("ref", "javascript:alert(1)") == "ref")
    }

    @Test func staysWithinACommentWhenThereAreManyFindings() {
        var findings: [Finding] = []
        for i in 0..<5000 {
            findings.append(Finding(ruleId: "R\(i % 7)", packId: "p", title: "t", severity: .error, category: "fifo",
                                    message: "finding \(i) | with a pipe", manifest: String(format: "%010d", i / 10), subject: "line",
                                    location: SourceLocation(file: "m.json", line: i + 1, column: 3)))
        }
        let report = Report(toolVersion: "0", packs: [], rules: [], inputs: [], findings: findings, diagnostics: [])
        let sink = OutputSink.memory()
        MarkdownReporter().write(report, to: sink)
        let md = sink.text
        #expect(md.utf8.count < 65_536)
        #expect(md.contains("more findings are not listed here"))
        #expect(md.contains("finding 0 \\| with a pipe"))
        #expect(md.contains("… 400 more manifests"))
    }
}
