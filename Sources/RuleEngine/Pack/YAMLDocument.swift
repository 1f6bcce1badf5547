import Foundation
import S2SModel
import Yams

/// A YAML tree with the position of every node, read defensively: size, nesting depth and alias
/// expansion are bounded so that a hostile file is refused quickly with a clear message.
indirect enum YNode: Sendable {
    case scalar(String, YPos, style: YStyle)
    case list([YNode], YPos)
    case map([(key: String, keyPos: YPos, value: YNode)], YPos)
    case null(YPos)

    var pos: YPos {
        switch self {
        case .scalar(_, let p, _), .list(_, let p), .map(_, let p), .null(let p): return p
        }
    }

    var scalar: String? { if case .scalar(let s, _, _) = self { return s } else { return nil } }
    var isQuoted: Bool { if case .scalar(_, _, let q) = self { return q != .plain } else { return false } }
    var style: YStyle { if case .scalar(_, _, let q) = self { return q } else { return .plain } }

    var kindName: String {
        switch self {
        case .scalar: return "a single value"
        case .list: return "a list"
        case .map: return "a mapping (key: value lines)"
        case .null: return "nothing"
        }
    }

    subscript(_ key: String) -> YNode? {
        if case .map(let entries, _) = self { return entries.first { $0.key == key }?.value }
        return nil
    }
}

/// How a scalar was written: plain, in quotes, or as a `|` / `>` block.
enum YStyle: Sendable, Hashable { case plain, quoted, block }

/// A 1-based line and column in a YAML file.
struct YPos: Sendable, Hashable {
    var line: Int
    var column: Int
}

/// Limits that keep pack loading fast and safe on hostile input.
struct YAMLLimits: Sendable {
    var maxBytes = 2 * 1024 * 1024
    var maxDepth = 64
    var maxNodes = 200_000
    var maxScalarBytes = 64 * 1024
}

struct YAMLDocument {
    let path: String
    let text: String
    let lines: [String]
    let root: YNode

    /// Parses a YAML file. Throws a `Diagnostic` naming file, line and column for any problem.
    static func load(path: String, text: String, limits: YAMLLimits = YAMLLimits()) throws -> YAMLDocument {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map {
            $0.hasSuffix("\r") ? String($0.dropLast()) : String($0)
        }
        func fail(_ msg: String, _ line: Int, _ col: Int, hint: String? = nil, code: String = "yaml.limits") -> Diagnostic {
            let snippet = line >= 1 && line <= lines.count ? Diagnostic.caret(line: lines[line - 1], column: col) : nil
            return Diagnostic(.error, msg, code: code, location: SourceLocation(file: path, line: line, column: col),
                              snippet: snippet, hint: hint)
        }
        if text.utf8.count > limits.maxBytes {
            throw fail("the file is \(text.utf8.count / 1024) KiB; rule and facts files are limited to \(limits.maxBytes / 1024 / 1024) MiB",
                       1, 1, hint: "split it into several files of the same pack")
        }
        // Cheap scan before the parser: nesting depth (flow brackets and indentation) and line length.
        var depth = 0
        var inSingle = false, inDouble = false
        for (n, line) in lines.enumerated() {
            if line.utf8.count > limits.maxScalarBytes {
                throw fail("line \(n + 1) is \(line.utf8.count / 1024) KiB long; values are limited to \(limits.maxScalarBytes / 1024) KiB",
                           n + 1, 1)
            }
            var indent = 0
            for ch in line.utf8 { if ch == 32 || ch == 45 { indent += 1 } else { break } }
            if indent > limits.maxDepth * 8 {
                throw fail("nesting is too deep (indented \(indent) columns); at most \(limits.maxDepth) levels are allowed", n + 1, indent + 1)
            }
            var col = 0
            var prev: UInt8 = 32
            for ch in line.utf8 {
                col += 1
                if !inSingle && !inDouble && ch == UInt8(ascii: "#") && (prev == 32 || prev == 9) { break }
                if ch == UInt8(ascii: "\"") && !inSingle && prev != 92 { inDouble.toggle() }
                else if ch == UInt8(ascii: "'") && !inDouble { inSingle.toggle() }
                else if !inSingle && !inDouble {
                    if ch == UInt8(ascii: "[") || ch == UInt8(ascii: "{") {
                        depth += 1
                        if depth > limits.maxDepth {
                            throw fail("nesting is deeper than \(limits.maxDepth) levels of brackets", n + 1, col)
                        }
                    } else if ch == UInt8(ascii: "]") || ch == UInt8(ascii: "}") {
                        depth = max(0, depth - 1)
                    }
                }
                prev = ch
            }
            if inSingle { inSingle = false }   // a quoted scalar may span lines; this scan is only a bound
        }
        let node: Node?
        do {
            node = try Yams.compose(yaml: text, Resolver.basic)
        } catch let e as YamlError {
            throw YAMLDocument.diagnostic(for: e, path: path, lines: lines)
        } catch {
            throw fail("cannot read YAML: \(error)", 1, 1, code: "yaml.syntax")
        }
        guard let node else {
            return YAMLDocument(path: path, text: text, lines: lines, root: .null(YPos(line: 1, column: 1)))
        }
        var budget = limits.maxNodes
        let root = try convert(node, depth: 0, budget: &budget, limits: limits, fail: fail)
        return YAMLDocument(path: path, text: text, lines: lines, root: root)
    }

