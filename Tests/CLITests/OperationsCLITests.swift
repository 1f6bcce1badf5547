import Foundation
import Testing
import S2STestSupport

/// The daily-operation commands from the command line: they exit like `check` (0 clean, 1 findings
/// at or above --fail-on, 2 bad input, 64 bad usage) and write the floor's lists.
@Suite("Daily operations at the command line")
struct OperationsCLITests {
    static let inputs = ["Examples/ops/s2s", "Examples/ops/erp", "Examples/ops/scans"]

    static func tag(_ n: Int) -> String { "1A40603000021990000" + String(format: "%05d", n) }

    /// Runs a command with the text report on standard output and the JSON report in a file, and
    /// returns `RULE tag-or-manifest` for every finding of the JSON report, sorted: the full list the
    /// command made, for tests to compare with exactly what was seeded.
    static func run(_ args: [String]) throws -> (result: CLIRunner.Result, findings: [String]) {
        let json = try Paths.temporaryDirectory().appendingPathComponent("report.json")
        let r = try CLIRunner.run(args + ["--format", "text", "--output", "-", "--format", "json", "--output", json.path])
        let doc = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: json)) as? [String: Any], "\(r.stderr)")
        let findings = ((doc["violations"] as? [[String: Any]]) ?? []).map { v -> String in
            let key = (v["package"] as? String) ?? "manifest " + ((v["manifest"] as? String) ?? "-")
            return "\((v["rule"] as? String) ?? "?") \(key)"
        }
        return (r, findings.sorted())
    }

    @Test func reconcileReportsAndSaysWhatItCompared() throws {
        let (r, findings) = try Self.run(["reconcile"] + Self.inputs + ["--pack", "ops", "--day", "2026-11-30"])
        #expect(r.status == 1, "\(r.stderr)")
        #expect(findings == [
            "OPS-REC-001 \(Self.tag(5010))",          // sold and shipped in the ERP, on no S2S manifest
            "OPS-REC-002 \(Self.tag(5008))",          // a Metrc waste adjustment the ERP never posted
            "OPS-REC-003 \(Self.tag(5101))",          // 452.9 g in the WMS, 453.6 g in Metrc
            "OPS-REC-004 \(Self.tag(5009))",          // 1.5 lb sold in the ERP, 1.5 g on the S2S manifest
            "OPS-REC-005 \(Self.tag(5001))",          // on hold in Metrc, available in the WMS
            "OPS-REC-010 manifest 0001998003",     // the ERP's manifest is not in the S2S export
        ])
        #expect(r.stdout.contains("[OPS-REC-004]") && r.stdout.contains("a unit mix-up"))
        #expect(r.stdout.contains("what was compared:\n  sales: 3 packages compared"))
        #expect(r.stdout.contains("discrepancies by kind:"))
        let never = try CLIRunner.run(["reconcile"] + Self.inputs + ["--pack", "ops", "--day", "2026-11-30", "--fail-on", "never"])
        #expect(never.status == 0)
    }

    @Test func reconcileInCaliforniaAddsTheAdjustmentRecordedLate() throws {
        // --jurisdiction US-CA runs Rules/US-CA-ops: Rules/ops and CCTT's 24-hour recording deadline
        let (r, findings) = try Self.run(["reconcile"] + Self.inputs + ["--jurisdiction", "US-CA", "--day", "2026-11-30"])
        #expect(r.status == 1, "\(r.stderr)")
        #expect(findings == [
            "CA-TT-001 \(Self.tag(5002))",            // the ERP logged the drying loss on 11-28, Metrc on 11-30
            "OPS-REC-001 \(Self.tag(5010))",
            "OPS-REC-002 \(Self.tag(5008))",
            "OPS-REC-003 \(Self.tag(5101))",
            "OPS-REC-004 \(Self.tag(5009))",
            "OPS-REC-005 \(Self.tag(5001))",
            "OPS-REC-010 manifest 0001998003",
        ])
        #expect(r.stdout.contains("happened 2026-11-28 and reached CCTT 2026-11-30: later than the 24 hours California allows"))
        #expect(r.stdout.contains("      1  Recorded late (reconcile.late)\n"))
    }

    @Test func reconcileWritesJSONForPrograms() throws {
        let r = try CLIRunner.run(["reconcile"] + Self.inputs + ["--pack", "ops", "--day", "2026-11-30", "--format", "json"])
        #expect(r.status == 1)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let rules = ((json["violations"] as? [[String: Any]]) ?? []).compactMap { $0["rule"] as? String }.sorted()
        #expect(rules == ["OPS-REC-001", "OPS-REC-002", "OPS-REC-003", "OPS-REC-004", "OPS-REC-005", "OPS-REC-010"])
        #expect(r.stderr.contains("what was compared:"), "the summary goes to standard error when JSON is on standard output")
    }

    @Test func countWritesTheHoldList() throws {
        let dir = try Paths.temporaryDirectory()
        let hold = dir.appendingPathComponent("hold.csv").path
        // the scan log given as a file: its mapping file, in the same folder, is found by itself
        let (r, findings) = try Self.run(["count", "Examples/ops/s2s", "Examples/ops/erp", "Examples/ops/scans/cycle-count-2026-11-30.csv",
                                          "--pack", "ops", "--session", "CC-2026-11-30-A",
                                          "--location", "VAULT-A", "--location", "VAULT-B", "--location", "VAULT-C", "--hold-list", hold])
        #expect(r.status == 1, "\(r.stdout)\(r.stderr)")
        #expect(findings == [
            "OPS-CNT-001 \(Self.tag(5003))",          // in VAULT-A-04 by the books, not scanned
            "OPS-CNT-005 \(Self.tag(5007))",          // 46 units counted in the case, 48 in the books
        ])
        #expect(r.stdout.contains("place on hold until the variance is explained (2 packages):"))
        #expect(r.stdout.contains("recent movements:\n        2026-11-29 internal adjustment -2 each (Sample: QA retain samples)"))
        let csv = try String(contentsOfFile: hold, encoding: .utf8).split(separator: "\n")
        #expect(csv.count == 3)
        #expect(csv[0] == "tag,item,location,quantity,status,reasons,rules,recent movements")
        #expect(csv[1].hasPrefix("1A4060300002199000005003,Sour Diesel Preroll 1g,VAULT-A-04,200 each,hold,"))
    }

    @Test func aToteWithoutTheSeededProblemsMayShip() throws {
        // without the extra tag in the tote, and with the order line at the 200 the manifest ships
        let dir = try Paths.temporaryDirectory()
        let scans = try String(contentsOf: Paths.repo("Examples/ops/scans/tote-17.csv"), encoding: .utf8)
            .split(separator: "\n").filter { !$0.contains("1A4060300002199000005008") }.joined(separator: "\n") + "\n"
        try scans.write(to: dir.appendingPathComponent("tote.csv"), atomically: true, encoding: .utf8)
        try FileManager.default.copyItem(at: Paths.repo("Examples/ops/scans/scan-log.mapping.json"),
                                         to: dir.appendingPathComponent("scan-log.mapping.json"))
        let erp = dir.appendingPathComponent("erp")
        try FileManager.default.createDirectory(at: erp, withIntermediateDirectories: true)
        let orders = try String(contentsOf: Paths.repo("Examples/ops/erp/sales-orders.csv"), encoding: .utf8)
        #expect(orders.contains("1A4060300002199000005005,Sour Diesel Preroll 1g,SD-PR1,180,ea"))
        try orders.replacingOccurrences(of: "1A4060300002199000005005,Sour Diesel Preroll 1g,SD-PR1,180,ea",
                                        with: "1A4060300002199000005005,Sour Diesel Preroll 1g,SD-PR1,200,ea")
            .write(to: erp.appendingPathComponent("sales-orders.csv"), atomically: true, encoding: .utf8)
        try FileManager.default.copyItem(at: Paths.repo("Examples/ops/erp/sales-orders.mapping.json"),
                                         to: erp.appendingPathComponent("sales-orders.mapping.json"))
        let clean = try CLIRunner.run(["tote", "Examples/ops/s2s", erp.path, dir.appendingPathComponent("tote.csv").path,
                                       "--pack", "ops", "--tote", "TOTE-17"])
        #expect(clean.status == 0, "\(clean.stdout)\(clean.stderr)")
        #expect(clean.stdout.contains("the tote matches its manifest and sales order (2 packages): it may ship"))
        let (extra, findings) = try Self.run(["tote", "Examples/ops/s2s", "Examples/ops/erp", "Examples/ops/scans/tote-17.csv",
                                              "--pack", "ops", "--tote", "TOTE-17", "--manifest", "0001998002"])
        #expect(extra.status == 1, "\(extra.stdout)\(extra.stderr)")
        #expect(findings == [
            "OPS-TOTE-002 \(Self.tag(5008))",        // Gelato 3.5g scanned into the tote, not on its manifest
            "OPS-TOTE-004 \(Self.tag(5005))",        // the manifest ships 200, sales order SO-20002 sold 180
        ])
        #expect(extra.stdout.contains("[OPS-TOTE-002] 1A4060300002199000005008 (Gelato 3.5g) was scanned into tote TOTE-17"))
    }

    @Test func receiveWritesWhatMayBeSoldAndWhatIsQuarantined() throws {
        let dir = try Paths.temporaryDirectory()
        let out = dir.appendingPathComponent("receipt.csv").path
        let (r, findings) = try Self.run(["receive"] + Self.inputs + ["--coa", "Examples/ops/coas", "--pack", "ops",
                                                                      "--manifest", "0002000101", "--session", "RCV-0002000101", "--dispositions", out])
        #expect(r.status == 1, "\(r.stderr)")
        #expect(findings == [
            "OPS-RCV-002 \(Self.tag(5104))",          // scanned at the dock, not on the manifest
            "OPS-RCV-004 \(Self.tag(5103))",          // tamper seal broken, rejected at the dock
            "OPS-RCV-006 \(Self.tag(5102))",          // its certificate is for batch SD-2026-0041, the package is SD-2026-0042
            "OPS-RCV-008 \(Self.tag(5103))",          // rejected, so not in the S2S package export
        ])
        #expect(r.stdout.contains("is batch SD-2026-0042, but its certificate Examples/ops/coas/sour-diesel-sd-2026-0041.xml is for batch SD-2026-0041"))
        #expect(r.stdout.contains("may be made available for sale (1):\n  1A4060300002199000005101"))
        #expect(r.stdout.contains("quarantine (3):"))
        let rows = try String(contentsOfFile: out, encoding: .utf8).split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).prefix(5).joined(separator: ",") }
        #expect(rows.dropFirst() == [
            "1A4060300002199000005101,Gelato Bulk Flower,,453.6 g,available",
            "1A4060300002199000005102,Sour Diesel Preroll 1g,,200 each,quarantine",
            "1A4060300002199000005103,Gummies 10pk,,48 each,quarantine",
            "1A4060300002199000005104,,,,quarantine",
        ])
    }

    @Test func theEndOfDayReportIsWrittenInEveryFormat() throws {
        let dir = try Paths.temporaryDirectory()
        let paths = ["html", "csv", "json", "markdown"].map { dir.appendingPathComponent("eod.\($0)").path }
        var args = ["report", "eod"] + Self.inputs + ["--pack", "ops", "--day", "2026-11-30", "--count-session", "CC-2026-11-30-A",
                                                      "--location", "VAULT-A", "--location", "VAULT-B", "--location", "VAULT-C"]
        for (f, p) in zip(["html", "csv", "json", "markdown"], paths) { args += ["--format", f, "--output", p] }
        let r = try CLIRunner.run(args)
        #expect(r.status == 1, "\(r.stderr)")
        #expect(r.stderr.contains("end of day 2026-11-30: 8 variances, 5 open holds"))
        #expect(try String(contentsOfFile: paths[0], encoding: .utf8).contains("<svg"))
        #expect(try String(contentsOfFile: paths[1], encoding: .utf8).hasPrefix("section,tag,name,item,quantity,unit,value,detail\n"))
        let eod = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: paths[2]))) as? [String: Any])
        #expect(eod["schema"] as? String == "s2slint.eod/1")
        let variances = ((eod["variances"] as? [[String: Any]]) ?? []).map {
            "\(($0["rule"] as? String) ?? "?") \(($0["package"] as? String) ?? "manifest " + (($0["manifest"] as? String) ?? "-"))"
        }
        #expect(variances.sorted() == [
            "OPS-CNT-001 \(Self.tag(5003))", "OPS-CNT-005 \(Self.tag(5007))",
            "OPS-REC-001 \(Self.tag(5010))", "OPS-REC-002 \(Self.tag(5008))", "OPS-REC-003 \(Self.tag(5101))",
            "OPS-REC-004 \(Self.tag(5009))", "OPS-REC-005 \(Self.tag(5001))", "OPS-REC-010 manifest 0001998003",
        ])
        #expect(((eod["holds"] as? [[String: Any]]) ?? []).compactMap { $0["tag"] as? String }
                == [Self.tag(5001), Self.tag(5101), Self.tag(5102), Self.tag(5003), Self.tag(5007)])
        #expect(try String(contentsOfFile: paths[3], encoding: .utf8).hasPrefix("# End of day — 2026-11-30"))
    }

    @Test func badUsageExits64() throws {
        #expect(try CLIRunner.run(["reconcile", "--pack", "ops"]).status == 64, "no input")
        #expect(try CLIRunner.run(["reconcile"] + Self.inputs + ["--pack", "ops", "--day", "2026-13-45"]).status == 64)
        #expect(try CLIRunner.run(["reconcile"] + Self.inputs + ["--pack", "ops", "--day", "2026-11-30", "--from", "2026-11-29"]).status == 64)
        #expect(try CLIRunner.run(["report", "eod"] + Self.inputs + ["--pack", "ops", "--format", "pdf"]).status == 64)
    }

    @Test func aBadInputRowExits2AndNamesItsPlace() throws {
        let dir = try Paths.temporaryDirectory()
        let csv = try String(contentsOf: Paths.repo("Examples/ops/erp/sales-orders.csv"), encoding: .utf8)
            .replacingOccurrences(of: ",120,ea,", with: ",12O,ea,")
        try csv.write(to: dir.appendingPathComponent("sales-orders.csv"), atomically: true, encoding: .utf8)
        try FileManager.default.copyItem(at: Paths.repo("Examples/ops/erp/sales-orders.mapping.json"),
                                         to: dir.appendingPathComponent("sales-orders.mapping.json"))
        let r = try CLIRunner.run(["reconcile", "Examples/ops/s2s", dir.path, "--pack", "ops", "--day", "2026-11-30"])
        #expect(r.status == 2, "\(r.stdout)\(r.stderr)")
        #expect(r.stdout.contains("sales-orders.csv:2:"), "\(r.stdout)")
        // the checks the unreadable quantity kept from being evaluated are not counted as discrepancies
        #expect(r.stdout.contains("2 checks could not be evaluated"))
        #expect(r.stdout.contains("discrepancies by kind:\n      2  Missing in S2S record (reconcile.missing_in_tracking)\n      1  Unit mix-up (reconcile.unit)\n"), "\(r.stdout)")
        // unknown pack: a bad pack exits 2
        #expect(try CLIRunner.run(["reconcile"] + Self.inputs + ["--pack", "no-such-pack", "--day", "2026-11-30"]).status == 2)
    }
}
