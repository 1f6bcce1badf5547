import Foundation
import Testing
import S2SModel
@testable import RuleEngine

func manifestDataset(tag: String?, quantity: Decimal? = 10, unit: String = "Grams", departure: String = "2026-03-01T09:00:00-08:00",
                     packageQuantity: Decimal = 20, onHold: Bool? = false) -> Dataset {
    var ds = Dataset()
    let fid = ds.addFile(SourceFile(path: "m.json", kind: "manifests", retainedBytes: []))
    var line = ManifestLine(tag: tag, quantity: quantity.map { Quantity($0, MeasureUnit(parsing: unit)) }, unitName: unit,
                            source: SourceRef(file: fid, offset: 0, pointer: "/0/Destinations/0/Packages/0"))
    line.wholesalePrice = nil
    var d = Destination(recipientLicenseNumber: "R-1", transporters: [], lines: [line])
    if case .zoned(let l, let o)? = ParsedTimestamp.parse(departure.utf8) {
        d.estimatedDeparture = DateTime(local: l, offsetMinutes: o, zoneWasWritten: true)
    }
    ds.manifests = [Manifest(number: "0000000001", shipperLicenseNumber: "S-1", destinations: [d])]
    var p = Package(tag: "1A4000000000000000000001", ownerLicenseNumber: "S-1", quantity: Quantity(packageQuantity, .gram), unitName: "Grams")
    p.onHold = onHold
    ds.packages = [p]
    return ds
}

@Suite("Evaluation")
struct EvaluationTests {
    @Test func violatedAndPassed() throws {
        let (set, d) = compilePack(pack(rule(assert: "line.quantity <= package.quantity")))
        let s = try #require(set, "\(d)")
        #expect(evaluate(s, manifestDataset(tag: "1A4000000000000000000001")).isEmpty)
        let f = evaluate(s, manifestDataset(tag: "1A4000000000000000000001", quantity: 25))
        #expect(f.count == 1)
        #expect(f.first?.outcome == .violated)
        #expect(f.first?.package == "1A4000000000000000000001")
        #expect(f.first?.manifest == "0000000001")
        #expect(f.first?.evidence.contains { $0.expression == "line.quantity" && $0.value == .string("25 g") } == true)
    }

    @Test func unknownDataIsReportedNotSkipped() throws {
        // the package does not exist: package.quantity is null, the comparison is unknown
        let (set, _) = compilePack(pack(rule(assert: "line.quantity <= package.quantity")))
        let s = try #require(set)
        let f = evaluate(s, manifestDataset(tag: "1A4000000000000000000999"))
        #expect(f.count == 1)
        #expect(f.first?.outcome == .unevaluated)
        // the message names what is missing: the package itself
        #expect(f.first?.message == "could not be evaluated: package is missing")
    }

    @Test func threeValuedLogic() throws {
        // false and unknown = false: a definite violation, not an unknown one
        let (set, _) = compilePack(pack(rule(assert: "line.tag == 'X' and package.quantity > 1 g")))
        let s = try #require(set)
        let f = evaluate(s, manifestDataset(tag: "1A4000000000000000000999"))
        #expect(f.first?.outcome == .violated)
        // true or unknown = true
        let (set2, _) = compilePack(pack(rule(assert: "line.tag != 'X' or package.quantity > 1 g")))
        #expect(evaluate(try #require(set2), manifestDataset(tag: "1A4000000000000000000999")).isEmpty)
    }

    @Test func equalityWithNullIsTwoValued() throws {
        let (set, _) = compilePack(pack(rule(assert: "package == null")))
        let s = try #require(set)
        #expect(evaluate(s, manifestDataset(tag: "1A4000000000000000000999")).isEmpty)
        #expect(evaluate(s, manifestDataset(tag: "1A4000000000000000000001")).count == 1)
    }

    @Test func gatesStopDependentRules() throws {
        let rules = rule(id: "A", assert: "package != null") + rule(id: "B", assert: "package.on_hold == false", extra: "    requires: [A]")
        let (set, d) = compilePack(pack(rules))
        let s = try #require(set, "\(d)")
        let f = evaluate(s, manifestDataset(tag: "1A4000000000000000000999"))
        #expect(f.map(\.ruleId) == ["A"])
        let g = evaluate(s, manifestDataset(tag: "1A4000000000000000000001", onHold: true))
        #expect(g.map(\.ruleId) == ["B"])
    }

