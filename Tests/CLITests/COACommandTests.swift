import Foundation
import Testing
import S2STestSupport

/// `s2slint coa show` and `s2slint check --coa` from the command line: what a compliance manager
/// sees, and the exit codes pipelines depend on.
@Suite("COA commands")
struct COACommandTests {
    static let samples = ["confidence-wa-dirty-banana-breath", "confidentcannabis-cgl-ca-classic-jack", "confidentcannabis-havard-ok-purple-punch",
                          "mcrlabs-ma-milk-chocolate-drops", "mtl-fl-petrol-station-rosin", "sclabs-ca-cherry-punch",
                          "tagleaf-2riverlabs-ca-sunbeam", "veda-ca-example-compliance"]

    static let readme = ["check", "Examples/us-ca/manifests/0001977406-north-coast-to-sunset.json",
                         "Examples/us-ca/manifests/0001977411-two-stops.json", "Examples/us-ca/manifests/0001977415-retailer-pickup.json",
                         "--jurisdiction", "US-CA", "--inventory", "Examples/us-ca/packages", "--licenses", "Examples/us-ca/licenses.csv",
                         "--lab-results", "Examples/us-ca/lab_results.json"]

    static func scan() throws -> String {
        let path = try Paths.temporaryDirectory("coa-cli").appendingPathComponent("scan.pdf").path
        try Data(MinimalPDF.withoutText).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test("coa show reads each sample COA and says where every value was printed", arguments: samples)
    func showSample(_ name: String) throws {
        let pdf = Paths.sharedFile("coa-samples/\(name).pdf").path
        try #require(FileManager.default.fileExists(atPath: pdf), "the sample COAs are in ../shared/coa-samples")
        let r = try CLIRunner.run(["coa", "show", pdf])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.hasPrefix("file: \(pdf) (pdf, "), "\(r.stdout.prefix(200))")
        #expect(r.stdout.contains("reader: pdf, profile: "))
        #expect(r.stdout.contains("lab.name: "))
        #expect(r.stdout.contains("[page 1 line "))
    }

    @Test("with a jurisdiction, coa show recomputes the panels: the Veda sample's cadmium fails under the inhalable limit")
    func showVedaWithCalifornia() throws {
        let pdf = Paths.sharedFile("coa-samples/veda-ca-example-compliance.pdf").path
        let r = try CLIRunner.run(["coa", "show", pdf, "--jurisdiction", "US-CA"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("jurisdiction US-CA, product category pre_roll"))
        #expect(r.stdout.contains("heavy_metals: recomputed FAIL, printed pass — DISAGREES"), "\(r.stdout)")
        #expect(r.stdout.contains("cadmium: FAIL, 0.235 µg/g > 0.2 µg/g; limit ≤ 0.2 µg/g; row printed pass, lab's limit ≤ 0.5 µg/g — DISAGREES"))
    }

    @Test("coa show --format json gives every field with the text as printed and its place")
    func showJSON() throws {
        let r = try CLIRunner.run(["coa", "show", "Examples/us-ca/coas/cherry-punch-cp-211116.xml", "--format", "json", "--jurisdiction", "US-CA"])
        #expect(r.status == 0, "\(r.stderr)")
        let doc = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        #expect(doc["schema"] as? String == "s2slint.coa-show/1")
        let coa = try #require((doc["certificates"] as? [[String: Any]])?.first)
        let fields = try #require(coa["fields"] as? [[String: Any]])
        let batch = try #require(fields.first { $0["field"] as? String == "batch" })
        #expect(batch["value"] as? String == "CP-211116")
        #expect((batch["at"] as? [String: Any])?["pointer"] as? String == "/c:CertificateOfAnalysis/c:Sample/c:Batch")
        let metals = try #require(((coa["jurisdiction"] as? [String: Any])?["recomputed"] as? [[String: Any]])?.first { $0["panel"] as? String == "heavy_metals" })
        #expect(metals["computed"] as? String == "fail")
        #expect(metals["printed"] as? String == "pass")
        #expect(metals["disagrees"] as? Bool == true)
    }

    @Test("a COA that cannot be read: coa show exits 2 naming the file and the reason")
    func showUnreadable() throws {
        let path = try Self.scan()
        let r = try CLIRunner.run(["coa", "show", path])
        #expect(r.status == 2)
        #expect(r.stdout.isEmpty)
        #expect(r.stderr.contains("\(path):1:1: error: the PDF has no text layer"), "\(r.stderr)")
    }

    @Test("check --coa: an unreadable COA exits 2; with --keep-going the run exits by its findings")
    func checkUnreadable() throws {
        let path = try Self.scan()
        let r = try CLIRunner.run(Self.readme + ["--coa", path])
        #expect(r.status == 2)
        #expect(r.stdout.contains("\(path):1:1: error: the PDF has no text layer"), "\(r.stdout)")
        #expect(r.stdout.contains("[CA-COA-010]"))
        let k = try CLIRunner.run(Self.readme + ["--coa", path, "--keep-going"])
        #expect(k.status == 1)
    }

    @Test("check --coa on the example: the README's findings, exit 1")
    func checkExample() throws {
        let r = try CLIRunner.run(Self.readme + ["--coa", "Examples/us-ca/coas"])
        #expect(r.status == 1, "\(r.stderr)")
        for rule in ["CA-COA-010", "CA-COA-011", "CA-COA-012", "CA-COA-013", "CA-COA-014", "CA-COA-016"] {
            #expect(r.stdout.contains("[\(rule)]"), "\(rule) missing from\n\(r.stdout)")
        }
        #expect(r.stdout.contains("summary: 14 errors, 5 warnings, 0 info in 3 manifests"), "\(r.stdout)")
        // README shows this run: its summary line and, in its table, exactly the rules the run reports
        let readme = try String(contentsOf: Paths.repo("README.md"), encoding: .utf8)
        let summary = try #require(r.stdout.split(separator: "\n").first { $0.hasPrefix("summary: ") })
        #expect(readme.contains(summary), "README.md does not show the example's \(summary)")
        func ruleIds(_ text: Substring) -> Set<String> {
            Set(text.matches(of: /CA-[A-Z]+-\d{3}/).map { String($0.output) })
        }
        let section = try #require(readme.range(of: "### What the example finds"))
        let table = readme[section.upperBound...].prefix { $0 != "#" }
        let reported = Set(r.stdout.matches(of: /\[(CA-[A-Z]+-\d{3})\]/).map { String($0.output.1) })
        #expect(ruleIds(table.split(separator: "\n").filter { $0.hasPrefix("| ") }.joined(separator: "\n")[...]) == reported)
    }
}
