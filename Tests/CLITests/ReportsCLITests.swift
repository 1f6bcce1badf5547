import Foundation
import Testing
import S2SLintKit
import S2SModel
import S2SReports
import S2STestSupport

/// `s2slint check` as pipelines use it: several formats in one run, standard input, exit codes per
/// --fail-on level, .s2slint.yml and S2SLINT_* settings, waivers and baselines, and the library
/// API giving the same JSON as the command line.
@Suite("Reports from the command line")
struct ReportsCLITests {
    static func args(_ f: ReportFixture, _ extra: [String] = []) -> [String] {
        ["check", f.manifest, "--pack", f.pack, "--inventory", f.inventory, "--no-config"] + extra
    }

    static func run(_ args: [String], in dir: URL, stdin: String? = nil, env: [String: String] = [:]) throws -> CLIRunner.Result {
        try CLIRunner.run(args, in: dir, stdin: stdin, environment: env)
    }

    static func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test func severalFormatsInOneRun() throws {
        let f = try ReportFixture.make()
        let out = f.directory.appendingPathComponent("reports")
        let r = try Self.run(Self.args(f, ["--format", "text", "--output", "-", "--format", "json", "--output", "reports/r.json",
                                           "--format", "sarif", "--output", "reports/r.sarif", "--format", "html", "--output", "reports/r.html",
                                           "--format", "junit", "--output", "reports/junit.xml"]), in: f.directory)
        #expect(r.status == 1, "\(r.stderr)")
        #expect(r.stdout.contains("summary: 2 errors, 1 warning, 1 info in 1 manifest"), "text went to standard output")
        let json = try Self.json(String(contentsOf: out.appendingPathComponent("r.json"), encoding: .utf8))
        #expect((json["violations"] as? [Any])?.count == 4)
        let sarif = try Self.json(String(contentsOf: out.appendingPathComponent("r.sarif"), encoding: .utf8))
        #expect(sarif["version"] as? String == "2.1.0")
        #expect(try String(contentsOf: out.appendingPathComponent("r.html"), encoding: .utf8).contains("FIX-TRANSPORTER"))
        #expect(try String(contentsOf: out.appendingPathComponent("junit.xml"), encoding: .utf8).contains("<testsuites"))

        let unpaired = try Self.run(Self.args(f, ["--format", "json", "--format", "sarif"]), in: f.directory)
        #expect(unpaired.status == 64)
        #expect(unpaired.stderr.contains("give an --output for each"))
        #expect(try Self.run(Self.args(f, ["--format", "yaml"]), in: f.directory).status == 64)
    }

    @Test func standardInputWorksWithEveryFormat() throws {
        let f = try ReportFixture.make()
        for type in Reporters.all {
            let r = try Self.run(["check", "-", "--pack", f.pack, "--inventory", f.inventory, "--no-config", "--format", type.identifier],
                                 in: f.directory, stdin: ReportFixture.manifestJSON())
            #expect(r.status == 1, "\(type.identifier): \(r.stderr)")
            #expect(r.stdout.contains("FIX-TRANSPORTER"), "\(type.identifier) lists the findings read from standard input")
            if type.identifier == "sarif" {
                let sarif = try Self.json(r.stdout)
                #expect((sarif["runs"] as? [[String: Any]])?.first?["results"] as? [Any] != nil)
            }
        }
    }

    /// Every --fail-on level against runs whose worst open finding is an error, a warning, an info, or nothing.
    @Test(arguments: [
        // (recipient, driver, second tag, first quantity) → exit codes for error, warning, info, never
        (["C10-0000002-LIC", "", "bad-tag", "5"], [1, 1, 1, 0]),                              // error + warning + info
        (["C9-0000002-LIC", "", "bad-tag", "1"], [0, 1, 1, 0]),                               // warning + info
        (["C9-0000002-LIC", "Ana Patel", "bad-tag", "1"], [0, 0, 1, 0]),                      // info only
        (["C9-0000002-LIC", "Ana Patel", "1A4000000000000000000002", "1"], [0, 0, 0, 0]),     // clean
    ])
    func exitCodesForEachFailOnLevel(_ variant: [String], _ expected: [Int32]) throws {
        let f = try ReportFixture.make(recipient: variant[0], driver: variant[1], secondTag: variant[2], firstQuantity: variant[3])
        for (level, code) in zip(["error", "warning", "info", "never"], expected) {
            let r = try Self.run(Self.args(f, ["--fail-on", level]), in: f.directory)
            #expect(r.status == code, "--fail-on \(level) with \(variant): \(r.stdout)\(r.stderr)")
        }
        let byDefault = try Self.run(Self.args(f), in: f.directory)
        #expect(byDefault.status == expected[0], "the default is --fail-on error")
    }

