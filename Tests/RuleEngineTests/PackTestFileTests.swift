import Foundation
import Testing
import S2SModel
import S2STestSupport
@testable import RuleEngine

/// The test files of a pack (`tests/*.yaml`): read with positions, every mistake reported.
@Suite("Pack test files")
struct PackTestFileTests {
    func load(_ text: String, rules: [String] = ["CA-XFER-001", "CA-MAN-001"]) throws -> ([PackTestCase], [Diagnostic]) {
        let dir = try Paths.temporaryDirectory("pack-tests")
        try "licenses: []\n".write(to: dir.appendingPathComponent("base.yaml"), atomically: true, encoding: .utf8)
        let path = dir.appendingPathComponent("t.yaml").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return PackTestFile.load(path: path, rules: rules)
    }

    @Test func aTestFileIsRead() throws {
        let (cases, d) = try load("""
            tests:
              - name: pickup
                data: base.yaml
                patch: [{ op: replace, path: /licenses, value: [] }]
                as_of: 2026-03-02
                only: [CA-XFER-001]
                expect:
                  - { rule: CA-XFER-001, manifest: "0001977406", outcome: violated, count: 1 }
            """)
        #expect(d.isEmpty, "\(d)")
        let c = try #require(cases.first)
        #expect(c.name == "pickup")
        #expect(c.dataFile?.hasSuffix("/base.yaml") == true)
        #expect(c.patch.count == 1)
        #expect(c.asOf == Day(year: 2026, month: 3, day: 2))
        #expect(c.only == ["CA-XFER-001"])
        #expect(c.expect == [ExpectedFinding(rule: "CA-XFER-001", manifest: "0001977406", package: nil, license: nil, outcome: .violated,
                                             count: 1, location: SourceLocation(file: c.location.file, line: 8, column: 9))])
    }

    @Test func everyMistakeIsReported() throws {
        let (_, d) = try load("""
            tests:
              - name: a
                dat: base.yaml
                expect: [{ rule: CA-XFER-01 }]
              - name: b
                data: missing.yaml
                inputs: { manifests: [nowhere.json] }
                expect: [{ rule: CA-MAN-001, outcome: broken }]
              - name: c
                data: base.yaml
            """)
        let got = d.map { "\($0.code) \($0.location?.line ?? 0):\($0.location?.column ?? 0)" }
        #expect(got == ["pack.unknown-key 3:5", "test.shape 2:5", "test.rule 4:22", "rule.example-file 6:11",
                        "test.file 7:27", "test.shape 5:5", "test.shape 8:43", "test.shape 9:5"], "\(d.map(\.description).joined(separator: "\n"))")
        #expect(d.first?.hint == "did you mean 'data'?")
        #expect(d.first { $0.code == "test.rule" }?.hint == "did you mean 'CA-XFER-001'?")
    }
}
