import Foundation
import Testing
import S2STestSupport

/// Examples/US-CO: three Metrc (ITS) transfer templates, the facilities' package exports, ITS lab
/// results, the testing facility's certificates and an MED roster give exactly the findings its
/// README lists; the pack's test files pass and its handbook is current.
@Suite("Colorado example run")
struct ExampleRunUSCOTests {
    @Test func theExampleFindsWhatTheReadmeSays() throws {
        let run = try StateRun.check("US-CO", StateRun.arguments("Examples/US-CO"))
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.findings == [
            "CO-COA-002 0000512201 1A4040300000101000000112",
            "CO-COA-002 0000512207 1A4040400000401000000212",
            "CO-EXP-001 0000512207 1A4040400000401000000212",
            "CO-LABEL-001 0000512207 1A4040400000401000000211",
            "CO-LIC-001 0000512201 - 402R-00288",
            "CO-MAN-007 0000512207 - 402R-00201",
            "CO-PKG-001 0000512201 1A4040300000101000000111",
            "CO-QUAR-001 0000512201 1A4040300000101000000112",
            "CO-QUAR-002 0000512201 1A4040300000101000000112",
            "CO-TEST-001 0000512201 1A4040300000101000000112",
            "CO-TEST-002 0000512201 1A4040300000101000000112",
            "CO-TEST-002 0000512207 1A4040400000401000000212",
            "CO-TEST-003 0000512201 1A4040300000101000000112",
            "CO-TEST-003 0000512210 1A4040300000102000000121",
            "CO-XFER-002 0000512210 - 402R-00215",
        ])
        #expect(run.places.allSatisfy { $0.hasPrefix("00005122") }, "\(run.places)")
        #expect(run.summary["error"] == 12 && run.summary["warning"] == 3)
    }

    @Test func thePackTestFilesPass() throws { try StateExample.expectTestFilesPass("US-CO") }
    @Test func theHandbookIsCurrent() throws { try StateExample.expectHandbookIsCurrent("US-CO") }
}
