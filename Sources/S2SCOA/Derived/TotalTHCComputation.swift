import Foundation
public import S2SModel

/// Recomputes Total THC = Δ9-THC + 0.877 × THCA, exactly, in the unit of the printed total (or of
/// THCA), and compares it with the printed total.
public enum TotalTHCComputation {
    public static func compute(_ coa: COA) -> COAComputedTotalTHC? {
        let cannabinoids = coa.panels.filter { $0.kind == .cannabinoids }.flatMap(\.analytes)
        let all = cannabinoids.isEmpty ? coa.panels.flatMap(\.analytes) : cannabinoids
        guard let d9 = all.first(where: { $0.id == "delta_9_thc" }), let thca = all.first(where: { $0.id == "thca" }) else { return nil }
        let printed = coa.printedTotal("total_thc")
        let unit: COAUnit
        if let u = printed?.amount.value.amount?.unit, u.isMassFraction {
            unit = u
        } else if let u = thca.result.value.amount?.unit, u.isMassFraction {
            unit = u
        } else if let u = d9.result.value.amount?.unit, u.isMassFraction {
            unit = u
        } else {
            unit = .percent
        }
        var assumptions: [String] = []
        func amount(_ a: COAAnalyte, _ label: String) -> Decimal? {
            guard let m = a.measurement(in: unit) else { return nil }
            switch m.value {
            case .amount(let x): return x.value
            case .notDetected:
                assumptions.append("\(label) printed \(m.printed.isEmpty ? "ND" : m.printed): taken as 0")
                return 0
            case .belowLOQ:
                assumptions.append("\(label) printed \(m.printed.isEmpty ? "<LOQ" : m.printed): taken as 0")
                return 0
            default:
                return nil
            }
        }
        guard let d = amount(d9, "Δ9-THC"), let t = amount(thca, "THCA") else { return nil }
        let total = d + COAComputedTotalTHC.thcaFactor * t
        var printedField: COAField<COAAmount>?
        var difference: Decimal?
        var allowance: Decimal?
        var disagrees = false
        if let p = printed, let pa = p.amount.value.amount, let converted = pa.converted(to: unit), case .amount = p.amount.value {
            printedField = p.amount.map { _ in converted }
            let diff = converted.value - total
            difference = diff
            let digits = DecimalText.fractionDigits(p.amount.printed)
            var half = Decimal(sign: .plus, exponent: -digits, significand: 5) / 10
            // A total printed in another unit: its rounding scales with the conversion.
            if pa.unit != unit, let f = pa.unit.microgramsPerGram, let g = unit.microgramsPerGram { half = half * f / g }
            allowance = half
            disagrees = abs(diff) > half
        }
        return COAComputedTotalTHC(value: COAAmount(total, unit), delta9THC: COAAmount(d, unit), thca: COAAmount(t, unit),
                                   assumptions: assumptions, printed: printedField, difference: difference,
                                   roundingAllowance: allowance, disagrees: disagrees)
    }
}
