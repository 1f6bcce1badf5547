public import Foundation

/// A unit of measure. Known units convert exactly within their dimension; an unknown unit keeps
/// its text and compares equal only to itself.
public enum MeasureUnit: Sendable, Hashable, CustomStringConvertible {
    case milligram, gram, kilogram, ounce, pound
    case milliliter, liter, fluidOunce, gallon
    case each
    case other(String)

    public enum Dimension: String, Sendable { case mass, volume, count, unknown }

    public var dimension: Dimension {
        switch self {
        case .milligram, .gram, .kilogram, .ounce, .pound: return .mass
        case .milliliter, .liter, .fluidOunce, .gallon: return .volume
        case .each: return .count
        case .other: return .unknown
        }
    }

    /// How many base units (g, ml, each) one of this unit is. Exact: 1 lb = 453.59237 g,
    /// 1 oz = 28.349523125 g (avoirdupois), 1 US fl oz = 29.5735295625 ml, 1 US gal = 3785.411784 ml.
    public var factorToBase: Decimal? {
        switch self {
        case .milligram: return Decimal(string: "0.001")
        case .gram, .milliliter, .each: return 1
        case .kilogram, .liter: return 1000
        case .ounce: return Decimal(string: "28.349523125")
        case .pound: return Decimal(string: "453.59237")
        case .fluidOunce: return Decimal(string: "29.5735295625")
        case .gallon: return Decimal(string: "3785.411784")
        case .other: return nil
        }
    }

    /// The short symbol used in reports and in the rule language (`g`, `lb`, `fl oz`, `each`).
    public var symbol: String {
        switch self {
        case .milligram: return "mg"
        case .gram: return "g"
        case .kilogram: return "kg"
        case .ounce: return "oz"
        case .pound: return "lb"
        case .milliliter: return "ml"
        case .liter: return "l"
        case .fluidOunce: return "fl oz"
        case .gallon: return "gal"
        case .each: return "each"
        case .other(let s): return s
        }
    }

    public var description: String { symbol }

    /// Recognises Metrc names and abbreviations (`Grams`, `g`, `Pounds`, `lb`, `Each`, `ea`),
    /// CCRS words (`GRAM`, `EACH`) and common spellings, case-insensitively. Unknown text gives `.other`.
    public init(parsing text: String) {
        let key = text.lowercased().filter { !$0.isWhitespace && $0 != "." }
        switch key {
        case "mg", "milligram", "milligrams": self = .milligram
        case "g", "gr", "gram", "grams", "gm": self = .gram
        case "kg", "kilogram", "kilograms": self = .kilogram
        case "oz", "ounce", "ounces": self = .ounce
        case "lb", "lbs", "pound", "pounds": self = .pound
        case "ml", "milliliter", "milliliters", "millilitre", "millilitres": self = .milliliter
        case "l", "liter", "liters", "litre", "litres": self = .liter
        case "floz", "fluidounce", "fluidounces": self = .fluidOunce
        case "gal", "gallon", "gallons": self = .gallon
        case "ea", "each", "unit", "units", "count", "ct", "pc", "pcs": self = .each
        default: self = .other(text)
        }
    }
}

/// A decimal amount with its unit. Comparisons convert within a dimension, never across.
public struct Quantity: Sendable, Hashable, CustomStringConvertible {
    public var value: Decimal
    public var unit: MeasureUnit

    public init(_ value: Decimal, _ unit: MeasureUnit) {
        self.value = value
        self.unit = unit
    }

    /// The value expressed in `target`, or nil when the dimensions differ or a unit is unknown.
    public func converted(to target: MeasureUnit) -> Quantity? {
        if target == unit { return self }
        guard unit.dimension == target.dimension, unit.dimension != .unknown,
              let f1 = unit.factorToBase, let f2 = target.factorToBase else { return nil }
        return Quantity(value * f1 / f2, target)
    }

    /// -1, 0, 1; nil when the two cannot be compared (different dimensions or unknown units).
    public func compare(_ other: Quantity) -> Int? {
        let a: Decimal
        let b: Decimal
        if unit == other.unit {
            a = value
            b = other.value
        } else {
            guard unit.dimension == other.unit.dimension, unit.dimension != .unknown,
                  let f1 = unit.factorToBase, let f2 = other.unit.factorToBase else { return nil }
            a = value * f1
            b = other.value * f2
        }
        return a < b ? -1 : (a == b ? 0 : 1)
    }

    public var description: String { "\(value) \(unit.symbol)" }
}
