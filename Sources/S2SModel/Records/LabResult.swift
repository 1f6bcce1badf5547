public import Foundation

/// A lab test result as the S2S system records it: one test event of one lab on one sample, with
/// the panels (test types) it covered. Metrc's per-test-type rows are grouped into one result.
public struct LabResult: Sendable, Hashable {
    public var id: String?
    public var labLicenseNumber: String?
    public var labName: String?
    /// S2S id of the tested package (Metrc `PackageId`).
    public var packageId: String?
    /// Tag of the lab sample package.
    public var sampleTag: String?
    /// Tag of the package the sample was taken from.
    public var sourceTag: String?
    public var productionBatch: String?
    public var productName: String?
    public var productCategory: String?
    public var testedDate: Day?
    public var overallPassed: Bool?
    public var released: Bool?
    public var releasedAt: DateTime?
    public var expiresAt: DateTime?
    public var revokedDate: Day?
    public var totalTHC: Decimal?
    public var totalCBD: Decimal?
    public var documentId: String?
    public var panels: [LabPanel]
    public var source: SourceRef

    public init(id: String? = nil, labLicenseNumber: String? = nil, productionBatch: String? = nil,
                testedDate: Day? = nil, panels: [LabPanel] = [], source: SourceRef = .none) {
        self.id = id
        self.labLicenseNumber = labLicenseNumber
        self.productionBatch = productionBatch
        self.testedDate = testedDate
        self.panels = panels
        self.source = source
    }
}

/// One test type of a lab result (`Microbiologicals`, `Heavy Metals`, …).
public struct LabPanel: Sendable, Hashable {
    public var name: String?
    public var passed: Bool?
    public var level: Decimal?
    public var informationalOnly: Bool?
    public var comment: String?
    public var revokedDate: Day?
    public var source: SourceRef

    public init(name: String? = nil, passed: Bool? = nil, level: Decimal? = nil, informationalOnly: Bool? = nil,
                comment: String? = nil, revokedDate: Day? = nil, source: SourceRef = .none) {
        self.name = name
        self.passed = passed
        self.level = level
        self.informationalOnly = informationalOnly
        self.comment = comment
        self.revokedDate = revokedDate
        self.source = source
    }
}
