import Foundation
import S2SCOA
import S2SModel
import Testing

/// Total THC and status recomputation on COAs built in memory (no file involved).
@Suite("Recomputed values")
struct DerivedValueTests {
    func coa(_ analytes: [COAAnalyte], printedTHC: COAField<COAMeasurement>? = nil) -> COA {
        var c = COA(document: COADocument(path: "<memory>", format: .text, sha256: ""),
                    reading: COAReading(reader: "test", profile: "test", confidence: 1))
        c.panels = [COAPanel(kind: .heavyMetals, name: COAField("Metals", printed: "Metals", at: nil),
                             status: COAField(.pass, printed: "PASS", at: nil), analytes: analytes)]
        if let printedTHC { c.printedTotals = [COAPrintedTotal(kind: "total_thc", amount: printedTHC, context: .summary)] }
        return c
    }

    func row(_ id: String, _ m: COAMeasurement, loq: String? = nil, status: COAStatus? = .pass) -> COAAnalyte {
        COAAnalyte(id: id, name: COAField(id, printed: id, at: nil), panel: .heavyMetals, result: COAField(m, printed: "\(m)", at: nil),
                   loq: loq.map { COAField(COAAmount(Decimal(string: $0)!, .microgramPerGram), printed: $0, at: nil) },
                   status: status.map { COAField($0, printed: $0.name, at: nil) })
    }

    func limits(_ pairs: [(String, COALimit)]) -> COALimitTable {
        COALimitTable(pairs.map { COALimitTable.Entry(analyte: $0.0, panel: .heavyMetals, limit: $0.1) })
    }

    func max(_ s: String) -> COALimit { .maximum(COAAmount(Decimal(string: s)!, .microgramPerGram)) }

    @Test("a missing required analyte makes the panel unknown, never pass")
    func missingAnalyte() {
        let c = coa([row("cadmium", .notDetected)])
        let p = COAStatusRecomputation.recompute(c, limits: limits([("cadmium", max("0.2")), ("lead", max("0.5"))]))[0]
        #expect(p.analytes.first { $0.analyte == "lead" }?.computed == .unknown("missing"))
        #expect(p.computed == .unknown("not every analyte could be judged"))
    }

    @Test("below the LOQ passes only when the LOQ is within the limit")
    func belowLOQ() {
        let c = coa([row("cadmium", .belowLOQ(bound: nil), loq: "0.05"), row("lead", .belowLOQ(bound: nil), loq: "0.8"),
                     row("mercury", .belowLOQ(bound: nil))])
        let p = COAStatusRecomputation.recompute(c, limits: limits([("cadmium", max("0.2")), ("lead", max("0.5")), ("mercury", max("0.1"))]))[0]
        #expect(p.analytes.map(\.computed) == [.pass, .unknown("LOQ above limit"), .unknown("no LOQ")])
    }

    @Test("any detection fails a Category I pesticide; not tested is never a pass")
    func anyDetection() {
        let c = coa([row("aldicarb", .belowLOQ(bound: nil)), row("carbofuran", .notDetected), row("daminozide", .notTested)])
        let p = COAStatusRecomputation.recompute(c, limits: limits([("aldicarb", .anyDetection), ("carbofuran", .anyDetection), ("daminozide", .anyDetection)]))[0]
        #expect(p.analytes.map(\.computed) == [.fail, .pass, .unknown("not measured")])
        #expect(p.computed == .fail)
        #expect(p.disagrees)
    }

    @Test("units are converted before comparing (ppb limit, µg/g value)")
    func units() {
        let c = coa([row("cadmium", .amount(COAAmount(Decimal(string: "0.25")!, .microgramPerGram)))])
        let ppb = COALimit.maximum(COAAmount(200, .microgramPerKilogram))
        let p = COAStatusRecomputation.recompute(c, limits: limits([("cadmium", ppb)]))[0]
        #expect(p.analytes[0].computed == .fail)
        let cfu = COALimit.maximum(COAAmount(100, .cfuPerGram))
        #expect(COAStatusRecomputation.recompute(c, limits: limits([("cadmium", cfu)]))[0].computed == .unknown("not every analyte could be judged"))
    }

    @Test("Total THC = Δ9-THC + 0.877 × THCA, exactly, with ND taken as 0 and said so")
    func totalTHC() throws {
        var c = coa([])
        func cannabinoid(_ id: String, _ m: COAMeasurement) -> COAAnalyte {
            COAAnalyte(id: id, name: COAField(id, printed: id, at: nil), panel: .cannabinoids, result: COAField(m, printed: id == "delta_9_thc" ? "ND" : "0.28", at: nil))
        }
        c.panels.append(COAPanel(kind: .cannabinoids, name: COAField("Potency", printed: "Potency", at: nil),
                                 analytes: [cannabinoid("thca", .amount(COAAmount(Decimal(string: "0.28")!, .percent))),
                                            cannabinoid("delta_9_thc", .notDetected)]))
        c.printedTotals = [COAPrintedTotal(kind: "total_thc", amount: COAField(.amount(COAAmount(Decimal(string: "0.24")!, .percent)), printed: "0.24%", at: nil), context: .summary)]
        c.computedTotalTHC = nil
        let t = try #require(TotalTHCComputation.compute(c))
        #expect(t.value == COAAmount(Decimal(string: "0.24556")!, .percent))
        #expect(t.assumptions == ["Δ9-THC printed ND: taken as 0"])
        #expect(t.roundingAllowance == Decimal(string: "0.005"))
        #expect(t.disagrees)
    }
}
