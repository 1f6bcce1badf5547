public import Foundation

/// A unit a lab result is printed in. Mass fractions (%, mg/g, µg/g = ppm, µg/kg = ppb) convert
/// exactly among themselves; the others convert only to themselves.
public enum COAUnit: Sendable, Hashable, CustomStringConvertible {
    /// Percent by weight (1 % = 10 mg/g).
    case percent
    case milligramPerGram
    /// µg/g, the same as ppm by mass and mg/kg.
    case microgramPerGram
    /// µg/kg, the same as ppb by mass.
    case microgramPerKilogram
    case cfuPerGram
    /// Water activity (a ratio, no dimension).
    case waterActivity
    case milligramPerServing
    case milligramPerUnit
    case milligramPerPackage
    case milligram
    case gram
    /// A count of units, pieces or servings.
    case count
    case other(String)

    /// Parses the unit spellings labs print: `%`, `mg/g`, `µg/g`, `μg/g`, `ug/g`, `ppm`, `mg/kg`,
    /// `µg/kg`, `ppb`, `CFU/g`, `cfu`, `aw`, `Aw`, `pct`, `mg/serving`, `mg/unit`, `mg/package`, `mg`,
    /// `g`, `grams`, `units`. Parentheses and case are ignored. Unknown text gives nil.
    public init?(parsing text: String) {
        var key = text.lowercased().replacingOccurrences(of: "μ", with: "µ")
        key = key.filter { !$0.isWhitespace && $0 != "(" && $0 != ")" }
        switch key {
        case "%", "pct", "percent", "%w/w", "wt%": self = .percent
        case "mg/g": self = .milligramPerGram
        case "µg/g", "ug/g", "mcg/g", "ppm", "mg/kg": self = .microgramPerGram
        case "µg/kg", "ug/kg", "mcg/kg", "ppb", "ng/g": self = .microgramPerKilogram
        case "cfu/g", "cfu", "cfu/gram", "mpn/g": self = .cfuPerGram
        case "aw", "a_w", "wateractivity": self = .waterActivity
        case "mg/serving", "mg/serv", "mg/servingsize": self = .milligramPerServing
        case "mg/unit", "mg/ea", "mg/each": self = .milligramPerUnit
        case "mg/package", "mg/pkg", "mg/pack": self = .milligramPerPackage
        case "mg": self = .milligram
        case "g", "gram", "grams", "gr": self = .gram
        case "unit", "units", "count", "ea", "each", "pieces", "servings": self = .count
        default: return nil
        }
    }

    /// The symbol used in reports and in the rule language.
    public var symbol: String {
        switch self {
        case .percent: return "%"
        case .milligramPerGram: return "mg/g"
        case .microgramPerGram: return "µg/g"
        case .microgramPerKilogram: return "µg/kg"
        case .cfuPerGram: return "CFU/g"
        case .waterActivity: return "aw"
        case .milligramPerServing: return "mg/serving"
        case .milligramPerUnit: return "mg/unit"
        case .milligramPerPackage: return "mg/package"
        case .milligram: return "mg"
        case .gram: return "g"
        case .count: return "count"
        case .other(let s): return s
        }
    }

    public var description: String { symbol }

    /// How many µg/g one of this unit is, for mass fractions; nil for every other unit.
    public var microgramsPerGram: Decimal? {
        switch self {
        case .percent: return 10_000
        case .milligramPerGram: return 1_000
        case .microgramPerGram: return 1
        case .microgramPerKilogram: return Decimal(sign: .plus, exponent: -3, significand: 1)
        default: return nil
        }
    }

    /// True for %, mg/g, µg/g and µg/kg.
    public var isMassFraction: Bool { microgramsPerGram != nil }
}

/// A decimal amount in a lab unit. Arithmetic stays in `Decimal`, so `0.877 × 34.59` is exact.
public struct COAAmount: Sendable, Hashable, CustomStringConvertible {
    public var value: Decimal
    public var unit: COAUnit

    public init(_ value: Decimal, _ unit: COAUnit) {
        self.value = value
        self.unit = unit
    }

    /// The amount in `target`, or nil when the units are not both mass fractions (or equal).
    public func converted(to target: COAUnit) -> COAAmount? {
        if target == unit { return self }
        guard let from = unit.microgramsPerGram, let to = target.microgramsPerGram else { return nil }
        return COAAmount(value * from / to, target)
    }

    /// -1, 0 or 1; nil when the two cannot be compared.
    public func compare(_ other: COAAmount) -> Int? {
        guard let b = other.converted(to: unit) else { return nil }
        return value < b.value ? -1 : (value == b.value ? 0 : 1)
    }

    public var description: String { "\(value) \(unit.symbol)" }
}
