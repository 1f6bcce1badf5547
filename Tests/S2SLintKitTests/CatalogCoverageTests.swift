import Foundation
import Testing
import S2SModel
import RuleEngine
import S2SLintKit
import S2STestSupport

/// `rules coverage`: the per-state catalog read from its Markdown tables, compared with the packs;
/// Docs/coverage.md is generated from the catalog in ../shared and fails CI when it is stale.
@Suite("Catalog coverage")
struct CatalogCoverageTests {
    static let catalogLabel = "../shared/research/regulations.md"

    /// Every pack folder of Rules/, labelled as the command labels them from the repository root.
    static func repositoryPacks() throws -> [(label: String, loaded: PackSetLoader.Loaded)] {
        let locator = DataLocator(rulesDirectory: Paths.repo("Rules"), jurisdictionsDirectory: Paths.repo("Jurisdictions"))
        let fm = FileManager.default
        var out: [(String, PackSetLoader.Loaded)] = []
        for name in try fm.contentsOfDirectory(atPath: Paths.repo("Rules").path).sorted() {
            let dir = Paths.repo("Rules/\(name)")
            let files = (try? fm.contentsOfDirectory(atPath: dir.path)) ?? []
            guard files.contains(where: { f in
                f.hasSuffix(".yaml") && PackLoader.isPackFile((try? String(contentsOf: dir.appendingPathComponent(f), encoding: .utf8)) ?? "")
            }) else { continue }
            let loaded = PackSetLoader.load(pack: dir.path, locator: locator)
            #expect(!loaded.hasErrors, "Rules/\(name): \(loaded.diagnostics.prefix(3).map(\.description))")
            out.append(("Rules/\(name)", loaded))
        }
        return out
    }

