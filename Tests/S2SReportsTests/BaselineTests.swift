import Foundation
import Testing
import S2SLintKit
import S2SModel
import S2SReports
import S2STestSupport

/// Baselines: written from a run, read back, suppress exactly the accepted findings.
@Suite("Baseline")
struct BaselineTests {
    @Test func acceptedFindingsAreSuppressedAndNewOnesAreNot() throws {
        let fixture = try ReportFixture.make()
        let service = try FixtureRun.service(fixture)
        var first = service.lint(FixtureRun.spec(fixture))
        let path = fixture.directory.appendingPathComponent("baseline.txt").path
        try service.acceptAsBaseline(&first, writingTo: path)
        #expect(first.report.findings.allSatisfy { $0.suppression?.kind == .baseline })
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.hasPrefix("s2slint-baseline 1\n"))
        #expect(text.contains("\tFIX-TRANSPORTER\t0000012345\t-\tC10-0000002-LIC\t/0/Destinations/0/Transporters/0"))

        // The second line now carries a different bad tag: that finding is new (another package
        // key); the other three are the accepted backlog.
        try ReportFixture.manifestJSON(secondTag: "also-bad").write(toFile: fixture.manifest, atomically: true, encoding: .utf8)
        var next = try FixtureRun.service(fixture)
        next.baseline = try BaselineFile.load(path: path)
        let result = next.lint(FixtureRun.spec(fixture))
        let open = result.report.findings.filter { $0.suppression == nil }
        #expect(open.map(\.ruleId) == ["FIX-LINE"], "the line rule fires on a different tag: a different package key")
        #expect(result.baseline?.suppressed == 3)
        #expect(result.baseline?.fixed == 1, "the finding on bad-tag no longer occurs")
    }

    @Test func writingTheSameBacklogTwiceGivesTheSameFile() throws {
        let fixture = try ReportFixture.make()
        let service = try FixtureRun.service(fixture)
        let a = fixture.directory.appendingPathComponent("a.txt").path, b = fixture.directory.appendingPathComponent("b.txt").path
        var r1 = service.lint(FixtureRun.spec(fixture))
        try service.acceptAsBaseline(&r1, writingTo: a)
        var r2 = service.lint(FixtureRun.spec(fixture))
        try service.acceptAsBaseline(&r2, writingTo: b)
        let ta = try String(contentsOfFile: a, encoding: .utf8).replacingOccurrences(of: a, with: "F")
        let tb = try String(contentsOfFile: b, encoding: .utf8).replacingOccurrences(of: b, with: "F")
        #expect(ta == tb)
    }

    @Test func malformedBaselinesNameTheLine() {
        func problems(_ text: String) -> [Diagnostic] {
            do { _ = try BaselineFile.parse(path: "b.txt", text: text); return [] } catch { return error.diagnostics }
        }
        #expect(problems("hello\n").first?.code == "baseline.header")
        let bad = problems("s2slint-baseline 1\n# comment\n0123456789abcdef0123456789abcdef\tR\nXYZ\tR\n")
        #expect(bad.count == 1)
        #expect(bad.first?.location?.line == 4 && bad.first?.code == "baseline.entry")
        #expect(problems("") .first?.code == "baseline.header")
        #expect(problems("s2slint-baseline 1\n").isEmpty)
    }
}
