import Foundation
import Testing
import S2SLintKit
import S2SModel
import S2STestSupport

/// `.s2slint.yml`: discovery, precedence (flags > environment > file), paths relative to the file,
/// and errors with file:line:column and "did you mean".
@Suite("Configuration")
struct ConfigTests {
    static let config = """
        jurisdiction: US-CA
        inputs:
          manifests: outbound/*.json
          licenses: [exports/licenses.csv]
          inventory: C11-0000001-LIC=exports/p.json
          coa: coas
        outputs:
          - { format: text }
          - { format: sarif, output: reports/s2slint.sarif }
        fail-on: warning
        waivers: compliance/waivers.yml

        """

    static func project() throws -> URL {
        let root = try Paths.temporaryDirectory("s2slint-config")
        let fm = FileManager.default
        for d in ["outbound", "exports", "sub/deeper"] { try fm.createDirectory(at: root.appendingPathComponent(d), withIntermediateDirectories: true) }
        for f in ["outbound/b.json", "outbound/a.json", "outbound/notes.txt"] { fm.createFile(atPath: root.appendingPathComponent(f).path, contents: Data("[]".utf8)) }
        try config.write(to: root.appendingPathComponent(".s2slint.yml"), atomically: true, encoding: .utf8)
        return root
    }

    @Test func foundFromASubdirectoryWithPathsRelativeToTheFile() throws {
        let root = try Self.project()
        let s = try CheckSettings.resolve(CheckFlags(), environment: [:], currentDirectory: root.appendingPathComponent("sub/deeper").path)
        #expect(s.configFile == root.appendingPathComponent(".s2slint.yml").path)
        #expect(s.packReference == "US-CA")
        #expect(s.inputs.manifests == [root.appendingPathComponent("outbound/a.json").path, root.appendingPathComponent("outbound/b.json").path])
        #expect(s.inputs.licenses == [root.appendingPathComponent("exports/licenses.csv").path])
        #expect(s.inputs.inventory == ["C11-0000001-LIC=" + root.appendingPathComponent("exports/p.json").path])
        #expect(s.outputs == [OutputRequest(format: "text"), OutputRequest(format: "sarif", path: root.appendingPathComponent("reports/s2slint.sarif").path)])
        #expect(s.inputs.coas == [root.appendingPathComponent("coas").path])
        #expect(s.failOn == "warning")
        #expect(s.waivers == root.appendingPathComponent("compliance/waivers.yml").path)
    }

    @Test func flagsBeatEnvironmentWhichBeatsTheFile() throws {
        let root = try Self.project()
        let env = ["S2SLINT_FAIL_ON": "info", "S2SLINT_PACK": "Rules/bench", "S2SLINT_WAIVERS": "/env/w.yml"]
        let fromEnv = try CheckSettings.resolve(CheckFlags(), environment: env, currentDirectory: root.path)
        #expect(fromEnv.failOn == "info" && fromEnv.packReference == "Rules/bench" && fromEnv.waivers == "/env/w.yml")
        var flags = CheckFlags()
        flags.failOn = "error"
        flags.jurisdiction = "US-CO"
        flags.inputs.manifests = ["changed.json"]
        flags.formats = ["json"]
        let fromFlags = try CheckSettings.resolve(flags, environment: env, currentDirectory: root.path)
        #expect(fromFlags.failOn == "error" && fromFlags.packReference == "US-CO")
        #expect(fromFlags.inputs.manifests == ["changed.json"], "manifests from the command line replace the file's")
        #expect(fromFlags.inputs.licenses == [root.appendingPathComponent("exports/licenses.csv").path], "other roles still come from the file")
        #expect(fromFlags.outputs == [OutputRequest(format: "json")])
        flags.noConfig = true
        let none = try CheckSettings.resolve(flags, environment: [:], currentDirectory: root.path)
        #expect(none.configFile == nil && none.inputs.licenses.isEmpty)
    }

    @Test func unknownKeysAreErrorsWithPositionAndSuggestion() throws {
        let root = try Paths.temporaryDirectory("s2slint-config")
        let text = "jurisdiction: US-CA\nfail_on: warning\ninputs:\n  manifest: m.json\noutputs:\n  - { format: sarif, outptu: x.sarif }\n  - { format: sarf }\n"
        try text.write(to: root.appendingPathComponent(".s2slint.yml"), atomically: true, encoding: .utf8)
        do {
            _ = try CheckSettings.resolve(CheckFlags(), environment: [:], currentDirectory: root.path)
            Issue.record("a configuration with unknown keys was accepted")
        } catch {
            guard case .config(let problems) = error else { Issue.record("expected a configuration error, got \(error)"); return }
            let d = problems.diagnostics
            let file = root.appendingPathComponent(".s2slint.yml").path
            #expect(d.allSatisfy { $0.location?.file == file && $0.level == .error })
            #expect(d.contains { $0.message == "unknown key 'fail_on' in the configuration" && $0.location?.line == 2 && $0.location?.column == 1
                && $0.hint == "did you mean 'fail-on'?" })
            #expect(d.contains { $0.message == "unknown key 'manifest' in the inputs" && $0.location?.line == 4 && $0.location?.column == 3
                && $0.hint == "did you mean 'manifests'?" })
            #expect(d.contains { $0.message == "unknown key 'outptu' in the output" && $0.location?.line == 6 && $0.hint == "did you mean 'output'?" })
            #expect(d.contains { $0.message == "unknown format 'sarf'" && $0.location?.line == 7 && $0.hint == "did you mean 'sarif'?" })
            #expect(d.first?.snippet?.contains("^") == true)
        }
    }

    @Test func badValuesAndUnmatchedPatternsAreErrors() throws {
        func problems(_ text: String) -> [Diagnostic] {
            do { _ = try ConfigFile.parse(path: "/tmp/none/.s2slint.yml", text: text); return [] } catch { return error.diagnostics }
        }
        #expect(problems("fail-on: warnings\n").first?.hint == "did you mean 'warning'?")
        #expect(problems("keep-going: maybe\n").first?.code == "config.value")
        #expect(problems("inputs:\n  manifests: nowhere/*.json\n").first?.code == "config.no-match")
        #expect(problems("- a\n").first?.code == "config.shape")
        #expect(problems("outputs:\n  - { format: json }\n  - { format: text }\n").first?.message.contains("only one output") == true)
        #expect(problems("jurisdiction: US-CA\npack: Rules/bench\n").first?.message == "give either 'jurisdiction' or 'pack', not both")
        #expect(problems("").isEmpty)
    }

    @Test func formatsPairWithOutputsInOrder() throws {
        #expect(try CheckSettings.pair(formats: ["json", "sarif", "text"], outputs: ["a.json", "b.sarif", "-"])
                == [OutputRequest(format: "json", path: "a.json"), OutputRequest(format: "sarif", path: "b.sarif"), OutputRequest(format: "text")])
        #expect(throws: CheckSettings.Failure.self) { try CheckSettings.pair(formats: ["json", "sarif"], outputs: []) }
        #expect(throws: CheckSettings.Failure.self) { try CheckSettings.pair(formats: ["json", "sarif"], outputs: ["-", "-"]) }
        #expect(throws: CheckSettings.Failure.self) { try CheckSettings.pair(formats: ["json", "sarif"], outputs: ["x", "x"]) }
        #expect(throws: CheckSettings.Failure.self) { try CheckSettings.pair(formats: ["yaml"], outputs: []) }
    }
}
