import Foundation
import Testing
import S2SImport
import S2SModel
import S2STestSupport

/// Through the command line: a folder of mixed exports, standard input, `s2slint inspect`, and
/// manifests from BioTrack and CCRS linted end to end by a pack.
@Suite struct LoaderAndInspectTests {
    static func inspect(_ args: [String], stdin: String? = nil) throws -> (CLIRunner.Result, [[String: Any]]) {
        let r = try CLIRunner.run(["inspect", "--format", "json"] + args, stdin: stdin)
        let doc = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any]
        return (r, doc?["files"] as? [[String: Any]] ?? [])
    }

    static func kinds(_ files: [[String: Any]]) -> [String: String] {
        var out: [String: String] = [:]
        for f in files { out[InputHints.fileName(f["path"] as? String ?? "")] = f["kind"] as? String }
        return out
    }

    @Test func aFolderOfMixedExportsIsRecognisedFileByFile() throws {
        let (r, files) = try Self.inspect([Reading.fixture("ccrs"), Reading.fixture("biotrack"), "Examples/erp"])
        #expect(r.status == 2)                                          // one file is a BioTrack failure envelope
        let kinds = Self.kinds(files)
        #expect(kinds["Inventory.csv"] == "ccrs.inventory")
        #expect(kinds["Manifest.csv"] == "ccrs.manifest")
        #expect(kinds["Licensee_extract_utf16.tsv"] == "roster")
        #expect(kinds["sync_manifest.json"] == "biotrack.manifest")
        #expect(kinds["roster-wa.csv"] == "roster")
        #expect(kinds["scan-log.csv"] == "mapped:Handheld RFID scan log")   // mapping files in the folder are used
        #expect(kinds["scan-log.mapping.json"] == nil)
        #expect(kinds["error_session_expired.json"] == "unrecognised")
        #expect(kinds["Sale_retail.csv"] == "ccrs.sale")
        #expect(kinds["InventoryTransfer.csv"] == "ccrs.inventory-transfer")
        #expect(files.count == 24)   // 11 CCRS, 8 BioTrack, 5 ERP exports
    }

    @Test func inspectTellsWhatWasRead() throws {
        let (r, files) = try Self.inspect([Reading.fixture("ccrs/Inventory.csv"), Reading.fixture("malformed/unknown_table.csv"),
                                           Reading.fixture("no-such-file.json")])
        #expect(r.status == 2)
        #expect(files.count == 3)
        let inv = files[0]
        #expect(inv["kind"] as? String == "ccrs.inventory")
        #expect(inv["ok"] as? Bool == true)
        #expect(inv["from"] as? String == "2024-01-02")
        #expect(inv["to"] as? String == "2024-01-04")
        let records = inv["records"] as? [[String: Any]] ?? []
        #expect(records.first?["type"] as? String == "packages")
        #expect(records.first?["count"] as? Int == 3)
        let problems = inv["problems"] as? [[String: Any]] ?? []
        #expect(problems.first?["code"] as? String == "input.unit-unknown")
        #expect(problems.first?["line"] as? Int == 5)
        #expect(files[1]["kind"] as? String == "unrecognised")
        #expect(files[1]["ok"] as? Bool == false)
        #expect(files[2]["kind"] as? String == "unreadable")

        let text = try CLIRunner.run(["inspect", Reading.fixture("ccrs/Inventory.csv"), Reading.fixture("ccrs/Product.csv")])
        #expect(text.status == 0)
        #expect(text.stdout.contains("  kind: ccrs.inventory (CCRS Inventory.CSV)"))
        #expect(text.stdout.contains("    3 packages (packaged 2024-01-02 … 2024-01-04)"))
        #expect(text.stdout.contains("2 files inspected, 0 with errors"))
    }

    @Test func inspectReadsStandardInputAndShowsTheList() throws {
        let manifest = String(decoding: try FileBytes.read(Reading.fixture("ccrs/Manifest.csv")), as: UTF8.self)
        let (r, files) = try Self.inspect(["-"], stdin: manifest)
        #expect(r.status == 0)
        #expect(files.first?["path"] as? String == "<stdin>")
        #expect(files.first?["kind"] as? String == "ccrs.manifest")
        let (_, onhold) = try Self.inspect([Reading.shared("metrc-v2-examples/Packages/GetOnHoldPackages.json")])
        #expect(onhold.first?["list"] as? String == "onhold")
    }

    static func check(_ args: [String]) throws -> (CLIRunner.Result, [String]) {
        let r = try CLIRunner.run(["check", "--pack", Reading.fixture("packs/imports-e2e"), "--format", "json"] + args)
        let doc = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any]
        let violations = doc?["violations"] as? [[String: Any]] ?? []
        let found = violations.map { v -> String in
            let loc = v["location"] as? [String: Any]
            return "\(v["rule"] as? String ?? "?") \(loc?["line"] as? Int ?? 0)"
        }
        return (r, found.sorted())
    }

    @Test func bioTrackManifestLintedEndToEnd() throws {
        let (r, found) = try Self.check([Reading.fixture("biotrack/sync_manifest.json"),
                                         "--inventory", "990001=" + Reading.fixture("biotrack/sync_inventory.json"),
                                         "--licenses", Reading.fixture("biotrack/roster-wa.csv")])
        #expect(r.status == 1, "\(r.stderr)")
        #expect(found == ["E2E-PACKAGE-KNOWN 19", "E2E-RECIPIENT-ACTIVE 11"])
    }

    @Test func ccrsManifestLintedEndToEnd() throws {
        let (r, found) = try Self.check([Reading.fixture("ccrs/Manifest.csv"), Reading.fixture("ccrs/manifest_412345_20240201130000.csv"),
                                         "--inventory", Reading.fixture("ccrs/Inventory.csv"),
                                         "--licenses", Reading.fixture("ccrs/Licensee_extract_utf16.tsv"),
                                         "--inputs", Reading.fixture("ccrs/Product.csv")])
        #expect(r.status == 1, "\(r.stderr)")
        #expect(found == ["E2E-PACKAGE-KNOWN 16", "E2E-QUANTITY 15", "E2E-RECIPIENT-ACTIVE 4", "E2E-TIMES 4"])
    }

    @Test func rowFaultsExitTwoUnlessToldToKeepGoing() throws {
        let args = [Reading.fixture("ccrs/Manifest.csv"), "--inventory", Reading.fixture("malformed/packages_wrong_type.json"),
                    "--licenses", Reading.fixture("ccrs/Licensee_extract_utf16.tsv")]
        let (r, _) = try Self.check(args)
        #expect(r.status == 2)
        #expect(r.stderr.contains("packages_wrong_type.json:2:88: error: Quantity (at /Data/0/Quantity) is \"ten\", which is not a number"))
        let (k, found) = try Self.check(args + ["--keep-going"])
        #expect(k.status == 1)
        #expect(found.contains("E2E-PACKAGE-KNOWN 23"))
    }
}