    @Test func theCommittedCoverageTableIsCurrent() throws {
        let catalogPath = Paths.sharedFile("research/regulations.md").path
        try #require(FileManager.default.fileExists(atPath: catalogPath), "the catalog \(catalogPath) is needed (CI provides ../shared)")
        let (catalog, problems) = StateCatalogReader.read(path: catalogPath)
        #expect(problems.isEmpty, "\(problems)")
        let coverage = CatalogCoverage(catalog: try #require(catalog), catalogLabel: Self.catalogLabel, packs: try Self.repositoryPacks())
        let fresh = coverage.markdown(output: "Docs/coverage.md")
        let committed = (try? String(contentsOf: Paths.repo("Docs/coverage.md"), encoding: .utf8)) ?? ""
        #expect(committed == fresh, """
            Docs/coverage.md is stale: a pack or the catalog changed since it was generated. Regenerate it from the repository root:
              \(CatalogCoverage.regenerateCommand(catalog: Self.catalogLabel, output: "Docs/coverage.md"))
            """)
        #expect(!fresh.contains(Paths.repositoryRoot.path), "no path of this machine")
    }

    /// A state's operations pack (run by `s2slint reconcile`) counts with its main pack: Michigan's
    /// MI-SALE-002 is encoded by Rules/US-MI-ops although Rules/US-MI lists it as not checked by `check`.
    @Test func anOperationsPackCountsWithItsStatesMainPack() throws {
        let (read, _) = StateCatalogReader.read(path: Paths.sharedFile("research/regulations.md").path)
        let catalog = try #require(read)
        let packs = try Self.repositoryPacks().filter { $0.label.hasPrefix("Rules/US-MI") }
        let both = CatalogCoverage(catalog: catalog, catalogLabel: Self.catalogLabel, packs: packs)
        let mi = try #require(both.states.first { $0.state.code == "MI" })
        #expect(mi.pack == "Rules/US-MI")
        #expect(mi.otherPacks == ["Rules/US-MI-ops"])
        let row = try #require(mi.rows.first { $0.rule.id == "MI-SALE-002" })
        #expect(row.status == .encoded)
        #expect(row.packRules.map(\.pack) == ["Rules/US-MI-ops"])
        // alone, the main pack says why check does not do it
        let mainOnly = CatalogCoverage(catalog: catalog, catalogLabel: Self.catalogLabel, packs: packs.filter { $0.label == "Rules/US-MI" })
        let alone = try #require(mainOnly.states.first { $0.state.code == "MI" })
        let aloneRow = try #require(alone.rows.first { $0.rule.id == "MI-SALE-002" })
        guard case .notChecked(let why) = aloneRow.status else {
            Issue.record("MI-SALE-002 should be not checked by Rules/US-MI alone"); return
        }
        #expect(why.contains("Rules/US-MI-ops"))
        // the rules US-MI-ops takes from Rules/ops are not Michigan's
        #expect(!mi.outside.contains { $0.pack != nil })
    }

    @Test func theRealCatalogReadsEveryStateAndRule() throws {
        let (catalog, problems) = StateCatalogReader.read(path: Paths.sharedFile("research/regulations.md").path)
        #expect(problems.isEmpty)
        let c = try #require(catalog)
        #expect(c.states.map(\.code) == ["CA", "CO", "WA", "OR", "MI", "MA", "NV", "OK", "FL", "NM", "IL"])
        #expect(c.states.map(\.name).prefix(3) == ["California", "Colorado", "Washington"])
        #expect(c.states.first { $0.code == "NM" }?.name == "New Mexico")
        #expect(c.states.reduce(0) { $0 + $1.rules.count } == 135)
        let ca = try #require(c.state(jurisdiction: "US-CA"))
        let xfer3 = try #require(ca.rules.first { $0.id == "CA-XFER-003" })
        #expect(xfer3.tags == ["V", "V-old"])
        #expect(xfer3.title == "Retail-bound goods come from a distributor after QA")
        #expect(CatalogCoverage.shortCitation(ca.rules[0].citation) == "4 CCR §15311(a); B&P §26070(b)")
    }

    static let catalogText = """
        # A catalog
        ## 1. Zedland (ZRA)
        | ID | Title | Citation | Requirement | Status |
        |---|---|---|---|---|
        | ZZ-A-001 | Error rule | Z §1; https://z.example/1 | … | [V] |
        | ZZ-A-002 | Warning rule | Z §2 | … | [S] |
        | ZZ-A-003 | Verified warning | Z §3 | … | [V] (text); [U] (value) |
        | ZZ-A-004 | Listed as not checked | Z §4 | … | [V] |
        | ZZ-A-005 | Missing | Z §5 | … | [U] |
        | ZZ-A-006 | Covered by a rule turned off | Z §6 | … | [V] |
        ### 7.1 Yland (Y board)
        | ID | Title | Citation | Requirement | Status |
        |---|---|---|---|---|
        | YY-B-001 | Y rule | Y §1 | … | [V-redline] |

        """

    func pack(_ dir: URL, _ name: String, _ text: String) throws -> URL {
        let d = dir.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: d, withIntermediateDirectories: true)
        try text.write(to: d.appendingPathComponent("pack.yaml"), atomically: true, encoding: .utf8)
        return d
    }

    static func rule(_ id: String, _ severity: String, _ status: String, covers: String = "") -> String {
        """
          - id: \(id)
            title: rule \(id)
            severity: \(severity)
            category: package.hold
            scope: package
            assert: package.on_hold == false
            message: "on hold"
            cite: [{ ref: "Z §", status: \(status) }]
        \(covers.isEmpty ? "" : "    covers: [\(covers)]\n")    examples: [{ expect: pass, data: {} }, { expect: fail, data: {} }]

        """
    }

    @Test func eachCatalogRuleGetsItsStatus() throws {
        let dir = try Paths.temporaryDirectory("coverage")
        let catalogPath = dir.appendingPathComponent("catalog.md").path
        try Self.catalogText.write(toFile: catalogPath, atomically: true, encoding: .utf8)
        let base = try pack(dir, "US-ZZ", """
            pack: US-ZZ
            version: 1.0.0
            jurisdiction: US-ZZ
            not_checked:
              - { id: ZZ-A-004, reason: "no export carries it" }
              - { id: ZZ-A-099, reason: "a typo" }
            rules:
            \(Self.rule("ZZ-A-001", "error", "verified"))\(Self.rule("ZZ-LOCAL-1", "warning", "secondary", covers: "ZZ-A-002, ZZ-B-777"))\(Self.rule("ZZ-LOCAL-2", "warning", "verified", covers: "ZZ-A-003"))\(Self.rule("ZZ-A-006", "error", "verified"))\(Self.rule("ZZ-OWN-1", "info", "verified"))
            """)
        let overlay = try pack(dir, "overlay", """
            pack: ZZ-ACME
            version: 1.0.0
            extends: [US-ZZ]
            overrides:
              - { id: ZZ-A-006, disabled: true, reason: "Acme does not need it" }
            """)
        let jurisdictions = dir.appendingPathComponent("J")
        try FileManager.default.createDirectory(at: jurisdictions, withIntermediateDirectories: true)
        try "jurisdiction: US-ZZ\nname: Zedland\ntime_zone: UTC\n".write(to: jurisdictions.appendingPathComponent("US-ZZ.yaml"), atomically: true, encoding: .utf8)
        let locator = DataLocator(rulesDirectory: dir, jurisdictionsDirectory: jurisdictions)
        for d in [base, overlay] {
            let l = PackSetLoader.load(pack: d.path, locator: locator)
            #expect(!l.hasErrors, "\(l.diagnostics.map(\.description))")
        }
        let (catalog, problems) = StateCatalogReader.read(path: catalogPath)
        #expect(problems.isEmpty, "\(problems)")
        let c = try #require(catalog)
        #expect(c.states.map(\.name) == ["Zedland", "Yland"])

        let coverage = CatalogCoverage(catalog: c, catalogLabel: "catalog.md",
                                       packs: [("US-ZZ", PackSetLoader.load(pack: base.path, locator: locator))])
        let zz = try #require(coverage.states.first)
        #expect(zz.rows.map(\.status) == [.encoded, .advisory(.warning, pending: true), .advisory(.warning, pending: false),
                                          .notChecked("no export carries it"), .missing, .encoded])
        #expect(zz.rows[1].packRules.map(\.id) == ["ZZ-LOCAL-1"])
        #expect(zz.encoded == 4 && zz.asErrors == 2 && zz.asWarnings == 2 && zz.pending == 1 && zz.notChecked == 1 && zz.missing == 1)
        #expect(zz.percentEncoded == 66, "4 of 6, rounded down")
        #expect(zz.problems.map(\.message) == ["not_checked lists ZZ-A-099, which is not a Zedland rule of the catalog",
                                               "rule ZZ-LOCAL-1 covers ZZ-B-777, which is not a Zedland rule of the catalog"])
        #expect(zz.problems.first?.location?.line == 6)
        #expect(zz.outside.map(\.id) == ["ZZ-OWN-1"])
        #expect(coverage.states[1].rows.map(\.status) == [.noPack])
        #expect(coverage.hasGaps)
        #expect(CatalogCoverage.summary(zz) == "4 of 6 catalog rules encoded (66%): 2 as errors, 2 as warnings (1 pending confirmation); 1 not checked; 1 missing; 2 ids not in the catalog")

        let md = coverage.markdown(output: "Docs/coverage.md")
        #expect(md.contains("| [Zedland](#zedland-us-zz) | `US-ZZ` | 6 | 4 (66%) | 2 | 2 | 1 | 1 |"))
        #expect(md.contains("| `ZZ-A-001` | Error rule | Z §1 | V | `ZZ-A-001` rule ZZ-A-001 | encoded (error) |"))
        #expect(md.contains("| `ZZ-A-003` | Verified warning | Z §3 | V, U | `ZZ-LOCAL-2` rule ZZ-LOCAL-2 | encoded as a warning |"))
        #expect(md.contains("| `ZZ-A-004` | Listed as not checked | Z §4 | V | — | not checked: no export carries it |"))
        #expect(md.contains("| `ZZ-A-005` | Missing | Z §5 | U | — | **missing** |"))
        #expect(md.contains("| `YY-B-001` | Y rule | Y §1 | V-redline | — | no pack yet |"))
        let json = coverage.json()
        #expect(json.contains("\"status\": \"warning-pending-confirmation\""))
        #expect(json.contains("\"reason\": \"no export carries it\""))
        #expect(coverage.text().contains("  ZZ-A-005  missing\n"))

        // an overlay that turns a rule off loses its coverage
        let over = CatalogCoverage(catalog: c, catalogLabel: "catalog.md", packs: [("overlay", PackSetLoader.load(pack: overlay.path, locator: locator))])
        #expect(over.states.first?.rows.last?.status == .missing)
    }

    @Test func aBrokenCatalogRowIsAnErrorAtItsLine() throws {
        let text = """
            ## 1. Zedland
            | ID | Title | Citation | Status |
            |---|---|---|---|
            | ZZ-A-001 | ok | Z §1 | [V] |
            | ZZ-A-002 | a | cell | too many | [V] |
            | zz a 3 | bad id | Z | [V] |
            | ZZ-A-001 | again | Z | [V] |
            | ZZ-A-004 | no tag | Z | verified |
            """
        let (catalog, problems) = StateCatalogReader.read(path: "cat.md", text: text)
        #expect(problems.map(\.message) == [
            "this catalog row has 5 cells, its table 4",
            "'zz a 3' is not a rule id (capital letters and digits joined by hyphens, e.g. CA-XFER-001)",
            "rule ZZ-A-001 is in the catalog twice (also on line 4)",
            "rule ZZ-A-004 has no status tag",
        ])
        #expect(problems.map { $0.location?.line ?? 0 } == [5, 6, 7, 8])
        #expect(catalog?.states.first?.rules.map(\.id) == ["ZZ-A-001", "ZZ-A-004"])
        let (_, none) = StateCatalogReader.read(path: "empty.md", text: "# nothing\n\n| a | b |\n|---|---|\n| 1 | 2 |\n")
        #expect(none.map(\.code) == ["catalog.empty"])
    }
}
