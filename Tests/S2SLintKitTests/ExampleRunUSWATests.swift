import Foundation
import Testing
import S2SLintKit
import S2STestSupport

/// Examples/US-WA: native CCRS uploads (two Manifest.CSV files, Inventory, Product and LabTest),
/// the LCB CannabisApplicants list and the CCRS Licensee extract give exactly the findings its
/// README lists; the pack's test files pass and its handbook is current.
@Suite("Washington example run")
struct ExampleRunUSWATests {
    @Test func theExampleFindsWhatTheReadmeSays() throws {
        let run = try StateExample.check("US-WA", inputs: "Examples/US-WA")
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.findings == [
            "WA-LIC-001 01JE2K8W4Q6R9T1V3X5Z7B9D0F - 415002",
            "WA-MAN-001 01JE4N2C6F8H0K2M4P6R8T0W2Y - 415020",
            "WA-MAN-007 01JE2K8W4Q6R9T1V3X5Z7B9D0F - 415002",
            "WA-MAN-007 01JE4N2C6F8H0K2M4P6R8T0W2Y - 415020",
            "WA-PKG-001 01JE4N2C6F8H0K2M4P6R8T0W2Y CC-RS-2611-04 414001",
            "WA-TAG-001 01JE4N2C6F8H0K2M4P6R8T0W2Y CC-FL-2611-10 414001",
            "WA-TEST-001 01JE2K8W4Q6R9T1V3X5Z7B9D0F CC-PR-2611-02 414001",
            "WA-TEST-002 01JE4N2C6F8H0K2M4P6R8T0W2Y CC-RS-2611-04 414001",
            "WA-TEST-003 01JE4N2C6F8H0K2M4P6R8T0W2Y CC-VC-2611-03 414001",
            "WA-TEST-004 - - 421017",
            "WA-TT-001 - CC-PR-2611-02 414001",
        ])
        #expect(run.places == [
            "Inventory.csv:6 WA-TT-001",
            "LabTest.csv:23 WA-TEST-004",
            "manifest_414001_20261130160000.csv:24 WA-TEST-001",
            "manifest_414001_20261130160000.csv:4 WA-LIC-001",
            "manifest_414001_20261130160000.csv:4 WA-MAN-007",
            "manifest_414001_20261201150000.csv:23 WA-TEST-003",
            "manifest_414001_20261201150000.csv:24 WA-PKG-001",
            "manifest_414001_20261201150000.csv:24 WA-TEST-002",
            "manifest_414001_20261201150000.csv:25 WA-TAG-001",
            "manifest_414001_20261201150000.csv:4 WA-MAN-001",
            "manifest_414001_20261201150000.csv:4 WA-MAN-007",
        ])
        #expect(run.summary["error"] == 5 && run.summary["warning"] == 6)
    }

    @Test func theExplicitFlagsReadTheSameFiles() throws {
        let ex = "Examples/US-WA/"
        let r = try CLIRunner.run(["check", "--jurisdiction", "US-WA",
                                   ex + "manifest_414001_20261130160000.csv", ex + "manifest_414001_20261201150000.csv",
                                   "--inventory", ex + "Inventory.csv", "--inventory", ex + "Product.csv",
                                   "--lab-results", ex + "LabTest.csv",
                                   "--licenses", ex + "CannabisApplicants.csv", "--licenses", ex + "Licensee_extract.tsv"])
        #expect(r.status == 1, "\(r.stderr)")
        #expect(r.stdout.contains("summary: 5 errors, 6 warnings, 0 info in 2 manifests"), "\(r.stdout)")
    }

    @Test func thePackTestFilesPass() throws { try StateExample.expectTestFilesPass("US-WA") }
    @Test func theHandbookIsCurrent() throws { try StateExample.expectHandbookIsCurrent("US-WA") }
}
