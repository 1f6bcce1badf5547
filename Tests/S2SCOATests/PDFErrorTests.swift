import Foundation
@testable import S2SCOA
import S2SModel
import S2STestSupport
import Testing

/// PDFs that cannot be read give an error that names the file and says what is wrong; none of
/// them yields an empty COA.
@Suite("PDF errors")
struct PDFErrorTests {
    @Test("a PDF without a text layer (a scan) is an error naming the file")
    func noTextLayer() throws {
        guard TestData.requirePDFToText() else { return }
        let path = try MinimalPDF.write(MinimalPDF.withoutText, name: "scanned.pdf")
        let error = try #require(throws: COAReadError.self) { try TestData.reader().read(path: path) }
        guard case .noTextLayer(let p, let pages) = error else { Issue.record("unexpected \(error)"); return }
        #expect(p == path)
        #expect(pages == 1)
        #expect(error.description.hasPrefix("\(path):1:1: error: the PDF has no text layer"))
        #expect(error.description.contains("scanned image"))
    }

    @Test("an encrypted PDF is an error naming the file")
    func encrypted() throws {
        guard TestData.requirePDFToText() else { return }
        let path = TestData.fixture("pdf/encrypted-user-password.pdf").path
        let error = try #require(throws: COAReadError.self) { try TestData.reader().read(path: path) }
        guard case .encryptedPDF(let p, let detail) = error else { Issue.record("unexpected \(error)"); return }
        #expect(p == path)
        #expect(detail.lowercased().contains("password"))
        #expect(error.code == "coa.pdf.encrypted")
        #expect(error.diagnostic.location?.file == path)
    }

    @Test("a truncated PDF is a corrupt-file error naming the file")
    func corrupt() throws {
        guard TestData.requirePDFToText() else { return }
        let path = try MinimalPDF.write(MinimalPDF.truncated, name: "truncated.pdf")
        let error = try #require(throws: COAReadError.self) { try TestData.reader().readPDF(path: path) }
        guard case .corruptPDF(let p, _) = error else { Issue.record("unexpected \(error)"); return }
        #expect(p == path)
    }

    @Test("a file named .pdf that is not a PDF is refused before pdftotext runs")
    func notAPDF() throws {
        let path = try MinimalPDF.write(Array("Certificate of Analysis\n".utf8), name: "fake.pdf")
        let error = try #require(throws: COAReadError.self) { try TestData.reader().readPDF(path: path) }
        #expect(error == .corruptPDF(path: path, detail: "it does not start with the %PDF- header"))
    }

    @Test("a missing pdftotext says how to install it")
    func missingPDFToText() throws {
        let extractor = PDFTextExtractor(environment: ["PATH": "/nonexistent"])
        #expect(extractor.resolvedExecutable == nil)
        let reader = COAReader(profiles: try TestData.profiles(), extractor: extractor)
        let path = try MinimalPDF.write(MinimalPDF.text(["Certificate of Analysis"]), name: "any.pdf")
        let error = try #require(throws: COAReadError.self) { try reader.read(path: path) }
        #expect(error == .pdftotextNotInstalled(path: path))
        #expect(error.message.contains("apt-get install poppler-utils"))
    }

    @Test("a missing file is an error, not an empty COA")
    func missingFile() throws {
        let error = try #require(throws: COAReadError.self) { try TestData.reader().read(path: "/nonexistent/coa.pdf") }
        #expect(error == .unreadableFile(path: "/nonexistent/coa.pdf", detail: "no such file"))
    }

    @Test("pdftotext is found on PATH as an absolute path")
    func lookup() throws {
        guard TestData.requirePDFToText() else { return }
        let url = try #require(PDFTextExtractor().resolvedExecutable)
        #expect(url.path.hasPrefix("/"))
        #expect(FileManager.default.isExecutableFile(atPath: url.path))
    }

    @Test("a child that runs past the time limit is stopped")
    func timeout() throws {
        let sleep = try #require(Subprocess.locate("sleep"))
        let start = Date()
        let result = try Subprocess.run(sleep, arguments: ["30"], timeout: 0.3)
        #expect(result.timedOut)
        #expect(!result.exitedNormally)
        #expect(Date().timeIntervalSince(start) < 10)
    }

    @Test("stdout and stderr are drained together, so a chatty child cannot block")
    func drainsBothPipes() throws {
        let sh = try #require(Subprocess.locate("sh"))
        // 256 KiB on each pipe: more than a pipe buffer holds.
        let script = "head -c 262144 /dev/zero | tr '\\\\0' a; head -c 262144 /dev/zero | tr '\\\\0' b 1>&2"
        let result = try Subprocess.run(sh, arguments: ["-c", script], timeout: 20)
        #expect(!result.timedOut)
        #expect(result.status == 0)
        #expect(result.stdout.count == 262_144)
        #expect(result.stderr.count == 262_144)
    }

    @Test("a PDF given as bytes reads as the same file read from its path")
    func bytes() throws {
        guard TestData.requirePDFToText() else { return }
        let path = TestData.samplePDF("mtl-fl-petrol-station-rosin")
        let data = try #require(FileManager.default.contents(atPath: path))
        let fromBytes = try TestData.reader().read(bytes: [UInt8](data), path: "upload.pdf")
        let fromPath = try TestData.readSample("mtl-fl-petrol-station-rosin")
        #expect(fromBytes.document.path == "upload.pdf")
        #expect(fromBytes.document.sha256 == fromPath.document.sha256)
        #expect(fromBytes.panels == fromPath.panels)
        #expect(fromBytes.sample == fromPath.sample)
    }

    @Test("a small text PDF reads through pdftotext end to end")
    func textPDF() throws {
        guard TestData.requirePDFToText() else { return }
        let path = try MinimalPDF.write(MinimalPDF.text(["Sample ID: EX-0001", "Batch ID: LOT-42"]), name: "tiny.pdf")
        let text = try PDFTextExtractor().layoutText(of: path)
        #expect(text.contains("Sample ID: EX-0001"))
        let coa = try TestData.reader().read(path: path)
        #expect(coa.reading.profile == "generic")
        #expect(coa.sample.sampleID?.value == "EX-0001")
        #expect(coa.sample.batchIDs.first?.value == "LOT-42")
        #expect(coa.reading.confidence < 1)
    }
}
