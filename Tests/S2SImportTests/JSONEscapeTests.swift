import Testing
import S2SModel
import S2SImport

/// String escapes in JSON exports: every one-character escape, \u escapes with and without a
/// surrogate pair, a lone surrogate (replaced, not fatal, in an export), and an invalid escape.
@Suite("JSON string escapes")
struct JSONEscapeTests {
    func read(_ json: String) throws -> String {
        try JSONCursor.read(Array(json.utf8)) { c in try c.readString() }
    }

    @Test func everyEscapeDecodes() throws {
        #expect(try read(#""a\"b\\c\/d\be\ff\ng\rh\ti""#) == "a\"b\\c/d\u{08}e\u{0C}f\ng\rh\ti")
        #expect(try read(#""Caf\u00e9 \u00C9""#) == "Café É")
        #expect(try read(#""leaf \ud83c\udf3f""#) == "leaf 🌿")
        #expect(try read(#""lone \ud83c end""#) == "lone \u{FFFD} end")
    }

    @Test func anInvalidEscapeOrHexDigitIsAnError() {
        #expect(throws: JSONError.self) { try read(#""bad \q""#) }
        #expect(throws: JSONError.self) { try read(#""bad \u00g9""#) }
    }

    @Test func theSharedTablesAgree() {
        #expect(JSONEscape.byte(for: UInt8(ascii: "n")) == 0x0A)
        #expect(JSONEscape.byte(for: UInt8(ascii: "u")) == nil)
        #expect(JSONEscape.hexValue(UInt8(ascii: "F")) == 15)
        #expect(JSONEscape.hexValue(UInt8(ascii: "g")) == nil)
        #expect(JSONEscape.combine(high: 0xD83C, low: 0xDF3F) == 0x1F33F)
    }
}
