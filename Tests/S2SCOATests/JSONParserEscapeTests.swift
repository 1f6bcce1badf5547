import Testing
@testable import S2SCOA

/// The strict parser of lab profiles and WCIA JSON: escapes decode, a lone surrogate is an error.
@Suite("COA JSON string escapes")
struct JSONParserEscapeTests {
    func string(_ json: String) throws -> String? {
        if case .string(let s) = try JSONParser.parse(Array(json.utf8)).value { return s }
        return nil
    }

    @Test func escapesDecode() throws {
        #expect(try string(#""\"\\\/\b\f\n\r\t""#) == "\"\\/\u{08}\u{0C}\n\r\t")
        #expect(try string(#""\u00b5g/g \ud83c\udf3f""#) == "µg/g 🌿")
    }

    @Test func aLoneSurrogateOrABadEscapeIsAnError() {
        #expect(throws: JSONSyntaxError.self) { try string(#""\ud83c x""#) }
        #expect(throws: JSONSyntaxError.self) { try string(#""\x""#) }
        #expect(throws: JSONSyntaxError.self) { try string(#""\u12""#) }
    }
}
