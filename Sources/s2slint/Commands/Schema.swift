import ArgumentParser
import Foundation
import RuleEngine
import S2SLintKit

/// `s2slint schema`: what a rule can read in each scope — names, record fields and functions —
/// with types and docs, from the tables the compiler uses.
struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "List the names, record fields and functions a rule can use in each scope, with their types.",
        discussion: """
            Examples:
              s2slint schema                      every scope, record and function (text)
              s2slint schema --scope line         what a rule with 'scope: line' can read
              s2slint schema --format markdown    a reference page
              s2slint schema --format json        for editors and tools
            """)

    @Option(name: .long, help: "Only this scope (and the records reachable from it): manifest, destination, transporter, line, package, license, lab_result.")
    var scope: String?

    @Option(name: .long, help: "text, markdown or json.")
    var format: String = "text"

    func validate() throws {
        guard ["text", "markdown", "json"].contains(format) else {
            throw ValidationError("--format must be text, markdown or json, not '\(format)'")
        }
        if let scope, ScopeDef.named(scope) == nil {
            throw ValidationError("unknown scope '\(scope)'; scopes: \(ScopeDef.all.map(\.name).joined(separator: ", "))")
        }
    }

    func run() throws {
        let catalog = LanguageCatalog.build()
        switch format {
        case "markdown": print(CatalogText.markdown(catalog, scope: scope), terminator: "")
        case "json": print(CatalogText.json(catalog, scope: scope))
        default: print(CatalogText.text(catalog, scope: scope), terminator: "")
        }
    }
}
