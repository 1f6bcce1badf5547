import Foundation
import Testing
import S2STestSupport

/// `s2slint rules coverage` at the command line: formats and exit codes.
@Suite("Coverage command")
struct CoverageCLITests {
    static let catalog = "../shared/research/regulations.md"

    @Test func theTextTableShowsEachCatalogRuleOfTheCaliforniaPack() throws {
        let r = try CLIRunner.run(["rules", "coverage", "--catalog", Self.catalog, "Rules/US-CA"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("California (US-CA) — Rules/US-CA US-CA "))
        #expect(r.stdout.contains("  CA-TEST-003    encoded (error)                               ← CA-COA-014 (error)\n"))
        #expect(r.stdout.contains("Colorado (US-CO): no pack yet: 0 of 34 catalog rules encoded\n"))
    }

    @Test func failOnMissingExitsOneWhileACatalogRuleIsMissing() throws {
        // a draft California pack: one catalog rule encoded, none listed as not checked
        let dir = try Paths.temporaryDirectory("coverage-draft")
        try """
            pack: CA-DRAFT
            version: 1.0.0
            jurisdiction: US-CA
            rules:
              - id: CA-XFER-001
                title: Only a licensed distributor may transport between licensees
                severity: error
                category: transport
                scope: transporter
                assert: transporter.license != null
                message: "transporter {transporter.license_number} is on no roster"
                cite: [{ ref: "4 CCR §15311(a)", status: verified }]
                examples: [{ expect: pass, data: {} }, { expect: fail, data: {} }]
            """.write(to: dir.appendingPathComponent("pack.yaml"), atomically: true, encoding: .utf8)
        let r = try CLIRunner.run(["rules", "coverage", "--catalog", Self.catalog, dir.path, "--format", "json", "--fail-on-missing"])
        #expect(r.status == 1, "\(r.stderr)")
        #expect(r.stdout.hasPrefix("{\"schema\": \"s2slint.coverage/1\""))
        #expect(r.stdout.contains("\"status\": \"missing\""))
        // the California pack leaves nothing missing: each catalog rule is encoded or listed as not checked
        let ca = try CLIRunner.run(["rules", "coverage", "--catalog", Self.catalog, "Rules/US-CA", "--format", "json", "--fail-on-missing"])
        #expect(ca.status == 0, "\(ca.stdout)")
        #expect(!ca.stdout.contains("\"status\": \"missing\""))
    }

    @Test func aMissingCatalogIsExitTwoAndAWrongFormatIsUsage() throws {
        let missing = try CLIRunner.run(["rules", "coverage", "--catalog", "no/such/catalog.md"])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("cannot read the catalog no/such/catalog.md"))
        let usage = try CLIRunner.run(["rules", "coverage", "--catalog", Self.catalog, "--format", "csv"])
        #expect(usage.status == 64)
    }
}
