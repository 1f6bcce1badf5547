import Foundation
import Testing
import S2STestSupport

/// Examples/US-OR: three CTS (Metrc) transfer templates, the facilities' package exports, CTS lab
/// results and a roster give exactly the findings its README lists; the pack's test files pass and
/// its handbook is current.
@Suite("Oregon example run")
struct ExampleRunUSORTests {
    @Test func theExampleFindsWhatTheReadmeSays() throws {
        let run = try StateRun.check("US-OR", StateRun.arguments("Examples/US-OR"))
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.findings == [
            "OR-INV-002 - 1A4010300000342000000322",
            "OR-LIC-001 0001105101 - 050-1000564",
            "OR-MAN-001 0001105110 - 050-1000620",
            "OR-QA-001 0001105107 1A4010300000231000000313",
            "OR-TEST-001 - - 020-1000231",
            "OR-TEST-003 - - 020-1000231",
            "OR-XPORT-001 0001105101 - 030-1000342",
            "OR-XPORT-001 0001105101 - 050-1000564",
            "OR-XPORT-002 0001105107 - 020-1000231",
            "OR-XPORT-003 0001105107 - 050-1000620",
        ])
        #expect(run.places.contains("030-1000342.json:50 OR-INV-002"), "\(run.places)")
        #expect(run.places.contains("lab_results.json:3 OR-TEST-001"), "\(run.places)")
        #expect(run.summary["error"] == 8 && run.summary["warning"] == 2)
    }

    @Test func thePackTestFilesPass() throws { try StateExample.expectTestFilesPass("US-OR") }
    @Test func theHandbookIsCurrent() throws { try StateExample.expectHandbookIsCurrent("US-OR") }
}
