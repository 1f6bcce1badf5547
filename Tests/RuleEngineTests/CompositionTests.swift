import Foundation
import Testing
import S2SModel
@testable import RuleEngine

/// Packs compose in `extends` order; overlays change severities and turn rules off with a
/// recorded reason; a mandatory rule may be loosened only under a cited variance, until it expires.
@Suite("Pack composition")
struct CompositionTests {
    static let base = pack(
        rule(id: "M", assert: "line.quantity <= 10 g", severity: "warning", extra: "    mandatory: true")
            + rule(id: "N", assert: "line.tag != null", severity: "warning"),
        header: "title: base\n")

    static func compile(_ overlay: String, runDate: Day? = Day(year: 2026, month: 5, day: 1))
        -> (CompiledRuleSet?, [Diagnostic]) {
        let (b, d1) = PackLoader.load(path: "/tmp/composition/base/pack.yaml", text: base)
        let (o, d2) = PackLoader.load(path: "/tmp/composition/acme/pack.yaml", text: overlay)
        guard let b, let o else { return (nil, d1 + d2) }
        let (set, d3) = PackCompiler.compile(packs: [b, o], jurisdiction: nil, runDate: runDate)
        return (set, d1 + d2 + d3)
    }

    static func overlay(_ body: String) -> String { "pack: acme\nversion: 1.0.0\nextends: [test]\n" + body }

    @Test func turningOffAMandatoryRuleWithoutAVarianceIsRejected() throws {
        let (set, d) = Self.compile(Self.overlay("overrides:\n  - { id: M, disabled: true, reason: we do not need it }\n"))
        #expect(set == nil)
        let e = try #require(d.first { $0.code == "pack.mandatory" })
        #expect(e.message == "rule M is mandatory: pack acme may not turn it off without a cited variance")
        #expect(e.hint?.contains("variance: { ref:") == true)
        #expect(e.location?.file == "/tmp/composition/acme/pack.yaml")
        #expect(e.location?.line == 5)
        #expect(e.location?.column == 5)
    }

    @Test func loweringAMandatoryRuleWithoutAVarianceIsRejected() throws {
        let (set, d) = Self.compile(Self.overlay("overrides:\n  - { id: M, severity: info, reason: noisy }\n"))
        #expect(set == nil)
        #expect(d.contains { $0.code == "pack.mandatory" && $0.message.hasSuffix("may not lower its severity without a cited variance") })
    }

    @Test func redefiningAMandatoryRuleIsRejected() throws {
        let (set, d) = Self.compile(Self.overlay("rules:\n" + rule(id: "M", assert: "line.quantity <= 99 g")))
        #expect(set == nil)
        #expect(d.contains { $0.code == "pack.mandatory" && $0.message == "rule M is mandatory in pack test; pack acme may not redefine it" })
    }

    @Test func tighteningIsAllowedAndLaterPacksReplaceRulesWholesale() throws {
        let (set, d) = Self.compile(Self.overlay("""
            rules:
            \(rule(id: "N", assert: "line.tag != null and line.quantity != null", severity: "warning"))
            overrides:
              - { id: M, severity: error }
            """))
        let s = try #require(set, "\(d)")
        #expect(s.rules.first { $0.info.id == "M" }?.info.severity == .error)
        let n = try #require(s.rules.first { $0.info.id == "N" })
        #expect(n.info.packId == "acme")
        #expect(n.source.assert == "line.tag != null and line.quantity != null")
        #expect(s.disabled.isEmpty)
    }

    @Test func disablingNeedsAReasonThatReportsRepeat() throws {
        let (_, bad) = Self.compile(Self.overlay("overrides:\n  - { id: N, disabled: true }\n"))
        #expect(bad.contains { $0.code == "pack.override" && $0.message.contains("needs a 'reason'") })
        let (set, d) = Self.compile(Self.overlay("overrides:\n  - { id: N, disabled: true, reason: tags are scanned }\n"))
        let s = try #require(set, "\(d)")
        #expect(s.disabled == [DisabledRule(ruleId: "N", packId: "test", by: "acme", reason: "tags are scanned")])
        let ds = manifestDataset(tag: nil, quantity: 5)
        #expect(evaluate(s, ds).isEmpty, "N is off")
    }

    @Test func aVarianceLoosensAMandatoryRuleOnlyUntilItExpires() throws {
        let text = Self.overlay("""
            overrides:
              - id: M
                disabled: true
                reason: pilot program
                variance: { ref: V-2026-01, approver: DCC, expires: 2026-06-30 }
            """)
        let (set, d) = Self.compile(text)
        let s = try #require(set, "\(d)")
        #expect(!d.contains { $0.code == "pack.variance-expired" })
        #expect(s.disabled.first?.variance == VarianceRecord(ref: "V-2026-01", approver: "DCC", expires: "2026-06-30"))
        // too much on a line: off while the variance holds, checked again the day after it expires
        let before = manifestDataset(tag: "t", quantity: 15, departure: "2026-06-30T16:00:00-07:00")
        let after = manifestDataset(tag: "t", quantity: 15, departure: "2026-07-01T08:00:00-07:00")
        #expect(evaluate(s, before).filter { $0.ruleId == "M" }.isEmpty)
        #expect(evaluate(s, after).filter { $0.ruleId == "M" }.count == 1)
        // a run judged after the expiry reports the expired variance
        let (_, late) = Self.compile(text, runDate: Day(year: 2026, month: 7, day: 2))
        let w = try #require(late.first { $0.code == "pack.variance-expired" })
        #expect(w.level == .warning)
        #expect(w.message == "the variance V-2026-01 for rule M expired on 2026-06-30; the rule is checked again for everything judged after that day")
    }

    @Test func aVarianceMayAlsoLowerASeverityUntilItExpires() throws {
        let (set, d) = Self.compile(Self.overlay("""
            overrides:
              - { id: M, severity: info, reason: pilot, variance: { ref: V-7, approver: DCC, expires: 2026-06-30 } }
            """))
        let s = try #require(set, "\(d)")
        let versions = s.rules.filter { $0.info.id == "M" }
        #expect(versions.map(\.info.severity) == [.info, .warning])
        #expect(versions.map(\.window) == [EffectiveWindow(to: Day(year: 2026, month: 6, day: 30)),
                                           EffectiveWindow(from: Day(year: 2026, month: 7, day: 1))])
    }
}
