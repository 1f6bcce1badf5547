import Foundation
import Testing
import S2SModel
import S2SLintKit
import S2STestSupport

/// The bench pack reproduces shared/bench's ground truth exactly on a generated data set (every
/// edge case of CHECKS.md appears at this size and seed).
@Suite("Benchmark contract")
struct BenchContractTests {
    struct Triple: Hashable { var manifest: String?; var package: String?; var check: String? }

    @Test func findingsEqualExpectedJSON() throws {
        let dir = try Paths.temporaryDirectory("bench-data")
        defer { try? FileManager.default.removeItem(at: dir) }
        let gen = Process()
        gen.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        gen.arguments = ["python3", Paths.sharedFile("bench/gen.py").path, "--packages", "3000", "--seed", "7",
                         "--violation-rate", "0.3", "--out", dir.path]
        gen.standardOutput = FileHandle.nullDevice
        gen.standardError = FileHandle.nullDevice
        try gen.run()
        gen.waitUntilExit()
        try #require(gen.terminationStatus == 0, "gen.py failed")

        let locator = DataLocator(rulesDirectory: Paths.repo("Rules"), jurisdictionsDirectory: Paths.repo("Jurisdictions"))
        let loaded = PackSetLoader.load(pack: Paths.repo("Rules/bench").path, locator: locator)
        let rules = try #require(loaded.rules)
        let report = Linter(rules: rules).lint(InputSpec(
            manifests: [dir.appendingPathComponent("manifests.json").path],
            inventory: [dir.appendingPathComponent("packages").path],
            licenses: [dir.appendingPathComponent("licenses.csv").path],
            labResults: [dir.appendingPathComponent("lab_results.json").path]))
        #expect(report.diagnostics.filter { $0.level == .error }.isEmpty)
        #expect(report.findings.allSatisfy { $0.outcome == .violated })
        let got = Set(report.findings.map { Triple(manifest: $0.manifest, package: $0.package, check: $0.ruleId) })

        let data = try Data(contentsOf: dir.appendingPathComponent("expected.json"))
        let rows = try #require(try JSONSerialization.jsonObject(with: data) as? [[String: Any]])
        let expected = Set(rows.map {
            Triple(manifest: $0["ManifestNumber"] as? String, package: $0["PackageLabel"] as? String, check: $0["CheckId"] as? String)
        })
        #expect(expected.count > 100)
        let missing = expected.subtracting(got), extra = got.subtracting(expected)
        #expect(missing.isEmpty, "missing: \(missing.prefix(5))")
        #expect(extra.isEmpty, "extra: \(extra.prefix(5))")
    }
}
