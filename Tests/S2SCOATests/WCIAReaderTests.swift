import Foundation
import S2SCOA
import S2SModel
import S2STestSupport
import Testing

@Suite("WCIA lab-result JSON")
struct WCIAReaderTests {
    @Test("the schema's example reads into a COA with JSON pointers")
    func example() throws {
        let path = Paths.sharedFile("coa-samples/wcia-lab-result-v2.2.0-example.json").path
        let coa = try TestData.reader().read(path: path)
        #expect(coa.document.format == .wciaJSON)
        #expect(coa.document.sha256 == "9d384e2c833141bfc169b5b09646a1424d756351c6fa58e2905f78bd36e7089b")
        #expect(coa.lab.name?.value == "Confidence Analytics")
        #expect(coa.lab.license?.value == "7939083039")
        #expect(coa.lab.license?.position?.pointer == "/0/lab_ccrs_license")
        #expect(coa.sample.sampleID?.value == "WA-211031-999")
        #expect(coa.sample.sourcePackageTags == ["fd5e646ad3b8454483bc7ab34f21003f"])
        #expect(coa.sample.traceIDs.allSatisfy { $0.system == .ccrs })
        #expect(coa.dates.released?.value.day.description == "2022-10-01")
        #expect(coa.dates.expires?.value.day.description == "2023-10-04")
        #expect(coa.status?.value == .pass)
        #expect(Set(coa.panels.map(\.kind)) == [.cannabinoids, .microbials, .waterActivity, .mycotoxins, .terpenes, .pesticides,
                                               .foreignMaterial, .moisture, .heavyMetals])
        let thca = try #require(coa.analyte("thca"))
        #expect(thca.result.value == .amount(COAAmount(Decimal(string: "16.08")!, .percent)))
        #expect(thca.result.position?.pointer == "/0/metric_list/0/metrics/10/qom")
        #expect(thca.result.position?.line == 110)
        // qom "0" stands for not detected.
        #expect(coa.analyte("cbd")?.result.value == .notDetected)
        #expect(coa.analyte("lead")?.result.value == .amount(COAAmount(Decimal(string: "0.0739")!, .microgramPerGram)))
        #expect(coa.printedTotal("total_thc")?.amount.value == .amount(COAAmount(Decimal(string: "17.52")!, .percent)))
        #expect(coa.computedTotalTHC?.disagrees == false)
        #expect(coa.reading.issues.contains { $0.code == "coa.amended" })
    }

    @Test("malformed JSON reports line and column")
    func malformed() throws {
        let json = "[{\n  \"lab_name\": \"X\",\n  \"metric_list\": [\n    {\"test_type\": \"cannabinoid assay\" \"metrics\": []}\n  ]\n}]"
        let error = try #require(throws: COAReadError.self) { try TestData.reader().read(bytes: Array(json.utf8), path: "bad.json") }
        #expect(error == .malformedJSON(path: "bad.json", line: 4, column: 39, detail: "expected ',' or '}'"))
    }

    @Test("JSON that is not a WCIA lab result is refused")
    func notWCIA() throws {
        let error = try #require(throws: COAReadError.self) {
            try TestData.reader().read(bytes: Array("{\"Label\": \"1A4000000000000000000001\"}".utf8), path: "metrc.json")
        }
        guard case .notWCIA(let p, _, _, let detail) = error else { Issue.record("unexpected \(error)"); return }
        #expect(p == "metrc.json")
        #expect(detail.contains("metric_list"))
    }
}
