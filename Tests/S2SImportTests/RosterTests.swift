import Foundation
import Testing
import S2SImport
import S2SModel

/// The real rosters in `shared/rosters` and the native state exports: counts per status, duplicates
/// merged or reported, unknown statuses reported and never active.
@Suite struct RosterTests {
    static func counts(_ ds: Dataset) -> [LicenseStatus: Int] {
        Dictionary(grouping: ds.licenses, by: \.status).mapValues(\.count)
    }

    @Test func michiganDuplicatesAreMerged() throws {
        let (f, ds) = try Reading.file(Reading.shared("rosters/licenses-mi-2023.csv"))
        #expect(f.kind == .roster)
        // 208 rows: 16 licenses, each listed 13 times with only the scrape's row id differing
        #expect(ds.licenses.count == 16)
        #expect(Self.counts(ds) == [.active: 9, .void: 7])
        let merged = try #require(ds.diagnostics.first { $0.code == "roster.duplicate-merged" })
        #expect(merged.message.hasPrefix("192 duplicate roster rows identical to an earlier row were merged"))
        #expect(!ds.diagnostics.contains { $0.code == "roster.duplicate" })
        #expect(!ds.diagnostics.contains { $0.code == "roster.unknown-status" })
        let l = try #require(ds.licenses.first { $0.number == "AU-G-A-000137" })
        #expect(l.statusText == "Active")
        #expect(l.type == "Class A Marihuana Grower")
        #expect(l.expirationDate == Reading.day("2024-03-16"))
        #expect(l.dba == "The Noggin Shop")
        #expect(ds.licenses.first { $0.statusText == "License Void" }?.status == .void)
    }

    @Test func washingtonEndorsementRowsAreReported() throws {
        let (_, ds) = try Reading.file(Reading.shared("rosters/licenses-wa-2023.csv"))
        // 743 rows, 514 license numbers: 229 retailers are listed again for their medical endorsement
        #expect(ds.licenses.count == 514)
        #expect(Self.counts(ds) == [.active: 514])
        #expect(Set(ds.licenses.compactMap(\.statusText)) == ["ACTIVE (ISSUED)", "ACTIVE TITLE CERTIFICATE", "Active"])
        let dups = ds.diagnostics.filter { $0.code == "roster.duplicate" }
        #expect(dups.count == 51)                                   // 50 listed one by one, then a summary
        #expect(dups.last?.message.hasPrefix("179 more licenses") == true)
        let first = try #require(dups.first)
        #expect(first.level == .note)                              // same status: descriptive fields only
        #expect(first.message.contains("license 355469"))
        #expect(first.message.contains("type \"Adult-Use Retailer\" / \"Medical Retailer\""))
        #expect(first.message.contains("row 4 and row 515"))
        let ref = try #require(first.ref)
        #expect(ds.resolve(ref)?.line == 515)
        // the kept license is completed with what only the second row says
        let l = try #require(ds.licenses.first { $0.number == "355469" })
        #expect(l.type == "Adult-Use Retailer")
        #expect(l.issueDate == Reading.day("2020-11-05"))          // written YYYYMMDD
        #expect(ds.diagnostics.filter { $0.level == .error }.isEmpty)
    }

    @Test func coloradoHasNoStatusColumn() throws {
        let (_, ds) = try Reading.file(Reading.shared("rosters/licenses-co-2023.csv"))
        // 2579 rows, 9 exact duplicates; the 7 lab rows carry their number in the older "License Number" column
        #expect(ds.licenses.count == 2570)
        #expect(Self.counts(ds) == [.unknown: 2570])
        #expect(ds.licenses.contains { $0.number == "405R-00009" && $0.type == "Testing Facilities" })
        let note = try #require(ds.diagnostics.first { $0.code == "roster.no-status" })
        #expect(note.level == .note)
        #expect(note.message.contains("2579 licenses"))
        #expect(ds.diagnostics.first { $0.code == "roster.duplicate-merged" }?.message.hasPrefix("9 duplicate") == true)
        #expect(!ds.diagnostics.contains { $0.code == "roster.duplicate" })
        #expect(!ds.diagnostics.contains { $0.level == .error })
    }

    @Test func californiaSearchExportStatuses() throws {
        let (_, ds) = try Reading.file(Reading.fixture("rosters/ca-dcc-search-export.csv"))
        #expect(ds.licenses.map(\.status) == [.active, .active, .expired, .suspended, .surrendered, .revoked, .cancelled, .inactive])
        let l = ds.licenses[0]
        #expect(l.number == "C10-0000423-LIC")
        #expect(l.legalName == "Green Door LLC")
        #expect(l.dba == "Green Door")
        #expect(l.type == "Commercial - Retailer")
        #expect(l.designation == "Adult-Use and Medicinal")
        #expect(l.issueDate == Reading.day("2019-06-01"))
        #expect(l.expirationDate == Reading.day("2025-05-31"))
        #expect(l.jurisdiction == "CA")
    }

