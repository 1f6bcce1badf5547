import ArgumentParser
import Foundation
import RuleEngine
import S2SLintKit

/// `s2slint rules coverage`: each state's catalog against the packs.
struct RulesCoverage: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "coverage",
        abstract: "Compare the packs with the per-state rule catalog: catalog rule → pack rules → encoded, warning, not checked, or missing.",
        discussion: """
            Examples:
              s2slint rules coverage --catalog ../shared/research/regulations.md
              s2slint rules coverage --catalog ../shared/research/regulations.md --format markdown --output Docs/coverage.md
            A catalog rule is encoded when a pack rule has its id or names it in 'covers:', not checked
            when the pack lists it in 'not_checked:' with a reason, and missing otherwise.
            Exit codes: 0 written; 1 with --fail-on-missing when a pack leaves a catalog rule missing
            or names an id the catalog does not have; 2 a bad catalog or pack; 64 bad usage.
            """)

    @Argument(help: "Pack directories or names (default: every pack in the Rules folder).")
    var packs: [String] = []

    @Option(name: .long, help: "The per-state catalog (research/regulations.md).")
    var catalog: String

    @OptionGroup var folders: RulesFolders

    @Option(name: .long, help: "text, markdown or json.")
    var format: String = "text"

    @Option(name: .long, help: "Write to this file instead of standard output.")
    var output: String?

    @Flag(name: .customLong("fail-on-missing"), help: "Exit 1 when a pack leaves a catalog rule missing or names an id the catalog lacks.")
    var failOnMissing = false

    func validate() throws {
        guard ["text", "markdown", "md", "json"].contains(format) else {
            throw ValidationError("--format must be text, markdown or json, not '\(format)'")
        }
    }

    func run() throws {
        let locator = try folders.locator()
        let (read, catalogProblems) = StateCatalogReader.read(path: catalog)
        var failed = !catalogProblems.isEmpty
        printDiagnostics(catalogProblems.map(AuthoringSupport.relative))
        var loadedPacks: [(label: String, loaded: PackSetLoader.Loaded)] = []
        for p in AuthoringSupport.packDirectories(packs, locator: locator) {
            let loaded = PackSetLoader.load(pack: p, locator: locator)
            if loaded.hasErrors {
                AuthoringSupport.printPackDiagnostics(loaded.diagnostics)
                failed = true
                continue
            }
            loadedPacks.append((p, loaded))
        }
        guard let read, !failed else { throw Exit.badInput }
        let coverage = CatalogCoverage(catalog: read, catalogLabel: catalog, packs: loadedPacks)
        let text: String
        switch format {
        case "json": text = coverage.json()
        case "markdown", "md": text = coverage.markdown(output: "Docs/coverage.md")   // the committed table's place, as the handbook does
        default: text = coverage.text()
        }
        if let output {
            do { try text.write(toFile: output, atomically: true, encoding: .utf8) } catch {
                printError("error: cannot write \(output): \(error.localizedDescription)")
                throw Exit.badInput
            }
            printError("wrote \(output)")
        } else {
            print(text, terminator: "")
        }
        if failOnMissing && coverage.hasGaps { throw Exit.findings }
    }
}
