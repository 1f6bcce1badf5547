import Foundation
@testable import S2SCOA
import S2SModel
import S2STestSupport
import Testing

/// Profiles are data: a user adds a lab by dropping a JSON file in a directory; a broken file is an
/// error at file:line:column, never a silently ignored profile.
@Suite("Lab profiles")
struct ProfileLoaderTests {
    /// A directory holding the bundled vocabulary plus `files`.
    func directory(_ files: [String: String]) throws -> URL {
        let dir = try Paths.temporaryDirectory("coa-profiles")
        for (name, text) in files { try text.write(to: dir.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        return dir
    }

    func problems(_ files: [String: String]) throws -> [COAProfileError.Problem] {
        let dir = try directory(files)
        let error = try #require(throws: COAProfileError.self) {
            try COAProfileSet.load(directories: [TestData.profileDirectory, dir])
        }
        return error.problems
    }

    @Test("the bundled directory loads: nine lab profiles, a fallback and the XML mapping")
    func bundled() throws {
        let set = try TestData.profiles()
        let ids = Set(set.profiles.map(\.id))
        #expect(ids == ["sclabs-2021", "caligreen-confidentcannabis", "tagleaf-2riverlabs", "veda-scientific",
                        "havard-confidentcannabis", "mcrlabs", "methodtestinglabs", "confidence-analytics", "generic"])
        #expect(set.profiles.filter(\.isFallback).map(\.id) == ["generic"])
        #expect(set.xmlMappings.map(\.namespace) == ["urn:s2slint:example:lims-coa:1"])
    }

    @Test("a JSON syntax error is reported at its line and column")
    func syntax() throws {
        let p = try problems(["broken.json": "{\n  \"schema\": \"s2slint.lab-profile/1\",\n  \"id\": \"x\"\n  \"name\": \"X\"\n}\n"])
        #expect(p.count == 1)
        #expect(p[0].file.hasSuffix("broken.json"))
        #expect((p[0].line, p[0].column) == (4, 3))
        #expect(p[0].description.contains("broken.json:4:3: error: expected ',' or '}'"))
    }

    @Test("a misspelt key is reported with a suggestion")
    func unknownKey() throws {
        let text = """
        {
          "schema": "s2slint.lab-profile/1",
          "id": "acme",
          "name": "Acme Labs",
          "recognise": {"any": ["Acme Labs"]},
          "feilds": []
        }
        """
        let p = try problems(["acme.json": text])
        #expect(p.count == 1)
        #expect((p[0].line, p[0].column) == (6, 3))
        #expect(p[0].message == "unknown key 'feilds' in the lab profile")
        #expect(p[0].hint == "did you mean 'fields'?")
    }

    @Test("a bad regular expression, an unknown panel and an unknown unit are each reported where they stand")
    func badValues() throws {
        let text = """
        {
          "schema": "s2slint.lab-profile/1",
          "id": "acme",
          "name": "Acme Labs",
          "recognise": {"any": ["Acme Labs"]},
          "fields": [{"field": "sample_id", "label": "Sample:", "pattern": "([A-Z"}]
        }
        """
        let regex = try problems(["acme.json": text])
        #expect(regex.map { ($0.line, $0.message) }.first.map { $0.0 == 6 && $0.1.contains("not a valid regular expression") } == true)

        let panel = text.replacingOccurrences(of: "\"fields\": [{\"field\": \"sample_id\", \"label\": \"Sample:\", \"pattern\": \"([A-Z\"}]",
                                              with: "\"sections\": [{\"panel\": \"heavy_metal\", \"titles\": \"METALS\"}]")
        let p2 = try problems(["acme.json": panel])
        #expect(p2.first?.message == "unknown panel 'heavy_metal'")
        #expect(p2.first?.hint == "did you mean 'heavy_metals'?")
        #expect(p2.first?.line == 6)

        let unit = text.replacingOccurrences(of: "\"fields\": [{\"field\": \"sample_id\", \"label\": \"Sample:\", \"pattern\": \"([A-Z\"}]",
                                             with: "\"sections\": [{\"panel\": \"cannabinoids\", \"titles\": \"POTENCY\", \"columns\": [\"name\", \"value mg/kilo\"]}]")
        let p3 = try problems(["acme.json": unit])
        #expect(p3.first?.message == "unknown unit 'mg/kilo' in column 'value mg/kilo'")
    }

    @Test("every broken file is reported, not only the first")
    func allProblems() throws {
        let p = try problems(["a.json": "{", "b.json": "{\"schema\": \"s2slint.lab-profile/9\"}"])
        #expect(p.count == 2)
        #expect(p.contains { $0.file.hasSuffix("a.json") && $0.message.contains("end of the file") })
        #expect(p.contains { $0.file.hasSuffix("b.json") && $0.message == "unknown schema 's2slint.lab-profile/9'" })
    }

    @Test("a profile without recognition markers is refused unless it is a fallback")
    func markers() throws {
        let p = try problems(["x.json": "{\"schema\": \"s2slint.lab-profile/1\", \"id\": \"x\", \"name\": \"X\"}"])
        #expect(p.first?.message == "profile 'x' has no 'recognise' markers")
    }

    @Test("a directory without the vocabulary is refused")
    func noVocabulary() throws {
        let dir = try directory(["x.json": "{\"schema\": \"s2slint.lab-profile/1\", \"id\": \"x\", \"name\": \"X\", \"fallback\": true}"])
        let error = try #require(throws: COAProfileError.self) { try COAProfileSet.load(directories: [dir]) }
        #expect(error.problems.first?.message.contains("no vocabulary") == true)
    }

    @Test("an XML mapping with a bad XPath is reported where it stands")
    func badXPath() throws {
        let text = """
        {"schema": "s2slint.coa-xml-mapping/1", "id": "m", "name": "M", "namespace": "urn:m",
         "fields": {"sample_id": "/a/b[@id="},
         "panels": {"select": "/a", "kind": "@k", "analytes": {"select": "x", "name": "@n", "value": "v"}}}
        """
        let p = try problems(["m.json": text])
        #expect(p.first.map { $0.line == 2 && $0.message.contains("not a valid XPath") } == true)
    }

    @Test("a user adds a lab by dropping a profile in a directory, without recompiling")
    func userProfile() throws {
        let profile = """
        {
          "schema": "s2slint.lab-profile/1",
          "id": "acme-labs",
          "name": "Acme Labs (test)",
          "recognise": {"all": ["ACME LABS"]},
          "fields": [
            {"field": "lab.name", "pattern": "(ACME LABS)"},
            {"field": "lab.license", "label": "License:", "pattern": "(C8-\\\\d{7}-LIC)"},
            {"field": "sample_id", "label": "Sample:"},
            {"field": "batch", "label": "Lot:"},
            {"field": "source_tag", "label": "Package:", "system": "metrc"},
            {"field": "dates.tested", "label": "Tested:"}
          ],
          "name_headers": ["Analyte"],
          "sections": [
            {"panel": "heavy_metals", "titles": "METALS", "columns": ["name", "limit µg/g", "value µg/g", "status"]}
          ],
          "tokens": [{"text": ["OK"], "status": "pass"}],
          "expected_fields": ["lab.name", "lab.license", "sample_id", "batch", "source_tag", "dates.tested", "panels", "analytes"]
        }
        """
        let dir = try directory(["acme.json": profile])
        let reader = COAReader(profiles: try COAProfileSet.load(directories: [TestData.profileDirectory, dir]))
        let text = """
        ACME LABS                    License: C8-0001234-LIC
        Sample: AC-77                Lot: L-2024-9
        Package: 1A4000000000000000000042     Tested: 2024-05-02

        METALS   OK
        Analyte        Limit     Result    Status
        Cadmium        0.2       0.05      OK
        Lead           0.5       ND        OK
        """
        let coa = try reader.readText(text, path: "acme.txt")
        #expect(coa.reading.profile == "acme-labs")
        #expect(coa.reading.confidence == 1)
        #expect(coa.lab.license?.value == "C8-0001234-LIC")
        #expect(coa.lab.license?.position == COAPosition(page: 1, line: 1, column: 39, lineInPage: 1))
        #expect(coa.sample.sourcePackageTags == ["1A4000000000000000000042"])
        #expect(coa.panel(.heavyMetals)?.status?.value == .pass)
        #expect(coa.analyte("cadmium")?.result.value == .amount(COAAmount(Decimal(string: "0.05")!, .microgramPerGram)))
        #expect(coa.analyte("lead")?.result.value == .notDetected)
        #expect(coa.analyte("lead")?.status?.value == .pass)
    }

    @Test("a later directory replaces a bundled profile with the same id")
    func override() throws {
        let replacement = "{\"schema\": \"s2slint.lab-profile/1\", \"id\": \"mcrlabs\", \"name\": \"MCR Labs (local)\", \"recognise\": {\"any\": [\"MCR Labs\"]}}"
        let set = try COAProfileSet.load(directories: [TestData.profileDirectory, try directory(["mcr.json": replacement])])
        #expect(set.profile("mcrlabs")?.name == "MCR Labs (local)")
        #expect(set.profiles.filter { $0.id == "mcrlabs" }.count == 1)
    }

    @Test("every name of the analyte vocabulary leads back to its own analyte")
    func vocabularyNamesAreUnique() throws {
        let vocabulary = try TestData.profiles().vocabulary
        var names = 0
        for entry in vocabulary.analytes {
            for name in entry.names + [entry.id] {
                names += 1
                let found = vocabulary.analyte(named: name)?.id
                if found != entry.id { Issue.record("'\(name)' leads to \(found ?? "nothing"), not \(entry.id)") }
            }
        }
        #expect(names > 600)
    }
}
