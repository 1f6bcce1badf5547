import Foundation
import S2SCOA
import S2SModel
import S2STestSupport
import Testing

@Suite("XML COAs")
struct XMLReaderTests {
    @Test("the example LIMS XML reads through its mapping, with line numbers and element paths")
    func example() throws {
        let path = TestData.fixture("xml/example-lims-coa.xml").path
        let coa = try TestData.reader().read(path: path)
        #expect(coa.document.format == .xml)
        #expect(coa.reading.reader == "xml:example-lims-coa-1")
        #expect(coa.lab.name?.value == "Example Analytical Laboratory")
        #expect(coa.lab.license?.value == "C8-0000999-LIC")
        #expect(coa.lab.license?.position?.line == 8)
        #expect(coa.lab.license?.position?.pointer == "/c:CertificateOfAnalysis/c:Laboratory/c:License")
        #expect(coa.sample.sampleID?.value == "EAL-240301-007")
        #expect(coa.sample.batchIDs.map(\.value) == ["BD-2024-0301"])
        #expect(coa.sample.sourcePackageTags == ["1A4FF0100000022000001234"])
        #expect(coa.sample.labSampleTag == "1A4FF0100000022000005678")
        #expect(coa.sample.inhalable?.value == true)
        #expect(coa.dates.tested?.value.day.description == "2024-03-07")
        #expect(coa.dates.expires?.value.day.description == "2025-03-08")
        #expect(coa.status?.value == .pass)
        #expect(coa.panel(.pesticides)?.status?.value == .notTested)
        let cd = try #require(coa.analyte("cadmium"))
        #expect(cd.result.value == .amount(COAAmount(Decimal(string: "0.05")!, .microgramPerGram)))
        #expect(cd.limit?.value == .maximum(COAAmount(Decimal(string: "0.2")!, .microgramPerGram)))
        #expect(cd.result.position?.pointer == "/c:CertificateOfAnalysis/c:Panels/c:Panel[2]/c:Analyte[2]/c:Result")
        #expect(coa.analyte("cbda")?.result.value == .belowLOQ(bound: nil))
        #expect(coa.analyte("stec")?.limit?.value == .notDetectedIn(COAAmount(1, .gram)))
        let thc = try #require(coa.computedTotalTHC)
        #expect(thc.value == COAAmount(Decimal(string: "22.4557")!, .percent))
        #expect(!thc.disagrees)
        #expect(coa.reading.missingFields.isEmpty)
    }

    @Test("an XML whose namespace no mapping knows is an error, not an empty COA")
    func unknownNamespace() throws {
        let xml = """
        <?xml version="1.0"?>
        <coa xmlns="urn:acme:unknown-lims:7">
          <sample id="X-1"/>
        </coa>
        """
        let error = try #require(throws: COAReadError.self) { try TestData.reader().read(bytes: Array(xml.utf8), path: "acme.xml") }
        guard case .unknownXMLNamespace(let p, let ns, let line, let known) = error else { Issue.record("unexpected \(error)"); return }
        #expect(p == "acme.xml")
        #expect(ns == "urn:acme:unknown-lims:7")
        #expect(line == 2)
        #expect(known.contains("urn:s2slint:example:lims-coa:1"))
        #expect(error.description.hasPrefix("acme.xml:2:1: error: no COA XML mapping reads the namespace 'urn:acme:unknown-lims:7'"))
    }

    @Test("an XML without any namespace is an error too")
    func noNamespace() throws {
        let error = try #require(throws: COAReadError.self) {
            try TestData.reader().read(bytes: Array("<coa><sample id=\"1\"/></coa>".utf8), path: "plain.xml")
        }
        #expect(error.code == "coa.xml.namespace")
    }

    @Test("malformed XML reports its line")
    func malformed() throws {
        let xml = "<?xml version=\"1.0\"?>\n<c:CertificateOfAnalysis xmlns:c=\"urn:s2slint:example:lims-coa:1\">\n  <c:Sample id=\"A\">\n    <c:Batch>B-1</c:Bat>\n</c:CertificateOfAnalysis>\n"
        let error = try #require(throws: COAReadError.self) { try TestData.reader().read(bytes: Array(xml.utf8), path: "broken.xml") }
        guard case .malformedXML(let p, let line, _, let detail) = error else { Issue.record("unexpected \(error)"); return }
        #expect(p == "broken.xml")
        #expect(line == 4)
        #expect(detail.contains("mismatch"))
        #expect(error.description.hasPrefix("broken.xml:4:"))
    }

    @Test("external entities are never loaded")
    func noExternalEntities() throws {
        let secret = try Paths.temporaryDirectory("coa-xxe").appendingPathComponent("secret.txt")
        try "TOP-SECRET-CONTENT".write(to: secret, atomically: true, encoding: .utf8)
        let xml = """
        <?xml version="1.0"?>
        <!DOCTYPE c:CertificateOfAnalysis [<!ENTITY xxe SYSTEM "file://\(secret.path)">]>
        <c:CertificateOfAnalysis xmlns:c="urn:s2slint:example:lims-coa:1">
          <c:Laboratory><c:Name>&xxe;</c:Name></c:Laboratory>
          <c:Sample id="S-1"><c:Batch>B-1</c:Batch></c:Sample>
          <c:Panels/>
        </c:CertificateOfAnalysis>
        """
        let coa = try TestData.reader().read(bytes: Array(xml.utf8), path: "xxe.xml")
        #expect(coa.sample.sampleID?.value == "S-1")
        let name = coa.lab.name?.value
        #expect(name.map { !$0.contains("TOP-SECRET") } ?? true)
    }

    @Test("a mapping whose XPaths match nothing in the document is an error")
    func nothingMatched() throws {
        let xml = "<c:Other xmlns:c=\"urn:s2slint:example:lims-coa:1\"><c:Nothing/></c:Other>"
        let error = try #require(throws: COAReadError.self) { try TestData.reader().read(bytes: Array(xml.utf8), path: "other.xml") }
        #expect(error.code == "coa.layout.unreadable")
    }
}
