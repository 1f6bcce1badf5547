import S2SModel

/// The unit for a unit name as exports write it. The names Metrc and the bench write are matched
/// exactly first (one string comparison instead of lower-casing and filtering a million times on a
/// large export); anything else goes through `MeasureUnit(parsing:)`.
enum UnitNames {
    @inline(__always)
    static func unit(_ name: String?) -> MeasureUnit {
        guard let name else { return MeasureUnit(parsing: "") }
        switch name {
        case "Grams", "g": return .gram
        case "Pounds", "lb": return .pound
        case "Ounces", "oz": return .ounce
        case "Each", "ea": return .each
        case "Kilograms", "kg": return .kilogram
        case "Milligrams", "mg": return .milligram
        case "Milliliters", "ml": return .milliliter
        case "Liters", "l": return .liter
        case "Fluid Ounces", "fl oz": return .fluidOunce
        case "Gallons", "gal": return .gallon
        default: return MeasureUnit(parsing: name)
        }
    }
}
