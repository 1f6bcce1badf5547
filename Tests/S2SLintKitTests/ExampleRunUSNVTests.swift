import Foundation
import Testing
import S2SLintKit
import S2STestSupport

/// Examples/US-NV: Metrc transfer templates, package lists and a roster give exactly the findings
/// its README lists; the pack's test files pass and its handbook is current.
@Suite("Nevada example run")
struct ExampleRunUSNVTests {
    @Test func theExampleFindsWhatTheReadmeSays() throws {
        let ex = "Examples/US-NV/"
        let run = try StateExample.check("US-NV", arguments: [
            ex + "manifests/0000412001-desert-bloom-to-neon-leaf.json", ex + "manifests/0000412002-red-rock-two-stops.json",
            "--inventory", ex + "packages", "--licenses", ex + "licenses.csv"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.findings == [
            "NV-INV-001 - 1A40403000001A2000000202 NVC-000412",
            "NV-LIC-001 0000412001 - NVR-000771",
            "NV-MAN-001 0000412002 - NVR-000802",
            "NV-MAN-002 0000412002 - NVD-000233",
            "NV-MAN-003 0000412002 - NVD-000233",
            "NV-TEST-001 0000412001 1A40403000001A2000000102 NVP-000518",
            "NV-XFER-001 0000412002 1A40403000001A2000000301 NVC-000412",
        ])
        #expect(run.places == [
            "0000412001-desert-bloom-to-neon-leaf.json:37 NV-TEST-001",
            "0000412001-desert-bloom-to-neon-leaf.json:7 NV-LIC-001",
            "0000412002-red-rock-two-stops.json:14 NV-MAN-003",
            "0000412002-red-rock-two-stops.json:31 NV-XFER-001",
            "0000412002-red-rock-two-stops.json:39 NV-MAN-001",
            "0000412002-red-rock-two-stops.json:7 NV-MAN-002",
            "NVC-000412.json:27 NV-INV-001",
        ])
        #expect(run.summary["error"] == 4 && run.summary["warning"] == 3)
    }

    @Test func thePackTestFilesPass() throws { try StateExample.expectTestFilesPass("US-NV") }
    @Test func theHandbookIsCurrent() throws { try StateExample.expectHandbookIsCurrent("US-NV") }
}
