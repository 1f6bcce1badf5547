import Foundation
import Testing
import S2SModel
import S2SLintKit
import S2STestSupport

/// README's first command (with `--coa Examples/us-ca/coas`): the California example produces the
/// findings the README lists.
@Suite("California example run")
struct ExampleRunTests {
    @Test func theExampleFindsWhatTheReadmeSays() throws {
        let locator = DataLocator(rulesDirectory: Paths.repo("Rules"), jurisdictionsDirectory: Paths.repo("Jurisdictions"))
        let rules = try #require(PackSetLoader.load(pack: "US-CA", locator: locator).rules)
        let ex = Paths.repo("Examples/us-ca")
        let manifests = try FileManager.default.contentsOfDirectory(atPath: ex.appendingPathComponent("manifests").path)
            .sorted().map { ex.appendingPathComponent("manifests/\($0)").path }
        let report = Linter(rules: rules).lint(InputSpec(
            manifests: manifests, inventory: [ex.appendingPathComponent("packages").path],
            licenses: [ex.appendingPathComponent("licenses.csv").path],
            labResults: [ex.appendingPathComponent("lab_results.json").path], coas: [ex.appendingPathComponent("coas").path]))
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics)")
        let got = report.findings.map { "\($0.manifest ?? "-") \($0.package ?? "-") \($0.ruleId)" }.sorted()
        #expect(got == [
            "- - CA-COA-011",
            "0001977406 - CA-MAN-001",
            "0001977406 1A4060300002EE1000012346 CA-COA-016",
            "0001977411 - CA-LIC-001",
            "0001977411 1A4060300002EE1000012401 CA-COA-014",
            "0001977411 1A4060300002EE1000012402 CA-COA-010",
            "0001977411 1A4060300002EE1000012402 CA-TEST-001",
            "0001977411 1A4060300002EE1000012402 CA-TEST-002",
            "0001977411 1A4060300002EE1000012402 CA-TEST-006",
            "0001977411 1A4060300002EE1000012402 CA-TEST-007",
            "0001977411 1a4060300002ee1000012401 CA-TAG-001",
            "0001977411 1a4060300002ee1000012401 CA-TT-003",
            "0001977415 - CA-XFER-001",
            "0001977415 1A4060300002EE1000012403 CA-COA-002",
            "0001977415 1A4060300002EE1000012403 CA-COA-012",
            "0001977415 1A4060300002EE1000012403 CA-COA-013",
            "0001977415 1A4060300002EE1000012403 CA-TEST-001",
            "0001977415 1A4060300002EE1000012403 CA-TEST-002",
            "0001977415 1A4060300002EE1000019999 CA-TT-003",
        ])
        // every finding points into its file
        for f in report.findings {
            let loc = try #require(f.location)
            #expect(loc.line > 1)
            #expect(FileManager.default.fileExists(atPath: Paths.repo(loc.file).path) || FileManager.default.fileExists(atPath: loc.file))
        }
    }
}
