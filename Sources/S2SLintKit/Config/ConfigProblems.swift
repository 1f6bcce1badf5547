public import S2SModel

/// Problems in a configuration, waiver or baseline file: each names file, line and column and
/// what was expected. The run stops with exit code 2 and prints them all.
public struct ConfigProblems: Error, Sendable, CustomStringConvertible {
    public var diagnostics: [Diagnostic]

    public init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }

    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
