public import Foundation
public import S2SModel
import RuleEngine

/// Reads the catalog's Markdown: every table whose header has an `ID` and a `Status` column (and
/// `Title`, `Citation`) is a table of rules; the heading above it names the state, the ids' first
/// part its code. A row that cannot be read is an error at its line, never dropped silently.
public enum StateCatalogReader {
    public static let tagNames = ["V", "V-old", "V-redline", "S", "U"]

    public static func read(path: String) -> (StateCatalog?, [Diagnostic]) {
        guard let data = FileManager.default.contents(atPath: path) else {
            return (nil, [Diagnostic(.error, "cannot read the catalog \(path)", code: "catalog.io",
                                     hint: "give the per-state catalog, e.g. --catalog ../shared/research/regulations.md")])
        }
        return read(path: path, text: String(decoding: data, as: UTF8.self))
    }

    public static func read(path: String, text: String) -> (StateCatalog?, [Diagnostic]) {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { String($0.hasSuffix("\r") ? $0.dropLast() : $0) }
        var diagnostics: [Diagnostic] = []
        func problem(_ line: Int, _ message: String, hint: String? = nil) {
            diagnostics.append(Diagnostic(.error, message, code: "catalog.row",
                                          location: SourceLocation(file: path, line: line, column: 1),
                                          snippet: Diagnostic.caret(line: lines[line - 1], column: 1), hint: hint))
        }
        var states: [StateCatalog.State] = []
        var seen: [String: Int] = [:]
        var heading = ""
        var i = 0
        while i < lines.count {
            let line = lines[i]
            if line.hasPrefix("#") {
                heading = stateName(line)
                i += 1
                continue
            }
            guard line.hasPrefix("|"), i + 1 < lines.count, isSeparator(lines[i + 1]) else { i += 1; continue }
            let header = cells(line).map { $0.lowercased() }
            guard let idCol = header.firstIndex(of: "id"), let statusCol = header.firstIndex(of: "status") else { i += 1; continue }
            let titleCol = header.firstIndex(of: "title"), citeCol = header.firstIndex(of: "citation")
            i += 2
            while i < lines.count, lines[i].hasPrefix("|") {
                let lineNo = i + 1
                let row = cells(lines[i])
                i += 1
                guard row.count == header.count else {
                    problem(lineNo, "this catalog row has \(row.count) cells, its table \(header.count)",
                            hint: "a '|' inside a cell must be written \\|")
                    continue
                }
                let id = row[idCol]
                guard PackLoader.isCatalogId(id) else {
                    problem(lineNo, "'\(id)' is not a rule id (capital letters and digits joined by hyphens, e.g. CA-XFER-001)")
                    continue
                }
                if let first = seen[id] {
                    problem(lineNo, "rule \(id) is in the catalog twice (also on line \(first))")
                    continue
                }
                seen[id] = lineNo
                let status = row[statusCol]
                let tags = statusTags(status)
                if tags.isEmpty {
                    problem(lineNo, "rule \(id) has no status tag", hint: "write one of " + tagNames.map { "[\($0)]" }.joined(separator: ", "))
                }
                let rule = StateCatalog.Rule(id: id, title: titleCol.map { row[$0] } ?? id, citation: citeCol.map { row[$0] } ?? "",
                                             tags: tags, statusText: status, line: lineNo)
                let code = String(id.prefix { $0 != "-" })
                if let k = states.firstIndex(where: { $0.code == code }) {
                    states[k].rules.append(rule)
                } else {
                    states.append(StateCatalog.State(code: code, name: heading.isEmpty ? code : heading, rules: [rule]))
                }
            }
        }
        if states.isEmpty && diagnostics.isEmpty {
            diagnostics.append(Diagnostic(.error, "\(path) holds no catalog table (a Markdown table whose header has ID, Title, Citation and Status)",
                                          code: "catalog.empty", location: SourceLocation(file: path, line: 1, column: 1)))
        }
        return (StateCatalog(path: path, states: states), diagnostics)
    }

    /// `## 1. California (DCC)` → `California`; `### 7.4 New Mexico (RLD …)` → `New Mexico`.
    static func stateName(_ heading: String) -> String {
        var s = Substring(heading.drop { $0 == "#" }).drop { $0 == " " }
        s = s.drop { $0.isNumber || $0 == "." }.drop { $0 == " " }
        if let paren = s.firstIndex(of: "(") { s = s[..<paren] }
        return s.trimmingCharacters(in: .whitespaces)
    }

    static func isSeparator(_ line: String) -> Bool {
        line.hasPrefix("|") && line.contains("-") && line.allSatisfy { "|-: ".contains($0) }
    }

    /// The cells of a table row, trimmed; `\|` is a pipe inside a cell.
    static func cells(_ line: String) -> [String] {
        var out: [String] = []
        var cell = ""
        var escaped = false
        for ch in line.trimmingCharacters(in: .whitespaces).dropFirst() {
            if escaped { cell.append(ch); escaped = false; continue }
            if ch == "\\" { escaped = true; cell.append(ch); continue }
            if ch == "|" { out.append(cell.replacingOccurrences(of: "\\|", with: "|").trimmingCharacters(in: .whitespaces)); cell = ""; continue }
            cell.append(ch)
        }
        let rest = cell.trimmingCharacters(in: .whitespaces)
        if !rest.isEmpty { out.append(rest) }
        return out
    }

    /// `[V] (§15306(c)); [V-old] (§15307)` → `[V, V-old]`.
    static func statusTags(_ cell: String) -> [String] {
        var out: [String] = []
        var rest = Substring(cell)
        while let open = rest.firstIndex(of: "[") {
            let after = rest[rest.index(after: open)...]
            guard let close = after.firstIndex(of: "]") else { break }
            let tag = String(after[..<close])
            if tagNames.contains(tag), !out.contains(tag) { out.append(tag) }
            rest = after[after.index(after: close)...]
        }
        return out
    }
}
