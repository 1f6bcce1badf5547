public import S2SModel

/// A YAML value with the line and column of every node, for the tool's own configuration files
/// (`.s2slint.yml`, waiver files). It is read with the same defensive reader as rule packs
/// (bounded size, depth and alias expansion; duplicate keys are errors), so those files get the
/// same `file:line:column` messages.
public indirect enum YAMLValue: Sendable {
    case scalar(String, YAMLPosition, quoted: Bool)
    case list([YAMLValue], YAMLPosition)
    case map([YAMLEntry], YAMLPosition)
    case null(YAMLPosition)

    public var position: YAMLPosition {
        switch self {
        case .scalar(_, let p, _), .list(_, let p), .map(_, let p), .null(let p): return p
        }
    }

    /// The scalar's text, or nil for lists, mappings and null.
    public var scalar: String? { if case .scalar(let s, _, _) = self { return s } else { return nil } }

    /// "a single value", "a list", "a mapping (key: value lines)", "nothing": for messages.
    public var kindName: String {
        switch self {
        case .scalar: return "a single value"
        case .list: return "a list"
        case .map: return "a mapping (key: value lines)"
        case .null: return "nothing"
        }
    }

    /// The value of a key when this is a mapping.
    public subscript(_ key: String) -> YAMLValue? {
        if case .map(let entries, _) = self { return entries.first { $0.key == key }?.value }
        return nil
    }
}

/// A key of a mapping, where it is written, and its value.
public struct YAMLEntry: Sendable {
    public var key: String
    public var keyPosition: YAMLPosition
    public var value: YAMLValue
}

/// A 1-based line and column in a YAML file.
public struct YAMLPosition: Sendable, Hashable {
    public var line: Int
    public var column: Int
}

/// A parsed YAML file with its lines, for diagnostics with a caret under the column.
public struct PositionedYAML: Sendable {
    public let path: String
    public let lines: [String]
    public let root: YAMLValue

    /// Parses YAML text. Throws a `Diagnostic` (code `yaml.syntax` or `yaml.limits`) naming the file,
    /// line and column of the problem.
    public static func parse(path: String, text: String) throws(Diagnostic) -> PositionedYAML {
        do {
            let doc = try YAMLDocument.load(path: path, text: text)
            return PositionedYAML(path: path, lines: doc.lines, root: convert(doc.root))
        } catch let d as Diagnostic {
            throw d
        } catch {
            throw Diagnostic(.error, "cannot read YAML: \(error)", code: "yaml.syntax",
                             location: SourceLocation(file: path, line: 1, column: 1))
        }
    }

    /// An error at a position of this file, with the source line and a caret.
    public func diagnostic(_ message: String, at p: YAMLPosition, code: String, hint: String? = nil) -> Diagnostic {
        let snippet = p.line >= 1 && p.line <= lines.count ? Diagnostic.caret(line: lines[p.line - 1], column: p.column) : nil
        return Diagnostic(.error, message, code: code, location: SourceLocation(file: path, line: p.line, column: p.column),
                          snippet: snippet, hint: hint)
    }

    /// "did you mean 'x'?" for a misspelt key, or nil when nothing is close.
    public static func didYouMean(_ word: String, in candidates: [String]) -> String? {
        Suggest.hint(word, in: candidates)
    }

    static func convert(_ n: YNode) -> YAMLValue {
        switch n {
        case .scalar(let s, let p, let style): return .scalar(s, YAMLPosition(line: p.line, column: p.column), quoted: style != .plain)
        case .list(let items, let p): return .list(items.map(convert), YAMLPosition(line: p.line, column: p.column))
        case .map(let entries, let p):
            return .map(entries.map { YAMLEntry(key: $0.key, keyPosition: YAMLPosition(line: $0.keyPos.line, column: $0.keyPos.column),
                                                value: convert($0.value)) },
                        YAMLPosition(line: p.line, column: p.column))
        case .null(let p): return .null(YAMLPosition(line: p.line, column: p.column))
        }
    }
}
