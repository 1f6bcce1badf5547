import Foundation
import Testing
import S2SModel

/// The one decimal scanner the importers and the COA readers share, in each of its forms.
@Suite("Decimal text")
struct DecimalTextTests {
    func dec(_ significand: Int, _ exponent: Int) -> Decimal {
        Decimal(sign: significand < 0 ? .minus : .plus, exponent: exponent, significand: Decimal(abs(significand)))
    }

    @Test("plain: JSON numbers")
    func plain() {
        #expect(DecimalText.parse("-12.5") == dec(-125, -1))
        #expect(DecimalText.parse("1e3") == 1000)
        #expect(DecimalText.parse("0.0001") == dec(1, -4))
        #expect(DecimalText.parse("12.") == 12)
        #expect(DecimalText.parse("-0") == 0)
        for bad in ["", "+3", ".5", "1,234.5", " 5", "5 ", "1.2.3", "1e", "abc", "12a"] {
            #expect(DecimalText.parse(bad) == nil, "\(bad)")
        }
        // more than 19 significant digits still read exactly
        #expect(DecimalText.parse("12345678901234567890.5") == Decimal(string: "12345678901234567890.5"))
    }

    @Test("lenient: the strings BioTrack, CCRS and ERP exports write")
    func lenient() {
        #expect(DecimalText.parse("1,234.56", lenient: true) == dec(123456, -2))
        #expect(DecimalText.parse(" .5 ", lenient: true) == dec(5, -1))
        #expect(DecimalText.parse("+3", lenient: true) == 3)
        #expect(DecimalText.parse("1,23", lenient: true) == 123)
        #expect(DecimalText.parse("3 g", lenient: true) == nil)
    }

    @Test("printed: numbers on a certificate")
    func printed() {
        #expect(DecimalText.parse(printed: "0.877") == dec(877, -3))
        #expect(DecimalText.parse(printed: "1,234.5") == dec(12345, -1))
        #expect(DecimalText.parse(printed: "12,345,678") == 12_345_678)
        #expect(DecimalText.parse(printed: "-0.5") == dec(-5, -1))
        #expect(DecimalText.parse(printed: "+.25") == dec(25, -2))
        #expect(DecimalText.parse(printed: "1.5e3") == 1500)
        #expect(DecimalText.parse(printed: Substring("20.894")) == dec(20894, -3))
        for bad in ["1,23", "1,2345", ",5", "1.2.3", "", " 1", "1,234,56.7", "0.2 µg/g"] {
            #expect(DecimalText.parse(printed: bad) == nil, "\(bad)")
        }
        #expect(DecimalText.fractionDigits("80.10%") == 2)
        #expect(DecimalText.fractionDigits("80") == 0)
    }

    @Test("the same bytes read the same through every entry point")
    func entryPoints() {
        let bytes = Array("42.125".utf8)
        #expect(DecimalText.parse(bytes) == DecimalText.parse("42.125"))
        #expect(DecimalText.parse(bytes[...], form: .printed) == dec(42125, -3))
        bytes.withUnsafeBufferPointer { #expect(DecimalText.parse($0) == dec(42125, -3)) }
    }
}
