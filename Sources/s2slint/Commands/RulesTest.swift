import ArgumentParser
import Foundation
import RuleEngine
import S2SLintKit
import S2SModel

/// `s2slint rules test`: each rule's examples, then the pack's test files, then coverage.
struct RulesTest: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "test",
        abstract: "Run every rule's examples and the pack's test files; report per rule and the rule coverage.",
        discussion: """
            A test file (tests/*.yaml in the pack folder) lists data and every finding the pack must produce
            on it, by rule and business key; a missing or an unexpected finding fails the test.
            Exit 0 when everything passes, 1 when an example or a test fails, 2 when a pack has problems.
            """)

    @Argument(help: "Pack directories or names (default: every pack in the Rules folder).")
    var packs: [String] = []

    @OptionGroup var folders: RulesFolders

    @Flag(name: .long, help: "Print every example and test, not only failures.")
    var verbose = false

    func run() throws {
        let locator = try folders.locator()
        var failures = 0
        var loadErrors = false
        for p in AuthoringSupport.packDirectories(packs, locator: locator) {
            let checked = PackCheck.check(pack: p, locator: locator)
            guard let set = checked.loaded.rules, checked.errors == 0, let own = checked.loaded.sources.last else {
                AuthoringSupport.printPackDiagnostics(checked.diagnostics)
                printError("error: \(checked.packId) has problems; run 's2slint rules check \(p)'")
                loadErrors = true
                continue
            }
            let examples = RulesTester.run(set, only: own.id)
            let tests = PackTestRunner.run(set, tests: checked.tests)
            let coverage = PackCoverage(rules: checked.ownRuleIds, examples: examples, tests: tests)
            failures += examples.failures.count + tests.filter { !$0.passed }.count
            printExamples(own, examples, coverage)
            printTests(own, tests)
            printCoverage(own, coverage)
            let passedTests = tests.filter(\.passed).count
            print("\(own.id): \(examples.outcomes.count - examples.failures.count)/\(examples.outcomes.count) examples and "
                  + "\(passedTests)/\(tests.count) test\(tests.count == 1 ? "" : "s") pass\n")
        }
        if loadErrors { throw Exit.badInput }
        if failures > 0 { throw Exit.findings }
    }

    func printExamples(_ own: PackSource, _ summary: RulesTester.Summary, _ coverage: PackCoverage) {
        print("\(own.id) \(own.version) — rules and their examples")
        var byRule: [String: [RulesTester.ExampleOutcome]] = [:]
        for o in summary.outcomes { byRule[o.ruleId, default: []].append(o) }
        let w = coverage.rules.map(\.count).max() ?? 0
        for id in coverage.rules {
            let os = byRule[id] ?? []
            let bad = os.filter { !$0.passed }
            let expected = coverage.expectedBy[id]?.count ?? 0
            print("  \(bad.isEmpty ? "ok  " : "FAIL")  \(id.padding(toLength: w, withPad: " ", startingAt: 0))  "
                  + "\(os.count - bad.count)/\(os.count) examples"
                  + (expected > 0 ? " · expected by \(expected) test\(expected == 1 ? "" : "s")" : ""))
            for o in os where verbose || !o.passed {
                print("          \(AuthoringSupport.relative(o.location.file)):\(o.location.line):\(o.location.column): example \(o.index) "
                      + "(expect \(o.expect.rawValue)) \(o.passed ? "ok" : "FAILED") — \(o.detail)")
            }
        }
    }

    func printTests(_ own: PackSource, _ results: [PackTestRunner.CaseResult]) {
        guard !results.isEmpty else {
            print("\(own.id) — test files: none (add tests/*.yaml to the pack folder)")
            return
        }
        print("\(own.id) — test files")
        for r in results {
            let where_ = "\(AuthoringSupport.relative(r.file)):\(r.test.location.line)"
            if r.passed {
                print("  ok    \(where_)  \(r.test.name) (\(r.compared) finding\(r.compared == 1 ? "" : "s") as expected)")
                continue
            }
            print("  FAIL  \(where_)  \(r.test.name)")
            if let e = r.error { print("          \(e)") }
            for (e, got) in r.missing {
                let loc = "\(AuthoringSupport.relative(e.location.file)):\(e.location.line):\(e.location.column)"
                let why = got == 0 ? "no such finding" : "\(got) such findings, expected \(e.count ?? 1)"
                print("          missing:    \(e.description)  (\(loc): \(why))")
            }
            for f in r.unexpected {
                var keys = [f.ruleId]
                if let m = f.manifest { keys.append("manifest \(m)") }
                if let p = f.package { keys.append("package \(p)") }
                if f.manifest == nil && f.package == nil, let l = f.license { keys.append("license \(l)") }
                let loc = f.location.map { "\(AuthoringSupport.relative($0.file)):\($0.line):\($0.column)" } ?? f.subject
                print("          unexpected: \(keys.joined(separator: " "))\(f.outcome == .unevaluated ? " (not evaluated)" : "") — \(f.message)  (\(loc))")
            }
        }
    }

    func printCoverage(_ own: PackSource, _ c: PackCoverage) {
        let n = c.rules.count
        let pct = n == 0 ? 100 : Int((Double(c.withBothExamples.count) / Double(n) * 100).rounded())
        print("\(own.id) — coverage")
        print("  \(c.withBothExamples.count)/\(n) rules have a passing and a failing example that behave (\(pct)%)"
              + (c.withoutBothExamples.isEmpty ? "" : "; not: \(c.withoutBothExamples.joined(separator: ", "))"))
        print("  \(n - c.notExercised.count)/\(n) rules are expected by a test file"
              + (c.notExercised.isEmpty ? "" : "; no test file expects a finding of: \(c.notExercised.joined(separator: ", "))"))
    }
}