    static func convert(_ n: Node, depth: Int, budget: inout Int, limits: YAMLLimits,
                        fail: (String, Int, Int, String?, String) -> Diagnostic) throws -> YNode {
        let pos = YPos(line: n.mark?.line ?? 1, column: n.mark?.column ?? 1)
        budget -= 1
        if budget < 0 {
            throw fail("the document expands to more than \(limits.maxNodes) values (aliases that repeat large parts?)",
                       pos.line, pos.column, "remove the * aliases; write the values out", "yaml.limits")
        }
        if depth > limits.maxDepth {
            throw fail("nesting is deeper than \(limits.maxDepth) levels", pos.line, pos.column, nil, "yaml.limits")
        }
        switch n {
        case .scalar(let s):
            if s.string.utf8.count > limits.maxScalarBytes {
                throw fail("a value of \(s.string.utf8.count / 1024) KiB is too long (limit \(limits.maxScalarBytes / 1024) KiB)",
                           pos.line, pos.column, nil, "yaml.limits")
            }
            let style: YStyle = s.style == .singleQuoted || s.style == .doubleQuoted ? .quoted
                : (s.style == .literal || s.style == .folded ? .block : .plain)
            if style == .plain, ["", "~", "null", "Null", "NULL"].contains(s.string) {
                return .null(pos)
            }
            return .scalar(s.string, pos, style: style)
        case .sequence(let seq):
            return .list(try seq.map { try convert($0, depth: depth + 1, budget: &budget, limits: limits, fail: fail) }, pos)
        case .mapping(let map):
            var entries: [(key: String, keyPos: YPos, value: YNode)] = []
            for (k, v) in map {
                let kp = YPos(line: k.mark?.line ?? pos.line, column: k.mark?.column ?? pos.column)
                guard case .scalar(let ks) = k else {
                    throw fail("a key must be a single word or value, not a mapping or a list",
                               kp.line, kp.column, nil, "yaml.key")
                }
                entries.append((ks.string, kp, try convert(v, depth: depth + 1, budget: &budget, limits: limits, fail: fail)))
            }
            return .map(entries, pos)
        case .alias:
            return .null(pos)
        }
    }

    static func diagnostic(for e: YamlError, path: String, lines: [String]) -> Diagnostic {
        var line = 1, col = 1
        var message = "\(e)"
        switch e {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _):
            line = mark.line
            col = mark.column
            message = problem + (context.map { " (\($0.text))" } ?? "")
        case .composer(let context, let problem, let mark, _):
            line = mark.line
            col = mark.column
            message = problem + (context.map { " (\($0.text))" } ?? "")
        case .duplicatedKeysInMapping(let duplicates, let context):
            line = context.mark.line
            col = context.mark.column
            let keys = duplicates.sorted()
            message = "the key\(keys.count == 1 ? "" : "s") \(keys.map { "'\($0)'" }.joined(separator: ", ")) appear\(keys.count == 1 ? "s" : "") twice in the same mapping"
        default: break
        }
        let snippet = line >= 1 && line <= lines.count ? Diagnostic.caret(line: lines[line - 1], column: col) : nil
        return Diagnostic(.error, "this is not valid YAML: " + message, code: "yaml.syntax",
                          location: SourceLocation(file: path, line: line, column: col), snippet: snippet,
                          hint: "check the indentation and the quotes near this line")
    }
}
