import Foundation
@testable import S2SCOA
import S2SModel
import Testing

/// The small pieces the layout reader is built from.
@Suite("Layout text engine")
struct TextEngineTests {
    func cells(_ text: String) throws -> [Cell] {
        let tokenizer = Tokenizer(vocabulary: try TestData.profiles().vocabulary)
        return tokenizer.cells(LayoutLine(page: 1, number: 1, lineInPage: 1, chars: Array(text), columnOffset: 0))
    }

    func kinds(_ text: String) throws -> [String] {
        try cells(text).map { c in
            switch c.token {
            case nil: return "text:\(c.text)"
            case .number(let v, let u, let cmp, _)?: return "num:\(cmp.map(String.init) ?? "")\(v)\(u.map { " \($0)" } ?? "")"
            case .pair(let a, let b)?: return "pair:\(a)/\(b)"
            case .date(let d)?: return "date:\(d)"
            case .word(let t)?: return "word:\(t.value?.kind.rawValue ?? t.status?.name ?? "limit")"
            case .unit(let u)?: return "unit:\(u)"
            }
        }
    }

    @Test("cells: names, numbers with units, pairs, vocabulary phrases, dates")
    func tokenizing() throws {
        #expect(try kinds("Aldicarb                0.03 / 0.08     ≥ LOD            N/A               ND     PASS") ==
                ["text:Aldicarb", "pair:0.03/0.08", "word:limit", "word:not_applicable", "word:not_detected", "word:pass"])
        #expect(try kinds("CBCA                      0.192 %       1.92 mg/g               0.210/0.450") ==
                ["text:CBCA", "num:0.192 %", "num:1.92 mg/g", "pair:0.21/0.45"])
        #expect(try kinds("CBNA              0.191         0.580 < LOQ < LOQ") == ["text:CBNA", "num:0.191", "num:0.58", "word:below_loq", "word:below_loq"])
        #expect(try kinds("1 2-Dichloroethane 0.2095   1.000") == ["text:1 2-Dichloroethane", "num:0.2095", "num:1"])
        #expect(try kinds("Shiga toxin-producing Escherichia coli   Not Detected in 1g        ND           PASS") ==
                ["text:Shiga toxin-producing Escherichia coli", "word:not_detected", "word:not_detected", "word:pass"])
        #expect(try kinds("THCa                       0.04 / 0.24              ±7.913             191.61") ==
                ["text:THCa", "pair:0.04/0.24", "num:±7.913", "num:191.61"])
        #expect(try kinds("Microbials                    06/20/2022                               Pass") ==
                ["text:Microbials", "date:2022-06-20", "word:pass"])
        #expect(try kinds("Foreign Materials P a s s") == ["text:Foreign Materials", "word:pass"])
        #expect(try kinds("<100   CFU/g") == ["num:<100", "unit:CFU/g"])
        #expect(try kinds("aw 0.101") == ["text:aw", "num:0.101"])
    }

    @Test("letter-spaced runs join into words")
    func letterSpacing() {
        let words = Tokenizer.chunks(Array("S A M P L E : AG  Te s t e d"), from: 0, to: 100)
        #expect(words.map { $0.map(\.text) } == [["SAMPLE", ":", "AG"], ["Tested"]])
    }

    @Test("dates in the forms labs print")
    func dates() {
        func d(_ s: String) -> String? { DateText.first(in: s).map { "\($0.0)" } }
        #expect(d("11/06/2021") == "2021-11-06")
        #expect(d("05/15/23") == "2023-05-15")
        #expect(d("MAR 07, 2022") == "2022-03-07")
        #expect(d("22 February 2022") == "2022-02-22")
        #expect(d("26 Feb 22") == "2022-02-26")
        #expect(d("23-26 February 2022") == "2022-02-23..2022-02-26")
        #expect(d("3/8/2023, 2:06:00 AM") == "2023-03-08T02:06:00")
        #expect(d("05/11/2022 03:31 PM") == "2022-05-11T15:31:00")
        #expect(d("2022-10-17 09:07") == "2022-10-17T09:07:00")
        #expect(d("02/30/2022") == nil)
        #expect(d("Analyst: IG/JM/TM/HU") == nil)
    }

    @Test("analyte names match whatever the spelling")
    func analyteNames() throws {
        let v = try TestData.profiles().vocabulary
        for (printed, id) in [("Δ9-THC", "delta_9_thc"), ("∆9THC", "delta_9_thc"), ("d9-THC", "delta_9_thc"), ("Δ9 THC", "delta_9_thc"),
                              ("THCa", "thca"), ("d9-thca", "thca"), ("β Caryophyllene", "beta_caryophyllene"), ("a-pinene", "alpha_pinene"),
                              ("Cy uthrin", "cyfluthrin"), ("Aspergillus avus", "aspergillus_flavus"), ("Tri oxystrobin", "trifloxystrobin"),
                              ("Shiga toxin-producing E. Coli", "stec"), ("E. coli", "e_coli"), ("Salmonella SPP", "salmonella")] {
            #expect(v.analyte(named: printed)?.id == id, "\(printed)")
        }
        #expect(v.analyte(named: "Unobtainium") == nil)
    }

    @Test("the JSON parser keeps positions and reports errors where they are")
    func json() throws {
        let node = try JSONParser.parse(Array("{\n  \"a\": [1, {\"b\": \"x\"}],\n  \"c\": 0.10\n}".utf8))
        let b = try #require(node["a"]?.arrayValue?[1]["b"])
        #expect((b.line, b.column, b.pointer) == (2, 18, "/a/1/b"))
        if case .number(let raw)? = node["c"]?.value { #expect(raw == "0.10") } else { Issue.record("c is not a number") }
        #expect(throws: JSONSyntaxError.self) { try JSONParser.parse(Array("{\"a\": 1, \"a\": 2}".utf8)) }
        do {
            _ = try JSONParser.parse(Array("[1,\n 2,\n ]".utf8))
            Issue.record("accepted a trailing comma")
        } catch {
            #expect((error.line, error.column) == (3, 2))
        }
    }

    @Test("units convert exactly among mass fractions and never across dimensions")
    func units() {
        let pct = COAAmount(Decimal(string: "19.25")!, .percent)
        #expect(pct.converted(to: .milligramPerGram) == COAAmount(Decimal(string: "192.5")!, .milligramPerGram))
        #expect(COAAmount(21690, .microgramPerGram).converted(to: .percent) == COAAmount(Decimal(string: "2.169")!, .percent))
        #expect(COAAmount(200, .microgramPerKilogram).compare(COAAmount(Decimal(string: "0.2")!, .microgramPerGram)) == 0)
        #expect(pct.converted(to: .cfuPerGram) == nil)
        #expect(COAUnit(parsing: "(μg/g)") == .microgramPerGram)
        #expect(COAUnit(parsing: "ppb") == .microgramPerKilogram)
        #expect(COAUnit(parsing: "furlongs") == nil)
    }
}
