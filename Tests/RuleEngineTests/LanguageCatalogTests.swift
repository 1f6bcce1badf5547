import Testing
@testable import RuleEngine

/// `s2slint schema` lists what the compiler accepts, from the compiler's own tables.
@Suite("Language catalog")
struct LanguageCatalogTests {
    @Test func everyScopeFieldAndFunctionIsListed() throws {
        let c = LanguageCatalog.build()
        #expect(c.scopes.map(\.name) == ScopeDef.all.map(\.name))
        #expect(Set(c.functions.map(\.name)) == Set(Builtins.table.keys))
        for r in c.records {
            let kind = try #require(RecordKind(rawValue: r.kind))
            #expect(r.fields.map(\.name) == Schema.model.order[kind])
            #expect(r.fields.allSatisfy { !$0.doc.isEmpty })
        }
        let line = try #require(c.scopes.first { $0.name == "line" })
        #expect(line.names.first { $0.name == "package" }?.record == "package")
        #expect(line.names.contains { $0.name == "facts" } && line.names.contains { $0.name == "as_of" })
        #expect(line.reachable.contains("lab_result"))
        #expect(c.functions.first { $0.name == "older_packages" }?.isLookup == true)
        #expect(c.functions.first { $0.name == "abs" }?.isLookup == false)
    }
}
