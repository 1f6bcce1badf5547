import Testing
import S2SModel

/// Refs that carry their line resolve to the same positions as a scan of the whole file, also when
/// many of them share one long line (a minified JSON export is a single line).
@Suite("Positions of many records on one line")
struct SourcePositionsTests {
    @Test func refsSharingALineGetTheColumnsOfAFullScan() {
        var text = "["
        for i in 0..<400 { text += (i == 0 ? "" : ",") + "{\"tag\":\"T\(i)\",\"name\":\"Gélato №\(i)\"}" }
        text += "]\n{\"second\": \"line\"}\n"
        let bytes = Array(text.utf8)
        let file = SourceFile(path: "<test>", kind: "test", retainedBytes: bytes)
        var offsets: [Int] = []
        for (i, b) in bytes.enumerated() where b == UInt8(ascii: "{") { offsets.append(i) }
        let secondLineStart = (bytes.firstIndex(of: 10) ?? 0) + 1
        let refs = offsets.reversed().map { o in
            SourceRef(file: 0, offset: o, pointer: "", line: o >= secondLineStart ? 2 : 1, lineStart: o >= secondLineStart ? secondLineStart : 0)
        }
        let got = file.positionsAndLines(of: Array(refs))
        let want = LineIndex.positions(in: bytes, offsets: refs.map(\.offset))
        #expect(got.count == want.count)
        for (g, w) in zip(got, want) {
            #expect(g?.line == w?.line && g?.column == w?.column && g?.text == w?.text)
        }
        #expect(got.last??.column == 2)                       // the first record, just after "["
        #expect(got.first??.text == "{\"second\": \"line\"}")   // the short second line keeps its text
        #expect(got[1]?.text == nil)                           // the long first line has none
    }
}
