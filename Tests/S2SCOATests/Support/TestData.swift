import Foundation
import S2SCOA
import S2SModel
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

    /// Loaded once per test run: every test reads the same bundled directory.
    private static let bundled = Result { () throws(COAProfileError) -> COAProfileSet in
        try COAProfileSet.load(directories: [profileDirectory])
    }

    static func profiles() throws -> COAProfileSet {
        try bundled.get()
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

    /// Each sample PDF is read once per test run and shared by the tests that only inspect it.
    static func readSample(_ name: String) throws -> COA {
        if let cached = cache.get(name) { return cached }
        let coa = try reader().readPDF(path: samplePDF(name))
        cache.set(name, coa)
        return coa
    }

    private static let cache = SampleCache()

    static func fixture(_ relative: String) -> URL { fixtures.appendingPathComponent(relative) }

    /// True when pdftotext is installed; records a failing issue (not a skip) when it is not, so a
    /// machine without poppler cannot pass these tests silently.
    static func requirePDFToText(sourceLocation: Testing.SourceLocation = #_sourceLocation) -> Bool {
        if PDFTextExtractor().resolvedExecutable != nil { return true }
        Issue.record("pdftotext is not installed: apt-get install -y poppler-utils", sourceLocation: sourceLocation)
        return false
    }
}

/// COAs already read, by sample name.
final class SampleCache: @unchecked Sendable {
    private let lock = NSLock()
    private var coas: [String: COA] = [:]
    func get(_ name: String) -> COA? { lock.lock(); defer { lock.unlock() }; return coas[name] }
    func set(_ name: String, _ coa: COA) { lock.lock(); coas[name] = coa; lock.unlock() }
}
