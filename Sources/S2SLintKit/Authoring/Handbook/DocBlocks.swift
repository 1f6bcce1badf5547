/// A small document model (headings, paragraphs, lists, tables, code) that the handbook is built
/// in once and written as Markdown or HTML, so both say the same thing.
public enum DocInline: Sendable, Hashable {
    case text(String)
    case code(String)
    case bold(String)
    case link(String, url: String)
    /// A link to a heading of the same document.
    case anchor(String, id: String)
}

public enum DocBlock: Sendable, Hashable {
    case heading(level: Int, text: String, id: String?)
    case paragraph([DocInline])
    case list([[DocInline]])
    case numbered([[DocInline]])
    case table(header: [String], rows: [[[DocInline]]])
    case code(String)
    /// A comment for the reader of the source file (Markdown `<!-- -->`, HTML comment).
    case comment(String)
}

extension DocInline {
    static func t(_ s: String) -> DocInline { .text(s) }
}

/// Anchors for headings: `CA-XFER-001` → `ca-xfer-001`, as GitHub makes them.
enum DocAnchor {
    static func make(_ s: String) -> String {
        String(s.lowercased().unicodeScalars.compactMap { u -> Character? in
            if u.properties.isAlphabetic || ("0"..."9").contains(u) || u == "-" || u == "_" { return Character(u) }
            if u == " " { return "-" }
            return nil
        })
    }
}
