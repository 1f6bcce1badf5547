import Foundation
import Testing
import RuleEngine
import S2SLintKit
import S2SModel
import S2STestSupport

/// Each daily operation on the seeded day of Examples/ops finds exactly the discrepancies seeded
/// there (the full list), and hands the floor the right lists.
@Suite("Daily operations on the seeded example day")
struct OperationsScenarioTests {
    typealias S = OperationsScenario

    @Test func reconcileFindsEachKindOfDiscrepancySeeded() throws {
        let day = S.day("2026-11-30")
        let r = try S.run(OperationsRequest(operations: [.reconcile], from: day, to: day))
        #expect(r.report.diagnostics.allSatisfy { $0.level != .error }, "\(r.report.diagnostics)")
        #expect(S.keys(r) == [
            "OPS-REC-001 \(S.tag(5010))",            // sold and shipped in the ERP, on no S2S manifest
            "OPS-REC-002 \(S.tag(5008))",            // a Metrc waste adjustment the ERP never posted
            "OPS-REC-003 \(S.tag(5101))",            // 452.9 g in the WMS, 453.6 g in Metrc
            "OPS-REC-004 \(S.tag(5009))",            // 1.5 lb in the ERP, 1.5 g on the S2S manifest
            "OPS-REC-005 \(S.tag(5001))",            // on hold in Metrc, available in the WMS
            "OPS-REC-010 manifest 0001998003",       // the ERP's manifest number is not in the S2S export
        ])
        let missing = try #require(r.report.findings.first { $0.ruleId == "OPS-REC-002" })
        #expect(missing.message.contains("is in the S2S record (2026-11-30 S2S adjustment -1 Each (Waste: jar cracked when labelled))"))
        #expect(missing.location?.file.hasSuffix("s2s/adjustments.json") == true)
        let quantity = try #require(r.report.findings.first { $0.ruleId == "OPS-REC-003" })
        #expect(quantity.message.contains("the S2S record says 453.6 g, the internal record 452.9 g (S2S − internal = 0.7 g)"))
        let status = try #require(r.report.findings.first { $0.ruleId == "OPS-REC-005" })
        #expect(status.message.contains("the S2S record says onhold, the internal record available"))
        let mixup = try #require(r.report.findings.first { $0.ruleId == "OPS-REC-004" })
        #expect(mixup.message.contains("1.5 g") && mixup.message.contains("1.5 lb") && mixup.message.contains("unit mix-up"))
        #expect(mixup.manifest == "0001998001")
        // both records are in the finding: the ERP row is its place, the S2S line a related place
        #expect(mixup.location?.file.hasSuffix("erp/sales-orders.csv") == true)
        #expect(mixup.related.map(\.label) == ["S2S manifest line (S2S side)"])
        #expect(mixup.related.first?.location?.file.hasSuffix("s2s/delivery-packages.json") == true)
        // every flow was compared, and says how much
        #expect(r.notes.contains("sales: 3 packages compared (sales orders with outgoing S2S manifests)"))
        #expect(r.notes.contains("stock on hand: 9 packages compared (on-hand list with the S2S package export)"))
    }

    @Test func californiaAddsTheAdjustmentRecordedInCCTTAfter24Hours() throws {
        // US-CA-ops is Rules/ops with California's facts and CA-TT-001: the same day gains exactly one finding
        let day = S.day("2026-11-30")
        let r = try S.run(OperationsRequest(operations: [.reconcile], from: day, to: day), pack: "US-CA-ops")
        #expect(S.keys(r) == [
            "CA-TT-001 \(S.tag(5002))",              // the ERP logged the drying loss on 11-28; Metrc has it on 11-30
            "OPS-REC-001 \(S.tag(5010))",
            "OPS-REC-002 \(S.tag(5008))",
            "OPS-REC-003 \(S.tag(5101))",
            "OPS-REC-004 \(S.tag(5009))",
            "OPS-REC-005 \(S.tag(5001))",
            "OPS-REC-010 manifest 0001998003",
        ])
        let late = try #require(r.report.findings.first { $0.ruleId == "CA-TT-001" })
        #expect(late.location?.file.hasSuffix("erp/adjustments.csv") == true && late.location?.line == 3)
    }

    @Test func aDayWithNothingInItComparesNothingAndFindsNothing() throws {
        let day = S.day("2026-11-15")
        let r = try S.run(OperationsRequest(operations: [.reconcile], from: day, to: day))
        // the stock on hand is a snapshot (not limited to the day): its two seeded disagreements are
        // reported on any day, and nothing else is
        #expect(S.keys(r) == ["OPS-REC-003 \(S.tag(5101))", "OPS-REC-005 \(S.tag(5001))"])
        #expect(r.index.pairs.allSatisfy { $0.flow == .onHand })
    }

    @Test func countFindsTheMissingTagAndTheShortCaseAndHoldsThem() throws {
        let r = try S.run(OperationsRequest(operations: [.count], locations: ["VAULT-A", "VAULT-B", "VAULT-C"],
                                            sessions: ["CC-2026-11-30-A"]))
        #expect(S.keys(r) == ["OPS-CNT-001 \(S.tag(5003))", "OPS-CNT-005 \(S.tag(5007))"])
        let holds = OperationsSummary.holdList(r)
        #expect(holds.map(\.tag) == [S.tag(5003), S.tag(5007)])
        // what an investigation starts from: the tag's recent movements
        #expect(holds[0].movements == ["2026-11-27 sales order SO-19877 line 1: 200 each to C10-0000423-LIC (cancelled)"])
        #expect(holds[1].movements == ["2026-11-29 internal adjustment -2 each (Sample: QA retain samples)"])
        let short = try #require(r.report.findings.first { $0.ruleId == "OPS-CNT-005" })
        #expect(short.evidence.first { $0.expression == "movements(entry.tag, 5)" }?.value
                == .list([.string("2026-11-29 internal adjustment -2 each (Sample: QA retain samples)")]))
    }

    @Test func aCountOfTheScannedBinsOnlyDoesNotExpectTheOtherBins() throws {
        // without --location the counted area is the bins the scans were made in: VAULT-A-04 was not counted
        let r = try S.run(OperationsRequest(operations: [.count], sessions: ["CC-2026-11-30-A"]))
        #expect(r.index.countArea == ["VAULT-A-03", "VAULT-B-01", "VAULT-C-07"])
        #expect(S.keys(r) == ["OPS-CNT-005 \(S.tag(5007))"])
    }

    @Test func toteFindsTheExtraTagAndTheQuantityTheOrderDidNotSell() throws {
        let r = try S.run(OperationsRequest(operations: [.tote], sessions: ["TOTE-17"]))
        #expect(S.keys(r) == [
            "OPS-TOTE-002 \(S.tag(5008))",   // Gelato 3.5g scanned into the tote, not on its manifest
            "OPS-TOTE-004 \(S.tag(5005))",   // the manifest ships 200, sales order SO-20002 sold 180
        ])
        #expect(r.report.findings.allSatisfy { $0.manifest == "0001998002" })
        let quantity = try #require(r.report.findings.first { $0.ruleId == "OPS-TOTE-004" })
        #expect(quantity.message == "\(S.tag(5005)): manifest 0001998002 ships 200 each, sales order SO-20002 sold 180 each")
        #expect(OperationsSummary.toteProblems(r).map(\.tag) == [S.tag(5005), S.tag(5008)])
    }

    @Test func receiveFindsTheExtraCaseTheCOAOfAnotherBatchAndTheTamperedCase() throws {
        let r = try S.run(OperationsRequest(operations: [.receive], sessions: ["RCV-0002000101"], manifests: ["0002000101"]))
        #expect(S.keys(r) == [
            "OPS-RCV-002 \(S.tag(5104))",   // scanned at the dock, not on the incoming manifest
            "OPS-RCV-004 \(S.tag(5103))",   // tamper seal broken, not accepted at the dock
            "OPS-RCV-006 \(S.tag(5102))",   // its certificate prints batch SD-2026-0041, the package is SD-2026-0042
            "OPS-RCV-008 \(S.tag(5103))",   // rejected: not in the S2S package export, so its COA cannot be checked
        ])
        let d = OperationsSummary.dispositions(r)
        #expect(d.available.map(\.tag) == [S.tag(5101)])
        #expect(d.quarantine.map(\.tag) == [S.tag(5102), S.tag(5103), S.tag(5104)])
        #expect(d.quarantine[0].reasons == ["\(S.tag(5102)) is batch SD-2026-0042, but its certificate \(S.ops.path)/coas/sour-diesel-sd-2026-0041.xml is for batch SD-2026-0041"])
    }

    @Test func theEndOfDayReportHoldsTheDay() throws {
        let day = S.day("2026-11-30")
        let r = try S.run(OperationsRequest(operations: [.reconcile, .count], from: day, to: day,
                                            locations: ["VAULT-A", "VAULT-B", "VAULT-C"], sessions: ["CC-2026-11-30-A"]))
        let eod = EODBuilder.build(r, day: day, jurisdiction: nil)
        #expect(eod.inbound.map(\.tag) == [S.tag(5101), S.tag(5102), S.tag(5103)])
        #expect(eod.outbound.map(\.tag) == [S.tag(5004), S.tag(5009)])
        #expect(EODReport.total(eod.outbound) == Decimal(string: "4335"))
        #expect(eod.adjustments.map { "\($0.system) \($0.reason ?? "")" } == [
            "S2S Waste: two jars broken on the shelf", "S2S Drying: moisture loss on re-weigh", "S2S Waste: jar cracked when labelled",
            "internal Damage: two jars broken on the shelf"])
        #expect(eod.totalValue == Decimal(string: "26301.59"))
        #expect(eod.byCategory.map(\.name) == ["Flower", "Pre-Roll", "Edible"])
        #expect(eod.variances.map(\.ruleId).sorted() == ["OPS-CNT-001", "OPS-CNT-005", "OPS-REC-001", "OPS-REC-002", "OPS-REC-003",
                                                    "OPS-REC-004", "OPS-REC-005", "OPS-REC-010"])
        #expect(eod.holds.map(\.tag) == [S.tag(5001), S.tag(5101), S.tag(5102), S.tag(5003), S.tag(5007)])

        let html = EODHTML.render(eod)
        #expect(html.contains("<svg") && html.contains("Stock value by category") && html.contains("$24,859.59"))
        #expect(!html.contains("<script") && !html.contains("src=") && !html.contains("<link"), "one file, no external assets")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(EODData.json(eod).utf8)) as? [String: Any])
        #expect(json["schema"] as? String == "s2slint.eod/1")
        #expect((json["summary"] as? [String: Any])?["variances"] as? Int == 8)
        // money in cents in every format: 4.5 g of flower costed per pound is -$14.39, not -14.385162607…
        #expect(eod.adjustments.map(\.value) == [Decimal(string: "-14.5"), Decimal(string: "-14.39"), Decimal(string: "-8.1"), Decimal(string: "-14.5")])
        let csv = EODData.csv(eod).split(separator: "\n")
        #expect(csv.contains { $0.hasPrefix("adjustment,\(S.tag(5002)),,Blue Dream Bulk Flower,-4.5,g,-14.39,") })
        #expect(csv.first == "section,tag,name,item,quantity,unit,value,detail")
        #expect(csv.filter { $0.hasPrefix("variance,") }.count == 8)
        #expect(EODMarkdown.render(eod).contains("| Flower | 5 | 474 units, 6,689.8 g | $24,859.59 |"))
    }
}
