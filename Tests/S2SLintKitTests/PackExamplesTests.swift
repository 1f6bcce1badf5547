import Foundation
import Testing
import S2SModel
import RuleEngine
import S2SLintKit
import S2STestSupport

/// `s2slint rules test` over every pack in Rules/: each rule's passing and failing examples behave.
@Suite("Rule pack examples")
struct PackExamplesTests {
    static let locator = DataLocator(rulesDirectory: Paths.repo("Rules"), jurisdictionsDirectory: Paths.repo("Jurisdictions"))

    static func packDirectories() -> [String] {
        let root = Paths.repo("Rules")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []
        return names.sorted().filter { name in
            let dir = root.appendingPathComponent(name)
            let files = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
            return files.contains { f in
                f.hasSuffix(".yaml") && PackLoader.isPackFile((try? String(contentsOf: dir.appendingPathComponent(f), encoding: .utf8)) ?? "")
            }
        }
    }

    @Test func thereArePacks() {
        #expect(Self.packDirectories().contains("US-CA"))
        #expect(Self.packDirectories().contains("bench"))
    }

    @Test(arguments: packDirectories())
    func everyExampleBehaves(_ pack: String) throws {
        let loaded = PackSetLoader.load(pack: Paths.repo("Rules/\(pack)").path, locator: Self.locator)
        #expect(!loaded.hasErrors, "\(loaded.diagnostics.map(\.description).joined(separator: "\n"))")
        let set = try #require(loaded.rules)
        let summary = RulesTester.run(set, only: loaded.sources.last?.id)
        for f in summary.failures {
            Issue.record("\(f.location.description): \(f.ruleId) example \(f.index) (expect \(f.expect.rawValue)): \(f.detail)")
        }
        // a functions-only pack (Rules/common) has no rules and nothing to run
        if summary.rules == 0 {
            #expect(!(loaded.sources.last?.defines.isEmpty ?? true), "\(pack) has neither rules nor functions")
            return
        }
        #expect(summary.rulesWithBoth == summary.rules, "every rule needs a passing and a failing example that behave")
    }

    @Test(arguments: packDirectories())
    func everyRuleCitesAndHasBothExamples(_ pack: String) throws {
        let loaded = PackSetLoader.load(pack: Paths.repo("Rules/\(pack)").path, locator: Self.locator)
        let set = try #require(loaded.rules)
        for r in set.rules where r.info.packId == loaded.sources.last?.id {
            #expect(!r.info.cite.isEmpty, "\(r.info.id) cites nothing")
            #expect(Set(r.source.examples.map(\.expect)).count == 2, "\(r.info.id)")
            if !r.info.cite.contains(where: { $0.status.isReadInText }) {
                #expect(r.info.severity != .error, "\(r.info.id) is an error from an unverified source")
            }
        }
    }
}
