import Foundation
import Testing
import S2SModel
import RuleEngine
import S2SLintKit
import S2STestSupport

/// The company overlay in Examples/overlay: it builds on US-CA, raises a severity, turns a rule off
/// with a reason, adds a company rule, and turns a mandatory rule off under a variance.
@Suite("Company overlay")
struct OverlayTests {
    static let locator = DataLocator(rulesDirectory: Paths.repo("Rules"), jurisdictionsDirectory: Paths.repo("Jurisdictions"))
    static let inputs = InputSpec(
        manifests: ((try? FileManager.default.contentsOfDirectory(atPath: Paths.repo("Examples/us-ca/manifests").path)) ?? [])
            .sorted().map { Paths.repo("Examples/us-ca/manifests/\($0)").path },
        inventory: [Paths.repo("Examples/us-ca/packages").path], licenses: [Paths.repo("Examples/us-ca/licenses.csv").path],
        labResults: [Paths.repo("Examples/us-ca/lab_results.json").path])

    static func load(runDate: Day = Day(year: 2026, month: 11, day: 27)!) -> PackSetLoader.Loaded {
        PackSetLoader.load(pack: Paths.repo("Examples/overlay").path, locator: locator, runDate: runDate)
    }

    @Test func theOverlayComposesAsDeclared() throws {
        let loaded = Self.load()
        let set = try #require(loaded.rules, "\(loaded.diagnostics)")
        #expect(loaded.diagnostics.isEmpty)
        #expect(set.packs.map(\.id) == ["common", "US-CA", "ACME-CA"])
        #expect(set.rules.first { $0.info.id == "CA-LIC-001" }?.info.severity == .error, "raised from warning")
        #expect(set.rules.first { $0.info.id == "ACME-001" }?.info.packId == "ACME-CA")
        #expect(set.disabled.map(\.ruleId) == ["CA-TAG-001", "CA-XFER-001"])
        #expect(set.disabled[0].reason == "tags are scanned, never typed (SOP-WMS-007); malformed tags cannot reach a manifest")
        #expect(set.disabled[0].variance == nil)
        #expect(set.disabled[1].variance == VarianceRecord(ref: "DCC variance V-2026-0142 (retailer self-pickup pilot)",
                                                           approver: "M. Chen, DCC Licensing Division", expires: "2026-12-31"))
        // its own examples and test files pass
        #expect(RulesTester.run(set, only: "ACME-CA").failures.isEmpty)
    }

    @Test func reportsSayWhichRulesWereTurnedOffAndWhy() throws {
        let set = try #require(Self.load().rules)
        let report = Linter(rules: set).lint(Self.inputs)
        #expect(report.disabledRules == set.disabled)
        #expect(report.disabledRules.first?.by == "ACME-CA")
    }

    @Test func theVarianceHoldsUntilItExpires() throws {
        let set = try #require(Self.load().rules)
        let during = Linter(rules: set).lint(Self.inputs).findings
        #expect(!during.contains { $0.ruleId == "CA-XFER-001" }, "manifest 0001977415 departs 2026-12-02, under the variance")
        #expect(!during.contains { $0.ruleId == "CA-TAG-001" })
        #expect(during.contains { $0.ruleId == "CA-LIC-001" && $0.severity == .error })
        let late = Self.load(runDate: Day(year: 2027, month: 1, day: 4)!)
        #expect(late.diagnostics.map(\.code) == ["pack.variance-expired"])
        #expect(late.diagnostics.first?.level == .warning)
        let after = Linter(rules: try #require(late.rules), asOf: Day(year: 2027, month: 1, day: 4)).lint(Self.inputs).findings
        #expect(after.filter { $0.ruleId == "CA-XFER-001" }.map(\.manifest) == ["0001977415"])
    }

    @Test func turningOffAMandatoryRuleWithoutItsVarianceIsRejected() throws {
        let dir = try Paths.temporaryDirectory("overlay-without-variance")
        let text = try String(contentsOf: Paths.repo("Examples/overlay/acme.yaml"), encoding: .utf8)
        let cut = try #require(text.range(of: "    variance:\n"))
        try String(text[..<cut.lowerBound]).write(to: dir.appendingPathComponent("acme.yaml"), atomically: true, encoding: .utf8)
        let loaded = PackSetLoader.load(pack: dir.path, locator: Self.locator)
        #expect(loaded.rules == nil)
        let e = try #require(loaded.diagnostics.first { $0.code == "pack.mandatory" })
        #expect(e.message == "rule CA-XFER-001 is mandatory: pack ACME-CA may not turn it off without a cited variance")
        #expect(e.location?.line == 51, "the override of CA-XFER-001")
        #expect(e.location?.column == 5)
    }
}
