import ArgumentParser
import Foundation
import RuleEngine
import S2SLintKit
import S2SModel

/// `s2slint rules check`: every problem of each pack, at once, in file order.
struct RulesCheck: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Load packs and report every problem in them, at file:line:column (no data needed).",
        discussion: """
            Reports unknown keys (with a suggestion), type errors, unknown fields and functions, duplicate
            rule ids, rules without a citation or without both a passing and a failing example, rules that
            can never fire, overrides of rules that do not exist, mandatory rules loosened without a
            variance, expired variances, and mistakes in the pack's test files (tests/*.yaml).
            Exit 0 when every pack is clean (warnings allowed), 2 when any has an error.
            """)

    @Argument(help: "Pack directories or names (default: every pack in the Rules folder).")
    var packs: [String] = []

    @OptionGroup var folders: RulesFolders

    @Option(name: .customLong("as-of"), help: "Judge variances' expiry on this date (YYYY-MM-DD) instead of today.")
    var asOf: String?

    func validate() throws {
        if let asOf { _ = try parseDay(asOf, option: "--as-of") }
    }

    func run() throws {
        let locator = try folders.locator()
        let day = try asOf.map { try parseDay($0, option: "--as-of") }
        var errors = 0
        var warnings = 0
        let dirs = AuthoringSupport.packDirectories(packs, locator: locator)
        for p in dirs {
            let result = PackCheck.check(pack: p, locator: locator, runDate: day)
            AuthoringSupport.printPackDiagnostics(result.diagnostics)
            errors += result.errors
            warnings += result.warnings
            let n = result.ownRuleIds.count
            let tests = result.tests.reduce(0) { $0 + $1.cases.count }
            if result.errors == 0 {
                print("\(result.packId): \(n) rule\(n == 1 ? "" : "s") ok"
                      + (tests > 0 ? ", \(tests) test\(tests == 1 ? "" : "s") read" : "")
                      + (result.warnings > 0 ? " (\(result.warnings) warning\(result.warnings == 1 ? "" : "s"))" : ""))
            } else {
                print("\(result.packId): \(result.errors) error\(result.errors == 1 ? "" : "s")")
            }
        }
        print("\(dirs.count) pack\(dirs.count == 1 ? "" : "s") checked: \(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")")
        if errors > 0 { throw Exit.badInput }
    }
}
