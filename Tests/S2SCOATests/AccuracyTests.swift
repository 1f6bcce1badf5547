import Foundation
import S2SCOA
import S2SModel
import S2STestSupport
import Testing

/// Field-level accuracy over the eight hand-checked fixtures (fields correct / fields expected):
/// with the bundled lab profiles, and with the generic fallback profile alone (how the reader does
/// on a layout it has no profile for). The numbers are quoted in Docs/coa.md.
@Suite("Accuracy over the sample COAs")
struct AccuracyTests {
    struct Score {
        var correct = 0
        var expected = 0
        var text: String { "\(correct)/\(expected)" }
    }

    static func score(_ profiles: COAProfileSet?) throws -> (Score, [String: Score], [String: Result<COA, COAReadError>]) {
        var total = Score()
        var each: [String: Score] = [:]
        var read: [String: Result<COA, COAReadError>] = [:]
        let reader = try profiles.map { COAReader(profiles: $0) } ?? TestData.reader()
        for name in TestData.sampleNames {
            let fixture = try FixtureComparison.load(name, from: TestData.fixtures)
            var s = Score()
            let checks: [FieldCheck]
            do {
                let coa = try profiles == nil ? TestData.readSample(name) : reader.readPDF(path: Paths.sharedFile(fixture.pdf).path)
                read[name] = .success(coa)
                checks = FixtureComparison.check(coa, against: fixture)
            } catch let error as COAReadError {
                read[name] = .failure(error)
                let empty = COA(document: COADocument(path: name, format: .pdf, sha256: ""), reading: COAReading(reader: "pdf", profile: "-", confidence: 0))
                checks = FixtureComparison.check(empty, against: fixture).map { FieldCheck(field: $0.field, ok: false, detail: "\(error)") }
            } catch {
                // A COA the reader refuses counts every expected field as missed.
                let empty = COA(document: COADocument(path: name, format: .pdf, sha256: ""), reading: COAReading(reader: "pdf", profile: "-", confidence: 0))
                checks = FixtureComparison.check(empty, against: fixture).map { FieldCheck(field: $0.field, ok: false, detail: "\(error)") }
            }
            s.expected = checks.count
            s.correct = checks.filter(\.ok).count
            each[name] = s
            total.correct += s.correct
            total.expected += s.expected
        }
        return (total, each, read)
    }

    @Test("the bundled profiles read every expected field")
    func bundled() throws {
        guard TestData.requirePDFToText() else { return }
        let (total, each, _) = try Self.score(nil)
        print("COA accuracy, bundled profiles: \(total.text)")
        for (name, s) in each.sorted(by: { $0.key < $1.key }) { print("  \(name): \(s.text)") }
        #expect(total.expected > 8 * 20)
        #expect(total.correct == total.expected)
    }

    @Test("the generic profile alone reports low confidence and what it missed")
    func genericOnly() throws {
        guard TestData.requirePDFToText() else { return }
        let profiles = try TestData.genericOnlyProfiles()
        let (total, each, read) = try Self.score(profiles)
        print("COA accuracy, generic profile only: \(total.text)")
        for (name, s) in each.sorted(by: { $0.key < $1.key }) { print("  \(name): \(s.text)") }
        #expect(total.correct < total.expected)
        let cap = Decimal(sign: .plus, exponent: -1, significand: 6)
        for name in TestData.sampleNames {
            guard let result = read[name] else { Issue.record("\(name) was not read"); continue }
            switch result {
            case .success(let coa):
                #expect(coa.reading.profile == "generic")
                #expect(coa.reading.confidence <= cap)
                #expect(!coa.reading.missingFields.isEmpty)
                #expect(coa.reading.issues.contains { $0.code == "coa.field.missing" })
            case .failure(let e):
                // Refusing is allowed; passing silently is not.
                #expect(e.code == "coa.layout.unreadable")
            }
        }
    }
}
