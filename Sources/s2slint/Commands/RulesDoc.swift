import ArgumentParser
import Foundation
import RuleEngine
import S2SLintKit

/// `s2slint rules doc`: the handbook of a pack, for compliance managers and auditors.
struct RulesDoc: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "doc",
        abstract: "Write a pack's handbook: every rule in plain words, by category, with citations, dates, fixes and examples.",
        discussion: """
            Examples:
              s2slint rules doc Rules/US-CA --format markdown --output Docs/handbook/US-CA.md
              s2slint rules doc Rules/US-CA --format html --output Docs/handbook/US-CA.html
            The output depends only on the pack and its facts (no dates, no paths of this machine), so a
            committed handbook can be regenerated and compared in CI.
            """)

    @Argument(help: "The pack directory or name.")
    var pack: String

    @OptionGroup var folders: RulesFolders

    @Option(name: .long, help: "markdown or html.")
    var format: String = "markdown"

    @Option(name: .long, help: "Write the handbook to this file instead of standard output.")
    var output: String?

    func validate() throws {
        guard ["markdown", "html", "md"].contains(format) else {
            throw ValidationError("--format must be markdown or html, not '\(format)'")
        }
    }

    func run() throws {
        let locator = try folders.locator()
        let loaded = PackSetLoader.load(pack: pack, locator: locator)
        let handbook: Handbook
        do { handbook = try Handbook(loaded: loaded, packLabel: AuthoringSupport.relative(loaded.sources.last?.directory ?? pack)) } catch {
            AuthoringSupport.printPackDiagnostics(loaded.diagnostics)
            printError("error: \(error)")
            throw Exit.badInput
        }
        let text = format == "html" ? handbook.html() : handbook.markdown()
        guard let output else {
            print(text, terminator: "")
            return
        }
        do { try text.write(toFile: output, atomically: true, encoding: .utf8) } catch {
            printError("error: cannot write \(output): \(error.localizedDescription)")
            throw Exit.badInput
        }
        printError("wrote \(output)")
    }
}
