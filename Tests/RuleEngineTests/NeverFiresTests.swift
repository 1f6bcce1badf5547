import Foundation
import Testing
import S2SModel
@testable import RuleEngine

/// Conditions that no data can change are found when the pack loads.
@Suite("Rules that can never fire")
struct NeverFiresTests {
    static let facts = """
        jurisdiction: T
        none: []
        some: [a, b]
        flag_off: false
        flag_on: true
        empty_until_2026:
          versions:
            - { effective: { to: 2025-12-31 }, value: [] }
            - { effective: { from: 2026-01-01 }, value: [x] }
        """

    func never(_ when: String? = nil, assert: String = "line.tag != null", extra: String = "") -> [String] {
        let (_, d) = compilePack(pack(rule(when: when, assert: assert, extra: extra), header: "jurisdiction: T\n"), facts: Self.facts)
        return d.filter { $0.code == "rule.never" }.map(\.message)
    }

    @Test func whenThatIsAlwaysFalse() {
        #expect(never("false") == ["'false' is always false, so rule T-1 can never apply"])
        #expect(never("not (1 == 1)") == ["'not (1 == 1)' is always false, so rule T-1 can never apply"])
        #expect(never("not (line.tag != null or 1 == 1)") == ["'1 == 1' is always true, so rule T-1 can never apply"])
        #expect(never("line.tag in []").count == 1)
        #expect(never("facts.flag_off").count == 1)
        #expect(never("line.tag != null and facts.flag_off") == ["'facts.flag_off' is always false, so rule T-1 can never apply"])
        #expect(never("line.tag in facts.none") == ["'line.tag in facts.none' can never be true: facts.none is empty, so rule T-1 can never apply"])
        #expect(never("any(facts.none, x => x == line.tag)").count == 1)
        #expect(never("line.tag in facts.empty_until_2026", extra: "    effective: { to: 2025-06-30 }").count == 1)
        #expect(never("as_of < 2020-01-01", extra: "    effective: { from: 2021-01-01 }").count == 1)
    }

    @Test func assertThatAlwaysHolds() {
        #expect(never(assert: "true") == ["'true' is always true, so rule T-1 can never find anything"])
        #expect(never(assert: "line.tag == 'x' or 2 > 1").count == 1)
        #expect(never(assert: "line.tag not in facts.none").count == 1)
        #expect(never(assert: "all(facts.none, x => x == line.tag)").count == 1)
    }

    @Test func conditionsTheDataDecidesAreAccepted() {
        #expect(never("facts.flag_on") == [])
        #expect(never("line.tag in facts.some") == [])
        #expect(never("line.tag != null and 1 == 1") == [])
        #expect(never("line.tag in facts.empty_until_2026") == [], "the list has an element from 2026")
        #expect(never("as_of < 2020-01-01") == [], "the rule is in force before 2020 too")
        #expect(never("line.tag not in facts.none") == [])
        #expect(never(assert: "line.tag in facts.some") == [])
    }
}
