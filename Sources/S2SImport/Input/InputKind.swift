/// What an input file holds, as recognised from its shape (or required by the flag it was given with).
public enum InputKind: String, Sendable, CaseIterable {
    case packages = "metrc.packages"
    case labResults = "metrc.lab-results"
    case manifests = "manifests"
    case roster = "roster"

    /// How the kind is described to a user ("expected Metrc packages, but …").
    public var title: String {
        switch self {
        case .packages: return "Metrc packages"
        case .labResults: return "lab-test results"
        case .manifests: return "transfer manifests (Metrc template shape)"
        case .roster: return "a license roster (CSV)"
        }
    }
}

/// How to read one input.
public struct InputOptions: Sendable {
    /// The kind the user said this file is (from the flag it came with); nil to recognise it.
    public var expected: InputKind?
    /// License number of the facility holding the packages (Metrc package exports do not say).
    public var owner: String?
    /// Zone for date-times written without one.
    public var zone: ZoneResolver

    public init(expected: InputKind? = nil, owner: String? = nil, zone: ZoneResolver = .utc) {
        self.expected = expected
        self.owner = owner
        self.zone = zone
    }
}
