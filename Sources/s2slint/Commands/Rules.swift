import ArgumentParser
import Foundation
import RuleEngine
import S2SLintKit
import S2SModel

/// `s2slint rules …`: authoring tools for rule packs.
struct Rules: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List, check, test, document and compare rule packs.",
        subcommands: [RulesList.self, RulesCheck.self, RulesTest.self, RulesDoc.self, RulesDiff.self, RulesCoverage.self])
}

/// Where packs and facts are, for the authoring commands.
struct RulesFolders: ParsableArguments {
    @Option(name: .customLong("rules-dir"), help: "Where rule packs live (default: Rules/ found from the current directory).")
    var rulesDir: String?

    @Option(name: .customLong("jurisdictions-dir"), help: "Where jurisdiction facts live (default: Jurisdictions/).")
    var jurisdictionsDir: String?

    func locator() throws -> DataLocator {
        do { return try DataLocator.locate(rules: rulesDir, jurisdictions: jurisdictionsDir) } catch {
            printError("error: \(error)")
            throw Exit.badInput
        }
    }
}

struct RulesList: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the rules of packs, with each pack's version and each rule version's dates.")

    @Argument(help: "Pack directories or names (default: every pack in the Rules folder).")
    var packs: [String] = []

    @OptionGroup var folders: RulesFolders
    @Option(name: .long, help: "text or json") var format: String = "text"

    func validate() throws {
        guard ["text", "json"].contains(format) else { throw ValidationError("--format must be text or json, not '\(format)'") }
    }

    func run() throws {
        let locator = try folders.locator()
        var failed = false
        var json: [String] = []
        for p in AuthoringSupport.packDirectories(packs, locator: locator) {
            let loaded = PackSetLoader.load(pack: p, locator: locator)
            guard let set = loaded.rules, let own = loaded.sources.last else {
                AuthoringSupport.printPackDiagnostics(loaded.diagnostics)
                failed = true
                continue
            }
            let mine = ownRules(set, own)
            if format == "text" {
                print("\(own.id) \(own.version)  (\(AuthoringSupport.relative(own.directory)), sha256 \(own.sha256.prefix(16))…)"
                      + (own.extends.isEmpty ? "" : "  builds on \(own.extends.joined(separator: ", "))"))
            }
            for r in mine {
                let c = r.info.cite.first
                let disabled = r.disabledReason != nil
                if format == "json" {
                    json.append("{\"pack\": \(q(r.info.packId)), \"pack_version\": \(q(own.version)), \"id\": \(q(r.info.id)), "
                                + "\"severity\": \"\(r.info.severity.rawValue)\", \"mandatory\": \(r.info.mandatory), "
                                + "\"category\": \(q(r.info.category)), \"scope\": \(q(r.info.scope)), \"title\": \(q(r.info.title)), "
                                + "\"cite\": \(q(c?.ref ?? "")), \"status\": \(q(c?.status.rawValue ?? "")), "
                                + "\"from\": \(r.window.from.map { q($0.description) } ?? "null"), "
                                + "\"to\": \(r.window.to.map { q($0.description) } ?? "null"), \"disabled\": \(disabled)}")
                } else {
                    let id = r.info.id.padding(toLength: 22, withPad: " ", startingAt: 0)
                    let sev = (r.info.severity.rawValue + (r.info.mandatory ? "*" : "")).padding(toLength: 9, withPad: " ", startingAt: 0)
                    let cat = r.info.category.padding(toLength: 19, withPad: " ", startingAt: 0)
                    print("  \(id)\(sev)\(cat)\(r.info.title)  [\(c?.ref ?? "no citation"), \(c?.status.rawValue ?? "-")]"
                          + (r.window == .always ? "" : "  (in force \(PlainWords.window(r.window)))")
                          + (disabled ? "  (turned off)" : ""))
                }
            }
        }
        if format == "json" { print("[\n" + json.joined(separator: ",\n") + "\n]") } else { print("(* mandatory)") }
        if failed { throw Exit.badInput }
    }

    /// The pack's own rules and the rules it changes, in the pack's order (every version).
    func ownRules(_ set: CompiledRuleSet, _ own: PackSource) -> [CompiledRule] {
        let ids = own.rules.map(\.id) + own.overrides.map(\.id)
        var order: [String] = []
        for id in ids where !order.contains(id) { order.append(id) }
        return order.flatMap { id in set.rules.filter { $0.info.id == id } }
    }

    func q(_ s: String) -> String { PlainValue.quote(s) }
}
