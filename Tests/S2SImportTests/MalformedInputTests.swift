import Foundation
import Testing
import S2SImport
import S2SModel

/// Bad input never crashes and never silently passes: a wrong type in a field, a malformed CSV
/// row, a truncated file, a file that matches nothing are problems with file, line and column;
/// row-level faults leave the other rows read.
@Suite struct MalformedInputTests {
    @Test func wrongTypesInJSONFields() throws {
        let (f, ds) = try Reading.file(Reading.fixture("malformed/packages_wrong_type.json"))
        #expect(f.kind == .packages)
        #expect(ds.packages.count == 2)                              // both rows are read
        let quantity = try #require(ds.diagnostics.first { $0.code == "json.not-a-number" })
        #expect(quantity.message == "Quantity (at /Data/0/Quantity) is \"ten\", which is not a number")
        let qref = try #require(quantity.ref)
        let loc = try #require(ds.resolve(qref))
        #expect(loc.line == 2)
        #expect(loc.column == 88)
        #expect(ds.diagnostics.contains { $0.code == "json.not-a-date" && $0.message.contains("2026-02-30") })
        #expect(ds.diagnostics.contains { $0.code == "json.not-a-bool" && $0.message.contains("maybe") })
        let item = try #require(ds.diagnostics.first { $0.code == "json.type" })
        #expect(item.message == "Item (at /Data/1/Item) should be an object, found a string")
        #expect(ds.packages[0].quantity == nil)
        #expect(ds.packages[1].quantity == Quantity(5, .gram))
    }

    @Test func truncatedFileNamesWhereItEnds() throws {
        let (_, ds) = try Reading.file(Reading.fixture("malformed/packages_truncated.json"), expected: .packages)
        let e = try #require(Reading.errors(ds).first)
        #expect(e.code == "json.syntax")
        #expect(e.message.contains("unterminated string") || e.message.contains("truncated"))
        let ref = try #require(e.ref)
        #expect(ds.resolve(ref)?.line == 3)
        #expect(ds.packages.count == 1)                              // the rows before the cut are kept
    }

    @Test func malformedCSVRowsAreReportedAndTheRestRead() throws {
        let (_, ds) = try Reading.file(Reading.fixture("malformed/Strain_bad_rows.csv"))
        let syntax = try #require(ds.diagnostics.first { $0.code == "csv.syntax" })
        #expect(syntax.message.contains("after a closing quote"))
        #expect(syntax.ref?.pointer == "row 6")
        let date = try #require(ds.diagnostics.first { $0.code == "csv.not-a-date" })
        #expect(date.message == "CreatedDate on row 5 is \"13/45/2024\", which is not a date")
        let dref = try #require(date.ref)
        let loc = try #require(ds.resolve(dref))
        #expect(loc.line == 5)
        #expect(loc.column == 24)
        #expect(ds.strains.map(\.name) == ["Blue Dream", "Sour Diesel\""])
    }

    @Test func unrecognisedFilesListWhatWasTried() throws {
        let (f, ds) = try Reading.file(Reading.fixture("malformed/unknown_object.json"))
        #expect(f.kind == nil)
        let e = try #require(Reading.errors(ds).first)
        #expect(e.code == "input.unrecognised")
        #expect(e.message.contains("(members not)"))
        #expect(e.message.contains("tried: Metrc packages"))
        #expect(e.message.contains("BioTrack responses"))
        let (g, csv) = try Reading.file(Reading.fixture("malformed/unknown_table.csv"))
        #expect(g.kind == nil)
        let c = try #require(Reading.errors(csv).first)
        #expect(c.message.contains("header: Date, Widget, Count"))
        #expect(c.message.contains("a CCRS upload"))
        #expect(c.message.contains("a license roster"))
    }

    @Test func aFileGivenForTheWrongRoleIsAnError() throws {
        let (f, ds) = try Reading.file(Reading.fixture("metrc-v1/lab-results.json"), expected: .packages)
        #expect(f.kind == nil)
        let e = try #require(Reading.errors(ds).first)
        #expect(e.code == "input.kind")
        #expect(e.message == "expected inventory (packages), but the records look like lab-test results (Metrc)")
        let (g, csv) = try Reading.file(Reading.fixture("ccrs/Sale.csv"), expected: .roster)
        #expect(g.kind == nil)
        #expect(Reading.errors(csv).first?.code == "input.kind")
    }

    @Test func emptyFilesAndEmptyLists() throws {
        let dir = try FileManager.default.temporaryDirectory.appendingPathComponent("s2slint-empty-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let empty = dir.appendingPathComponent("empty.json")
        try Data().write(to: empty)
        let (_, e) = try Reading.file(empty.path)
        #expect(Reading.errors(e).first?.code == "input.empty")
        let list = dir.appendingPathComponent("list.json")
        try Data("{\"Data\": [], \"Total\": 0}".utf8).write(to: list)
        let (_, l) = try Reading.file(list.path)
        #expect(l.diagnostics.first?.code == "input.empty")
        #expect(l.diagnostics.first?.level == .warning)
    }
}

extension MalformedInputTests {
    @Test func aBioTrackResponseGivenForTheWrongRoleIsAnError() throws {
        let (f, ds) = try Reading.file(Reading.fixture("biotrack/sync_manifest.json"), expected: .packages)
        #expect(f.kind == nil)
        #expect(ds.manifests.isEmpty)
        #expect(Reading.errors(ds).first?.message == "expected inventory (packages), but the file is BioTrack manifests (sync_manifest)")
        let (g, ok) = try Reading.file(Reading.fixture("biotrack/sync_inventory.json"), expected: .packages)
        #expect(g.kind == .biotrackInventory)
        #expect(ok.packages.count == 3)
    }
}
