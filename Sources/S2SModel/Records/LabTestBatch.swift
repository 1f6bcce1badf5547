public import Foundation

/// A lab-test type (analysis) the state recognises: Metrc `/labtests/v2/types`, also nested in batches.
public struct LabTestType: Sendable, Hashable {
    public var id: String?
    public var name: String?
    public var requiresTestResult: Bool?
    public var informationalOnly: Bool?
    public var researchAndDevelopment: Bool?
    public var alwaysPasses: Bool?
    public var maxAllowedFailureCount: Int?
    /// `LabTestResultMode` (kept as written; numbers or names).
    public var resultMode: String?
    public var resultMinimum: Decimal?
    public var resultMaximum: Decimal?
    /// Days a passing result stays valid (`LabTestResultExpirationDays`).
    public var resultExpirationDays: Int?
    public var dependencyMode: String?
    public var source: SourceRef

    public init(id: String? = nil, name: String? = nil, source: SourceRef = .none) {
        self.id = id
        self.name = name
        self.source = source
    }
}

/// A named group of lab tests required for some item categories: Metrc `/labtests/v2/batches`.
public struct LabTestBatch: Sendable, Hashable {
    public var id: String?
    public var name: String?
    /// `RequiresAllFromLabTestBatch`: every test type of the batch must be passed.
    public var requiresAll: Bool?
    /// Names of the item categories the batch applies to.
    public var itemCategories: [String]
    public var testTypes: [LabTestType]
    public var source: SourceRef

    public init(id: String? = nil, name: String? = nil, source: SourceRef = .none) {
        self.id = id
        self.name = name
        self.itemCategories = []
        self.testTypes = []
        self.source = source
    }
}
