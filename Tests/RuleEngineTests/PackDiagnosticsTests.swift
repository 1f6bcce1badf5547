import Foundation
import Testing
import S2SModel
@testable import RuleEngine

/// Problems in a pack are reported at file:line:column with what was expected.
@Suite("Pack diagnostics")
struct PackDiagnosticsTests {
    func errors(_ yaml: String, facts: String? = nil) -> [Diagnostic] {
        compilePack(yaml, facts: facts).1.filter { $0.level == .error }
    }

    @Test func unknownKeySuggestsTheRightOne() throws {
        let yaml = pack(rule(assert: "line.tag != null").replacingOccurrences(of: "    assert:", with: "    asert:"))
        let e = try #require(errors(yaml).first { $0.code == "pack.unknown-key" })
        #expect(e.message == "unknown key 'asert' in rule T-1")
        #expect(e.hint == "did you mean 'assert'?")
        #expect(e.location?.line == 9)
        #expect(e.location?.column == 5)
        #expect(e.location?.file == "/tmp/test-pack/pack.yaml")
        #expect(e.snippet?.contains("^") == true)
    }

    @Test func misspeltFieldIsReportedAtItsColumn() throws {
        let yaml = pack(rule(assert: "line.packge.on_hold == false"))
        let e = try #require(errors(yaml).first)
        #expect(e.message == "line has no field 'packge'")
        #expect(e.hint == "did you mean 'package'?")
        #expect(e.location?.line == 9)
        // "    assert: line.packge…": the field name starts at column 18
        #expect(e.location?.column == 18)
    }

    @Test func comparingAQuantityWithTextIsATypeError() throws {
        let yaml = pack(rule(assert: "line.quantity > \"10\""))
        let e = try #require(errors(yaml).first)
        #expect(e.message.contains("cannot compare 'line.quantity' (quantity) with '\"10\"' (text)"))
        #expect(e.hint?.contains("10 g") == true)
        #expect(e.location?.line == 9)
        #expect(e.location?.column == 13)
    }

    @Test func brokenYAMLNamesLineAndColumn() throws {
        let yaml = "pack: test\nversion: 1\nrules:\n  - id: A\n    title: [unclosed\n    severity: error\n"
        let e = try #require(errors(yaml).first)
        #expect(e.code == "yaml.syntax")
        #expect(e.message.hasPrefix("this is not valid YAML"))
        #expect(e.location?.line != nil)
        #expect(e.location?.file == "/tmp/test-pack/pack.yaml")
    }

    @Test func unknownFunctionAndNameHaveSuggestions() throws {
        let e1 = try #require(errors(pack(rule(assert: "preset(line.tag)"))).first)
        #expect(e1.message == "unknown function 'preset'")
        #expect(e1.hint == "did you mean 'present'?")
        let e2 = try #require(errors(pack(rule(scope: "destination", assert: "line.tag != null"))).first)
        #expect(e2.message == "unknown name 'line'")
        #expect(e2.hint?.contains("scope: line") == true)
    }

    @Test func severityMustFollowTheEvidence() throws {
        let yaml = pack(rule(assert: "line.tag != null").replacingOccurrences(of: "status: verified", with: "status: unverified"))
        let e = try #require(errors(yaml).first)
        #expect(e.code == "rule.severity-evidence")
    }

    @Test func everyRuleNeedsBothKindsOfExample() throws {
        let yaml = pack(rule(assert: "line.tag != null").replacingOccurrences(of: "{ expect: fail, data: {} }", with: "{ expect: pass, data: {} }"))
        let e = try #require(errors(yaml).first)
        #expect(e.message == "rule T-1 has no failing example; every rule needs both")
    }

    @Test func factsAreTypeCheckedToo() throws {
        let facts = "jurisdiction: T\npassed: [TestPassed]\n"
        let yaml = pack(rule(assert: "line.package.lab_testing_state in facts.pased"), header: "jurisdiction: T\n")
        let e = try #require(errors(yaml, facts: facts).first)
        #expect(e.message.contains("the facts have no entry 'pased'"))
        #expect(e.hint == "did you mean 'passed'?")
    }

    @Test func assertMustBeTrueOrFalse() throws {
        let e = try #require(errors(pack(rule(assert: "line.quantity"))).first)
        #expect(e.message.contains("must be true or false"))
    }
}
