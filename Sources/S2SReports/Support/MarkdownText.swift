import Foundation

/// Escaping for GitHub-flavoured Markdown (pull-request comments, SARIF `help.markdown`).
public enum MarkdownText {
    /// Inline text: Markdown punctuation and HTML brackets escaped, line breaks folded to spaces.
    public static func inline(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count + 8)
        for ch in s {
            switch ch {
            case "\\", "`", "*", "_", "[", "]", "|", "#", "~":
                out.append("\\")
                out.append(ch)
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "&": out += "&amp;"
            case "\n", "\r\n", "\r", "\t": out.append(" ")
            default: out.append(ch)
            }
        }
        return out
    }

    /// A code span that shows `s` literally, whatever backticks it holds.
    public static func code(_ s: String) -> String {
        let clean = s.replacingNewlines()
        var longest = 0, run = 0
        for ch in clean { if ch == "`" { run += 1; longest = max(longest, run) } else { run = 0 } }
        let fence = String(repeating: "`", count: longest + 1)
        let pad = clean.hasPrefix("`") || clean.hasSuffix("`") ? " " : ""
        return fence + pad + clean + pad + fence
    }

    /// A link when the URL is http(s), otherwise the escaped text alone.
    public static func link(_ text: String, _ url: String?) -> String {
        guard let url, CitationText.isWebURL(url) else { return inline(text) }
        let target = url.replacingOccurrences(of: "(", with: "%28").replacingOccurrences(of: ")", with: "%29")
            .replacingOccurrences(of: " ", with: "%20")
        return "[" + inline(text) + "](" + target + ")"
    }
}

extension String {
    func replacingNewlines() -> String {
        var out = ""
        for ch in self { out.append(ch == "\n" || ch == "\r\n" || ch == "\r" ? " " : ch) }
        return out
    }
}
