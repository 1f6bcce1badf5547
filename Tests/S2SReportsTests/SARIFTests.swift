import Foundation
import Testing
import S2SLintKit
import S2SModel
import S2SReports
import S2STestSupport

/// SARIF 2.1.0: schema-valid, regions on the right records, fingerprints that survive
/// reformatting, rules, taxonomy, suppressions and notifications as GitHub code scanning reads them.
@Suite("SARIF")
struct SARIFTests {
    typealias JSON = [String: Any]

    static func parse(_ text: String) throws -> JSON {
        let obj = try JSONSerialization.jsonObject(with: Data(text.utf8))
        return try #require(obj as? JSON)
    }

    static func run(_ sarif: JSON) throws -> JSON {
        let runs = try #require(sarif["runs"] as? [JSON])
        return try #require(runs.first)
    }

    static func results(_ sarif: JSON) throws -> [JSON] {
        try #require(try run(sarif)["results"] as? [JSON])
    }

    static func result(_ sarif: JSON, rule: String) throws -> JSON {
        try #require(try results(sarif).first { $0["ruleId"] as? String == rule }, "no result for \(rule)")
    }

    /// (uri, startLine, startColumn, endLine, endColumn) of a result's first location.
    static func region(_ result: JSON) throws -> (String?, Int, Int, Int?, Int?) {
        let locations = try #require(result["locations"] as? [JSON])
        let phys = try #require(locations.first?["physicalLocation"] as? JSON)
        let region = try #require(phys["region"] as? JSON)
        let uri = (phys["artifactLocation"] as? JSON)?["uri"] as? String
        return (uri, try #require(region["startLine"] as? Int), try #require(region["startColumn"] as? Int),
                region["endLine"] as? Int, region["endColumn"] as? Int)
    }

    @Test func validatesAgainstTheOASISSchema() throws {
        let fixture = try ReportFixture.make()
        let report = try FixtureRun.report(fixture)
        #expect(report.findings.count == 4)
        let path = try fixture.write("out.sarif", FixtureRun.render("sarif", report, fixture))
        #expect(try Python.validateSARIF(path) == "ok")
    }

    @Test func regionsPointAtTheDestinationTransporterAndPackageLine() throws {
        let fixture = try ReportFixture.make()
        let sarif = try Self.parse(FixtureRun.render("sarif", try FixtureRun.report(fixture), fixture))
        let cases: [(String, ReportFixture.Position)] = [
            ("FIX-DEST", ReportFixture.destination),
            ("FIX-TRANSPORTER", ReportFixture.transporter),
            ("FIX-LINE", ReportFixture.secondLine),
            ("FIX-QTY", ReportFixture.firstLine),
        ]
        for (rule, expected) in cases {
            let (uri, line, column, endLine, endColumn) = try Self.region(try Self.result(sarif, rule: rule))
            #expect(uri == "manifest.json", "\(rule): the URI is relative to the working directory")
            #expect(line == expected.line, "\(rule) start line")
            #expect(column == expected.column, "\(rule) start column")
            #expect(endLine == expected.line, "\(rule): the region stays on its line")
            #expect(endColumn == expected.endColumn, "\(rule) end column")
        }
        let run = try Self.run(sarif)
        #expect(run["columnKind"] as? String == "unicodeCodePoints")
        let base = try #require((run["originalUriBaseIds"] as? JSON)?["%SRCROOT%"] as? JSON)
        #expect((base["uri"] as? String)?.hasSuffix("/") == true)
    }

    @Test func relatedLocationPointsIntoTheInventoryExport() throws {
        let fixture = try ReportFixture.make()
        let sarif = try Self.parse(FixtureRun.render("sarif", try FixtureRun.report(fixture), fixture))
        let qty = try Self.result(sarif, rule: "FIX-QTY")
        let related = try #require(qty["relatedLocations"] as? [JSON])
        let phys = try #require(related.first?["physicalLocation"] as? JSON)
        #expect((phys["artifactLocation"] as? JSON)?["uri"] as? String == "C11-0000001-LIC.json")
        let region = try #require(phys["region"] as? JSON)
        #expect(region["startLine"] as? Int == ReportFixture.inventoryPackage.line)
        #expect(region["startColumn"] as? Int == ReportFixture.inventoryPackage.column)
        #expect(region["endColumn"] as? Int == ReportFixture.inventoryPackage.endColumn)
        #expect((related.first?["message"] as? JSON)?["text"] as? String == "package 1A4000000000000000000001 in the inventory export")
    }

