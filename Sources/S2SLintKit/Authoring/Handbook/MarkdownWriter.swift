import Foundation

/// Writes a document as GitHub-flavoured Markdown.
enum MarkdownWriter {
    static func write(_ blocks: [DocBlock]) -> String {
        var out: [String] = []
        for b in blocks {
            switch b {
            case .heading(let level, let text, _):
                out.append(String(repeating: "#", count: level) + " " + escape(text))
            case .paragraph(let inlines):
                out.append(inline(inlines))
            case .list(let items):
                out.append(items.map { "- " + inline($0) }.joined(separator: "\n"))
            case .numbered(let items):
                out.append(items.enumerated().map { "\($0.offset + 1). " + inline($0.element) }.joined(separator: "\n"))
            case .table(let header, let rows):
                var lines = ["| " + header.map(escape).joined(separator: " | ") + " |",
                             "|" + header.map { _ in "---" }.joined(separator: "|") + "|"]
                for r in rows { lines.append("| " + r.map { inline($0).replacingOccurrences(of: "|", with: "\\|") }.joined(separator: " | ") + " |") }
                out.append(lines.joined(separator: "\n"))
            case .code(let text):
                let fence = text.contains("```") ? "~~~" : "```"
                out.append(fence + "text\n" + text + "\n" + fence)
            case .comment(let text):
                out.append("<!-- " + text.replacingOccurrences(of: "-->", with: "- ->") + " -->")
            }
        }
        return out.joined(separator: "\n\n") + "\n"
    }

    static func inline(_ parts: [DocInline]) -> String {
        parts.map { p in
            switch p {
            case .text(let s): return escape(s)
            case .code(let s): return code(s)
            case .bold(let s):
                // `**Fix:** …`: spaces stay outside the markers, or Markdown shows the asterisks
                let core = s.trimmingCharacters(in: .whitespaces)
                let lead = s.prefix { $0 == " " }, trail = String(s.reversed().prefix { $0 == " " })
                return lead + "**" + escape(core) + "**" + trail
            case .link(let s, let url): return "[" + escape(s) + "](" + url.replacingOccurrences(of: " ", with: "%20")
                .replacingOccurrences(of: ")", with: "%29").replacingOccurrences(of: "(", with: "%28") + ")"
            case .anchor(let s, let id): return "[" + escape(s) + "](#" + id + ")"
            }
        }.joined()
    }

    /// Inline code that may itself contain backticks.
    static func code(_ s: String) -> String {
        let flat = s.replacingOccurrences(of: "\n", with: " ")
        var ticks = "`"
        while flat.contains(ticks) { ticks += "`" }
        let pad = flat.hasPrefix("`") || flat.hasSuffix("`") ? " " : ""
        return ticks + pad + flat + pad + ticks
    }

    /// Characters Markdown would read as formatting.
    static func escape(_ s: String) -> String {
        var out = ""
        for ch in s {
            switch ch {
            case "\\", "*", "_", "[", "]", "<", ">", "`", "#": out.append("\\"); out.append(ch)
            case "\n": out.append(" ")
            default: out.append(ch)
            }
        }
        return out
    }
}
