import Foundation
import Testing
import S2SModel
import RuleEngine
import S2SLintKit
import S2STestSupport

/// `s2slint rules test` over the test files of every pack (and the company overlay): each lists
/// every finding its data must give; a missing or unexpected finding fails.
@Suite("Pack test files")
struct PackTestFilesTests {
    static let locator = DataLocator(rulesDirectory: Paths.repo("Rules"), jurisdictionsDirectory: Paths.repo("Jurisdictions"))

    @Test(arguments: ["Rules/US-CA", "Rules/bench", "Examples/overlay"])
    func everyTestPasses(_ pack: String) throws {
        let checked = PackCheck.check(pack: Paths.repo(pack).path, locator: Self.locator, runDate: Day(year: 2026, month: 11, day: 27))
        #expect(checked.diagnostics.isEmpty, "\(checked.diagnostics.map(\.description).joined(separator: "\n"))")
        let set = try #require(checked.loaded.rules)
        let results = PackTestRunner.run(set, tests: checked.tests)
        #expect(!results.isEmpty)
        for r in results where !r.passed {
            Issue.record("\(r.file):\(r.test.location.line) \(r.test.name): \(r.error ?? "") missing \(r.missing.map(\.expected.description)) unexpected \(r.unexpected.map { "\($0.ruleId) \($0.manifest ?? "") \($0.package ?? "")" })")
        }
    }

    @Test func aMissingOrAnUnexpectedFindingFailsTheTest() throws {
        let checked = PackCheck.check(pack: Paths.repo("Rules/US-CA").path, locator: Self.locator)
        let set = try #require(checked.loaded.rules)
        let file = try #require(checked.tests.first { $0.file.hasSuffix("transport.yaml") })
        var pickup = try #require(file.cases.first { $0.name == "a retailer picks the goods up itself" })
        pickup.expect[0].rule = "CA-XFER-002"
        let r = PackTestRunner.run(set, pickup, file: file.file)
        #expect(!r.passed)
        #expect(r.missing.map(\.expected.rule) == ["CA-XFER-002"])
        #expect(r.unexpected.map(\.ruleId) == ["CA-XFER-001"])
        var counted = try #require(file.cases.first { $0.name == "a transport-only distributor delivers flower to a retailer" })
        counted.expect[0].count = 2
        #expect(PackTestRunner.run(set, counted, file: file.file).missing.first?.got == 1)
    }

    @Test func coverageNamesTheRulesNoTestExpects() throws {
        let checked = PackCheck.check(pack: Paths.repo("Rules/US-CA").path, locator: Self.locator)
        let set = try #require(checked.loaded.rules)
        let c = PackCoverage(rules: checked.ownRuleIds, examples: RulesTester.run(set, only: "US-CA"),
                             tests: PackTestRunner.run(set, tests: checked.tests))
        #expect(c.withBothExamples.count == 39)
        #expect(c.notExercised.isEmpty)
        #expect(c.expectedBy["CA-XFER-001"] == ["the three example manifests", "a retailer picks the goods up itself"])
    }
}
