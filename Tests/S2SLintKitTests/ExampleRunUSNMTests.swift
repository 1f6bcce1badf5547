import Foundation
import Testing
import S2SLintKit
import S2STestSupport

/// Examples/US-NM: native BioTrack responses (sync_manifest, sync_inventory,
/// sync_inventory_qa_sample) and a roster give exactly the findings its README lists; the pack's
/// test files pass and its handbook is current.
@Suite("New Mexico example run")
struct ExampleRunUSNMTests {
    @Test func theExampleFindsWhatTheReadmeSays() throws {
        let run = try StateExample.check("US-NM", inputs: "Examples/US-NM")
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.findings == [
            "NM-ID-001 6647280000050001 664728000000011 999123456",
            "NM-LIC-001 6647280000050001 - 999234567",
            "NM-LIC-001 6647280000050002 - 999000111",
            "NM-TEST-001 6647280000050001 6647280000000021 999123456",
            "NM-TEST-001 6647280000050001 6647280000000031 999123456",
            "NM-TT-001 6647280000050001 664728000000011 999123456",
            "NM-XPORT-002 6647280000050002 - 999000111",
        ])
        #expect(run.places == [
            "sync_manifest.json:113 NM-TEST-001",
            "sync_manifest.json:123 NM-ID-001",
            "sync_manifest.json:123 NM-TT-001",
            "sync_manifest.json:133 NM-TEST-001",
            "sync_manifest.json:50 NM-LIC-001",
            "sync_manifest.json:84 NM-LIC-001",
            "sync_manifest.json:84 NM-XPORT-002",
        ])
        #expect(run.summary["error"] == 2 && run.summary["warning"] == 5)
    }

    @Test func thePackTestFilesPass() throws { try StateExample.expectTestFilesPass("US-NM") }
    @Test func theHandbookIsCurrent() throws { try StateExample.expectHandbookIsCurrent("US-NM") }
}