    @Test func quantitiesConvertWithinADimension() throws {
        let (set, _) = compilePack(pack(rule(assert: "line.quantity <= 0.05 lb")))
        let s = try #require(set)
        #expect(evaluate(s, manifestDataset(tag: "t", quantity: 22)).isEmpty)        // 22 g <= 22.68 g
        #expect(evaluate(s, manifestDataset(tag: "t", quantity: 23)).count == 1)
        // count vs mass cannot be compared: unknown, reported
        let f = evaluate(s, manifestDataset(tag: "t", quantity: 3, unit: "Each"))
        #expect(f.first?.outcome == .unevaluated)
    }

    @Test func aRuleChangedOnADateJudgesEachManifestByItsDeparture() throws {
        // the limit was raised on 2026-07-01: 15 g was too much before and is fine after
        let before = rule(id: "LIMIT", assert: "line.quantity <= 10 g", extra: "    effective: { to: 2026-06-30 }")
        let after = rule(id: "LIMIT", assert: "line.quantity <= 20 g", extra: "    effective: { from: 2026-07-01 }")
        let (set, d) = compilePack(pack(before + after))
        let s = try #require(set, "\(d)")
        #expect(evaluate(s, manifestDataset(tag: "t", quantity: 15, departure: "2026-06-30T23:00:00-07:00")).count == 1)
        #expect(evaluate(s, manifestDataset(tag: "t", quantity: 15, departure: "2026-07-01T06:00:00-07:00")).isEmpty)
        // --as-of overrides the departure date
        let asOf = Day(year: 2026, month: 8, day: 1)
        #expect(evaluate(s, manifestDataset(tag: "t", quantity: 15, departure: "2026-06-30T23:00:00-07:00"), asOf: asOf).isEmpty)
    }

    @Test func overlappingVersionsAreRejected() throws {
        let a = rule(id: "V", assert: "true", extra: "    effective: { to: 2026-06-30 }")
        let b = rule(id: "V", assert: "true", extra: "    effective: { from: 2026-06-01 }")
        let (_, d) = compilePack(pack(a + b))
        #expect(d.contains { $0.code == "rule.duplicate" })
    }

    @Test func factsChangeWithTheDate() throws {
        let facts = """
        jurisdiction: T
        limit:
          versions:
            - { effective: { to: 2026-06-30 }, value: 10 g }
            - { effective: { from: 2026-07-01 }, value: 20 g }
        """
        let (set, d) = compilePack(pack(rule(assert: "line.quantity <= facts.limit"), header: "jurisdiction: T\n"), facts: facts)
        let s = try #require(set, "\(d)")
        #expect(evaluate(s, manifestDataset(tag: "t", quantity: 15, departure: "2026-06-15T09:00:00-07:00")).count == 1)
        #expect(evaluate(s, manifestDataset(tag: "t", quantity: 15, departure: "2026-07-15T09:00:00-07:00")).isEmpty)
    }

    @Test func packFunctionsAndMessages() throws {
        let yaml = pack(rule(assert: "heavy(line)", message: "line {line.tag} weighs {line.quantity}"),
                        header: "define:\n  heavy(l): l.quantity < 1 kg\n")
        let (set, d) = compilePack(yaml)
        let s = try #require(set, "\(d)")
        let f = evaluate(s, manifestDataset(tag: "1A4000000000000000000001", quantity: 1500))
        #expect(f.first?.message == "line 1A4000000000000000000001 weighs 1500 g")
    }

    @Test func tagPatternsMatchTheWholeText() throws {
        let (set, _) = compilePack(pack(rule(assert: "line.tag matches \"^1A[0-9A-F]{22}$\"")))
        let s = try #require(set)
        for ok in ["1A4000000000000000000001", "1AFFFFFFFFFFFFFFFFFFFFFF"] {
            #expect(evaluate(s, manifestDataset(tag: ok)).isEmpty, "\(ok)")
        }
        for bad in ["1a4000000000000000000001", "1A400000000000000000001", "1A40000000000000000000011", " 1A4000000000000000000001",
                    "1A4O00000000000000000001", "1A400000000000000000000G"] {
            #expect(evaluate(s, manifestDataset(tag: bad)).count == 1, "\(bad)")
        }
    }
}
