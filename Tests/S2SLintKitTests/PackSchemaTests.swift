import Foundation
import Testing
import RuleEngine
import S2STestSupport

/// Rules/pack.schema.json (and pack-tests.schema.json) let editors complete and check packs: every
/// pack file in the repository validates, and the schema knows exactly the keys the loader accepts.
@Suite("JSON Schema of the DSL")
struct PackSchemaTests {
    static func schema(_ name: String) throws -> [String: Any] {
        let data = try Data(contentsOf: Paths.repo("Rules/\(name)"))
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    static func properties(_ schema: [String: Any], _ path: [String]) -> Set<String> {
        var node: Any? = schema
        for p in path { node = (node as? [String: Any])?[p] }
        return Set(((node as? [String: Any])?["properties"] as? [String: Any])?.keys.map { $0 } ?? [])
    }

    @Test func theSchemaListsEveryKeyTheLoaderAccepts() throws {
        let s = try Self.schema("pack.schema.json")
        let where_: [String: [String]] = [
            "pack": [], "rule": ["definitions", "rule"], "cite": ["definitions", "citation"], "effective": ["definitions", "window"],
            "remedy": ["definitions", "rule", "properties", "remedy", "oneOf"], "example": ["definitions", "example"],
            "override": ["definitions", "override"], "variance": ["definitions", "override", "properties", "variance"],
            "not_checked": ["definitions", "notChecked"],
        ]
        for (context, keys) in PackLoader.acceptedKeys {
            let path = try #require(where_[context], "the test does not know where \(context) keys live")
            var props = Self.properties(s, path)
            if context == "remedy" {
                let alternatives = ((s["definitions"] as? [String: Any]).flatMap { $0["rule"] as? [String: Any] }
                    .flatMap { $0["properties"] as? [String: Any] }.flatMap { $0["remedy"] as? [String: Any] }?["oneOf"] as? [[String: Any]]) ?? []
                props = Set(alternatives.compactMap { $0["properties"] as? [String: Any] }.flatMap(\.keys))
            }
            #expect(props == Set(keys), "\(context): schema \(props.sorted()) vs loader \(keys.sorted())")
        }
        // every scope and category the compiler knows is offered to editors
        let rule = ((s["definitions"] as? [String: Any])?["rule"] as? [String: Any])?["properties"] as? [String: Any]
        let scopes = Set((rule?["scope"] as? [String: Any])?["enum"] as? [String] ?? [])
        #expect(Set(LanguageCatalog.build().scopes.map(\.name)).isSubset(of: scopes), "add the new scope to Rules/pack.schema.json")
        let categories = (((rule?["category"] as? [String: Any])?["anyOf"] as? [[String: Any]])?.first?["enum"] as? [String]) ?? []
        #expect(Set(Categories.fixed).isSubset(of: Set(categories)), "add the new category to Rules/pack.schema.json")
        let t = try Self.schema("pack-tests.schema.json")
        #expect(Self.properties(t, []) == Set(PackTestFile.acceptedKeys["file"] ?? []))
        #expect(Self.properties(t, ["definitions", "test"]) == Set(PackTestFile.acceptedKeys["test"] ?? []))
        #expect(Self.properties(t, ["definitions", "test", "properties", "inputs"]) == Set(PackTestFile.acceptedKeys["inputs"] ?? []))
        #expect(Self.properties(t, ["definitions", "test", "properties", "expect", "items"]) == Set(PackTestFile.acceptedKeys["expect"] ?? []))
    }

    /// python3 as found on PATH (through env), as CI installs it.
    static let python = "/usr/bin/env"

    static func hasJSONSchema() -> Bool {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: python)
        p.arguments = ["python3", "-c", "import jsonschema"]
        p.standardError = FileHandle.nullDevice
        guard (try? p.run()) != nil else { return false }
        p.waitUntilExit()
        return p.terminationStatus == 0
    }