    @Test func inputErrorsExit2UnlessKeepGoing() throws {
        let f = try ReportFixture.make(recipient: "C9-0000002-LIC", driver: "Ana Patel", secondTag: "1A4000000000000000000002", firstQuantity: "1")
        let broken = try f.write("broken.json", "[{\"ManifestNumber\": ")
        let r = try Self.run(Self.args(f, [broken, "--format", "sarif", "--output", "out.sarif"]), in: f.directory)
        #expect(r.status == 2)
        #expect(r.stderr.contains("broken.json:1:"))
        let sarif = try Self.json(String(contentsOfFile: f.directory.appendingPathComponent("out.sarif").path, encoding: .utf8))
        let run = try #require((sarif["runs"] as? [[String: Any]])?.first)
        #expect(((run["invocations"] as? [[String: Any]])?.first?["executionSuccessful"]) as? Bool == false)
        #expect(try Self.run(Self.args(f, [broken, "--keep-going"]), in: f.directory).status == 0)
    }

    @Test func aBrokenPackStillWritesTheMachineReports() throws {
        let f = try ReportFixture.make()
        try "pack: broken\nrules:\n  - id: X\n    severty: error\n".write(toFile: f.pack + "/rules.yaml", atomically: true, encoding: .utf8)
        let r = try Self.run(Self.args(f, ["--format", "sarif", "--output", "out.sarif"]), in: f.directory)
        #expect(r.status == 2)
        let sarif = try Self.json(String(contentsOfFile: f.directory.appendingPathComponent("out.sarif").path, encoding: .utf8))
        let invocation = try #require(((sarif["runs"] as? [[String: Any]])?.first?["invocations"] as? [[String: Any]])?.first)
        #expect(invocation["executionSuccessful"] as? Bool == false)
        #expect((invocation["toolConfigurationNotifications"] as? [Any])?.isEmpty == false)
    }

