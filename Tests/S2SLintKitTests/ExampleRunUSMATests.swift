import Foundation
import Testing
import S2STestSupport

/// Examples/US-MA: two Metrc transfer templates, the facilities' package exports, Metrc lab results
/// and a roster give exactly the findings its README lists; the pack's test files pass and its
/// handbook is current.
@Suite("Massachusetts example run")
struct ExampleRunUSMATests {
    @Test func theExampleFindsWhatTheReadmeSays() throws {
        let run = try StateRun.check("US-MA", StateRun.arguments("Examples/US-MA"))
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.findings == [
            "MA-LIC-001 0003300201 - MR282011",
            "MA-MAN-001 0003300207 - MR282040",
            "MA-MAN-002 0003300201 - MR282011",
            "MA-TEST-001 0003300201 1A4FF0100000281001000511",
            "MA-TEST-002 - - IL281301",
            "MA-TEST-003 0003300201 1A4FF0100000281001000511",
            "MA-TEST-003 0003300207 1A4FF0200000282011000521",
        ])
        #expect(run.places.contains("lab_results.json:3 MA-TEST-002"), "\(run.places)")
        #expect(run.summary["error"] == 1 && run.summary["warning"] == 6)
    }

    @Test func thePackTestFilesPass() throws { try StateExample.expectTestFilesPass("US-MA") }
    @Test func theHandbookIsCurrent() throws { try StateExample.expectHandbookIsCurrent("US-MA") }
}