    @Test func rulesCarryHelpCitationsTagsAndIndexes() throws {
        let fixture = try ReportFixture.make()
        let sarif = try Self.parse(FixtureRun.render("sarif", try FixtureRun.report(fixture), fixture))
        let run = try Self.run(sarif)
        let driver = try #require((run["tool"] as? JSON)?["driver"] as? JSON)
        #expect(driver["name"] as? String == "s2slint")
        #expect(driver["informationUri"] is String)
        let rules = try #require(driver["rules"] as? [JSON])
        let ids = rules.compactMap { $0["id"] as? String }
        for r in try Self.results(sarif) {
            let index = try #require(r["ruleIndex"] as? Int)
            #expect(ids[index] == r["ruleId"] as? String, "ruleIndex points at the result's rule")
        }
        let dest = try #require(rules.first { $0["id"] as? String == "FIX-DEST" })
        #expect((dest["shortDescription"] as? JSON)?["text"] as? String == "Recipient license starts with C9")
        #expect(((dest["fullDescription"] as? JSON)?["text"] as? String)?.contains("A fixture rule on each destination") == true)
        let help = try #require(dest["help"] as? JSON)
        #expect((help["text"] as? String)?.contains("Fix (shipper): ship to a C9 license") == true)
        #expect((help["markdown"] as? String)?.contains("[Fixture §1(a)](https://example.org/fixture#1a)") == true)
        #expect(dest["helpUri"] as? String == "https://example.org/fixture#1a")
        #expect((dest["defaultConfiguration"] as? JSON)?["level"] as? String == "error")
        let tags = try #require((dest["properties"] as? JSON)?["tags"] as? [String])
        #expect(tags.contains("category:license.type") && tags.contains("pack:report-fixture") && tags.contains("verification:verified"))
        let transporter = try #require(rules.first { $0["id"] as? String == "FIX-TRANSPORTER" })
        #expect(transporter["helpUri"] == nil, "no web address cited, so no helpUri")
        #expect(((transporter["properties"] as? JSON)?["tags"] as? [String])?.contains("verification:secondary") == true)
        let line = try #require(rules.first { $0["id"] as? String == "FIX-LINE" })
        #expect((line["defaultConfiguration"] as? JSON)?["level"] as? String == "note")
    }

    @Test func citationsAreATaxonomyReferencedByEachResult() throws {
        let fixture = try ReportFixture.make()
        let sarif = try Self.parse(FixtureRun.render("sarif", try FixtureRun.report(fixture), fixture))
        let run = try Self.run(sarif)
        let taxonomy = try #require((run["taxonomies"] as? [JSON])?.first)
        #expect(taxonomy["name"] as? String == "regulations")
        let taxa = try #require(taxonomy["taxa"] as? [JSON])
        let taxonIds = taxa.compactMap { $0["id"] as? String }
        #expect(taxonIds == ["Fixture §1(a)", "Fixture §2", "Fixture §3", "Fixture §4"])
        for r in try Self.results(sarif) {
            let refs = try #require(r["taxa"] as? [JSON], "\(r["ruleId"] ?? "") references its citation")
            let ref = try #require(refs.first)
            let index = try #require(ref["index"] as? Int)
            #expect(taxonIds[index] == ref["id"] as? String)
            #expect((ref["toolComponent"] as? JSON)?["name"] as? String == "regulations")
        }
    }

