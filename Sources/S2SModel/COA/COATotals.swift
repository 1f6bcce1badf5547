public import Foundation

/// A total printed on the certificate (Total THC, Total CBD, …). Printed totals are evidence; the
/// reader recomputes Total THC from the analytes (`COAComputedTotalTHC`).
public struct COAPrintedTotal: Sendable, Hashable {
    /// `total_thc`, `total_cbd`, `total_cannabinoids`, `sum_of_cannabinoids`, `total_terpenes`.
    public var kind: String
    public var amount: COAField<COAMeasurement>
    /// Where on the certificate it stands.
    public var context: Context

    public enum Context: String, Sendable, Hashable {
        /// A summary block or header (`Total THC: 19.25%`).
        case summary
        /// A row of a results table (`TOTAL THC ** 20.894 %`).
        case table
        /// A label claim printed on the COA (WA `d9-THC max 17%`), not a result.
        case labelClaim = "label_claim"
    }

    public init(kind: String, amount: COAField<COAMeasurement>, context: Context) {
        self.kind = kind
        self.amount = amount
        self.context = context
    }
}

/// Total THC recomputed from the analytes: Δ9-THC + 0.877 × THCA, exact in `Decimal`, in the unit
/// of the printed total (or of THCA when no total is printed), compared with the printed total.
public struct COAComputedTotalTHC: Sendable, Hashable {
    /// The recomputed total.
    public var value: COAAmount
    /// The Δ9-THC and THCA amounts used (0 for a printed ND or <LOQ; see `assumptions`).
    public var delta9THC: COAAmount
    public var thca: COAAmount
    /// What the computation assumed (`Δ9-THC printed ND: taken as 0`).
    public var assumptions: [String]
    /// The printed total it was compared with, in the same unit.
    public var printed: COAField<COAAmount>?
    /// printed − computed.
    public var difference: Decimal?
    /// Half a unit of the last decimal place printed (0.005 for `80.10`): a difference within it is
    /// rounding.
    public var roundingAllowance: Decimal?
    /// True when the printed total differs from the computed one by more than rounding.
    public var disagrees: Bool

    public init(value: COAAmount, delta9THC: COAAmount, thca: COAAmount, assumptions: [String],
                printed: COAField<COAAmount>?, difference: Decimal?, roundingAllowance: Decimal?, disagrees: Bool) {
        self.value = value
        self.delta9THC = delta9THC
        self.thca = thca
        self.assumptions = assumptions
        self.printed = printed
        self.difference = difference
        self.roundingAllowance = roundingAllowance
        self.disagrees = disagrees
    }

    /// The decarboxylation factor, 314.45 / 358.48 rounded as every lab prints it.
    public static let thcaFactor = Decimal(sign: .plus, exponent: -3, significand: 877)
}
