import Foundation
import Testing
import S2SModel
import RuleEngine
import S2SLintKit
import S2STestSupport

/// The California handbook in Docs/handbook is generated from the pack; CI fails when it is stale.
@Suite("Pack handbook")
struct HandbookTests {
    static let locator = DataLocator(rulesDirectory: Paths.repo("Rules"), jurisdictionsDirectory: Paths.repo("Jurisdictions"))

    static func handbook(_ pack: String) throws -> Handbook {
        let loaded = PackSetLoader.load(pack: Paths.repo(pack).path, locator: locator)
        return try Handbook(loaded: loaded, packLabel: pack)
    }

    @Test(arguments: [("markdown", "md"), ("html", "html")])
    func theCommittedCaliforniaHandbookIsCurrent(_ format: String, _ ext: String) throws {
        let h = try Self.handbook("Rules/US-CA")
        let fresh = format == "html" ? h.html() : h.markdown()
        let path = "Docs/handbook/US-CA.\(ext)"
        let committed = try String(contentsOf: Paths.repo(path), encoding: .utf8)
        #expect(committed == fresh, """
            \(path) is stale: the California pack changed since it was generated. Regenerate it from the repository root:
              swift run s2slint rules doc Rules/US-CA --format \(format) --output \(path)
            """)
    }

    @Test func theHandbookSaysWhatAComplianceManagerNeeds() throws {
        let md = try Self.handbook("Rules/US-CA").markdown()
        #expect(md == (try Self.handbook("Rules/US-CA").markdown()), "deterministic")
        #expect(md.contains("### CA-XFER-001 — Only a licensed distributor may transport between licensees"))
        #expect(md.contains("**Mandatory:** an overlay may tighten it"))
        #expect(md.contains("[4 CCR §15311(a)](https://print.casetext.com/"))
        #expect(md.contains(" — verified: read in the regulation text"))
        #expect(md.contains(" — secondary: from a summary, not the regulation text; awaits confirmation"))
        #expect(md.contains("**Fix:** the shipper: assign a licensed distributor"))
        #expect(md.contains("Fails — the retailer itself picks the goods up: when the TransporterFacilityLicenseNumber of transporter 1 of destination 1 of manifest 1 is C10-0000423-LIC (starting from the data in examples/base.yaml)."))
        #expect(md.contains("## Transport\n"))
        #expect(md.contains("| `transporter_roles` | `[distributor, distributor_transport_only, microbusiness]` | CA-XFER-001 |"))
        #expect(!md.contains(Paths.repositoryRoot.path), "no path of this machine")
    }

    @Test func anOverlayHandbookListsWhatItTurnedOffAndWhy() throws {
        let md = try Self.handbook("Examples/overlay").markdown()
        #expect(md.contains("## Changes to rules of the packs this one builds on"))
        #expect(md.contains("| `CA-TAG-001` | Package tag has the UID format (pack US-CA) | turned off | tags are scanned, never typed (SOP-WMS-007); malformed tags cannot reach a manifest |"))
        #expect(md.contains("| `CA-XFER-001` | Only a licensed distributor may transport between licensees (pack US-CA, mandatory) | turned off | retailers in the DCC self-pickup pilot may collect their own orders Under variance DCC variance V-2026-0142 (retailer self-pickup pilot), approved by M. Chen, DCC Licensing Division, until 2026-12-31 (inclusive); checked again after that day. |"))
        #expect(md.contains("| `CA-LIC-001` | Shipper and recipient are licensees active on the departure day (pack US-CA) | severity warning → error |"))
        #expect(md.contains("### ACME-001 — Every package line carries a wholesale price"))
    }
}
