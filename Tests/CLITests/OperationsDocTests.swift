import Foundation
import Testing
import S2STestSupport

/// Docs/operations.md shows, for each command, the command line and what the binary prints on
/// Examples/ops: every block there that starts with `$ s2slint …` and ends with `(exit status N)`
/// (and is not cut with "…") is run again and must match exactly, output and exit status; a
/// `$ cat FILE` block must match the file the command before it wrote.
@Suite("Docs/operations.md shows what the commands print")
struct OperationsDocTests {
    struct Block {
        var command: String
        var body: [String]
    }

    static func blocks() throws -> [Block] {
        let text = try String(contentsOf: Paths.repo("Docs/operations.md"), encoding: .utf8)
        var out: [Block] = []
        var inside = false
        var lines: [String] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if line.hasPrefix("```") {
                if inside, let first = lines.first, first.hasPrefix("$ "), !lines.contains("…") {
                    out.append(Block(command: String(first.dropFirst(2)), body: Array(lines.dropFirst())))
                }
                inside.toggle()
                lines = []
            } else if inside {
                lines.append(line)
            }
        }
        return out
    }

    /// A folder where the commands may write their lists, with the repository's examples, packs and facts.
    static func workspace() throws -> URL {
        let dir = try Paths.temporaryDirectory("ops-doc")
        for name in ["Examples", "Rules", "Jurisdictions"] {
            try FileManager.default.createSymbolicLink(at: dir.appendingPathComponent(name), withDestinationURL: Paths.repo(name))
        }
        return dir
    }

    @Test func everyRunShownIsWhatTheBinaryPrints() throws {
        let blocks = try Self.blocks()
        let runs = blocks.filter { $0.command.hasPrefix("s2slint ") && $0.body.last?.hasPrefix("(exit status ") == true }
        #expect(runs.count >= 7, "reconcile, reconcile --jurisdiction US-CA, count, tote, receive, report eod (twice)")
        let dir = try Self.workspace()
        for b in blocks {
            if b.command.hasPrefix("cat ") {
                let file = dir.appendingPathComponent(String(b.command.dropFirst(4)))
                let written = try String(contentsOf: file, encoding: .utf8)
                #expect(written == b.body.joined(separator: "\n") + "\n", "\(b.command): the file written differs from Docs/operations.md")
                continue
            }
            guard b.command.hasPrefix("s2slint "), let last = b.body.last, last.hasPrefix("(exit status ") else { continue }
            let args = b.command.dropFirst("s2slint ".count).split(separator: " ").map(String.init)
            let r = try CLIRunner.run(args, in: dir)
            let status = Int32(last.dropFirst("(exit status ".count).dropLast()) ?? -1
            let shown = b.body.dropLast().joined(separator: "\n")
            func trimmed(_ s: String) -> String {
                var s = Substring(s)
                while s.hasSuffix("\n") { s = s.dropLast() }
                return String(s)
            }
            // standard error (warnings before the report, the closing line after it) shown with standard output
            let printed = [trimmed(r.stderr + r.stdout), trimmed(r.stdout + r.stderr)]
            #expect(r.status == status, "\(b.command)")
            #expect(printed.contains(shown), "\(b.command): the output differs from Docs/operations.md:\n\(r.stderr)\(r.stdout)")
        }
    }
}
