import Foundation
import Testing
import S2SModel
import S2STestSupport
@testable import RuleEngine

/// `rules check` on a pack seeded with seventeen different mistakes: exactly seventeen errors,
/// one per mistake, each at its line and column, all from one run (loading and compiling).
@Suite("Seeded pack mistakes")
struct SeededMistakesTests {
    /// One rule per mistake; the comment of each expectation below says which.
    static let pack = #"""
pack: mistakes
version: 1.0.0
jurisdiction: T
rules:
  - id: M-01
    title: a misspelt key
    severity: error
    category: manifest.fields
    scope: line
    asert: line.tag != null
    message: "m"
    cite: [{ ref: "r", status: verified }]
    examples: [{ expect: pass, data: {} }, { expect: fail, data: {} }]

  - id: M-02
    title: an unknown severity
    severity: eror
    category: manifest.fields
    scope: line
    assert: line.tag != null
    message: "m"
    cite: [{ ref: "r", status: verified }]
    examples: [{ expect: pass, data: {} }, { expect: fail, data: {} }]

  - id: M-03
    title: an unknown scope
    severity: error
    category: manifest.fields
    scope: lines
    assert: line.tag != null
    message: "m"
    cite: [{ ref: "r", status: verified }]
    examples: [{ expect: pass, data: {} }, { expect: fail, data: {} }]

  - id: M-04
    title: a misspelt field
    severity: error
    category: package.hold
    scope: line
    assert: line.packge.on_hold == false
    message: "m"
    cite: [{ ref: "r", status: verified }]
    examples: [{ expect: pass, data: {} }, { expect: fail, data: {} }]

  - id: M-05
    title: an unknown function
    severity: error
    category: tag.format
    scope: line
    assert: preset(line.tag)
    message: "m"
    cite: [{ ref: "r", status: verified }]
    examples: [{ expect: pass, data: {} }, { expect: fail, data: {} }]

  - id: M-06
    title: a quantity compared with text
    severity: error
    category: quantity.limit
    scope: line
    assert: line.quantity > "10"
    message: "m"
    cite: [{ ref: "r", status: verified }]
    examples: [{ expect: pass, data: {} }, { expect: fail, data: {} }]

  - id: M-05
    title: a duplicate rule id
    severity: error
    category: tag.format
    scope: line
    assert: line.tag != null
    message: "m"
    cite: [{ ref: "r", status: verified }]
    examples: [{ expect: pass, data: {} }, { expect: fail, data: {} }]

  - id: M-08
    title: no citation
    severity: warning
    category: manifest.fields
    scope: line
    assert: line.tag != null
    message: "m"
    examples: [{ expect: pass, data: {} }, { expect: fail, data: {} }]

  - id: M-09
    title: no failing example
    severity: error
    category: manifest.fields
    scope: line
    assert: line.tag != null
    message: "m"
    cite: [{ ref: "r", status: verified }]
    examples: [{ expect: pass, data: {} }, { expect: pass, data: {} }]

  - id: M-10
    title: a condition that is never true
    severity: error
    category: manifest.fields
    scope: line
    when: line.tag != null and 1 == 2
    assert: line.tag != null
    message: "m"
    cite: [{ ref: "r", status: verified }]
    examples: [{ expect: pass, data: {} }, { expect: fail, data: {} }]

  - id: M-11
    title: membership in an empty facts list
    severity: error
    category: package.hold
    scope: line
    when: line.tag in facts.recalled_tags
    assert: line.tag != null
    message: "m"
    cite: [{ ref: "r", status: verified }]
    examples: [{ expect: pass, data: {} }, { expect: fail, data: {} }]

  - id: M-12
    title: an empty effective window
    severity: error
    category: manifest.fields
    scope: line
    assert: line.tag != null
    message: "m"
    cite: [{ ref: "r", status: verified }]
    effective: { from: 2026-07-01, to: 2026-06-30 }
    examples: [{ expect: pass, data: {} }, { expect: fail, data: {} }]

  - id: M-13
    title: an example file that does not exist
    severity: error
    category: manifest.fields
    scope: line
    assert: line.tag != null
    message: "m"
    cite: [{ ref: "r", status: verified }]
    examples: [{ expect: pass, data: examples/bse.yaml }, { expect: fail, data: {} }]

  - id: M-14
    title: an unknown category
    severity: error
    category: transprot
    scope: transporter
    assert: transporter.license != null
    message: "m"
    cite: [{ ref: "r", status: verified }]
    examples: [{ expect: pass, data: {} }, { expect: fail, data: {} }]

  - id: M-15
    title: requires a rule that does not exist
    severity: error
    category: manifest.fields
    scope: line
    requires: [M-99]
    assert: line.tag != null
    message: "m"
    cite: [{ ref: "r", status: verified }]
    examples: [{ expect: pass, data: {} }, { expect: fail, data: {} }]

