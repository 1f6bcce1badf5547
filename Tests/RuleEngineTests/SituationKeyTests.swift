import Foundation
import Testing
import S2SModel
@testable import RuleEngine

/// `situation: NAME` in a pack test file runs the neutral data of Rules/situations/NAME.yaml.
@Suite("Situation key of test files")
struct SituationKeyTests {
    /// A folder of packs with one situation and a pack test file at <root>/US-ZZ/tests/situations.yaml.
    func layout(_ test: String) throws -> (String, String) {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("situations-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root.appendingPathComponent("situations"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: root.appendingPathComponent("US-ZZ/tests"), withIntermediateDirectories: true)
        try "licenses: []\n".write(to: root.appendingPathComponent("situations/failed-lab-test.yaml"), atomically: true, encoding: .utf8)
        let path = root.appendingPathComponent("US-ZZ/tests/situations.yaml").path
        try test.write(toFile: path, atomically: true, encoding: .utf8)
        return (root.path, path)
    }

    @Test func aSituationNamesTheNeutralData() throws {
        let (root, path) = try layout("tests:\n  - name: failed\n    situation: failed-lab-test\n    expect: [{ rule: ZZ-TEST-001 }]\n")
        let (cases, problems) = PackTestFile.load(path: path, rules: ["ZZ-TEST-001"])
        #expect(problems.isEmpty, "\(problems)")
        #expect(cases.first?.situation == "failed-lab-test")
        #expect(cases.first?.dataFile == root + "/situations/failed-lab-test.yaml")
    }

    @Test func anUnknownSituationOrTwoSourcesOfDataAreErrors() throws {
        let (_, path) = try layout("""
            tests:
              - { name: typo, situation: failed-lab-tests, expect: [] }
              - { name: both, situation: failed-lab-test, data: { licenses: [] }, expect: [] }
              - { name: neither, expect: [] }
            """)
        let (_, problems) = PackTestFile.load(path: path, rules: [])
        let messages = problems.map(\.message)
        #expect(messages.contains { $0.hasPrefix("no situation 'failed-lab-tests' (looked for ") })
        #expect(problems.first { $0.code == "test.situation" }?.hint == "did you mean 'failed-lab-test'?")
        #expect(problems.first { $0.code == "test.situation" }?.location?.line == 2)
        #expect(messages.filter { $0.contains("needs one of 'data' (example data), 'situation' (a cross-state situation) or 'inputs' (export files)") }.count == 2)
    }
}