    @Test func californiaAPIUnknownStatusIsReportedNotActive() throws {
        let (f, ds) = try Reading.file(Reading.fixture("rosters/ca-dcc-api.json"))
        #expect(f.kind == .rosterDCCJSON)
        #expect(ds.licenses.map(\.status) == [.active, .expired, .unknown])
        #expect(ds.licenses[0].expirationDate == Reading.day("2025-05-31"))
        let w = try #require(ds.diagnostics.first { $0.code == "roster.unknown-status" })
        #expect(w.level == .warning)
        #expect(w.message.contains("\"Under Review\""))
        #expect(w.message.contains("never as active"))
    }

    @Test func washingtonLCBLists() throws {
        let (_, apps) = try Reading.file(Reading.fixture("rosters/wa-lcb-cannabis-applicants.csv"))
        #expect(apps.licenses.map(\.number) == ["430562", "423413", "439001", "412001", "415470"])   // "License " header
        #expect(apps.licenses.map(\.status) == [.active, .active, .pending, .inactive, .active])
        #expect(apps.licenses[0].type == "CANNABIS RETAILER")
        #expect(apps.licenses[0].dba == "#HASHTAG")
        let (_, med) = try Reading.file(Reading.fixture("rosters/wa-lcb-medical-endorsements.csv"))
        // two title rows above the header are skipped
        #expect(med.licenses.map(\.number) == ["430562", "423413"])
        #expect(med.licenses.map(\.status) == [.active, .expired])
        #expect(med.licenses[0].type == "MEDICAL CANNABIS ENDORSEMENT")
        #expect(med.resolve(med.licenses[0].source)?.line == 4)
    }

    @Test func rowsThatAgreeAreMergedWithWhatOnlyOneSays() throws {
        // Washington: the LCB list names the type, the CCRS Licensee extract the dates
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("roster-merge-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let lcb = dir.appendingPathComponent("CannabisApplicants.csv")
        try "Tradename,License ,Priv Desc,Privilege Status\n,423456,CANNABIS RETAILER,ACTIVE (ISSUED)\n"
            .write(to: lcb, atomically: true, encoding: .utf8)
        let ds = try Reading.files([lcb.path, Reading.fixture("ccrs/Licensee_extract_utf16.tsv")])
        let l = try #require(ds.licenses.first { $0.number == "423456" })
        #expect(l.type == "CANNABIS RETAILER")
        #expect(l.expirationDate == Reading.day("2026-12-31"))
        #expect(l.issueDate == Reading.day("2019-03-04"))
        #expect(l.legalName == "Seaside Retail LLC")
        #expect(ds.diagnostics.contains { $0.code == "roster.duplicate-merged" && $0.level == .note })
        #expect(!ds.diagnostics.contains { $0.code == "roster.duplicate" })
    }

    @Test func michiganAccelaDuplicatesThatDisagree() throws {
        let (_, ds) = try Reading.file(Reading.fixture("rosters/mi-cra-accela.csv"))
        #expect(ds.licenses.map(\.number) == ["AU-G-A-000137", "AU-G-A-000138", "AU-R-000200", "AU-P-000300"])
        #expect(ds.licenses.map(\.status) == [.active, .void, .active, .active])
        #expect(ds.licenses[0].expirationDate == Reading.day("2024-03-16"))
        #expect(ds.licenses[0].legalName == "The Noggin Shop")
        let w = try #require(ds.diagnostics.first { $0.code == "roster.duplicate" })
        #expect(w.level == .warning)                                 // they disagree on the status
        #expect(w.message.contains("license AU-P-000300"))
        #expect(w.message.contains("status \"Active\" / \"Suspended\""))
        #expect(w.message.contains("row 6 and row 7"))
        #expect(ds.diagnostics.contains { $0.code == "roster.duplicate-merged" && $0.message.hasPrefix("1 duplicate") })
    }

    @Test func coloradoSheets() throws {
        let (_, stores) = try Reading.file(Reading.fixture("rosters/co-med-stores.csv"))
        #expect(stores.licenses.map(\.number) == ["402R-00001", "402R-00002"])
        #expect(stores.licenses.allSatisfy { $0.status == .unknown })
        #expect(stores.licenses[0].legalName == "GREEN STORE LLC")
        #expect(stores.licenses[0].dba == "Green Store")
        #expect(stores.licenses[0].type == "Stores")
        let (_, labs) = try Reading.file(Reading.fixture("rosters/co-med-labs-older.csv"))
        // older headers with trailing spaces: "License # ", "Licensee Name "
        #expect(labs.licenses.map(\.number) == ["405-00004", "405R-00007"])
        #expect(labs.licenses[0].legalName == "AGRICOR LABORATORIES DE LLC")
        #expect(labs.diagnostics.contains { $0.code == "roster.no-status" })
    }

    @Test func badRowsAreReportedAndTheRestRead() throws {
        let (_, ds) = try Reading.file(Reading.fixture("malformed/roster_bad_rows.csv"))
        #expect(ds.licenses.count == 4)
        #expect(ds.diagnostics.contains { $0.code == "roster.row-width" })
        let date = try #require(ds.diagnostics.first { $0.code == "roster.date" })
        #expect(date.message.contains("\"2027-31-12\""))
        let ref = try #require(date.ref)
        let loc = try #require(ds.resolve(ref))
        #expect(loc.line == 5)
        #expect(loc.column == 50)
        #expect(ds.licenses[2].status == .pending)                   // "Pending Inspection" is pending
    }
}
