import S2SModel

/// BioTrackTHC code tables (from `openthc/cre-adapter:lib/BioTrack.php` and `Lab_Metric.php`).
enum BioTrackCodes {
    /// `inventorytype` code → name.
    static let inventoryTypes: [Int: String] = [
        5: "Kief", 6: "Flower", 7: "Clone", 9: "Other Plant Material", 10: "Seed", 11: "Plant Tissue",
        12: "Mature Plant", 13: "Flower Lot", 14: "Other Plant Material Lot", 15: "Bubble Hash", 16: "Hash",
        17: "Hydrocarbon Wax", 18: "CO2 Hash Oil", 19: "Food Grade Solvent Extract",
        20: "Infused Dairy or Fat (solid)", 21: "Infused Cooking Oil", 22: "Infused Edible (solid)",
        23: "Infused Edible (liquid)", 24: "Extract for Inhalation", 25: "Infused Topicals", 26: "Sample Jar",
        27: "Waste", 28: "Usable Marijuana", 29: "Wet Flower", 30: "Marijuana Mix", 31: "Marijuana Mix Packaged",
        32: "Marijuana Mix Infused",
    ]

    /// The unit BioTrack counts an inventory type in: bulk material in grams, plants, seeds and
    /// packaged end products in units. Codes not listed have no known unit.
    static func unit(forType code: Int) -> MeasureUnit? {
        switch code {
        case 5, 6, 9, 13, 14, 15, 16, 17, 18, 19, 20, 21, 27, 29, 30: return .gram
        case 7, 10, 11, 12, 22, 23, 24, 25, 26, 28, 31, 32: return .each
        default: return nil
        }
    }

    /// The unit for a type named in text (stop items carry `description`, not the code).
    static func unit(forTypeName name: String?) -> MeasureUnit? {
        guard let name else { return nil }
        let n = name.lowercased()
        guard let code = inventoryTypes.first(where: { $0.value.lowercased() == n })?.key else { return nil }
        return unit(forType: code)
    }

    /// QA test type code → name.
    static let testTypes: [Int: String] = [
        1: "Moisture", 2: "Potency", 3: "Foreign Matter", 4: "Microbiological", 5: "Residual Solvent", 6: "Mycotoxin",
    ]

    /// QA `result`: 1 passed, -1 (or 2) failed, 0 not yet known.
    static func passed(_ text: String?) -> Bool? {
        switch text?.trimmingSpaces() {
        case "1"?: return true
        case "-1"?, "2"?: return false
        default: return nil
        }
    }
}