  - id: M-16
    title: a sentence that is not finished
    severity: error
    category: manifest.fields
    scope: line
    assert: line.tag != null and
    message: "m"
    cite: [{ ref: "r", status: verified }]
    examples: [{ expect: pass, data: {} }, { expect: fail, data: {} }]

overrides:
  - { id: M-O1, severity: warning }
"""#

    static let facts = "jurisdiction: T\ntime_zone: America/Los_Angeles\nrecalled_tags: []\n"

    /// Loads and compiles the pack as `rules check` does: every problem of both steps.
    static func check() throws -> [Diagnostic] {
        let dir = try Paths.temporaryDirectory("seeded-mistakes")
        try pack.write(to: dir.appendingPathComponent("pack.yaml"), atomically: true, encoding: .utf8)
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("examples"), withIntermediateDirectories: true)
        try "licenses: []\n".write(to: dir.appendingPathComponent("examples/base.yaml"), atomically: true, encoding: .utf8)
        let (source, loadProblems) = PackLoader.load(directory: dir)
        let (facts, factProblems) = FactsLoader.load(path: dir.appendingPathComponent("T.yaml").path, text: facts)
        let src = try #require(source)
        let (set, compileProblems) = PackCompiler.compile(packs: [src], jurisdiction: facts,
                                                          runDate: Day(year: 2026, month: 11, day: 1))
        #expect(set == nil)
        return (loadProblems + factProblems + compileProblems).sorted {
            ($0.location?.line ?? 0, $0.location?.column ?? 0) < ($1.location?.line ?? 0, $1.location?.column ?? 0)
        }
    }

    @Test func everyMistakeIsReportedOnceAtItsPosition() throws {
        let found = try Self.check()
        let expected: [(code: String, line: Int, column: Int)] = [
            ("pack.unknown-key", 10, 5),       // asert: → did you mean 'assert' (and no "has no 'assert'")
            ("rule.severity", 17, 15),         // severity: eror
            ("rule.scope", 29, 12),            // scope: lines
            ("expr.type", 40, 18),             // line.packge → did you mean 'package'
            ("expr.type", 50, 13),             // preset(…) → did you mean 'present'
            ("expr.type", 60, 13),             // a quantity compared with text
            ("rule.duplicate", 65, 5),         // a second M-05
            ("rule.cite", 75, 5),              // no citation
            ("rule.examples", 92, 15),         // two passing examples, no failing one
            ("rule.never", 99, 32),            // when: … and 1 == 2
            ("rule.never", 110, 11),           // when: line.tag in facts.recalled_tags (an empty list)
            ("rule.never", 124, 16),           // effective: { from: 2026-07-01, to: 2026-06-30 }
            ("rule.example-file", 135, 38),    // data: examples/bse.yaml → did you mean examples/base.yaml
            ("rule.category", 140, 15),        // category: transprot
            ("rule.requires", 152, 16),        // requires: [M-99]
            ("expr.syntax", 163, 33),          // assert: line.tag != null and
            ("pack.override", 169, 5),         // override of M-O1, which does not exist
        ]
        #expect(found.map { "\($0.code) \($0.location?.line ?? 0):\($0.location?.column ?? 0)" }
                == expected.map { "\($0.code) \($0.line):\($0.column)" },
                "\(found.map(\.description).joined(separator: "\n"))")
        #expect(found.allSatisfy { $0.level == .error && $0.location?.file.hasSuffix("pack.yaml") == true })
        #expect(found.allSatisfy { $0.snippet?.contains("^") == true }, "every problem shows its line with a caret")
    }

    @Test func theMessagesSayWhatWasExpected() throws {
        let found = try Self.check()
        func message(_ line: Int) -> Diagnostic? { found.first { $0.location?.line == line } }
        #expect(message(10)?.hint == "did you mean 'assert'?")
        #expect(message(17)?.hint == "did you mean 'error'?")
        #expect(message(29)?.hint == "did you mean 'line'?")
        #expect(message(40)?.message == "line has no field 'packge'")
        #expect(message(50)?.hint == "did you mean 'present'?")
        #expect(message(65)?.message == "duplicate rule id M-05 (also at line 45) with overlapping effective dates")
        #expect(message(99)?.message == "'1 == 2' is always false, so rule M-10 can never apply")
        #expect(message(110)?.message == "'line.tag in facts.recalled_tags' can never be true: facts.recalled_tags is empty, so rule M-11 can never apply")
        #expect(message(135)?.hint == "did you mean 'examples/base.yaml'?")
        #expect(message(140)?.hint == "did you mean 'transport'?")
        #expect(message(169)?.message == "override of rule M-O1, which no pack in this set defines")
    }
}
