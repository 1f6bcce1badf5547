public import Foundation
public import S2SModel
public import RuleEngine
import S2SImport

/// Runs a pack's test files (`tests/*.yaml`): each test's data through the whole pack set, then
/// every finding compared with the findings the test expects (by rule and business key). A
/// missing or an unexpected finding fails the test.
public enum PackTestRunner {
    public struct CaseResult: Sendable {
        public var file: String
        public var test: PackTestCase
        /// Expectations no finding met (or met a different number of times than `count`).
        public var missing: [(expected: ExpectedFinding, got: Int)]
        /// Findings no expectation covers.
        public var unexpected: [Finding]
        /// Why the test could not run (unreadable data …).
        public var error: String?
        /// Findings compared (after `only`).
        public var compared: Int
        public var passed: Bool { error == nil && missing.isEmpty && unexpected.isEmpty }
    }

    public static func run(_ set: CompiledRuleSet, tests: [(file: String, cases: [PackTestCase])]) -> [CaseResult] {
        tests.flatMap { file, cases in cases.map { run(set, $0, file: file) } }
    }

    public static func run(_ set: CompiledRuleSet, _ test: PackTestCase, file: String) -> CaseResult {
        var result = CaseResult(file: file, test: test, missing: [], unexpected: [], error: nil, compared: 0)
        let linter = Linter(rules: set)
        let zone = linter.zone
        var dataset: Dataset
        var asOf = test.asOf
        var operations: OperationsRequest?
        if let inputs = test.inputs {
            dataset = InputLoader.load(InputSpec(manifests: expandManifests(inputs.manifests), inventory: inputs.inventory,
                                                 licenses: inputs.licenses, labResults: inputs.labResults, zone: zone))
        } else {
            do {
                var data = test.data ?? .null
                if let f = test.dataFile { data = try ExampleData.load(path: f) }
                if !test.patch.isEmpty { data = try ExampleData.apply(test.patch, to: data) }
                let built = try ExampleDataset.build(data, label: "test '\(test.name)'", zone: zone,
                                                     baseDirectory: ExampleDataset.baseDirectory(holder: file, dataFile: test.dataFile))
                dataset = built.dataset
                asOf = asOf ?? built.asOf
                operations = built.operations
            } catch {
                result.error = "cannot build the test data: \(error)"
                return result
            }
        }
        if let bad = dataset.diagnostics.first(where: { $0.level == .error }) {
            result.error = "the test data does not read cleanly: \(bad.description)"
            return result
        }
        var l = Linter(rules: set, asOf: asOf)
        l.operations = operations
        l.today = test.today ?? asOf ?? earliestDeparture(dataset) ?? Day(daysSinceEpoch: 20_454)   // 2026-01-01
        let findings = l.lint(dataset).findings.filter { test.only.isEmpty || test.only.contains($0.ruleId) }
        result.compared = findings.count
        var covered = Set<Int>()
        for e in test.expect {
            let hits = findings.indices.filter { e.matches(findings[$0]) }
            if hits.isEmpty || (e.count.map { $0 != hits.count } ?? false) { result.missing.append((e, hits.count)) }
            covered.formUnion(hits)
        }
        result.unexpected = findings.indices.filter { !covered.contains($0) }.map { findings[$0] }
        return result
    }

    /// Manifest inputs may name folders: every `.json` file in them, in name order.
    static func expandManifests(_ paths: [String]) -> [String] {
        paths.flatMap { p -> [String] in
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: p, isDirectory: &isDir), isDir.boolValue else { return [p] }
            let names = (try? FileManager.default.contentsOfDirectory(atPath: p)) ?? []
            return names.filter { $0.hasSuffix(".json") }.sorted().map { (p as NSString).appendingPathComponent($0) }
        }
    }

    /// The earliest departure day in a dataset (the day tests and examples judge other subjects on).
    public static func earliestDeparture(_ ds: Dataset) -> Day? {
        ds.manifests.flatMap { $0.destinations.compactMap { $0.estimatedDeparture?.localDay } }.min()
    }
}
