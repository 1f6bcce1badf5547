import Foundation
import S2SCOA
import S2STestSupport
import Testing

/// Profiles, readers and fixture files shared by the COA tests.
enum TestData {
    static let profileDirectory = Paths.repo("Rules/lab-profiles")
    static let fixtures = Paths.repo("Tests/S2SCOATests/Fixtures")

    static let sampleNames = [
        "sclabs-ca-cherry-punch", "confidentcannabis-cgl-ca-classic-jack", "tagleaf-2riverlabs-ca-sunbeam",
        "veda-ca-example-compliance", "confidentcannabis-havard-ok-purple-punch", "mcrlabs-ma-milk-chocolate-drops",
        "mtl-fl-petrol-station-rosin", "confidence-wa-dirty-banana-breath",
    ]

    static func profiles() throws -> COAProfileSet {
        try COAProfileSet.load(directories: [profileDirectory])
    }

    static func reader() throws -> COAReader {
        COAReader(profiles: try profiles())
    }

    /// A profile set holding only the shared vocabulary and the generic fallback profile, to
    /// measure how the reader does on layouts it has no profile for.
    static func genericOnlyProfiles() throws -> COAProfileSet {
        let dir = try Paths.temporaryDirectory("coa-generic")
        for name in ["vocabulary.json", "analytes.json", "generic.json"] {
            try FileManager.default.copyItem(at: profileDirectory.appendingPathComponent(name), to: dir.appendingPathComponent(name))
        }
        return try COAProfileSet.load(directories: [dir])
    }

    static func samplePDF(_ name: String) -> String { Paths.sharedFile("coa-samples/\(name).pdf").path }

    static func fixture(_ relative: String) -> URL { fixtures.appendingPathComponent(relative) }

    /// True when pdftotext is installed; records a failing issue (not a skip) when it is not, so a
    /// machine without poppler cannot pass these tests silently.
    static func requirePDFToText(sourceLocation: SourceLocation = #_sourceLocation) -> Bool {
        if PDFTextExtractor().resolvedExecutable != nil { return true }
        Issue.record("pdftotext is not installed: apt-get install -y poppler-utils", sourceLocation: sourceLocation)
        return false
    }
}
