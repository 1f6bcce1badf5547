import Foundation
import S2SCOA
import S2SModel
import S2STestSupport
import Testing

/// The eight real lab COAs of `../shared/coa-samples`, each read through pdftotext and compared
/// field by field with a fixture checked by hand against the PDF.
@Suite("Real lab COAs")
struct SampleCOATests {
    @Test("reads the sample PDF as its hand-checked fixture", arguments: TestData.sampleNames)
    func sample(_ name: String) throws {
        guard TestData.requirePDFToText() else { return }
        let fixture = try FixtureComparison.load(name, from: TestData.fixtures)
        let coa = try TestData.readSample(name)
        #expect(coa.document.path == Paths.sharedFile(fixture.pdf).path)
        #expect(coa.document.sha256 == fixture.sha256, "the sample file changed")
        #expect(coa.document.format == .pdf)
        #expect(coa.reading.profile == fixture.profile)
        let checks = FixtureComparison.check(coa, against: fixture)
        #expect(checks.count >= 20)
        for c in checks where !c.ok { Issue.record("\(name): \(c.field): \(c.detail)") }
        #expect(coa.panels.flatMap(\.analytes).count >= 10)
    }

    @Test("every value read from a PDF says where it was printed", arguments: TestData.sampleNames)
    func positions(_ name: String) throws {
        guard TestData.requirePDFToText() else { return }
        let coa = try TestData.readSample(name)
        let pages = coa.document.pages ?? 0
        for a in coa.panels.flatMap(\.analytes) {
            for p in [a.name.position, a.result.position] {
                let pos = try #require(p, "\(a.id) has no position")
                #expect((1...pages).contains(pos.page ?? 0) && pos.line >= 1 && pos.column >= 1)
            }
        }
        for f in [coa.sample.sampleID, coa.lab.name].compactMap({ $0 }) { #expect(f.position?.page != nil) }
    }

    @Test("the text reader reads pdftotext output as the PDF reader does", arguments: TestData.sampleNames)
    func textMatchesPDF(_ name: String) throws {
        guard TestData.requirePDFToText() else { return }
        let reader = try TestData.reader()
        let path = TestData.samplePDF(name)
        let pdf = try TestData.readSample(name)
        // Plain -layout text, without the word boxes used to re-space letter-spaced headers.
        let text = try reader.readText(try PDFTextExtractor().layoutText(of: path), path: "\(name).txt")
        #expect(text.document.format == .text)
        #expect(text.reading.profile == pdf.reading.profile)
        func results(_ c: COA) -> [String] {
            c.panels.flatMap { p in p.analytes.map { "\(p.kind.rawValue) \($0.id) \($0.result.value) \($0.status?.value.name ?? "-")" } }
        }
        #expect(results(text) == results(pdf))
        #expect(text.panels.map { "\($0.kind) \($0.status?.value.name ?? "-")" } == pdf.panels.map { "\($0.kind) \($0.status?.value.name ?? "-")" })
        #expect(text.sample.sampleID?.value == pdf.sample.sampleID?.value)
        #expect(text.sample.sourcePackageTags == pdf.sample.sourcePackageTags)
    }
}