    /// Every YAML file of the pack folders (and the overlay example), as the JSON an editor sees.
    static func documents() throws -> [(path: String, schema: String, json: String)] {
        var out: [(String, String, String)] = []
        let fm = FileManager.default
        for root in ["Rules", "Examples"] {
            for dir in try fm.contentsOfDirectory(atPath: Paths.repo(root).path).sorted() {
                let folder = Paths.repo("\(root)/\(dir)")
                for name in ((try? fm.contentsOfDirectory(atPath: folder.path)) ?? []).sorted() where name.hasSuffix(".yaml") {
                    let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
                    guard PackLoader.isPackFile(text) else { continue }
                    out.append(("\(root)/\(dir)/\(name)", "pack.schema.json", try PackJSON.json(text)))
                }
                let tests = folder.appendingPathComponent("tests")
                for name in ((try? fm.contentsOfDirectory(atPath: tests.path)) ?? []).sorted() where name.hasSuffix(".yaml") {
                    let text = try String(contentsOf: tests.appendingPathComponent(name), encoding: .utf8)
                    out.append(("\(root)/\(dir)/tests/\(name)", "pack-tests.schema.json", try PackJSON.json(text)))
                }
            }
        }
        return out
    }

    @Test(.enabled(if: hasJSONSchema(), "needs python3 with jsonschema (pip install jsonschema); CI installs it"))
    func everyPackFileValidates() throws {
        let docs = try Self.documents()
        #expect(docs.count >= 10)
        #expect(docs.contains { $0.path == "Examples/overlay/acme.yaml" })
        let bad = try PackJSON.json("pack: x\nversion: 1\nrules:\n  - { id: A, asert: true }\n")
        let results = try Self.validate(docs + [("<misspelt>", "pack.schema.json", bad)])
        for (path, problems) in results where path != "<misspelt>" {
            #expect(problems.isEmpty, "\(path): \(problems)")
        }
        #expect(results.first { $0.path == "<misspelt>" }?.problems.contains { $0.contains("'asert' was unexpected") } == true,
                "the schema must reject an unknown key")
    }

    /// Runs jsonschema once over every document; returns each document's problems.
    static func validate(_ docs: [(path: String, schema: String, json: String)]) throws -> [(path: String, problems: [String])] {
        let dir = try Paths.temporaryDirectory("schema-check")
        var list: [String] = []
        for (i, d) in docs.enumerated() {
            let file = dir.appendingPathComponent("\(i).json")
            try d.json.write(to: file, atomically: true, encoding: .utf8)
            list.append("[\(PlainValue.quote(d.path)), \(PlainValue.quote(Paths.repo("Rules/\(d.schema)").path)), \(PlainValue.quote(file.path))]")
        }
        let script = """
            import json, sys, jsonschema
            for path, schema, doc in json.loads(sys.stdin.read()):
                v = jsonschema.Draft7Validator(json.load(open(schema)))
                for e in v.iter_errors(json.load(open(doc))):
                    print(path + "\\t" + e.message.replace("\\n", " ") + " at /" + "/".join(str(p) for p in e.path))
            """
        let p = Process()
        p.executableURL = URL(fileURLWithPath: python)
        p.arguments = ["python3", "-c", script]
        let input = Pipe(), output = Pipe()
        p.standardInput = input
        p.standardOutput = output
        try p.run()
        input.fileHandleForWriting.write(Data(("[" + list.joined(separator: ",") + "]").utf8))
        try input.fileHandleForWriting.close()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        #expect(p.terminationStatus == 0)
        var problems: [String: [String]] = [:]
        for line in text.split(separator: "\n") {
            let parts = line.split(separator: "\t", maxSplits: 1).map(String.init)
            if parts.count == 2 { problems[parts[0], default: []].append(parts[1]) }
        }
        return docs.map { ($0.path, problems[$0.path] ?? []) }
    }
}

