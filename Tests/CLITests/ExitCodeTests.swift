import Foundation
import Testing
import S2STestSupport

/// The exit-code contract: 0 clean, 1 findings at or above --fail-on, 2 bad input or pack, 64 usage.
@Suite("Exit codes")
struct ExitCodeTests {
    static let example = ["--jurisdiction", "US-CA", "--inventory", "Examples/us-ca/packages",
                          "--licenses", "Examples/us-ca/licenses.csv", "--lab-results", "Examples/us-ca/lab_results.json"]

    static func manifests() -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: Paths.repo("Examples/us-ca/manifests").path)) ?? [])
            .sorted().map { "Examples/us-ca/manifests/\($0)" }
    }

    @Test func readmeFirstCommandFindsErrors() throws {
        let r = try CLIRunner.run(["check"] + Self.manifests() + Self.example)
        #expect(r.status == 1, "\(r.stderr)")
        #expect(r.stdout.contains("manifest 0001977415"))
        #expect(r.stdout.contains("[CA-XFER-001]"))
        #expect(r.stdout.contains("summary: 10 errors, 3 warnings, 0 info in 3 manifests"))
    }

    @Test func failOnNeverExitsZero() throws {
        let r = try CLIRunner.run(["check"] + Self.manifests() + Self.example + ["--fail-on", "never"])
        #expect(r.status == 0)
    }

    @Test func cleanManifestExitsZero() throws {
        let r = try CLIRunner.run(["check", "Examples/us-ca/manifests/0001977406-north-coast-to-sunset.json"] + Self.example)
        // only a warning (missing plate): below the default --fail-on error
        #expect(r.status == 0, "\(r.stdout)")
        let w = try CLIRunner.run(["check", "Examples/us-ca/manifests/0001977406-north-coast-to-sunset.json"] + Self.example + ["--fail-on", "warning"])
        #expect(w.status == 1)
    }

    @Test func badUsageExits64() throws {
        #expect(try CLIRunner.run(["check", "x.json"]).status == 64)   // no pack named
        #expect(try CLIRunner.run(["check", "--jurisdiction", "US-CA", "--fail-on", "sometimes", "x.json"]).status == 64)
        #expect(try CLIRunner.run(["frobnicate"]).status == 64)
    }

    @Test func missingPackExits2() throws {
        let r = try CLIRunner.run(["check", "--pack", "Rules/NO-SUCH", "Examples/us-ca/licenses.csv"])
        #expect(r.status == 2)
        #expect(r.stderr.contains("cannot find pack"))
    }
}
