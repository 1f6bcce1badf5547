import Foundation
import Testing
@testable import S2SModel

@Suite("Quantities and units")
struct QuantityTests {
    @Test func unitsAreRecognisedFromMetrcAndCCRSWords() {
        #expect(MeasureUnit(parsing: "Grams") == .gram)
        #expect(MeasureUnit(parsing: "lb") == .pound)
        #expect(MeasureUnit(parsing: "Each") == .each)
        #expect(MeasureUnit(parsing: "ea") == .each)
        #expect(MeasureUnit(parsing: "GRAM") == .gram)
        #expect(MeasureUnit(parsing: "Fluid Ounces") == .fluidOunce)
        #expect(MeasureUnit(parsing: "Bushels") == .other("Bushels"))
    }

    @Test func conversionsAreExactDecimals() throws {
        let oneLb = Quantity(1, .pound)
        let grams = try #require(oneLb.converted(to: .gram))
        #expect(grams.value == Decimal(string: "453.59237"))
        // (a Double literal would not be exact: build decimals from text)
        let ounceInGrams = try #require(Decimal(string: "28.349523125"))
        #expect(Quantity(ounceInGrams, .gram).compare(Quantity(1, .ounce)) == 0)
        #expect(Quantity(1, .each).compare(Quantity(1, .gram)) == nil)   // never across dimensions
        #expect(Quantity(500, .gram).compare(Quantity(1, .pound)) == 1)
    }
}
