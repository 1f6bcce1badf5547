import Foundation
import Testing
import S2SLintKit
import S2STestSupport

/// Examples/US-FL: native BioTrack responses and a roster give exactly the findings its README
/// lists (all warnings); the pack's test files pass and its handbook is current.
@Suite("Florida example run")
struct ExampleRunUSFLTests {
    @Test func theExampleFindsWhatTheReadmeSays() throws {
        let run = try StateExample.check("US-FL", inputs: "Examples/US-FL")
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.findings == [
            "FL-ID-001 8812280000050002 8812280000000O11 MMTC-2019-0042",
            "FL-LIC-001 8812280000050001 - MMTC-2017-0015",
            "FL-STS-001 8812280000050002 8812280000000O11 MMTC-2019-0042",
            "FL-TEST-001 8812280000050001 8812280000000041 MMTC-2019-0042",
        ])
        #expect(run.places == [
            "sync_manifest.json:116 FL-ID-001",
            "sync_manifest.json:116 FL-STS-001",
            "sync_manifest.json:50 FL-LIC-001",
            "sync_manifest.json:96 FL-TEST-001",
        ])
        #expect(run.summary["error"] == 0 && run.summary["warning"] == 4)
        // only warnings: the default --fail-on error passes, --fail-on warning fails
        let strict = try CLIRunner.run(["check", "--jurisdiction", "US-FL", "--inputs", "Examples/US-FL", "--fail-on", "warning"])
        #expect(strict.status == 1)
    }

    @Test func thePackTestFilesPass() throws { try StateExample.expectTestFilesPass("US-FL") }
    @Test func theHandbookIsCurrent() throws { try StateExample.expectHandbookIsCurrent("US-FL") }
}
