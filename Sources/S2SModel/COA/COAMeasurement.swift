/// A result as printed in a value cell: a number with its unit, or what the lab wrote instead.
public enum COAMeasurement: Sendable, Hashable, CustomStringConvertible {
    /// A measured amount (`24.5 mg/g`).
    case amount(COAAmount)
    /// `ND`, `Not Detected`, `Not Detected in 1g`; in WCIA JSON a `qom` of `"0"`.
    case notDetected
    /// Detected below the limit of quantitation: `<LOQ`, `< LOQ`, `BLQ`, `< MRL`; `<100 CFU/g` keeps
    /// its printed bound.
    case belowLOQ(bound: COAAmount?)
    /// Above the upper limit: `TNTC` (too numerous to count), `>ULOQ`, `> 2500`.
    case aboveLimit(bound: COAAmount?)
    /// Qualitative presence (`Detected`, `Present`).
    case detected
    /// `NT`, `Not Tested`.
    case notTested
    /// `NR`, `Not Reported`.
    case notReported
    /// `NE`, `Not Evaluated` / `Not Examined` (Washington).
    case notEvaluated
    /// `N/A` in a value cell.
    case notApplicable

    /// The kind as the rule language names it.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case amount, notDetected = "not_detected", belowLOQ = "below_loq", aboveLimit = "above_limit",
             detected, notTested = "not_tested", notReported = "not_reported",
             notEvaluated = "not_evaluated", notApplicable = "not_applicable"
    }

    public var kind: Kind {
        switch self {
        case .amount: return .amount
        case .notDetected: return .notDetected
        case .belowLOQ: return .belowLOQ
        case .aboveLimit: return .aboveLimit
        case .detected: return .detected
        case .notTested: return .notTested
        case .notReported: return .notReported
        case .notEvaluated: return .notEvaluated
        case .notApplicable: return .notApplicable
        }
    }

    /// The number printed, when there is one (an amount, or the bound of `<100`).
    public var amount: COAAmount? {
        switch self {
        case .amount(let a): return a
        case .belowLOQ(let b), .aboveLimit(let b): return b
        default: return nil
        }
    }

    /// True when the lab reports having looked for the analyte (anything but NT, NR, NE, N/A).
    public var wasMeasured: Bool {
        switch self {
        case .notTested, .notReported, .notEvaluated, .notApplicable: return false
        default: return true
        }
    }

    public var description: String {
        switch self {
        case .amount(let a): return a.description
        case .belowLOQ(let b): return b.map { "<\($0)" } ?? "<LOQ"
        case .aboveLimit(let b): return b.map { ">\($0)" } ?? "above limit"
        default: return kind.rawValue
        }
    }
}

/// An action limit as printed on the COA. The COA's limit is evidence, not law: rules compare the
/// values against the jurisdiction's limits (see `COALimitTable` in S2SCOA).
public enum COALimit: Sendable, Hashable, CustomStringConvertible {
    /// Fails when the result exceeds this amount.
    case maximum(COAAmount)
    /// Any detection fails (`≥ LOD`, `Any amt`): California Category I pesticides.
    case anyDetection
    /// Must not be detected in this much sample (`Not Detected in 1g`, `Any amt in 1 gram`).
    case notDetectedIn(COAAmount)
    /// `N/A`: the lab states no limit.
    case none
    /// A limit printed in words the reader does not interpret (`> 1 per 3 grams`).
    case text(String)

    public var description: String {
        switch self {
        case .maximum(let a): return "≤ \(a)"
        case .anyDetection: return "any detection"
        case .notDetectedIn(let a): return "not detected in \(a)"
        case .none: return "none"
        case .text(let s): return s
        }
    }
}

/// A pass/fail status as printed (overall, per panel or per analyte).
public enum COAStatus: Sendable, Hashable, CustomStringConvertible {
    case pass
    case fail
    /// Tested with no pass/fail judgement (`Tested`, `Complete`): potency, terpenes, moisture.
    case tested
    case notTested
    case notEvaluated
    case notApplicable
    case pending
    /// The certificate says it was revoked or rescinded (`REVOKED`): it no longer supports a sale.
    case revoked
    case unknown(String)

    /// The name the rule language uses: `pass`, `fail`, `tested`, `not_tested`, `not_evaluated`,
    /// `not_applicable`, `pending`, `revoked`, `unknown`.
    public var name: String {
        switch self {
        case .pass: return "pass"
        case .fail: return "fail"
        case .tested: return "tested"
        case .notTested: return "not_tested"
        case .notEvaluated: return "not_evaluated"
        case .notApplicable: return "not_applicable"
        case .pending: return "pending"
        case .revoked: return "revoked"
        case .unknown: return "unknown"
        }
    }

    public init?(name: String) {
        switch name {
        case "pass": self = .pass
        case "fail": self = .fail
        case "tested": self = .tested
        case "not_tested": self = .notTested
        case "not_evaluated": self = .notEvaluated
        case "not_applicable": self = .notApplicable
        case "pending": self = .pending
        case "revoked": self = .revoked
        default: return nil
        }
    }

    public var description: String {
        if case .unknown(let s) = self { return "unknown(\(s))" }
        return name
    }
}
