import Foundation
import Testing
import S2SModel
import RuleEngine
import S2SLintKit
import S2STestSupport

/// The retail fixture pack (Tests/Fixtures/retail): its rules read Metrc receipts, deliveries and
/// delivery runs given as example data, and its examples and test file behave.
@Suite("Retail fixture pack")
struct RetailPackTests {
    static let root = Paths.repo("Tests/Fixtures/retail")
    static let locator = DataLocator(rulesDirectory: root.appendingPathComponent("Rules"),
                                     jurisdictionsDirectory: root.appendingPathComponent("Jurisdictions"))

    @Test func theExamplesAndTheTestFileBehave() throws {
        let checked = PackCheck.check(pack: Self.root.appendingPathComponent("Rules/US-RT").path, locator: Self.locator)
        #expect(checked.diagnostics.isEmpty, "\(checked.diagnostics.map(\.description).joined(separator: "\n"))")
        let set = try #require(checked.loaded.rules)
        let summary = RulesTester.run(set, only: "US-RT")
        for f in summary.failures { Issue.record("\(f.ruleId) example \(f.index): \(f.detail)") }
        #expect(summary.rules == 6 && summary.rulesWithBoth == 6)
        let results = PackTestRunner.run(set, tests: checked.tests)
        #expect(results.count == 3)
        for r in results where !r.passed {
            Issue.record("\(r.test.name): \(r.error ?? "") missing \(r.missing.map(\.expected.description)) unexpected \(r.unexpected.map { "\($0.ruleId): \($0.message)" })")
        }
    }

    @Test func theFindingsSayWhatHappenedInPlainWords() throws {
        let checked = PackCheck.check(pack: Self.root.appendingPathComponent("Rules/US-RT").path, locator: Self.locator)
        let set = try #require(checked.loaded.rules)
        let file = try #require(checked.tests.first)
        var busy = try #require(file.cases.first { $0.name.hasPrefix("an evening sale") })
        busy.expect = []   // every finding is then reported as unexpected, with its message
        let messages = PackTestRunner.run(set, busy, file: file.file).unexpected.map(\.message).sorted()
        #expect(messages == [
            "delivery 51 goes to 100 Broadway, Oakland, nv 94607, outside CA",
            "delivery run 0000000005 carries goods worth 5700 at retail, over the cap of 5000",
            "patient PT-0042 has bought 29 g of flower at this store on 2026-11-30 with receipt 0000000002, over the daily 28.5 g",
            "the ledger of delivery run 0000000005 is incomplete for 1A4060300002EE1000030001",
        ])
    }
}
