import ArgumentParser
import Foundation
import RuleEngine
import S2SLintKit
import S2SModel

/// `s2slint rules diff OLD NEW --data DIR`: what a pack change does to past manifests.
struct RulesDiff: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Run two versions of a pack on a body of past data and list what newly fails and newly passes.",
        discussion: """
            DIR is laid out like Examples/us-ca: manifests/*.json, packages/ (or packages.json),
            licenses.csv (or licenses/*.csv), lab_results.json (or lab_results/*.json).
            Each manifest is judged on its departure day by both packs (or on --as-of).
            Example:
              s2slint rules diff Rules/US-CA /tmp/US-CA-draft --data Examples/us-ca
            Exit 0 (1 with --fail-on-new when something newly fails), 2 when a pack or the data has problems.
            """)

    @Argument(help: "The pack as it was (a directory or a pack name).")
    var old: String

    @Argument(help: "The pack as changed.")
    var new: String

    @Option(name: .long, help: "Folder of past data (see above).")
    var data: String

    @OptionGroup var folders: RulesFolders

    @Option(name: .customLong("as-of"), help: "Judge everything on this date (YYYY-MM-DD) instead of each manifest's departure day.")
    var asOf: String?

    @Option(name: .long, help: "text or json.")
    var format: String = "text"

    @Flag(name: .customLong("fail-on-new"), help: "Exit 1 when anything newly fails.")
    var failOnNew = false

    func validate() throws {
        guard ["text", "json"].contains(format) else { throw ValidationError("--format must be text or json, not '\(format)'") }
        if let asOf { _ = try parseDay(asOf, option: "--as-of") }
    }

    func run() throws {
        let locator = try folders.locator()
        let day = try asOf.map { try parseDay($0, option: "--as-of") }
        var sets: [CompiledRuleSet] = []
        for p in [old, new] {
            let loaded = PackSetLoader.load(pack: p, locator: locator, runDate: day)
            guard let set = loaded.rules, !loaded.hasErrors else {
                AuthoringSupport.printPackDiagnostics(loaded.diagnostics)
                printError("error: the pack \(p) has problems; run 's2slint rules check \(p)'")
                throw Exit.badInput
            }
            sets.append(set)
        }
        let spec: InputSpec
        do { spec = try DiffData.spec(data) } catch {
            printError("error: \(error)")
            throw Exit.badInput
        }
        let diff = PackDiff.run(old: sets[0], new: sets[1], data: spec, asOf: day)
        printDiagnostics(diff.diagnostics.map(AuthoringSupport.relative))
        print(format == "json" ? PackDiffText.json(diff) : PackDiffText.text(diff), terminator: format == "json" ? "\n" : "")
        if diff.diagnostics.contains(where: { $0.level == .error }) { throw Exit.badInput }
        if failOnNew && !diff.newlyFailing.isEmpty { throw Exit.findings }
    }
}
