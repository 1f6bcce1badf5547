import Foundation
import Testing
import S2SModel
import RuleEngine
import S2SLintKit
import S2STestSupport

/// `rules diff`: what newly fails and newly passes on past data when a pack changes.
@Suite("Pack diff")
struct PackDiffTests {
    static let locator = DataLocator(rulesDirectory: Paths.repo("Rules"), jurisdictionsDirectory: Paths.repo("Jurisdictions"))

    /// A draft of US-CA: the tag-format rule is deleted and a quantity limit is added.
    static func draft() throws -> URL {
        let dir = try Paths.temporaryDirectory("US-CA-draft")
        let src = Paths.repo("Rules/US-CA")
        for name in try FileManager.default.contentsOfDirectory(atPath: src.path) {
            try FileManager.default.copyItem(at: src.appendingPathComponent(name), to: dir.appendingPathComponent(name))
        }
        var tagging = try String(contentsOf: dir.appendingPathComponent("tagging.yaml"), encoding: .utf8)
        let start = try #require(tagging.range(of: "  - id: CA-TAG-001"))
        tagging = String(tagging[..<start.lowerBound])
        try tagging.write(to: dir.appendingPathComponent("tagging.yaml"), atomically: true, encoding: .utf8)
        try """
            pack: US-CA
            version: 2026.12.0
            rules:
              - id: CA-QTY-900
                title: At most 40 units on a line
                severity: warning
                category: quantity.limit
                scope: line
                assert: line.quantity.value <= 40
                message: "line {line.tag} ships {line.quantity}"
                cite: [{ ref: "draft", status: unverified }]
                examples:
                  - { expect: pass, data: examples/base.yaml }
                  - { expect: fail, data: examples/base.yaml, patch: [{ op: replace, path: /manifests/0/Destinations/0/Packages/0/Quantity, value: 41 }] }
            """.write(to: dir.appendingPathComponent("limits.yaml"), atomically: true, encoding: .utf8)
        return dir
    }

    @Test func newlyFailingAndNewlyPassingByRuleAndKey() throws {
        let old = try #require(PackSetLoader.load(pack: Paths.repo("Rules/US-CA").path, locator: Self.locator).rules)
        let loadedNew = PackSetLoader.load(pack: try Self.draft().path, locator: Self.locator)
        let new = try #require(loadedNew.rules, "\(loadedNew.diagnostics)")
        let diff = PackDiff.run(old: old, new: new, data: try DiffData.spec(Paths.repo("Examples/us-ca").path), asOf: nil)
        #expect(diff.manifests == 3)
        #expect(diff.rulesAdded == ["CA-QTY-900"])
        #expect(diff.rulesRemoved == ["CA-TAG-001"])
        #expect(diff.newlyFailing.map { "\($0.key.rule) \($0.key.manifest) \($0.key.package)" } == ["CA-QTY-900 0001977415 1A4060300002EE1000012403"])
        #expect(diff.newlyPassing.map { "\($0.key.rule) \($0.key.manifest) \($0.key.package)" } == ["CA-TAG-001 0001977411 1a4060300002ee1000012401"])
        #expect(diff.unchanged == 12)
        let text = PackDiffText.text(diff)
        #expect(text.contains("newly failing (1):\n  warning CA-QTY-900  manifest 0001977415 package 1A4060300002EE1000012403\n"))
        #expect(text.contains("summary: 1 newly failing, 1 newly passing, 0 changed, 12 unchanged"))
        let json = try JSONSerialization.jsonObject(with: Data(PackDiffText.json(diff).utf8)) as? [String: Any]
        #expect(json?["schema"] as? String == "s2slint.rules-diff/1")
        #expect((json?["newly_failing"] as? [[String: Any]])?.first?["rule"] as? String == "CA-QTY-900")
    }

    @Test func theDataFolderMustHoldSomething() throws {
        let empty = try Paths.temporaryDirectory("empty-data")
        #expect(throws: DiffData.Missing.self) { try DiffData.spec(empty.path) }
    }
}
