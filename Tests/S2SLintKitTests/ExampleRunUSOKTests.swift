import Foundation
import Testing
import S2SLintKit
import S2STestSupport

/// Examples/US-OK: Metrc transfer templates, a package list and a roster give exactly the findings
/// its README lists; the pack's test files pass and its handbook is current.
@Suite("Oklahoma example run")
struct ExampleRunUSOKTests {
    @Test func theExampleFindsWhatTheReadmeSays() throws {
        let ex = "Examples/US-OK/"
        let run = try StateExample.check("US-OK", arguments: [
            ex + "manifests/0000522001-red-dirt-to-prairie-wind.json", ex + "manifests/0000522002-red-dirt-to-canadian-river.json",
            "--inventory", ex + "packages", "--licenses", ex + "licenses.csv"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.findings == [
            "OK-LIC-001 0000522001 - DAAA-OK26-0113",
            "OK-MAN-001 0000522002 1A4050100000B3C00000104 PAAA-RD24-0001",
            "OK-MAN-002 0000522001 - DAAA-OK26-0113",
            "OK-MAN-002 0000522002 - DAAA-OK26-0245",
            "OK-QA-001 0000522001 1A4050100000B3C000000102 PAAA-RD24-0001",
        ])
        #expect(run.places == [
            "0000522001-red-dirt-to-prairie-wind.json:37 OK-QA-001",
            "0000522001-red-dirt-to-prairie-wind.json:7 OK-LIC-001",
            "0000522001-red-dirt-to-prairie-wind.json:7 OK-MAN-002",
            "0000522002-red-dirt-to-canadian-river.json:37 OK-MAN-001",
            "0000522002-red-dirt-to-canadian-river.json:7 OK-MAN-002",
        ])
        #expect(run.summary["error"] == 3 && run.summary["warning"] == 2)
    }

    @Test func thePackTestFilesPass() throws { try StateExample.expectTestFilesPass("US-OK") }
    @Test func theHandbookIsCurrent() throws { try StateExample.expectHandbookIsCurrent("US-OK") }
}
