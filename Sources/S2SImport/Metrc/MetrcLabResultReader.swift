import S2SModel
import Foundation

/// Reads lab-test results: Metrc's `/labtests/v1|v2/results` rows (one row per test type of a
/// package; rows of one test event are grouped into one `LabResult` with several panels) and the
/// batch-level shape with a `Panels` array that `shared/bench/gen.py` writes.
enum MetrcLabResultReader {
    enum Field: Sendable {
        case resultId, packageId, sampleLabel, sourceLabel, batch, productName, category, labLicense, labName
        case testedDate, overallPassed, revoked, documentId, released, releasedAt, expiresAt
        case testType, testPassed, testLevel, testComment, informational, detailRevoked, totalTHC, totalCBD, panels
    }

    static let fields = FieldTable<Field>([
        ("LabTestResultId", .resultId), ("PackageId", .packageId), ("PackageLabel", .sampleLabel),
        ("SourcePackageLabel", .sourceLabel), ("ProductionBatchNumber", .batch), ("ProductName", .productName),
        ("ProductCategoryName", .category), ("LabFacilityLicenseNumber", .labLicense),
        ("LabFacilityName", .labName), ("TestPerformedDate", .testedDate), ("OverallPassed", .overallPassed),
        ("RevokedDate", .revoked), ("LabTestResultDocumentFileId", .documentId), ("ResultReleased", .released),
        ("ResultReleaseDateTime", .releasedAt), ("ExpirationDateTime", .expiresAt), ("TestTypeName", .testType),
        ("TestPassed", .testPassed), ("TestResultLevel", .testLevel), ("TestComment", .testComment),
        ("TestInformationalOnly", .informational), ("LabTestDetailRevokedDate", .detailRevoked),
        ("TotalTHC", .totalTHC), ("TotalCBD", .totalCBD), ("Panels", .panels),
    ])

    static let signature = ["LabFacilityLicenseNumber", "TestPerformedDate", "TestTypeName", "Panels", "LabTestResultId"]
        .map(JSONKey.hash)

    enum PanelField: Sendable { case name, passed, level, comment, informational, revoked }
    static let panelFields = FieldTable<PanelField>([
        ("TestTypeName", .name), ("Name", .name), ("TestPassed", .passed), ("Passed", .passed),
        ("TestResultLevel", .level), ("Level", .level), ("TestComment", .comment),
        ("TestInformationalOnly", .informational), ("LabTestDetailRevokedDate", .revoked),
    ])

    /// One row. `hasPanelList` tells the caller whether the row was batch-shaped (has `Panels`).
    static func readRow(_ c: inout JSONCursor, _ sink: inout ImportSink, pointer: String) throws -> (LabResult, Bool) {
        let start = c.here
        try c.beginObject()
        var r = LabResult(source: sink.ref(start, pointer))
        var panel = LabPanel(source: r.source)
        var hasPanelList = false
        var hasRowPanel = false
        var first = true
        while let key = try c.nextKey(first: &first) {
            guard let f = fields.field(for: key) else { try c.skipValue(); continue }
            func ptr() -> String { pointer + "/" + key.text }
            switch f {
            case .resultId: r.id = try c.stringField(&sink, ptr())
            case .packageId: r.packageId = try c.stringField(&sink, ptr())
            case .sampleLabel: r.sampleTag = try c.stringField(&sink, ptr())
            case .sourceLabel: r.sourceTag = try c.stringField(&sink, ptr())
            case .batch: r.productionBatch = try c.stringField(&sink, ptr())
            case .productName: r.productName = try c.stringField(&sink, ptr())
            case .category: r.productCategory = try c.stringField(&sink, ptr())
            case .labLicense: r.labLicenseNumber = try c.stringField(&sink, ptr())
            case .labName: r.labName = try c.stringField(&sink, ptr())
            case .testedDate: r.testedDate = try c.dayField(&sink, ptr())
            case .overallPassed: r.overallPassed = try c.boolField(&sink, ptr())
            case .revoked: r.revokedDate = try c.dayField(&sink, ptr())
            case .documentId: r.documentId = try c.stringField(&sink, ptr())
            case .released: r.released = try c.boolField(&sink, ptr())
            case .releasedAt: r.releasedAt = try c.dateTimeField(&sink, ptr())
            case .expiresAt: r.expiresAt = try c.dateTimeField(&sink, ptr())
            case .testType: panel.name = try c.stringField(&sink, ptr()); hasRowPanel = true
            case .testPassed: panel.passed = try c.boolField(&sink, ptr()); hasRowPanel = true
            case .testLevel: panel.level = try c.decimalField(&sink, ptr())
            case .testComment: panel.comment = try c.stringField(&sink, ptr())
            case .informational: panel.informationalOnly = try c.boolField(&sink, ptr())
            case .detailRevoked: panel.revokedDate = try c.dayField(&sink, ptr())
            case .totalTHC: r.totalTHC = try c.decimalField(&sink, ptr())
            case .totalCBD: r.totalCBD = try c.decimalField(&sink, ptr())
            case .panels:
                hasPanelList = true
                if c.consumeNull() { break }
                guard c.peek() == UInt8(ascii: "[") else {
                    let _: Int? = try c.mismatch(&sink, ptr(), expected: "a list of panels")
                    break
                }
                try c.beginArray()
                var firstEl = true
                var k = 0
                while try c.nextElement(first: &firstEl) {
                    if let p = try readPanel(&c, &sink, pointer: ptr() + "/\(k)") { r.panels.append(p) }
                    k += 1
                }
            }
        }
        if hasRowPanel && !hasPanelList { r.panels = [panel] }
        return (r, hasPanelList)
    }

    static func readPanel(_ c: inout JSONCursor, _ sink: inout ImportSink, pointer: String) throws -> LabPanel? {
        guard c.peek() == UInt8(ascii: "{") else {
            let _: Int? = try c.mismatch(&sink, pointer, expected: "a panel object")
            return nil
        }
        let start = c.here
        try c.beginObject()
        var p = LabPanel(source: sink.ref(start, pointer))
        var first = true
        while let key = try c.nextKey(first: &first) {
            guard let f = panelFields.field(for: key) else { try c.skipValue(); continue }
            func ptr() -> String { pointer + "/" + key.text }
            switch f {
            case .name: p.name = try c.stringField(&sink, ptr())
            case .passed: p.passed = try c.boolField(&sink, ptr())
            case .level: p.level = try c.decimalField(&sink, ptr())
            case .comment: p.comment = try c.stringField(&sink, ptr())
            case .informational: p.informationalOnly = try c.boolField(&sink, ptr())
            case .revoked: p.revokedDate = try c.dayField(&sink, ptr())
            }
        }
        return p
    }

    /// Groups Metrc's one-row-per-test-type results into test events: rows with the same package,
    /// lab, test date and document become one `LabResult` whose panels are the rows' test types.
    static func groupRows(_ rows: [LabResult]) -> [LabResult] {
        struct Key: Hashable { var pkg: String?; var tag: String?; var lab: String?; var day: Day?; var doc: String? }
        var order: [Key] = []
        var groups: [Key: LabResult] = [:]
        for r in rows {
            let k = Key(pkg: r.packageId, tag: r.sourceTag, lab: r.labLicenseNumber, day: r.testedDate, doc: r.documentId)
            if var g = groups[k] {
                g.panels += r.panels
                if g.overallPassed == nil { g.overallPassed = r.overallPassed }
                groups[k] = g
            } else {
                order.append(k)
                groups[k] = r
            }
        }
        return order.compactMap { groups[$0] }
    }
}
