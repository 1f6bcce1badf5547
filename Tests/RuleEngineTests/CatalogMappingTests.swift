import Foundation
import Testing
import S2SModel
@testable import RuleEngine

/// `covers:` on a rule and `not_checked:` in a pack tie a pack to the per-state catalog; the loader
/// reads them and reports every mistake at its position.
@Suite("Catalog mapping keys")
struct CatalogMappingTests {
    func load(_ yaml: String) -> (PackSource?, [Diagnostic]) {
        PackLoader.load(path: "/tmp/test-pack/pack.yaml", text: yaml)
    }

    @Test func coversAndNotCheckedAreRead() throws {
        let yaml = pack(rule(id: "CA-COA-010", assert: "true == true", extra: "    covers: [CA-QA-001, CA-COA-001]")
                        + rule(id: "ACME-1", assert: "true == true", extra: "    covers: CA-TEST-001"),
                        header: """
                        not_checked:
                          - { id: CA-XFER-006, reason: "vehicle type is not in any S2S export" }
                          - id: CA-TT-002
                            reason: the sampler's departure time is not recorded anywhere we read

                        """)
        let (src, diags) = load(yaml)
        #expect(diags.filter { $0.level == .error }.isEmpty, "\(diags)")
        let p = try #require(src)
        #expect(p.rules.map(\.covers) == [["CA-QA-001", "CA-COA-001"], ["CA-TEST-001"]])
        #expect(p.notChecked.map(\.id) == ["CA-XFER-006", "CA-TT-002"])
        #expect(p.notChecked[0].reason == "vehicle type is not in any S2S export")
        #expect(p.notChecked[1].location.line == 5)
    }

    @Test func anUnknownKeyInANotCheckedEntryIsAnError() throws {
        let yaml = pack(rule(assert: "true == true"), header: """
            not_checked:
              - { id: CA-XFER-006, reson: "no vehicle type" }

            """)
        let errors = load(yaml).1.filter { $0.level == .error }
        let unknown = try #require(errors.first { $0.code == "pack.unknown-key" })
        #expect(unknown.message == "unknown key 'reson' in a not_checked entry")
        #expect(unknown.hint == "did you mean 'reason'?")
        #expect(unknown.location?.line == 4)
        #expect(unknown.location?.column == 24)
        #expect(errors.contains { $0.message == "the not_checked entry CA-XFER-006 has no 'reason'" })
    }

    @Test func badIdsEmptyReasonsDuplicatesAndContradictionsAreErrors() throws {
        let yaml = pack(rule(id: "CA-TT-003", assert: "true == true", extra: "    covers: [ca-tt-004, CA-TT-001, CA-TT-001]"),
                        header: """
                        not_checked:
                          - { id: "CA XFER 6", reason: x }
                          - { id: CA-XFER-005, reason: "  " }
                          - { id: CA-TT-001, reason: "no recording time in exports" }
                          - { id: CA-TT-003, reason: "already a rule" }
                          - { id: CA-DELIV-002, reason: "no ledger" }
                          - { id: CA-DELIV-002, reason: "no ledger" }
                          - CA-DELIV-003

                        """)
        let messages = load(yaml).1.filter { $0.level == .error }.map(\.message)
        #expect(messages.contains("'CA XFER 6' is not a catalog rule id (capital letters and digits joined by hyphens, e.g. CA-XFER-006)"))
        #expect(messages.contains("the reason for not checking CA-XFER-005 is empty; say why in plain words"))
        #expect(messages.contains("CA-TT-001 is listed as not checked, but rule CA-TT-003 covers it"))
        #expect(messages.contains("CA-TT-003 is listed as not checked, but rule CA-TT-003 covers it"), "its own id is a catalog id")
        #expect(messages.contains("CA-DELIV-002 is listed twice in not_checked (also at line 8)"))
        #expect(messages.contains("each entry of 'not_checked' is a mapping { id: CATALOG-ID, reason: \"why it is not checked\" }"))
        #expect(messages.contains("'ca-tt-004' is not a catalog rule id (capital letters and digits joined by hyphens, e.g. CA-QA-001)"))
        #expect(messages.contains("rule CA-TT-003 names CA-TT-001 twice in 'covers'"))
        #expect(messages.count == 8, "\(messages)")
    }

    @Test func notCheckedMustBeAList() throws {
        let e = load(pack(rule(assert: "true == true"), header: "not_checked: CA-XFER-006\n")).1.filter { $0.level == .error }
        #expect(e.map(\.message) == ["'not_checked' must be a list"])
    }
}
