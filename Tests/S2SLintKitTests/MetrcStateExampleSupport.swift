import Foundation
import Testing
import S2STestSupport

/// Runs a Metrc state's example the way its README says (`s2slint check MANIFEST… --jurisdiction ID
/// --inventory … --licenses … --lab-results … [--coa …]`, a folder of `<license>.json` package
/// exports giving each package its holder) and reads the JSON report. Shared by the example tests of
/// Colorado, Oregon, Michigan and Massachusetts.
enum StateRun {
    struct Run {
        var status: Int32
        var stderr: String
        /// "RULE manifest package" per finding, with the license when the finding names no package
        /// ("-" for a key the finding has not), sorted.
        var findings: [String]
        /// "file:line RULE" per finding, sorted: every finding points into its input file.
        var places: [String]
        var summary: [String: Int]
    }

    /// `s2slint check --jurisdiction ID ARGUMENTS… --format json --fail-on never`.
    static func check(_ jurisdiction: String, _ arguments: [String]) throws -> Run {
        let r = try CLIRunner.run(["check", "--jurisdiction", jurisdiction] + arguments + ["--format", "json", "--fail-on", "never"])
        let doc = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any], "\(r.stderr)")
        let violations = doc["violations"] as? [[String: Any]] ?? []
        func key(_ v: [String: Any], _ k: String) -> String { v[k] as? String ?? "-" }
        let findings = violations.map { v in
            "\(key(v, "rule")) \(key(v, "manifest")) \(key(v, "package"))" + ((v["package"] as? String) == nil ? " \(key(v, "license"))" : "")
        }.sorted()
        let places = violations.map { v -> String in
            let loc = v["location"] as? [String: Any]
            return "\((loc?["file"] as? String).map { ($0 as NSString).lastPathComponent } ?? "?"):\(loc?["line"] as? Int ?? 0) \(key(v, "rule"))"
        }.sorted()
        let summary = (doc["summary"] as? [String: Any])?.compactMapValues { $0 as? Int } ?? [:]
        return Run(status: r.status, stderr: r.stderr, findings: findings, places: places, summary: summary)
    }

    /// The arguments of a Metrc example folder laid out as Examples/US-CO is: `manifests/*.json`,
    /// `packages/` (one `<license>.json` per facility), `licenses.csv`, `lab_results.json` and, when
    /// present, `coas/`.
    static func arguments(_ folder: String) -> [String] {
        let fm = FileManager.default
        let manifests = ((try? fm.contentsOfDirectory(atPath: Paths.repo(folder + "/manifests").path)) ?? [])
            .filter { $0.hasSuffix(".json") }.sorted().map { folder + "/manifests/" + $0 }
        var args = manifests + ["--inventory", folder + "/packages", "--licenses", folder + "/licenses.csv",
                                "--lab-results", folder + "/lab_results.json"]
        if fm.fileExists(atPath: Paths.repo(folder + "/coas").path) { args += ["--coa", folder + "/coas"] }
        return args
    }
}
