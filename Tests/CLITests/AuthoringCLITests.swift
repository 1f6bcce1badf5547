import Foundation
import Testing
import S2STestSupport

/// The authoring commands, as a compliance manager runs them: rules check|test|doc|diff|list,
/// explain, check --explain, schema.
@Suite("Authoring commands")
struct AuthoringCLITests {
    static let data = ["--inventory", "Examples/us-ca/packages", "--licenses", "Examples/us-ca/licenses.csv",
                       "--lab-results", "Examples/us-ca/lab_results.json"]

    static func manifests() -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: Paths.repo("Examples/us-ca/manifests").path)) ?? [])
            .sorted().map { "Examples/us-ca/manifests/\($0)" }
    }

    func write(_ files: [String: String], _ name: String = "pack") throws -> URL {
        let dir = try Paths.temporaryDirectory(name)
        for (path, text) in files {
            let url = dir.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        return dir
    }

    @Test func rulesCheckIsCleanOnTheShippedPacks() throws {
        let r = try CLIRunner.run(["rules", "check", "--as-of", "2026-11-27"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("US-CA: 39 rules ok, 33 tests read"))
        #expect(r.stdout.contains("packs checked: 0 errors, 0 warnings"))
    }

    @Test func rulesCheckReportsEveryProblemWithItsPosition() throws {
        let dir = try write(["pack.yaml": """
            pack: broken
            version: 1.0.0
            rules:
              - id: B-1
                title: two mistakes
                severity: eror
                category: manifest.fields
                scope: line
                assert: line.packge != null
                message: "m"
                cite: [{ ref: "r", status: verified }]
                examples: [{ expect: pass, data: {} }, { expect: fail, data: {} }]
            overrides:
              - { id: B-2, severity: warning }
            """])
        let r = try CLIRunner.run(["rules", "check", dir.path])
        #expect(r.status == 2)
        let file = dir.appendingPathComponent("pack.yaml").path
        #expect(r.stderr.contains("\(file):6:15: error: unknown severity 'eror'; expected error, warning or info\n      severity: eror\n                ^\n  hint: did you mean 'error'?"), "\(r.stderr)")
        #expect(r.stderr.contains("\(file):9:18: error: line has no field 'packge'"))
        #expect(r.stderr.contains("\(file):14:5: error: override of rule B-2, which no pack in this set defines"))
        #expect(r.stdout.contains("broken: 3 errors"))
    }

    @Test func rulesTestRunsExamplesAndTestFilesAndReportsCoverage() throws {
        let r = try CLIRunner.run(["rules", "test", "Rules/US-CA"])
        #expect(r.status == 0, "\(r.stdout)\(r.stderr)")
        #expect(r.stdout.contains("  ok    CA-XFER-001    3/3 examples · expected by 2 tests"))
        #expect(r.stdout.contains("  ok    Rules/US-CA/tests/transport.yaml:10  a retailer picks the goods up itself (1 finding as expected)"))
        #expect(r.stdout.contains("  39/39 rules are expected by a test file\n"))
        // a test whose data gives another finding fails, naming what is missing and what is unexpected
        let dir = try write([
            "pack.yaml": """
                pack: t
                version: 1.0.0
                rules:
                  - id: T-1
                    title: every line has a tag
                    severity: error
                    category: tag.format
                    scope: line
                    assert: present(line.tag)
                    message: "a line has no tag"
                    cite: [{ ref: "r", status: verified }]
                    examples:
                      - { expect: pass, data: data.yaml }
                      - { expect: fail, data: data.yaml, patch: [{ op: remove, path: /manifests/0/Destinations/0/Packages/0/PackageLabel }] }
                """,
            "data.yaml": """
                manifests:
                  - ManifestNumber: "0000000007"
                    ShipperFacilityLicenseNumber: C11-0000001-LIC
                    Destinations:
                      - RecipientLicenseNumber: C10-0000002-LIC
                        EstimatedDepartureDateTime: "2026-03-01T09:00:00-08:00"
                        Packages: [{ PackageLabel: 1A4000000000000000000001, Quantity: 1, UnitOfMeasureName: Each }]
                """,
            "tests/t.yaml": """
                tests:
                  - name: a clean manifest
                    data: ../data.yaml
                    expect: [{ rule: T-1, manifest: "0000000007" }]
                """,
        ])
        let f = try CLIRunner.run(["rules", "test", dir.path])
        #expect(f.status == 1)
        #expect(f.stdout.contains("  FAIL  \(dir.path)/tests/t.yaml:2  a clean manifest"), "\(f.stdout)")
        #expect(f.stdout.contains("missing:    T-1 manifest 0000000007  (\(dir.path)/tests/t.yaml:4:14: no such finding)"))
    }

    @Test func rulesDocWritesTheCommittedHandbook() throws {
        let r = try CLIRunner.run(["rules", "doc", "Rules/US-CA", "--format", "markdown"])
        #expect(r.status == 0)
        #expect(r.stdout == (try String(contentsOf: Paths.repo("Docs/handbook/US-CA.md"), encoding: .utf8)),
                "Docs/handbook/US-CA.md is stale; run: swift run s2slint rules doc Rules/US-CA --format markdown --output Docs/handbook/US-CA.md")
        let h = try CLIRunner.run(["rules", "doc", "Rules/US-CA", "--format", "html"])
        #expect(h.stdout.hasPrefix("<!DOCTYPE html>"))
    }

    @Test func rulesListShowsVersionsAndWindows() throws {
        let r = try CLIRunner.run(["rules", "list", "Examples/overlay"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("ACME-CA 2026.12.0  (Examples/overlay, sha256 "))
        #expect(r.stdout.contains("(in force until 2026-12-31 (inclusive))  (turned off)"))
        #expect(r.stdout.contains("(in force from 2027-01-01)"))
    }

    @Test func explainWithoutDataSaysWhatTheRuleMeans() throws {
        let r = try CLIRunner.run(["explain", "CA-XFER-001"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.hasPrefix("CA-XFER-001 — Only a licensed distributor may transport between licensees\n"))
        #expect(r.stdout.contains("  must hold:\n    role(transporter.license) in facts.transporter_roles\n"))
        #expect(r.stdout.contains("  cites: 4 CCR §15311(a) (verified: read in the regulation text)"))
        let bad = try CLIRunner.run(["explain", "CA-XFER-01", "--jurisdiction", "US-CA"])
        #expect(bad.status == 64)
        #expect(bad.stderr.contains("has no rule CA-XFER-01; did you mean 'CA-XFER-001'?"))
    }

    @Test func explainOnDataShowsTheComparedValues() throws {
        let r = try CLIRunner.run(["explain", "CA-XFER-001", "--jurisdiction", "US-CA"] + Self.manifests() + Self.data)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("On the input files: 4 transporters in scope — 3 passed, 1 violated."), "\(r.stdout)")
        #expect(r.stdout.contains("finding 1 of 1: Examples/us-ca/manifests/0001977415-retailer-pickup.json:"))
        #expect(r.stdout.contains("    role(transporter.license) in facts.transporter_roles  → false\n      role(transporter.license)  → retailer\n"))
        #expect(r.stdout.contains("      facts.transporter_roles  → [distributor, distributor_transport_only, microbusiness]\n"))
        let fifo = try CLIRunner.run(["explain", "FIFO", "--pack", "Rules/bench", "--example", "2"])
        #expect(fifo.status == 0, "\(fifo.stderr)")
        #expect(fifo.stdout.contains("      count(unshipped_older)  → 1\n        unshipped_older  → [1A4000000000000000000001]\n"))
    }

    @Test func explainSaysWhyARuleFoundNothing() throws {
        // no transporter of the example data is a transport-only distributor
        let r = try CLIRunner.run(["explain", "CA-XFER-002", "--jurisdiction", "US-CA"] + Self.manifests() + Self.data)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("On the input files: 4 transporters in scope — 4 not concerned ('when' false).\n\nNo finding. Why:\n"))
        #expect(r.stdout.contains("  - for 4 transporters its 'when' was false, e.g. Examples/us-ca/manifests/0001977406-north-coast-to-sunset.json:"), "\(r.stdout)")
        #expect(r.stdout.contains("      role(transporter.license) == \"distributor_transport_only\"  → false\n        role(transporter.license)  → distributor\n"))
        let off = try CLIRunner.run(["explain", "CA-TAG-001", "--pack", "Examples/overlay"] + Self.manifests() + Self.data)
        #expect(off.stdout.contains("  turned off by pack ACME-CA: tags are scanned, never typed (SOP-WMS-007); malformed tags cannot reach a manifest\n"), "\(off.stdout)")
        #expect(off.stdout.contains("  - pack ACME-CA turned it off: tags are scanned, never typed"))
    }

    @Test func explainShowsAWaivedFindingAsWaived() throws {
        let dir = try write(["waivers.yaml": """
            waivers:
              - rule: CA-XFER-001
                manifest: "0001977415"
                reason: the retailer's own van was inspected by the DCC
                approver: J. Rivera, compliance manager
                expires: 2027-03-31
            """], "waivers")
        let r = try CLIRunner.run(["explain", "CA-XFER-001", "--jurisdiction", "US-CA", "--waivers", dir.appendingPathComponent("waivers.yaml").path]
                                  + Self.manifests() + Self.data)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("  waived: the retailer's own van was inspected by the DCC, approved by J. Rivera, compliance manager, until 2027-03-31\n"), "\(r.stdout)")
    }

    @Test func checkExplainFollowsTheReport() throws {
        let r = try CLIRunner.run(["check"] + Self.manifests() + ["--jurisdiction", "US-CA"] + Self.data + ["--explain"])
        #expect(r.status == 1)
        #expect(r.stdout.contains("summary: 10 errors, 3 warnings"))
        #expect(r.stdout.contains("explanations (10 rules with findings)"), "\(r.stdout)")
        #expect(r.stdout.contains("== CA-LIC-001 — Shipper and recipient are licensees active on the departure day\n"))
        #expect(r.stdout.contains("                l.expiration_date  → 2026-11-30\n"))
    }

    @Test func aRuleChangedOnADateJudgesEachManifestByItsDeparture() throws {
        // the per-line limit was raised on 2026-12-01: 12 units were too many on 2026-11-30, 48 are fine on 2026-12-02
        let dir = try write(["limits.yaml": """
            pack: limits
            version: 1.0.0
            rules:
              - id: LIMIT-001
                title: At most 10 units on a line
                severity: error
                category: quantity.limit
                scope: line
                assert: line.quantity.value <= 10
                message: "line {line.tag} ships {line.quantity}"
                effective: { to: 2026-11-30 }
                cite: [{ ref: "r", status: verified }]
                examples: [{ expect: pass, data: {} }, { expect: fail, data: {} }]
              - id: LIMIT-001
                title: At most 50 units on a line
                severity: error
                category: quantity.limit
                scope: line
                assert: line.quantity.value <= 50
                message: "line {line.tag} ships {line.quantity}"
                effective: { from: 2026-12-01 }
                cite: [{ ref: "r", status: verified }]
                examples: [{ expect: pass, data: {} }, { expect: fail, data: {} }]
            """], "limits")
        let byDeparture = try CLIRunner.run(["check"] + Self.manifests() + ["--pack", dir.path, "--format", "json"] + Self.data)
        #expect(byDeparture.status == 1)
        #expect(Self.findings(byDeparture.stdout) == ["LIMIT-001 0001977406 1A4060300002EE1000012345"])
        let asOf = try CLIRunner.run(["check"] + Self.manifests() + ["--pack", dir.path, "--format", "json", "--as-of", "2026-11-30"] + Self.data)
        #expect(Self.findings(asOf.stdout) == ["LIMIT-001 0001977406 1A4060300002EE1000012345", "LIMIT-001 0001977411 1A4060300002EE1000012401",
                                               "LIMIT-001 0001977415 1A4060300002EE1000012403"])
    }

    @Test func anExpiredVarianceIsReportedAndLoosensNothingAfterward() throws {
        let pickup = ["Examples/us-ca/manifests/0001977415-retailer-pickup.json"]
        let during = try CLIRunner.run(["check"] + pickup + ["--pack", "Examples/overlay", "--format", "json"] + Self.data)
        #expect(!Self.findings(during.stdout).contains { $0.hasPrefix("CA-XFER-001") })
        let after = try CLIRunner.run(["check"] + pickup + ["--pack", "Examples/overlay", "--format", "json", "--as-of", "2027-01-04"] + Self.data)
        #expect(Self.findings(after.stdout).contains("CA-XFER-001 0001977415 -"))
        #expect(after.stderr.contains("warning: the variance DCC variance V-2026-0142 (retailer self-pickup pilot) for rule CA-XFER-001 expired on 2026-12-31"), "\(after.stderr)")
    }

    @Test func rulesDiffListsWhatNewlyFailsAndPasses() throws {
        let draft = try Paths.temporaryDirectory("US-CA-draft")
        for name in try FileManager.default.contentsOfDirectory(atPath: Paths.repo("Rules/US-CA").path) {
            try FileManager.default.copyItem(at: Paths.repo("Rules/US-CA/\(name)"), to: draft.appendingPathComponent(name))
        }
        let f = draft.appendingPathComponent("licensing.yaml")
        try (try String(contentsOf: f, encoding: .utf8)).replacingOccurrences(of: "severity: warning", with: "severity: info")
            .write(to: f, atomically: true, encoding: .utf8)
        let r = try CLIRunner.run(["rules", "diff", "Rules/US-CA", draft.path, "--data", "Examples/us-ca"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("changed severity or outcome (1):\n  CA-LIC-001  manifest 0001977411 : warning → info\n"), "\(r.stdout)")
        #expect(r.stdout.contains("summary: 0 newly failing, 0 newly passing, 1 changed, 12 unchanged"))
        let j = try CLIRunner.run(["rules", "diff", "Rules/US-CA", draft.path, "--data", "Examples/us-ca", "--format", "json"])
        let json = try JSONSerialization.jsonObject(with: Data(j.stdout.utf8)) as? [String: Any]
        #expect((json?["summary"] as? [String: Int])?["changed"] == 1)
        #expect(try CLIRunner.run(["rules", "diff", "Rules/US-CA", draft.path, "--data", "Examples/nowhere"]).status == 2)
    }

    @Test func schemaListsWhatEachScopeCanRead() throws {
        let r = try CLIRunner.run(["schema", "--scope", "line"])
        #expect(r.status == 0)
        #expect(r.stdout.hasPrefix("scope line: each package line of each destination\n"))
        #expect(r.stdout.contains("record package\n"))
        #expect(r.stdout.contains("older_packages(package)"))
        let j = try CLIRunner.run(["schema", "--format", "json"])
        let json = try JSONSerialization.jsonObject(with: Data(j.stdout.utf8)) as? [String: Any]
        #expect(((json?["scopes"] as? [[String: Any]])?.count ?? 0) >= 7)
        #expect(try CLIRunner.run(["schema", "--scope", "lines"]).status == 64)
    }

    /// `rule manifest package` of every violation in a JSON report.
    static func findings(_ json: String) -> [String] {
        guard let start = json.firstIndex(of: "{"),
              let obj = try? JSONSerialization.jsonObject(with: Data(json[start...].utf8)) as? [String: Any],
              let list = obj["violations"] as? [[String: Any]] else { return [] }
        return list.map { "\($0["rule"] as? String ?? "") \($0["manifest"] as? String ?? "-") \($0["package"] as? String ?? "-")" }
    }
}
