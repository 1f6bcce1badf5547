import Foundation
import Testing
import S2SLintKit
import S2STestSupport

/// Examples/US-IL: native BioTrack responses and a roster give exactly the findings its README
/// lists; the pack's test files pass and its handbook is current.
@Suite("Illinois example run")
struct ExampleRunUSILTests {
    @Test func theExampleFindsWhatTheReadmeSays() throws {
        let run = try StateExample.check("US-IL", inputs: "Examples/US-IL")
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.findings == [
            "IL-ID-001 7712280000050001 PSC-2611-0042 1503000123",
            "IL-LIC-001 7712280000050001 - 2803000456",
            "IL-TEST-001 7712280000050001 7712280000000021 1503000123",
            "IL-XPORT-001 7712280000050002 - 1503000777",
            "IL-XPORT-002 7712280000050001 PSC-2611-0042 1503000123",
        ])
        #expect(run.places == [
            "sync_manifest.json:113 IL-TEST-001",
            "sync_manifest.json:123 IL-ID-001",
            "sync_manifest.json:123 IL-XPORT-002",
            "sync_manifest.json:50 IL-LIC-001",
            "sync_manifest.json:84 IL-XPORT-001",
        ])
        #expect(run.summary["error"] == 2 && run.summary["warning"] == 3)
    }

    @Test func thePackTestFilesPass() throws { try StateExample.expectTestFilesPass("US-IL") }
    @Test func theHandbookIsCurrent() throws { try StateExample.expectHandbookIsCurrent("US-IL") }
}