    @Test func configurationFileIsFoundUpwardAndEnvironmentOverridesIt() throws {
        let f = try ReportFixture.make()
        let config = """
            pack: pack
            inputs:
              manifests: manifest.json
              inventory: C11-0000001-LIC.json
            outputs:
              - { format: json, output: out/report.json }
            fail-on: info

            """
        _ = try f.write(".s2slint.yml", config)
        let sub = f.directory.appendingPathComponent("deep/er")
        try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true)
        let r = try Self.run(["check"], in: sub)
        #expect(r.status == 1, "\(r.stderr)")
        #expect(r.stderr.contains("summary: 2 errors, 1 warning, 1 info"), "no text on the terminal: the summary goes to stderr")
        let json = try Self.json(String(contentsOfFile: f.directory.appendingPathComponent("out/report.json").path, encoding: .utf8))
        #expect((json["violations"] as? [Any])?.count == 4)
        // environment beats the file, flags beat the environment
        #expect(try Self.run(["check"], in: sub, env: ["S2SLINT_FAIL_ON": "never"]).status == 0)
        #expect(try Self.run(["check", "--fail-on", "error"], in: sub, env: ["S2SLINT_FAIL_ON": "never"]).status == 1)
    }

    @Test func unknownConfigurationKeysExit2WithPositionAndSuggestion() throws {
        let f = try ReportFixture.make()
        _ = try f.write(".s2slint.yml", "pack: pack\ninputs:\n  manifests: manifest.json\nfail_on: warning\n")
        let r = try Self.run(["check"], in: f.directory)
        #expect(r.status == 2)
        #expect(r.stderr.contains(".s2slint.yml:4:1: error: unknown key 'fail_on' in the configuration"), "\(r.stderr)")
        #expect(r.stderr.contains("hint: did you mean 'fail-on'?"))
    }

    @Test func waiversSuppressFindingsAndReportExpiredOnes() throws {
        let f = try ReportFixture.make(recipient: "C10-0000002-LIC", driver: "Ana Patel", secondTag: "1A4000000000000000000002", firstQuantity: "1")
        let waivers = try f.write("waivers.yml", """
            waivers:
              - rule: FIX-DEST
                manifest: "0000012345"
                license: C10-0000002-LIC
                reason: Recipient re-licensed; roster export lags.
                approver: J. Rivera
                expires: 2999-12-31

            """)
        let waived = try Self.run(Self.args(f, ["--waivers", waivers, "--format", "json"]), in: f.directory)
        #expect(waived.status == 0, "the only error is waived: \(waived.stderr)")
        let json = try Self.json(waived.stdout)
        let v = try #require((json["violations"] as? [[String: Any]])?.first { $0["rule"] as? String == "FIX-DEST" })
        #expect((v["suppressed"] as? [String: Any])?["approver"] as? String == "J. Rivera")
        #expect((json["summary"] as? [String: Any])?["suppressed"] as? Int == 1)

        let expired = try f.write("expired.yml", "waivers:\n  - { rule: FIX-DEST, manifest: \"0000012345\", reason: old, approver: A, expires: 2020-01-31 }\n")
        let r = try Self.run(Self.args(f, ["--waivers", expired, "--fail-on", "warning"]), in: f.directory)
        #expect(r.status == 1)
        #expect(r.stdout.contains("[S2S-WAIVER-EXPIRED]"))
        #expect(r.stdout.contains("[FIX-DEST]") && !r.stdout.contains("suppressed:"))

        let bad = try f.write("bad.yml", "waivers:\n  - rule: FIX-DEST\n    manifest: \"1\"\n    reason: r\n    approver: a\n    expires: soon\n")
        let b = try Self.run(Self.args(f, ["--waivers", bad]), in: f.directory)
        #expect(b.status == 2)
        #expect(b.stderr.contains("bad.yml:6:14: error: 'expires' must be a date written YYYY-MM-DD, not 'soon'"), "\(b.stderr)")
    }

    @Test func baselineAcceptsTheBacklogAndCatchesNewFindings() throws {
        let f = try ReportFixture.make()
        let written = try Self.run(Self.args(f, ["--write-baseline", "baseline.txt"]), in: f.directory)
        #expect(written.status == 0, "\(written.stderr)")
        #expect(written.stderr.contains("wrote the baseline baseline.txt: 4 finding(s) accepted"))
        let again = try Self.run(Self.args(f, ["--baseline", "baseline.txt", "--fail-on", "info"]), in: f.directory)
        #expect(again.status == 0, "\(again.stdout)")
        #expect(again.stdout.contains("4 suppressed"))
        try ReportFixture.manifestJSON(secondTag: "other-bad-tag").write(toFile: f.manifest, atomically: true, encoding: .utf8)
        let next = try Self.run(Self.args(f, ["--baseline", "baseline.txt", "--fail-on", "info"]), in: f.directory)
        #expect(next.status == 1, "a finding not in the baseline fails the run")
        #expect(next.stderr.contains("1 baseline entry no longer occurs"))
    }

    @Test func libraryAPIGivesTheSameJSONAsTheCommandLine() throws {
        let f = try ReportFixture.make()
        let cli = try Self.run(Self.args(f, ["--format", "json"]), in: Paths.repositoryRoot)
        #expect(cli.status == 1)
        let locator = try DataLocator.locate(rules: Paths.repo("Rules").path, jurisdictions: Paths.repo("Jurisdictions").path)
        let service = try LintService(pack: f.pack, locator: locator)
        let result = service.lint(InputSpec(manifests: [f.manifest], inventory: [f.inventory]))
        let inProcess = result.render("json", options: ReportOptions(workingDirectory: Paths.repositoryRoot.path))
        #expect(inProcess == cli.stdout)
        #expect(result.report.findings.count == 4)
    }
}
