import Foundation
import Testing
import S2SModel
import S2SReports
import S2STestSupport

/// JUnit and checkstyle: well-formed XML (parsed with Python's xml.etree), the right counts and
/// attributes, and escaping that survives hostile text.
@Suite("JUnit and checkstyle")
struct XMLFormatsTests {
    /// A report whose messages hold every character XML cares about.
    static func hostileReport() -> Report {
        let nasty = "a <b> & \"c\" 'd' \u{01}\u{1F} ]]> \n next line"
        let f = Finding(ruleId: "R-<1>", packId: "p&q", title: nasty, severity: .error, category: "tag.format", message: nasty,
                        cite: [Citation(ref: "§ <1>", url: "https://x.test/?a=1&b=2", status: .verified)],
                        manifest: "M&1", package: "P\"1", subject: "line",
                        location: SourceLocation(file: "dir/ü <x>.json", line: 3, column: 4, pointer: "/0/Destinations/0/Packages/0"),
                        evidence: [Evidence("line.tag", .string(nasty))])
        var waived = f
        waived.ruleId = "R-2"
        waived.suppression = Suppression(kind: .waiver, reason: nasty, approver: "A & B", expires: "2026-12-31")
        let d = Diagnostic(.error, "bad <json>", code: "json.syntax", location: SourceLocation(file: "dir/bad.json", line: 1, column: 2))
        return Report(toolVersion: "0.1.0", packs: [], rules: [], inputs: [SourceFile(path: "dir/clean.json", kind: "manifests")],
                      findings: [f, waived], diagnostics: [d])
    }

    static func render(_ type: any Reporter.Type, _ report: Report) -> String {
        let sink = OutputSink.memory()
        type.init(options: ReportOptions(workingDirectory: "/nowhere")).write(report, to: sink)
        return sink.text
    }

    @Test func junitParsesAndCountsFailuresErrorsAndSkips() throws {
        let fixture = try ReportFixture.make()
        let report = try FixtureRun.report(fixture)
        let path = try fixture.write("junit.xml", FixtureRun.render("junit", report, fixture))
        let parsed = try Python.parseXML(path)
        #expect(parsed.hasPrefix("ok testsuites"), "\(parsed)")
        let doc = try String(contentsOfFile: path, encoding: .utf8)
        #expect(doc.contains("<testsuites name=\"s2slint\" tests=\"5\" failures=\"4\" errors=\"0\" skipped=\"0\">"))
        #expect(doc.contains("<testsuite name=\"manifest.json\" tests=\"4\" failures=\"4\""))
        // the inventory file had no findings: one passing case says it was checked
        #expect(doc.contains("<testsuite name=\"C11-0000001-LIC.json\" tests=\"1\" failures=\"0\""))
        #expect(doc.contains("name=\"FIX-QTY manifest 0000012345 destination 1, package 1A4000000000000000000001\""))
        #expect(doc.contains("classname=\"report-fixture.FIX-DEST\""))
    }

    @Test func junitAndCheckstyleEscapeHostileText() throws {
        let dir = try Paths.temporaryDirectory()
        for type in [JUnitReporter.self, CheckstyleReporter.self] as [any Reporter.Type] {
            let text = Self.render(type, Self.hostileReport())
            let path = dir.appendingPathComponent("\(type.identifier).xml").path
            try text.write(toFile: path, atomically: true, encoding: .utf8)
            let parsed = try Python.parseXML(path)
            #expect(parsed.hasPrefix("ok"), "\(type.identifier): \(parsed)")
            #expect(!text.contains("\u{01}"), "control characters are replaced")
        }
        let junit = Self.render(JUnitReporter.self, Self.hostileReport())
        #expect(junit.contains("<skipped message=\"waiver: a &lt;b&gt; &amp; &quot;c&quot;"))
        #expect(junit.contains("<error message=\"bad &lt;json&gt;\" type=\"json.syntax\">"))
    }

    @Test func checkstyleHasOneFileElementPerInputWithSeverities() throws {
        let fixture = try ReportFixture.make()
        let report = try FixtureRun.report(fixture)
        let text = FixtureRun.render("checkstyle", report, fixture)
        let path = try fixture.write("checkstyle.xml", text)
        #expect(try Python.parseXML(path).hasPrefix("ok checkstyle"))
        #expect(text.components(separatedBy: "<file name=\"manifest.json\">").count == 2)
        #expect(text.contains("line=\"11\" column=\"11\" severity=\"warning\""))
        #expect(text.contains("severity=\"info\""))
        #expect(text.contains("source=\"s2slint.report-fixture.FIX-DEST\""))
        let hostile = Self.render(CheckstyleReporter.self, Self.hostileReport())
        #expect(hostile.contains("severity=\"ignore\""), "waived findings are kept with severity ignore")
        #expect(hostile.contains("source=\"s2slint.input.json.syntax\""))
    }
}
