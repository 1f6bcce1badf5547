import Foundation
import Testing
import S2SModel
import RuleEngine
import S2SLintKit
import S2STestSupport

/// The handbook names the catalog rules each rule implements and lists the catalog rules the pack
/// does not check, with the reasons, so an auditor sees the gaps as well as the rules.
@Suite("Handbook and the catalog")
struct CatalogHandbookTests {
    @Test func theHandbookListsCoveredAndNotCheckedCatalogRules() throws {
        let dir = try Paths.temporaryDirectory("catalog-handbook")
        try """
            pack: US-ZZ
            version: 1.0.0
            not_checked:
              - { id: ZZ-XFER-006, reason: "vehicle type is not in any S2S export" }
              - { id: ZZ-TT-002, reason: "the sampler's departure time is recorded nowhere we read" }
            rules:
              - id: ZZ-HOLD-001
                title: A package on hold does not ship
                severity: error
                category: package.hold
                scope: package
                assert: package.on_hold == false
                message: "{package.tag} is on hold"
                cite: [{ ref: "ZZ §1", status: verified }]
                covers: [ZZ-QA-001, ZZ-TEST-006]
                examples: [{ expect: pass, data: {} }, { expect: fail, data: {} }]
            """.write(to: dir.appendingPathComponent("pack.yaml"), atomically: true, encoding: .utf8)
        let locator = DataLocator(rulesDirectory: dir.deletingLastPathComponent(), jurisdictionsDirectory: dir)
        let loaded = PackSetLoader.load(pack: dir.path, locator: locator)
        #expect(!loaded.hasErrors, "\(loaded.diagnostics)")
        let md = try Handbook(loaded: loaded, packLabel: "Rules/US-ZZ").markdown()
        #expect(md.contains("- **Catalog rules it implements:** ZZ-QA-001, ZZ-TEST-006\n"))
        #expect(md.contains("## Catalog rules this pack does not check\n"))
        #expect(md.contains("| `ZZ-TT-002` | the sampler's departure time is recorded nowhere we read |\n| `ZZ-XFER-006` | vehicle type is not in any S2S export |"))
        let html = try Handbook(loaded: loaded, packLabel: "Rules/US-ZZ").html()
        #expect(html.contains("<h2 id=\"not-checked\">Catalog rules this pack does not check</h2>"))
    }
}
