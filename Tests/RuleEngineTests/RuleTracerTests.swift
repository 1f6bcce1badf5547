import Foundation
import Testing
import S2SModel
@testable import RuleEngine

/// Explanations: the value of every part of a rule for a subject, and why a rule found nothing.
@Suite("Rule traces")
struct RuleTracerTests {
    func trace(_ yaml: String, _ ds: Dataset, id: String = "T-1", asOf: Day? = nil) throws -> RuleTrace {
        let (set, d) = compilePack(yaml)
        let s = try #require(set, "\(d)")
        let ctx = EvalContext(dataset: ds, index: DataIndex(dataset: ds, kinds: s.indexKinds), asOf: asOf,
                              today: Day(year: 2026, month: 1, day: 1)!)
        return try #require(RuleTracer.trace(s, ctx, ruleId: id))
    }

    func has(_ lines: [TraceLine], _ text: String, _ value: String) -> Bool {
        lines.contains { $0.text == text && $0.value == value }
    }

    @Test func aFindingShowsTheComparedValues() throws {
        let t = try trace(pack(rule(assert: "line.quantity <= package.quantity")), manifestDataset(tag: "1A4000000000000000000001", quantity: 25))
        let s = try #require(t.subjects.first)
        #expect(s.outcome == .violated)
        #expect(s.finding?.ruleId == "T-1")
        #expect(s.date == Day(year: 2026, month: 3, day: 1))
        #expect(has(s.assert, "line.quantity <= package.quantity", "false"))
        #expect(has(s.assert, "line.quantity", "25 g"))
        #expect(has(s.assert, "package.quantity", "20 g"))
        #expect(s.subject == "manifest 0000000001, destination 1 (to R-1), line 1 (1A4000000000000000000001)")
    }

    @Test func namedValuesAndFunctionsAreOpened() throws {
        let yaml = pack(rule(assert: "fits(line, limit)", extra: "    let: { limit: package.quantity }"),
                        header: "define:\n  fits(l, q): l.quantity <= q\n")
        let t = try trace(yaml, manifestDataset(tag: "1A4000000000000000000001", quantity: 25))
        let lines = try #require(t.subjects.first).assert
        #expect(has(lines, "fits(line, limit)", "false"))
        #expect(has(lines, "limit", "20 g"))
        #expect(lines.contains { $0.text == "with l = 1A4000000000000000000001, q = 20 g:" && $0.value == nil })
        #expect(has(lines, "l.quantity <= q", "false"))
        #expect(has(lines, "l.quantity", "25 g"))
    }

    @Test func whyARuleFoundNothing() throws {
        // 'when' false
        let w = try trace(pack(rule(when: "line.quantity > 100 g", assert: "false or line.tag == 'x'")), manifestDataset(tag: "t"))
        #expect(w.tally.notApplicable == 1)
        #expect(w.subjects.first?.outcome == .notApplicable)
        #expect(has(w.subjects.first?.when ?? [], "line.quantity > 100 g", "false"))
        // gated by a rule it requires
        let gated = pack(rule(id: "A", assert: "package != null") + rule(id: "B", assert: "package.on_hold == false", extra: "    requires: [A]"))
        let g = try trace(gated, manifestDataset(tag: "unknown"), id: "B")
        #expect(g.tally.gated == 1)
        #expect(g.gatedBy == ["A": 1])
        #expect(g.subjects.first?.outcome == .gated(["A"]))
        // not in force on the departure day
        let n = try trace(pack(rule(assert: "line.tag == 'x'", extra: "    effective: { from: 2027-01-01 }")), manifestDataset(tag: "t"))
        #expect(n.tally.notInForce == 1)
        #expect(n.datesNotInForce == [Day(year: 2026, month: 3, day: 1)!])
        #expect(n.windows == [EffectiveWindow(from: Day(year: 2027, month: 1, day: 1))])
        // no subject at all
        let e = try trace(pack(rule(scope: "license", assert: "license.number != null")), manifestDataset(tag: "t"))
        #expect(e.tally.subjects + e.tally.notInForce == 0)
        #expect(e.subjects.isEmpty)
    }

    @Test func elementsThatDecidedAreShown() throws {
        let yaml = pack(rule(scope: "destination", assert: "all(destination.lines, l => l.quantity <= 10 g)"))
        let t = try trace(yaml, manifestDataset(tag: "1A4000000000000000000001", quantity: 25))
        let lines = try #require(t.subjects.first).assert
        #expect(lines.contains { $0.text == "for l = 1A4000000000000000000001:" })
        #expect(has(lines, "l.quantity <= 10 g", "false"))
        #expect(has(lines, "l.quantity", "25 g"))
    }

    @Test func theNormalRunIsUnchangedByTracing() throws {
        let (set, _) = compilePack(pack(rule(assert: "line.quantity <= package.quantity")))
        let s = try #require(set)
        let ds = manifestDataset(tag: "1A4000000000000000000001", quantity: 25)
        let plain = evaluate(s, ds)
        let t = try trace(pack(rule(assert: "line.quantity <= package.quantity")), ds)
        #expect(plain.map(\.message) == [t.subjects.first?.finding?.message].compactMap { $0 })
    }
}
