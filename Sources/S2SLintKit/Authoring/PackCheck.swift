public import Foundation
public import S2SModel
public import RuleEngine

/// `s2slint rules check`: every problem of a pack in one run — its files, the packs it extends,
/// its jurisdiction's facts, its rules' expressions and examples, and its test files — each at
/// file, line and column, in file order.
public enum PackCheck {
    public struct Result: Sendable {
        /// The pack's own id (the last of the set), or the argument when nothing could be read.
        public var packId: String
        public var loaded: PackSetLoader.Loaded
        /// Every problem, sorted by file, line and column (problems without a position first).
        public var diagnostics: [Diagnostic]
        /// The test cases of the pack's `tests/` folder that could be read.
        public var tests: [(file: String, cases: [PackTestCase])]
        public var errors: Int { diagnostics.filter { $0.level == .error }.count }
        public var warnings: Int { diagnostics.filter { $0.level == .warning }.count }
        /// Rule ids the pack itself defines (each once).
        public var ownRuleIds: [String] {
            guard let own = loaded.sources.last else { return [] }
            var seen = Set<String>()
            return own.rules.map(\.id).filter { seen.insert($0).inserted }
        }
    }

    public static func check(pack: String, locator: DataLocator, runDate: Day? = nil) -> Result {
        let loaded = PackSetLoader.load(pack: pack, locator: locator, runDate: runDate)
        var diagnostics = loaded.diagnostics
        var tests: [(String, [PackTestCase])] = []
        if let own = loaded.sources.last {
            var ids: [String] = []
            for src in loaded.sources { for r in src.rules where !ids.contains(r.id) { ids.append(r.id) } }
            for file in PackTestFile.files(inPack: own.directory) {
                let (cases, d) = PackTestFile.load(path: file, rules: ids)
                diagnostics += d
                tests.append((file, cases))
            }
        }
        return Result(packId: loaded.sources.last?.id ?? pack, loaded: loaded, diagnostics: sorted(diagnostics), tests: tests)
    }

    /// File order: by file, line and column; problems without a position first, in the order found.
    public static func sorted(_ ds: [Diagnostic]) -> [Diagnostic] {
        var seen = Set<Diagnostic>()
        let unique = ds.filter { seen.insert($0).inserted }
        return unique.enumerated().sorted { a, b in
            switch (a.element.location, b.element.location) {
            case (nil, nil): return a.offset < b.offset
            case (nil, _): return true
            case (_, nil): return false
            case (let x?, let y?):
                if x.file != y.file { return x.file < y.file }
                if x.line != y.line { return x.line < y.line }
                if x.column != y.column { return x.column < y.column }
                return a.offset < b.offset
            }
        }.map(\.element)
    }
}
