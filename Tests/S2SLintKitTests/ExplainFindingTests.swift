import Foundation
import Testing
import S2SModel
import RuleEngine
import S2SLintKit
import S2STestSupport

/// `explain` on data: a finding shows the value of every part of the rule that led to it.
@Suite("Explaining findings")
struct ExplainFindingTests {
    static let repo = DataLocator(rulesDirectory: Paths.repo("Rules"), jurisdictionsDirectory: Paths.repo("Jurisdictions"))

    @Test func aFIFOFindingShowsThePackagesAndDatesCompared() throws {
        let loaded = PackSetLoader.load(pack: Paths.repo("Rules/bench").path, locator: Self.repo)
        let set = try #require(loaded.rules, "\(loaded.diagnostics)")
        let fifo = try #require(RuleDescription.versions("FIFO", in: set).last)
        // example 2: the newer jar (packaged 2026-02-10) ships while the older one (2026-01-10) stays
        let (ds, asOf) = try DataExplanation.exampleData(fifo, number: 2, set: set)
        let e = try #require(DataExplanation.make(ruleId: "FIFO", set: set, dataset: ds, asOf: asOf,
                                                  today: Day(year: 2026, month: 3, day: 1), label: "example 2 of FIFO"))
        #expect(e.trace.tally.violated == 1)
        let text = ExplanationText.render(e)
        for line in [
            "On example 2 of FIFO: 1 package line in scope — 1 violated.",
            "  error: Blue Dream 3.5g Jar packaged 2026-02-10 ships while 1 older available package(s) stay, the oldest packaged 2026-01-10",
            "    count(unshipped_older) == 0  → false",
            "      count(unshipped_older)  → 1",
            "        unshipped_older  → [1A4000000000000000000001]",
            "            older_packages(package)  → [1A4000000000000000000001]",
            "              package  → 1A4000000000000000000002",
            "            for q = 1A4000000000000000000001:",
            "                    p.lab_testing_state  → TestPassed",
            "                  shipped_by(q.tag, day)  → false",
            "                    day  → 2026-03-01",
            "    package.packaged_date = 2026-02-10",
        ] {
            #expect(text.contains(line + "\n"), "missing: \(line)\n\(text)")
        }
    }

    /// A potency rule written for this test: the labelled THC of the item against the total THC
    /// the lab measured, within a tolerance from the facts.
    static let potencyPack = """
        pack: potency
        version: 1.0.0
        jurisdiction: POT
        rules:
          - id: POT-001
            title: The labelled THC is within the tolerance of the lab's total THC
            severity: warning
            category: coa.potency
            scope: package
            let:
              measured_results: filter(package.lab_results, r => r.total_thc != null)
              label: item.unit_thc_percent
              measured: first(measured_results).total_thc
            when: label != null and count(measured_results) > 0
            assert: abs(label - measured) / measured <= facts.potency_tolerance
            message: "package {package.tag} is labelled {label}% THC; the lab measured {measured}% (tolerance {facts.potency_tolerance})"
            cite: [{ ref: "B&P §26100(d)(1) (tolerance value unconfirmed)", status: unverified }]
            examples:
              - { expect: pass, data: data.yaml }
              - expect: fail
                data: data.yaml
                patch: [{ op: replace, path: /packages/C11-0000001-LIC/0/Item/UnitThcPercent, value: 25 }]
        """

    static let potencyData = """
        licenses:
          - { LicenseNumber: C11-0000001-LIC, LicenseType: Distributor, Status: Active, IssueDate: 2025-01-01, ExpirationDate: 2027-12-31 }
        packages:
          C11-0000001-LIC:
            - { Id: 1, Label: 1A4000000000000000000001, PackageType: Product, Quantity: 10, UnitOfMeasureName: Each,
                PackagedDate: 2026-01-10, LabTestingState: TestPassed, ProductionBatchNumber: B-1,
                Item: { Name: Blue Dream 3.5g Jar, ProductCategoryName: Flower, UnitThcPercent: 21 } }
        lab_results:
          - { LabTestResultId: 9, ProductionBatchNumber: B-1, LabFacilityLicenseNumber: C8-0000003-LIC, TestPerformedDate: 2026-01-12,
              TotalTHC: 20, Panels: [ { TestTypeName: Cannabinoids, TestPassed: true } ] }
        as_of: 2026-03-01
        """

    @Test func aPotencyFindingShowsLabelMeasuredAndTolerance() throws {
        let root = try Paths.temporaryDirectory("potency")
        let packDir = root.appendingPathComponent("potency"), facts = root.appendingPathComponent("facts")
        try FileManager.default.createDirectory(at: packDir, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: facts, withIntermediateDirectories: true)
        try Self.potencyPack.write(to: packDir.appendingPathComponent("pack.yaml"), atomically: true, encoding: .utf8)
        try Self.potencyData.write(to: packDir.appendingPathComponent("data.yaml"), atomically: true, encoding: .utf8)
        try "jurisdiction: POT\ntime_zone: America/Los_Angeles\npotency_tolerance: 0.10\n"
            .write(to: facts.appendingPathComponent("POT.yaml"), atomically: true, encoding: .utf8)
        let loaded = PackSetLoader.load(pack: packDir.path, locator: DataLocator(rulesDirectory: root, jurisdictionsDirectory: facts))
        let set = try #require(loaded.rules, "\(loaded.diagnostics)")
        let summary = RulesTester.run(set)
        #expect(summary.failures.isEmpty, "\(summary.failures.map(\.detail))")
        let rule = try #require(RuleDescription.versions("POT-001", in: set).last)
        let (ds, asOf) = try DataExplanation.exampleData(rule, number: 2, set: set)
        let e = try #require(DataExplanation.make(ruleId: "POT-001", set: set, dataset: ds, asOf: asOf, label: "example 2 of POT-001"))
        let text = ExplanationText.render(e)
        for line in [
            "  warning: package 1A4000000000000000000001 is labelled 25% THC; the lab measured 20% (tolerance 0.1)",
            "    abs(label - measured) / measured <= facts.potency_tolerance  → false",
            "      abs(label - measured) / measured  → 0.25",
            "          label - measured  → 5",
            "            label  → 25",
            "              item.unit_thc_percent  → 25",
            "            measured  → 20",
            "              first(measured_results).total_thc  → 20",
            "      facts.potency_tolerance  → 0.1",
        ] {
            #expect(text.contains(line + "\n"), "missing: \(line)\n\(text)")
        }
        // the passing example: the rule applied and held; the explanation says so
        let (ok, okAsOf) = try DataExplanation.exampleData(rule, number: 1, set: set)
        let p = try #require(DataExplanation.make(ruleId: "POT-001", set: set, dataset: ok, asOf: okAsOf, label: "example 1"))
        let why = ExplanationText.render(p)
        #expect(why.contains("No finding. Why:\n  - 1 package met the rule, e.g. "), "\(why)")
        #expect(why.contains("abs(label - measured) / measured  → 0.05"), "\(why)")
    }
}
