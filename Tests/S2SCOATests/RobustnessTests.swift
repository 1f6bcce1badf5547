import Foundation
import S2SCOA
import S2SModel
import S2STestSupport
import Testing

/// Damaged input never crashes the reader: it either reads something (with issues) or throws a
/// `COAReadError` naming the input. A crash would end the test run.
@Suite("Damaged input")
struct RobustnessTests {
    /// A small deterministic generator, so a failure can be reproduced.
    struct Generator {
        var state: UInt64
        mutating func next(_ n: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(max(1, n)))
        }
    }

    @Test("mangled extracted text from every sample is read or refused, never a crash", arguments: TestData.sampleNames)
    func mangledText(_ name: String) throws {
        guard TestData.requirePDFToText() else { return }
        let reader = try TestData.reader()
        let original = try PDFTextExtractor().layoutText(of: TestData.samplePDF(name))
        var g = Generator(state: UInt64(name.utf8.count))
        for round in 0..<6 {
            var lines = original.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            switch round % 4 {
            case 0: lines = lines.filter { _ in g.next(3) != 0 }            // drop a third of the lines
            case 1: for _ in 0..<20 { lines.swapAt(g.next(lines.count), g.next(lines.count)) }
            case 2: lines = lines.map { l in String(l.prefix(g.next(max(1, l.count)))) }  // cut lines short
            default:
                lines = lines.map { l in String(l.map { c in g.next(40) == 0 ? Character(["|", "-", "7", ".", "Δ", "\u{FB01}", " "][g.next(7)]) : c }) }
            }
            let text = lines.joined(separator: "\n")
            do {
                let coa = try reader.readText(text, path: "\(name)-\(round).txt")
                #expect(coa.reading.confidence >= 0 && coa.reading.confidence <= 1)
            } catch {
                #expect(error.path == "\(name)-\(round).txt")
            }
        }
    }

    @Test("random bytes and odd text are refused or read, never a crash")
    func randomBytes() throws {
        let reader = try TestData.reader()
        var g = Generator(state: 42)
        let inputs: [[UInt8]] = [
            [], Array("   \n\n".utf8), Array("<".utf8), Array("{".utf8), Array("[]".utf8), Array("\u{0C}\u{0C}\u{0C}".utf8),
            Array(repeating: 0xFF, count: 64), Array("Sample ID:\nBatch:\n".utf8), Array(String(repeating: "P a s s ", count: 500).utf8),
            (0..<4000).map { _ in UInt8(g.next(256)) }, (0..<4000).map { _ in UInt8(32 + g.next(95)) },
        ]
        for (i, bytes) in inputs.enumerated() {
            do {
                _ = try reader.read(bytes: bytes, path: "input-\(i)")
            } catch {
                #expect(error.path == "input-\(i)")
                #expect(!error.message.isEmpty)
            }
        }
    }
}
