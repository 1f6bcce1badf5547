import Foundation
import Testing
import S2STestSupport

/// Examples/US-MI: three Metrc transfer templates, the facilities' package exports, Metrc lab results
/// and a roster in the CRA list's columns give exactly the findings its README lists; the pack's test
/// files pass and its handbook is current.
@Suite("Michigan example run")
struct ExampleRunUSMITests {
    @Test func theExampleFindsWhatTheReadmeSays() throws {
        let run = try StateRun.check("US-MI", StateRun.arguments("Examples/US-MI"))
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.findings == [
            "MI-HOLD-001 0002200210 1A4050100009201000000422",
            "MI-LIC-001 0002200207 - AU-R-009502",
            "MI-TEST-001 - - AU-G-A-009101",
            "MI-TEST-003 0002200207 1A4050100009201000000421",
            "MI-XFER-101 0002200201 - AU-P-009201",
            "MI-XPORT-001 0002200207 - AU-R-009502",
            "MI-XPORT-002 0002200207 - AU-R-009502",
        ])
        #expect(run.places.contains("lab_results.json:3 MI-TEST-001"), "\(run.places)")
        #expect(run.summary["error"] == 4 && run.summary["warning"] == 3)
    }

    @Test func thePackTestFilesPass() throws { try StateExample.expectTestFilesPass("US-MI") }
    @Test func theHandbookIsCurrent() throws { try StateExample.expectHandbookIsCurrent("US-MI") }
}