    @Test func fingerprintsSurviveReformattingButLinesDoNot() throws {
        let fixture = try ReportFixture.make()
        let pretty = try FixtureRun.report(fixture)
        // The same manifest written on one line (every record moves to line 1).
        let obj = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: fixture.manifest)))
        try JSONSerialization.data(withJSONObject: obj, options: [.sortedKeys]).write(to: URL(fileURLWithPath: fixture.manifest))
        let compact = try FixtureRun.report(fixture)
        func prints(_ r: Report) throws -> [String: String] {
            let sarif = try Self.parse(FixtureRun.render("sarif", r, fixture))
            var out: [String: String] = [:]
            for res in try Self.results(sarif) {
                out[res["ruleId"] as? String ?? ""] = (res["partialFingerprints"] as? JSON)?[FindingFingerprint.key] as? String
            }
            return out
        }
        let before = try prints(pretty), after = try prints(compact)
        #expect(before.count == 4)
        #expect(before == after)
        #expect(Set(before.values).count == 4, "each finding has its own fingerprint")
        #expect(compact.findings.allSatisfy { $0.location?.line == 1 })
        #expect(pretty.findings.map { $0.location?.line } != compact.findings.map { $0.location?.line })
        // and the fingerprint is what the baseline stores
        #expect(Set(Baseline(report: pretty).counts.keys) == Set(before.values))
    }

    @Test func waivedFindingsAreSuppressionsWithJustification() throws {
        let fixture = try ReportFixture.make()
        var service = try FixtureRun.service(fixture)
        service.waivers = [Waiver(rule: "FIX-DEST", manifest: "0000012345", reason: "recipient re-licensed; roster lags",
                                  approver: "J. Rivera", expires: Day(year: 2026, month: 12, day: 31)!,
                                  location: SourceLocation(file: "waivers.yml", line: 2, column: 5), pointer: "/waivers/0")]
        let report = service.lint(FixtureRun.spec(fixture)).report
        let sarif = try Self.parse(FixtureRun.render("sarif", report, fixture))
        let dest = try Self.result(sarif, rule: "FIX-DEST")
        let suppression = try #require((dest["suppressions"] as? [JSON])?.first)
        #expect(suppression["kind"] as? String == "external")
        #expect(suppression["status"] as? String == "accepted")
        #expect(suppression["justification"] as? String == "recipient re-licensed; roster lags")
        #expect((suppression["properties"] as? JSON)?["approver"] as? String == "J. Rivera")
        #expect(try Self.result(sarif, rule: "FIX-LINE")["suppressions"] == nil)
        let path = try fixture.write("waived.sarif", FixtureRun.render("sarif", report, fixture))
        #expect(try Python.validateSARIF(path) == "ok")
    }

    @Test func inputProblemsAreNotificationsAndTheRunIsNotSuccessful() throws {
        let fixture = try ReportFixture.make()
        let broken = try fixture.write("broken.json", "[{\"ManifestNumber\": \"1\",\n  \"Destinations\": [}\n")
        var spec = FixtureRun.spec(fixture)
        spec.manifests.append(broken)
        let report = try FixtureRun.service(fixture).lint(spec).report
        #expect(report.diagnostics.contains { $0.level == .error })
        let text = FixtureRun.render("sarif", report, fixture)
        let sarif = try Self.parse(text)
        let invocation = try #require((try Self.run(sarif)["invocations"] as? [JSON])?.first)
        #expect(invocation["executionSuccessful"] as? Bool == false)
        let notes = try #require(invocation["toolExecutionNotifications"] as? [JSON])
        let note = try #require(notes.first)
        #expect(note["level"] as? String == "error")
        let loc = try #require((note["locations"] as? [JSON])?.first?["physicalLocation"] as? JSON)
        #expect((loc["artifactLocation"] as? JSON)?["uri"] as? String == "broken.json")
        #expect(try Python.validateSARIF(try fixture.write("broken.sarif", text)) == "ok")
    }

    @Test func standardInputHasNoURIButStaysValid() throws {
        let fixture = try ReportFixture.make()
        var spec = FixtureRun.spec(fixture)
        spec.manifests = ["-"]
        let report = try FixtureRun.service(fixture).lint(spec, standardInput: Array(ReportFixture.manifestJSON().utf8)).report
        #expect(report.findings.count == 4)
        let text = FixtureRun.render("sarif", report, fixture)
        let sarif = try Self.parse(text)
        let (uri, line, column, _, endColumn) = try Self.region(try Self.result(sarif, rule: "FIX-TRANSPORTER"))
        #expect(uri == nil)
        #expect(line == ReportFixture.transporter.line && column == ReportFixture.transporter.column)
        #expect(endColumn == ReportFixture.transporter.endColumn)
        #expect(try Python.validateSARIF(try fixture.write("stdin.sarif", text)) == "ok")
    }

    @Test func windowsLineEndingsKeepTheSameRegions() throws {
        let fixture = try ReportFixture.make()
        let crlf = ReportFixture.manifestJSON().replacingOccurrences(of: "\n", with: "\r\n")
        try crlf.write(toFile: fixture.manifest, atomically: true, encoding: .utf8)
        let report = try FixtureRun.report(fixture)
        let sarif = try Self.parse(FixtureRun.render("sarif", report, fixture))
        for (rule, expected) in [("FIX-DEST", ReportFixture.destination), ("FIX-TRANSPORTER", ReportFixture.transporter),
                                 ("FIX-QTY", ReportFixture.firstLine)] {
            let (_, line, column, _, endColumn) = try Self.region(try Self.result(sarif, rule: rule))
            #expect(line == expected.line && column == expected.column && endColumn == expected.endColumn, "\(rule)")
        }
    }

    @Test func pathsOutsideTheWorkingDirectoryAreFileURIs() {
        let p = ArtifactPath(workingDirectory: "/work/repo/")
        #expect(p.uri("/work/repo/manifests/a b.json")?.uri == "manifests/a%20b.json")
        #expect(p.uri("/work/repo/manifests/a.json")?.baseId == ArtifactPath.baseId)
        #expect(p.uri("manifests/./x/../a.json")?.uri == "manifests/a.json")
        #expect(p.uri("/tmp/out/m.json")?.uri == "file:///tmp/out/m.json")
        #expect(p.uri("/tmp/out/m.json")?.baseId == nil)
        #expect(p.uri("../other/m.json")?.uri == "file:///work/other/m.json")
        #expect(p.uri("<stdin>") == nil)
        #expect(p.workingDirectoryURI == "file:///work/repo/")
    }
}
