public import Foundation
public import S2SModel
public import RuleEngine

/// Loads a pack with everything it extends (parents first) and its jurisdiction's facts, and
/// compiles the set.
public enum PackSetLoader {
    public struct Loaded: Sendable {
        public var rules: CompiledRuleSet?
        public var sources: [PackSource]
        public var diagnostics: [Diagnostic]
        public var hasErrors: Bool { diagnostics.contains { $0.level == .error } }
    }

    /// `pack` is a directory path, or a pack id looked up under the rules folder. `runDate` is the
    /// day the run judges by (`--as-of`; default today): variances that expired before it are reported.
    public static func load(pack: String, locator: DataLocator, runDate: Day? = nil) -> Loaded {
        var diagnostics: [Diagnostic] = []
        var sources: [PackSource] = []
        var visiting: [String] = []
        var loadedDirs = Set<String>()

        func resolve(_ ref: String, relativeTo base: URL?) -> URL? {
            var candidates: [URL] = []
            if ref.hasPrefix("/") { candidates.append(URL(fileURLWithPath: ref)) }
            if let base { candidates.append(base.appendingPathComponent(ref).standardized) }
            candidates.append(URL(fileURLWithPath: ref))
            candidates.append(locator.rulesDirectory.appendingPathComponent(ref))
            return candidates.first { var d: ObjCBool = false; return FileManager.default.fileExists(atPath: $0.path, isDirectory: &d) && d.boolValue }
        }

        func visit(_ ref: String, base: URL?, from: String?) {
            guard let dir = resolve(ref, relativeTo: base) else {
                diagnostics.append(Diagnostic(.error, "cannot find pack '\(ref)'" + (from.map { " (extended by \($0))" } ?? ""),
                                              code: "pack.not-found",
                                              hint: "give a directory, or the name of a folder in \(locator.rulesDirectory.path)"))
                return
            }
            let key = dir.resolvingSymlinksInPath().path
            if visiting.contains(key) {
                diagnostics.append(Diagnostic(.error, "packs extend each other in a cycle: \((visiting + [key]).joined(separator: " → "))",
                                              code: "pack.cycle"))
                return
            }
            if loadedDirs.contains(key) { return }
            visiting.append(key)
            let (src, diags) = PackLoader.load(directory: dir)
            diagnostics += diags
            if let src {
                for parent in src.extends { visit(parent, base: dir.deletingLastPathComponent(), from: src.id) }
                sources.append(src)
            }
            visiting.removeLast()
            loadedDirs.insert(key)
        }
        visit(pack, base: nil, from: nil)

        // The jurisdiction of the most specific pack that names one.
        var jurisdiction: Jurisdiction?
        if let jid = sources.last(where: { $0.jurisdiction != nil })?.jurisdiction {
            let path = locator.jurisdictionsDirectory.appendingPathComponent("\(jid).yaml").path
            if FileManager.default.fileExists(atPath: path) {
                let (j, d) = FactsLoader.load(path: path)
                diagnostics += d
                jurisdiction = j
            } else {
                diagnostics.append(Diagnostic(.error, "the pack names jurisdiction \(jid) but \(path) does not exist",
                                              code: "facts.not-found"))
            }
        }
        // Compile what was read even when some of it is wrong, so that every problem of a pack
        // is reported in one run; the set is usable only when there is no error at all.
        guard !sources.isEmpty else { return Loaded(rules: nil, sources: sources, diagnostics: diagnostics) }
        let (set, d) = PackCompiler.compile(packs: sources, jurisdiction: jurisdiction, runDate: runDate)
        let all = diagnostics + d
        return Loaded(rules: all.contains { $0.level == .error } ? nil : set, sources: sources, diagnostics: all)
    }
}
