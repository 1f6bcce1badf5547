import Foundation
import Testing
import S2SModel
import RuleEngine
import S2SLintKit
import S2STestSupport

/// The same physical situation, written once in neutral data (Rules/situations), is caught by every
/// state's pack (every Rules/US-XX), each with a rule of its own that cites the state's law. Each pack
/// says which of its rules catches each situation in Rules/US-XX/tests/situations.yaml (cases with
/// `situation:`), patching the neutral data where its state's data differ.
@Suite("Cross-state situations")
struct CrossStateSituationsTests {
    static let locator = DataLocator(rulesDirectory: Paths.repo("Rules"), jurisdictionsDirectory: Paths.repo("Jurisdictions"))

    /// Every state pack: a folder Rules/US-XX (two capital letters) holding a pack file.
    static func statePacks() -> [String] {
        let root = Paths.repo("Rules")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []
        return names.sorted().filter { name in
            let parts = name.split(separator: "-", omittingEmptySubsequences: false)
            guard parts.count == 2, parts[0] == "US", parts[1].count == 2, parts[1].allSatisfy({ $0.isUppercase && $0.isASCII }) else { return false }
            let dir = root.appendingPathComponent(name)
            return ((try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []).contains { f in
                f.hasSuffix(".yaml") && PackLoader.isPackFile((try? String(contentsOf: dir.appendingPathComponent(f), encoding: .utf8)) ?? "")
            }
        }
    }

    /// The situations: Rules/situations/<name>.yaml.
    static func situations() -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: Paths.repo("Rules/situations").path)) ?? []
        return names.filter { $0.hasSuffix(".yaml") }.map { String($0.dropLast(5)) }.sorted()
    }

    @Test func theSituationsAndTheStatePacksAreFound() {
        #expect(Self.situations() == ["failed-lab-test", "recipient-license-expired"])
        #expect(Self.statePacks().contains("US-CA"))
        #expect(!Self.statePacks().contains("US-CA-ops"), "only state packs")
    }

    @Test(arguments: statePacks())
    func everySituationIsCaughtWithTheStatesCitation(_ pack: String) throws {
        let checked = PackCheck.check(pack: Paths.repo("Rules/\(pack)").path, locator: Self.locator)
        #expect(!checked.loaded.hasErrors, "\(checked.loaded.diagnostics.map(\.description).joined(separator: "\n"))")
        let set = try #require(checked.loaded.rules)
        let own = try #require(checked.loaded.sources.last?.id)
        let file = try #require(checked.tests.first { $0.file.hasSuffix("/tests/situations.yaml") }, """
            Rules/\(pack) has no tests/situations.yaml. Add one that says which rule of the pack catches each \
            situation of Rules/situations (\(Self.situations().joined(separator: ", "))): see Docs/authoring.md, "Cross-state situations".
            """)
        for situation in Self.situations() {
            let cases = file.cases.filter { $0.situation == situation }
            try #require(!cases.isEmpty, "\(file.file) has no test with situation: \(situation)")
            for var test in cases {
                #expect(!test.expect.isEmpty, "\(file.file):\(test.location.line): '\(test.name)' must name the finding that catches \(situation)")
                // the expectations, exactly
                let result = PackTestRunner.run(set, test, file: file.file)
                #expect(result.passed, """
                    \(file.file):\(test.location.line) \(test.name): \(result.error ?? "") \
                    missing \(result.missing.map(\.expected.description)) unexpected \(result.unexpected.map { "\($0.ruleId): \($0.message)" })
                    """)
                // and the findings behind them: violations of the state's own rules, citing its law
                let expected = test.expect
                test.expect = []
                let findings = PackTestRunner.run(set, test, file: file.file).unexpected
                for e in expected {
                    let hits = findings.filter { e.matches($0) }
                    #expect(hits.contains { $0.outcome == .violated }, "\(situation): \(e.rule) finds no violation in \(pack)")
                    for f in hits {
                        #expect(f.packId == own, "\(situation): \(f.ruleId) is a rule of \(f.packId), not of the state pack \(own)")
                        #expect(!f.cite.isEmpty && f.cite.allSatisfy { !$0.ref.trimmingCharacters(in: .whitespaces).isEmpty },
                                "\(situation): \(f.ruleId) cites nothing")
                    }
                }
            }
        }
    }
}
