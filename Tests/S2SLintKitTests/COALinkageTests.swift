import Foundation
import Testing
import S2SModel
import S2SLintKit
import S2STestSupport

/// Certificates linked to the packages a run ships (`check --coa`): the California example's
/// findings with the values compared, and certificates that cannot be read or belong to nothing.
@Suite("COA linkage")
struct COALinkageTests {
    static let example = Paths.repo("Examples/us-ca")

    static func linter() throws -> Linter {
        let locator = DataLocator(rulesDirectory: Paths.repo("Rules"), jurisdictionsDirectory: Paths.repo("Jurisdictions"))
        return Linter(rules: try #require(PackSetLoader.load(pack: "US-CA", locator: locator).rules))
    }

    static func spec(coas: [String]) throws -> InputSpec {
        let manifests = try FileManager.default.contentsOfDirectory(atPath: example.appendingPathComponent("manifests").path)
            .sorted().map { example.appendingPathComponent("manifests/\($0)").path }
        return InputSpec(manifests: manifests, inventory: [example.appendingPathComponent("packages").path],
                         licenses: [example.appendingPathComponent("licenses.csv").path],
                         labResults: [example.appendingPathComponent("lab_results.json").path], coas: coas)
    }

    static func evidence(_ f: Finding, _ expression: String) -> String {
        guard let e = f.evidence.first(where: { $0.expression == expression }) else { return "(no evidence \(expression))" }
        return "\(e.value)"
    }

    @Test("the example's certificates are linked to its manifest lines; each kind of violation shows the values compared")
    func exampleFindings() throws {
        let report = try Self.linter().lint(Self.spec(coas: [Self.example.appendingPathComponent("coas").path]))
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics)")
        let coa = report.findings.filter { $0.ruleId.hasPrefix("CA-COA-01") }
        func one(_ rule: String) throws -> Finding { try #require(coa.first { $0.ruleId == rule }, "no \(rule) in \(coa.map(\.ruleId))") }

        let missing = try one("CA-COA-010")
        #expect(missing.package == "1A4060300002EE1000012402")
        #expect(Self.evidence(missing, "package.batch").contains("AGS1-0011-15B"))

        let failed = try one("CA-COA-014")
        #expect(failed.manifest == "0001977411")
        #expect(failed.message.contains("cadmium 0.235 µg/g > 0.2 µg/g (printed pass)"), "\(failed.message)")
        #expect(Self.evidence(failed, "map(package.coas, c => coa_category(package, c))").contains("flower"))

        let lab = try one("CA-COA-012")
        #expect(lab.package == "1A4060300002EE1000012403")
        #expect(lab.message.contains("C8-0000104-LIC (expired on 2026-09-30; tested 2026-10-15)"), "\(lab.message)")
        #expect(Self.evidence(lab, "map(package.coas, c => c.lab.expiration_date)").contains("2026-09-30"))

        let potency = try one("CA-COA-016")
        #expect(potency.package == "1A4060300002EE1000012346")
        #expect(potency.severity == .warning)
        #expect(Self.evidence(potency, "package.item.unit_thc_percent").contains("35"))
        #expect(Self.evidence(potency, "map(package.coas, c => c.total_thc)").contains("30.655358"))

        // the findings on manifest lines point into the manifests; the unlinked certificate into itself
        let unlinked = try one("CA-COA-011")
        #expect(unlinked.manifest == nil)
        let loc = try #require(unlinked.location)
        #expect(loc.file.hasSuffix("coas/gelato-gg4-2026-0099.xml"))
        #expect(loc.line == 15)   // <c:Batch>GG4-2026-0099</c:Batch>
        #expect(loc.pointer?.contains("Batch") == true)
        for f in coa where f.ruleId != "CA-COA-011" { #expect(f.location?.file.contains("manifests/") == true) }
    }

    @Test("without --coa the certificate rules stay silent; the Metrc lab-result rules still run")
    func noCOAs() throws {
        let report = try Self.linter().lint(Self.spec(coas: []))
        #expect(!report.findings.contains { $0.ruleId.hasPrefix("CA-COA-01") })
        #expect(report.findings.contains { $0.ruleId == "CA-TEST-001" })
    }

    @Test("a PDF with no text layer, an encrypted PDF and an XML with an unknown namespace are errors naming the file; none passes")
    func unreadable() throws {
        let dir = try Paths.temporaryDirectory("coa-unreadable")
        let scan = dir.appendingPathComponent("scan.pdf").path
        try Data(MinimalPDF.withoutText).write(to: URL(fileURLWithPath: scan))
        let encrypted = Paths.repo("Tests/S2SCOATests/Fixtures/pdf/encrypted-user-password.pdf").path
        let unknownXML = dir.appendingPathComponent("other-lims.xml").path
        try Data("<?xml version=\"1.0\"?>\n<r:Report xmlns:r=\"urn:example:other-lims\">\n  <r:Batch>CSJ-P0720523</r:Batch>\n</r:Report>\n".utf8)
            .write(to: URL(fileURLWithPath: unknownXML))
        let report = try Self.linter().lint(Self.spec(coas: [scan, encrypted, unknownXML]))
        let errors = report.diagnostics.filter { $0.level == .error }
        #expect(errors.map(\.code).sorted() == ["coa.pdf.encrypted", "coa.pdf.no-text", "coa.xml.namespace"])
        for (path, code) in [(scan, "coa.pdf.no-text"), (encrypted, "coa.pdf.encrypted"), (unknownXML, "coa.xml.namespace")] {
            let d = try #require(errors.first { $0.code == code })
            #expect(d.location?.file == path)
        }
        #expect(errors.first { $0.code == "coa.xml.namespace" }?.location?.line == 2)
        #expect(errors.first { $0.code == "coa.xml.namespace" }?.message.contains("urn:example:other-lims") == true)
        // the run was given certificates: every shipped package without a readable one is a finding
        let missing = report.findings.filter { $0.ruleId == "CA-COA-010" }.compactMap(\.package)
        #expect(Set(missing) == ["1A4060300002EE1000012345", "1A4060300002EE1000012346", "1A4060300002EE1000012401",
                                 "1A4060300002EE1000012402", "1A4060300002EE1000012403"])
    }

    @Test("a folder without certificates is an error, not an empty run")
    func emptyFolder() throws {
        let dir = try Paths.temporaryDirectory("coa-empty")
        try Data("notes".utf8).write(to: dir.appendingPathComponent("README.md"))
        let report = try Self.linter().lint(Self.spec(coas: [dir.path]))
        #expect(report.diagnostics.contains { $0.code == "input.empty-dir" && $0.level == .error })
        #expect(report.findings.contains { $0.ruleId == "CA-COA-010" })
    }
}
