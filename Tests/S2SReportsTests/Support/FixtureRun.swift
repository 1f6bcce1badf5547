import Foundation
import S2SLintKit
import S2SModel
import S2SReports
import S2STestSupport

/// Lints the report fixture in process (the same path as the CLI) and renders formats.
enum FixtureRun {
    static func locator() throws -> DataLocator {
        try DataLocator.locate(rules: Paths.repo("Rules").path, jurisdictions: Paths.repo("Jurisdictions").path)
    }

    static func service(_ fixture: ReportFixture) throws -> LintService {
        var s = try LintService(pack: fixture.pack, locator: locator())
        s.today = Day(year: 2026, month: 3, day: 1)
        return s
    }

    static func spec(_ fixture: ReportFixture) -> InputSpec {
        InputSpec(manifests: [fixture.manifest], inventory: [fixture.inventory])
    }

    static func report(_ fixture: ReportFixture) throws -> Report {
        try service(fixture).lint(spec(fixture)).report
    }

    static func options(_ fixture: ReportFixture) -> ReportOptions {
        ReportOptions(workingDirectory: fixture.directory.path)
    }

    static func render(_ format: String, _ report: Report, _ fixture: ReportFixture) -> String {
        LintResult(report: report).render(format, options: options(fixture)) ?? ""
    }
}

/// Runs a Python snippet (the schema and XML checks use Python's jsonschema and xml.etree, as CI
/// installs them); returns its exit status and output.
enum Python {
    static func run(_ script: String, arguments: [String] = []) throws -> (status: Int32, output: String) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", "-c", script] + arguments
        let pipe = Pipe()
        p.standardOutput = pipe
        p.standardError = pipe
        try p.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return (p.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    /// Validates a SARIF file against the OASIS schema in ../shared/schemas; "ok" or the errors.
    static func validateSARIF(_ path: String) throws -> String {
        let schema = Paths.sharedFile("schemas/sarif-schema-2.1.0.json").path
        let script = """
            import json, sys, jsonschema
            schema = json.load(open(sys.argv[1]))
            doc = json.load(open(sys.argv[2]))
            errors = sorted(jsonschema.Draft4Validator(schema).iter_errors(doc), key=lambda e: list(e.path))
            for e in errors[:10]:
                print("/".join(str(p) for p in e.path), e.message[:300])
            print("ok" if not errors else "%d schema errors" % len(errors))
            """
        let r = try run(script, arguments: [schema, path])
        return r.output.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Parses a file as XML with xml.etree; "ok <root tag> <element count>" or the parse error.
    static func parseXML(_ path: String) throws -> String {
        let script = """
            import sys, xml.etree.ElementTree as ET
            try:
                root = ET.parse(sys.argv[1]).getroot()
                print("ok", root.tag, sum(1 for _ in root.iter()))
            except ET.ParseError as e:
                print("parse error:", e)
            """
        return try run(script, arguments: [path]).output.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
