import Foundation

/// Writes tiny one-page PDFs for the error tests: a page with text, a page with only a filled
/// rectangle (no text layer, like a scan), and a truncated file. Shared by the COA reader's tests
/// and the end-to-end tests of `check --coa` and `coa show`.
public enum MinimalPDF {
    public static func document(content: String, withFont: Bool) -> [UInt8] {
        let resources = withFont ? "<< /Font << /F1 5 0 R >> >>" : "<< >>"
        let objects = [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources \(resources) /Contents 4 0 R >>",
            "<< /Length \(content.utf8.count) >>\nstream\n\(content)\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        ]
        var out = Array("%PDF-1.4\n".utf8)
        var offsets: [Int] = []
        for (i, o) in objects.enumerated() {
            offsets.append(out.count)
            out += Array("\(i + 1) 0 obj\n\(o)\nendobj\n".utf8)
        }
        let xref = out.count
        out += Array("xref\n0 \(objects.count + 1)\n0000000000 65535 f \n".utf8)
        for o in offsets { out += Array((String(repeating: "0", count: 10 - String(o).count) + "\(o) 00000 n \n").utf8) }
        out += Array("trailer\n<< /Size \(objects.count + 1) /Root 1 0 R >>\nstartxref\n\(xref)\n%%EOF\n".utf8)
        return out
    }

    /// A page that shows `lines` of text, one under the other.
    public static func text(_ lines: [String]) -> [UInt8] {
        var stream = "BT /F1 10 Tf 12 TL 40 750 Td"
        for l in lines {
            let escaped = l.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "(", with: "\\(").replacingOccurrences(of: ")", with: "\\)")
            stream += " (\(escaped)) Tj T*"
        }
        stream += " ET"
        return document(content: stream, withFont: true)
    }

    /// A page with a grey rectangle and no text: what a scanned COA looks like to pdftotext.
    public static let withoutText = document(content: "0.5 g 72 72 468 648 re f", withFont: false)

    /// The first bytes of a PDF, cut off before its objects end.
    public static let truncated = Array(text(["Certificate of Analysis"]).prefix(60))

    public static func write(_ bytes: [UInt8], name: String) throws -> String {
        let url = try Paths.temporaryDirectory("coa-pdf").appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url.path
    }
}
