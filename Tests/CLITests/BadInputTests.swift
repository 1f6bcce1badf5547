import Foundation
import Testing
import S2STestSupport

/// Malformed input exits 2 naming the file and the position; nothing crashes.
@Suite("Bad input")
struct BadInputTests {
    func write(_ text: String, _ name: String) throws -> URL {
        let dir = try Paths.temporaryDirectory("bad-input")
        let url = dir.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url
    }

    let pack = ["--pack", "Rules/bench", "--licenses", "Examples/us-ca/licenses.csv"]

    @Test func truncatedJSON() throws {
        let f = try write("[{\"ManifestNumber\": \"0000000001\",\n  \"Destinations\": [{\"RecipientLicenseNumber\": \"C10", "m.json")
        let r = try CLIRunner.run(["check", f.path] + pack)
        #expect(r.status == 2)
        #expect(r.stdout.contains("\(f.path):2:"), "\(r.stdout)")
        #expect(r.stdout.contains("malformed JSON"))
    }

    @Test func quantityThatIsNotANumber() throws {
        let f = try write("""
        [{"ManifestNumber": "0000000001", "ShipperFacilityLicenseNumber": "C11-0000574-LIC",
          "Destinations": [{"RecipientLicenseNumber": "C10-0000423-LIC",
            "EstimatedDepartureDateTime": "2026-03-02T09:00:00-08:00", "EstimatedArrivalDateTime": "2026-03-02T11:00:00-08:00",
            "Transporters": [],
            "Packages": [{"PackageLabel": "1A4060300002EE1000012345", "Quantity": "ten", "UnitOfMeasureName": "Each"}]}]}]
        """, "m.json")
        let r = try CLIRunner.run(["check", f.path] + pack)
        #expect(r.status == 2)
        #expect(r.stdout.contains("\(f.path):5:75: error: Quantity (at /0/Destinations/0/Packages/0/Quantity) is \"ten\", which is not a number"), "\(r.stdout)")
        // the rest of the file was still read and linted
        #expect(r.stdout.contains("MANIFEST-FIELDS"))
    }

    @Test func dateThatIsNotADate() throws {
        let f = try write("""
        [{"ManifestNumber": "0000000002", "ShipperFacilityLicenseNumber": "C11-0000574-LIC",
          "Destinations": [{"RecipientLicenseNumber": "C10-0000423-LIC",
            "EstimatedDepartureDateTime": "next Tuesday", "EstimatedArrivalDateTime": "2026-03-02T11:00:00-08:00",
            "Packages": []}]}]
        """, "m.json")
        let r = try CLIRunner.run(["check", f.path] + pack)
        #expect(r.status == 2)
        #expect(r.stdout.contains("\(f.path):3:35: error: EstimatedDepartureDateTime"), "\(r.stdout)")
        #expect(r.stdout.contains("which is not a date-time"))
        let k = try CLIRunner.run(["check", f.path, "--keep-going"] + pack)
        #expect(k.status == 1)   // with --keep-going the findings decide
    }

    @Test func malformedRosterRow() throws {
        let f = try write("LicenseNumber,LegalName,LicenseType,Status,IssueDate,ExpirationDate\nC1,\"Unclosed,Distributor,Active,2025-01-01,2027-01-01\n", "r.csv")
        let r = try CLIRunner.run(["check", "--pack", "Rules/bench", "--licenses", f.path])
        #expect(r.status == 2)
        #expect(r.stdout.contains("\(f.path):2:"), "\(r.stdout)")
        #expect(r.stdout.contains("never closed"))
    }

    @Test func unreadableFile() throws {
        let r = try CLIRunner.run(["check", "/nonexistent/manifest.json"] + pack)
        #expect(r.status == 2)
        #expect(r.stdout.contains("no such file: /nonexistent/manifest.json"))
    }

    @Test func badPackFileExits2WithPosition() throws {
        let dir = try Paths.temporaryDirectory("bad-pack")
        try Data("""
        pack: broken
        version: 1
        rules:
          - id: B-1
            title: typo
            severity: eror
            category: fifo
            scope: line
            assert: line.quantity > "10"
            message: m
            cite: [{ ref: x, status: verified }]
            examples: [{ expect: pass, data: {} }, { expect: fail, data: {} }]
        """.utf8).write(to: dir.appendingPathComponent("pack.yaml"))
        let r = try CLIRunner.run(["rules", "check", dir.path])
        #expect(r.status == 2)
        #expect(r.stderr.contains("pack.yaml:6:15: error: unknown severity 'eror'; expected error, warning or info"), "\(r.stderr)")
        #expect(r.stderr.contains("hint: did you mean 'error'?"))
        #expect(r.stderr.contains("pack.yaml:9:13: error: cannot compare 'line.quantity' (quantity) with '\"10\"' (text)"))
    }
}
