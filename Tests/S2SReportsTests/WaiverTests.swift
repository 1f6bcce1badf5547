import Foundation
import Testing
import S2SLintKit
import S2SModel
import S2SReports
import S2STestSupport

/// Waivers: parsing with positions, matching by rule and business key, expiry, unused waivers.
@Suite("Waivers")
struct WaiverTests {
    static let file = """
        waivers:
          - rule: FIX-DEST
            manifest: "0000012345"
            reason: Recipient re-licensed as C9; the roster export lags a week.
            approver: J. Rivera, compliance manager
            expires: 2026-12-31
            ticket: COMP-142
          - rule: FIX-LINE
            package: bad-tag
            reason: Reprinted tag.
            approver: QA lead
            expires: 2026-02-01
          - rule: FIX-QTY
            package: 1A4000000000000000000999
            reason: Old exception.
            approver: QA lead
            expires: 2027-01-01

        """

    @Test func waivedFindingsStayReportedAndCounted() throws {
        let fixture = try ReportFixture.make()
        var service = try FixtureRun.service(fixture)   // today: 2026-03-01
        service.waivers = try WaiverFile.parse(path: fixture.directory.appendingPathComponent("w.yml").path, text: Self.file)
        #expect(service.waivers.count == 3)
        let report = service.lint(FixtureRun.spec(fixture)).report
        let dest = try #require(report.findings.first { $0.ruleId == "FIX-DEST" })
        #expect(dest.suppression?.kind == .waiver)
        #expect(dest.suppression?.approver == "J. Rivera, compliance manager")
        #expect(dest.suppression?.reason == "Recipient re-licensed as C9; the roster export lags a week. (COMP-142)")
        // expired waiver: the finding is open again, and the waiver itself is a finding
        let line = try #require(report.findings.first { $0.ruleId == "FIX-LINE" })
        #expect(line.suppression == nil)
        let expired = try #require(report.findings.first { $0.ruleId == "S2S-WAIVER-EXPIRED" })
        #expect(expired.severity == .warning)
        #expect(expired.location?.line == 8 && expired.location?.column == 5)
        #expect(expired.message.contains("expired on 2026-02-01"))
        let unused = try #require(report.findings.first { $0.ruleId == "S2S-WAIVER-UNUSED" })
        #expect(unused.location?.line == 13)
        #expect(unused.message.contains("FIX-QTY on package 1A4000000000000000000999 matched no finding"))
        let s = report.summary
        #expect(s.suppressed == 1)
        #expect(s.error == 1 && s.warning == 3 && s.info == 1)
        #expect(report.rules.contains { $0.id == "S2S-WAIVER-EXPIRED" } && report.rules.contains { $0.id == "S2S-WAIVER-UNUSED" })
        // a waiver only counts when every key it names matches
        let w = service.waivers[0]
        var other = dest
        other.manifest = "0000099999"
        #expect(w.matches(dest) && !w.matches(other))
    }

    @Test func aWaiverIsValidThroughItsExpiryDay() throws {
        let fixture = try ReportFixture.make()
        var service = try FixtureRun.service(fixture)
        service.waivers = try WaiverFile.parse(path: "w.yml", text: Self.file)
        service.today = Day(year: 2026, month: 2, day: 1)
        let report = service.lint(FixtureRun.spec(fixture)).report
        #expect(report.findings.first { $0.ruleId == "FIX-LINE" }?.suppression?.kind == .waiver)
        #expect(!report.findings.contains { $0.ruleId == "S2S-WAIVER-EXPIRED" })
    }

    @Test func malformedWaiverFilesNameLineAndColumn() {
        func problems(_ text: String) -> [Diagnostic] {
            do { _ = try WaiverFile.parse(path: "waivers.yml", text: text); return [] } catch { return error.diagnostics }
        }
        let typo = problems("waivers:\n  - rule: R1\n    manifest: \"1\"\n    reasn: x\n    approver: a\n    expires: 2026-01-01\n")
        #expect(typo.contains { $0.message == "unknown key 'reasn' in the waiver" && $0.location?.line == 4 && $0.location?.column == 5
            && $0.hint == "did you mean 'reason'?" })
        #expect(typo.contains { $0.message == "waiver 1 has no 'reason'" && $0.location?.line == 2 })
        let date = problems("waivers:\n  - { rule: R1, license: L, reason: r, approver: a, expires: 31/12/2026 }\n")
        #expect(date.contains { $0.code == "waiver.date" && $0.location?.line == 2 && $0.location?.column == 62 })
        let noKey = problems("waivers:\n  - { rule: R1, reason: r, approver: a, expires: 2026-12-31 }\n")
        #expect(noKey.contains { $0.message.contains("names no record") })
        let top = problems("waiver:\n  - rule: R1\n")
        #expect(top.contains { $0.message == "unknown key 'waiver' in the waiver file" && $0.hint == "did you mean 'waivers'?" })
        let yaml = problems("waivers: [\n")
        #expect(yaml.first?.code == "yaml.syntax")
        #expect(problems("waivers:\n") == [])
    }
}
