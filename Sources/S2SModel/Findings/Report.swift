/// What reporters need to know about a rule (SARIF rules, handbook, JUnit test names).
public struct RuleInfo: Sendable, Hashable {
    public var id: String
    public var packId: String
    public var title: String
    public var description: String?
    public var severity: Severity
    public var category: String
    public var cite: [Citation]
    public var remedy: Remedy?
    public var scope: String
    public var mandatory: Bool

    public init(id: String, packId: String, title: String, description: String? = nil, severity: Severity,
                category: String, cite: [Citation], remedy: Remedy? = nil, scope: String, mandatory: Bool = false) {
        self.id = id
        self.packId = packId
        self.title = title
        self.description = description
        self.severity = severity
        self.category = category
        self.cite = cite
        self.remedy = remedy
        self.scope = scope
        self.mandatory = mandatory
    }
}

/// A pack that took part in a run, with the hash of its content so a result can be reproduced.
public struct PackInfo: Sendable, Hashable, Codable {
    public var id: String
    public var version: String
    public var sha256: String
    public var jurisdiction: String?

    public init(id: String, version: String, sha256: String, jurisdiction: String? = nil) {
        self.id = id
        self.version = version
        self.sha256 = sha256
        self.jurisdiction = jurisdiction
    }
}

/// Counts by severity (violations and unevaluated checks), plus how many were suppressed.
public struct Summary: Sendable, Hashable, Codable {
    public var error = 0
    public var warning = 0
    public var info = 0
    public var unevaluated = 0
    public var suppressed = 0

    public init() {}

    public init(findings: [Finding]) {
        for f in findings {
            if f.suppression != nil { suppressed += 1; continue }
            if f.outcome == .unevaluated { unevaluated += 1 }
            switch f.severity {
            case .error: error += 1
            case .warning: warning += 1
            case .info: info += 1
            }
        }
    }
}

/// The result of one run, as every reporter sees it.
public struct Report: Sendable {
    public var toolName: String
    public var toolVersion: String
    public var packs: [PackInfo]
    public var rules: [RuleInfo]
    public var inputs: [SourceFile]
    public var findings: [Finding]
    public var diagnostics: [Diagnostic]
    public var asOf: String?
    /// Rules an overlay pack switched off, with the reason it recorded (and the variance, for a
    /// mandatory rule).
    public var disabledRules: [DisabledRule] = []

    public init(toolName: String = "s2slint", toolVersion: String, packs: [PackInfo], rules: [RuleInfo],
                inputs: [SourceFile], findings: [Finding], diagnostics: [Diagnostic], asOf: String? = nil) {
        self.toolName = toolName
        self.toolVersion = toolVersion
        self.packs = packs
        self.rules = rules
        self.inputs = inputs
        self.findings = findings
        self.diagnostics = diagnostics
        self.asOf = asOf
    }

    public var summary: Summary { Summary(findings: findings) }
}
