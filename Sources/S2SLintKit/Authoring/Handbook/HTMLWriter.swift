import Foundation

/// Writes a document as one self-contained HTML page (no scripts, no external files).
enum HTMLWriter {
    static func write(_ blocks: [DocBlock], title: String) -> String {
        var body: [String] = []
        for b in blocks {
            switch b {
            case .heading(let level, let text, let id):
                let l = min(max(level, 1), 6)
                body.append("<h\(l)\(id.map { " id=\"\(escape($0))\"" } ?? "")>\(escape(text))</h\(l)>")
            case .paragraph(let inlines):
                body.append("<p>\(inline(inlines))</p>")
            case .list(let items):
                body.append("<ul>\n" + items.map { "<li>\(inline($0))</li>" }.joined(separator: "\n") + "\n</ul>")
            case .numbered(let items):
                body.append("<ol>\n" + items.map { "<li>\(inline($0))</li>" }.joined(separator: "\n") + "\n</ol>")
            case .table(let header, let rows):
                var t = "<table>\n<thead><tr>" + header.map { "<th>\(escape($0))</th>" }.joined() + "</tr></thead>\n<tbody>\n"
                for r in rows { t += "<tr>" + r.map { "<td>\(inline($0))</td>" }.joined() + "</tr>\n" }
                body.append(t + "</tbody>\n</table>")
            case .code(let text):
                body.append("<pre><code>\(escape(text))</code></pre>")
            case .comment(let text):
                body.append("<!-- " + text.replacingOccurrences(of: "-->", with: "- ->") + " -->")
            }
        }
        return """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(escape(title))</title>
            <style>
            body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; color: #1f2328; }
            h1, h2, h3 { line-height: 1.25; } h2 { border-bottom: 1px solid #d0d7de; padding-bottom: .3rem; margin-top: 2.5rem; }
            h3 { margin-top: 2rem; } code, pre { font: 13px/1.4 ui-monospace, SFMono-Regular, Menlo, monospace; background: #f6f8fa; }
            code { padding: .1rem .3rem; border-radius: 4px; } pre { padding: .8rem; overflow-x: auto; border-radius: 6px; }
            pre code { padding: 0; } table { border-collapse: collapse; width: 100%; } th, td { border: 1px solid #d0d7de; padding: .3rem .6rem; text-align: left; vertical-align: top; }
            th { background: #f6f8fa; } a { color: #0969da; }
            </style>
            </head>
            <body>
            \(body.joined(separator: "\n"))
            </body>
            </html>

            """
    }

    static func inline(_ parts: [DocInline]) -> String {
        parts.map { p in
            switch p {
            case .text(let s): return escape(s)
            case .code(let s): return "<code>\(escape(s))</code>"
            case .bold(let s): return "<strong>\(escape(s))</strong>"
            case .link(let s, let url): return "<a href=\"\(escape(url))\">\(escape(s))</a>"
            case .anchor(let s, let id): return "<a href=\"#\(escape(id))\">\(escape(s))</a>"
            }
        }.joined()
    }

    static func escape(_ s: String) -> String {
        var out = ""
        for ch in s {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(ch)
            }
        }
        return out
    }
}
