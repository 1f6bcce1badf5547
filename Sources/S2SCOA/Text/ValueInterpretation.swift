import Foundation
import S2SModel

/// Turns value tokens into model values, given the unit the column or row implies.
enum ValueInterpretation {
    /// A measurement from a value cell: `24.5` (with `unit`), `<LOQ`, `<100`, `ND`, `TNTC`, `NT`.
    static func measurement(_ token: ValueToken, unit: COAUnit?) -> COAMeasurement? {
        switch token {
        case .number(let v, let u, let cmp, _):
            let amountUnit = u ?? unit
            switch cmp {
            case "<", "≤":
                return .belowLOQ(bound: amountUnit.map { COAAmount(v, $0) })
            case ">", "≥":
                return .aboveLimit(bound: amountUnit.map { COAAmount(v, $0) })
            default:
                guard let amountUnit else { return nil }
                return .amount(COAAmount(v, amountUnit))
            }
        case .word(let t):
            return t.value
        case .pair, .date, .unit:
            return nil
        }
    }

    /// An amount from an LOD, LOQ or uncertainty cell (`0.04`, `±0.31`).
    static func amount(_ token: ValueToken, unit: COAUnit?) -> COAAmount? {
        guard case .number(let v, let u, let cmp, _) = token, cmp == nil || cmp == "±", let unit = u ?? unit else { return nil }
        return COAAmount(v, unit)
    }

    /// A printed limit: a number (`0.2`, `20 µg/kg`, `>25%`), `≥ LOD`, `Any amt`, `N/A`,
    /// `Not Detected in 1g`. With `powerOfTen`, `105 CFU/g` reads as 10⁵ CFU/g (a lost superscript).
    static func limit(_ token: ValueToken, printed: String, unit: COAUnit?, powerOfTen: Bool) -> COALimit? {
        switch token {
        case .number(var v, let u, let cmp, _):
            let lu = u ?? unit
            if cmp == ">" || cmp == "≥" { return .text(printed) }
            if powerOfTen, lu == .cfuPerGram, let exponent = tenToThe(printed) { v = exponent }
            guard let lu else { return .text(printed) }
            return .maximum(COAAmount(v, lu))
        case .word(let t):
            if let l = t.limit {
                if case .text = l { return .text(printed) }
                return l
            }
            if case .notApplicable? = t.value { return COALimit.none }
            return nil
        default:
            return nil
        }
    }

    /// `105` → 100000 when the printed digits are `10` followed by one exponent digit.
    static func tenToThe(_ printed: String) -> Decimal? {
        let digits = printed.prefix { $0.isNumber }
        guard digits.count == 3, digits.hasPrefix("10"), let e = Int(String(digits.last ?? "0")), e >= 2 else { return nil }
        return Decimal(sign: .plus, exponent: e, significand: 1)
    }

    /// The value text of a field, read as a measurement (`19.25%`, `<LOQ`, `ND`).
    static func measurement(text: String, vocabulary: COAVocabulary, unit: COAUnit?) -> (COAMeasurement, String)? {
        let tokenizer = Tokenizer(vocabulary: vocabulary)
        let line = LayoutLine(page: 1, number: 1, lineInPage: 1, chars: Array(text), columnOffset: 0)
        for cell in tokenizer.cells(line) {
            guard let t = cell.token else { continue }
            if case .number(let v, let u, let cmp, let printed) = t, cmp == nil, let fieldUnit = unit {
                // A field unit (mg/unit) wins over a bare `mg` printed after the number.
                let use: COAUnit = (u == nil || u == .milligram) ? fieldUnit : (u ?? fieldUnit)
                return (.amount(COAAmount(v, use)), printed)
            }
            if let m = measurement(t, unit: unit) { return (m, cell.text) }
        }
        return nil
    }

    /// The first status word in `text` (letter-spaced words already joined by the tokenizer).
    static func status(text: String, vocabulary: COAVocabulary) -> (COAStatus, String)? {
        let tokenizer = Tokenizer(vocabulary: vocabulary)
        let line = LayoutLine(page: 1, number: 1, lineInPage: 1, chars: Array(text), columnOffset: 0)
        for cell in tokenizer.cells(line) {
            if let s = cell.token?.status { return (s, cell.text) }
        }
        // Fall back to the squeezed text (`Te s t e d`).
        let squeezed = COAVocabulary.tokenWord(text.filter { $0 != " " })
        if let (t, _) = vocabulary.token(at: [squeezed][...]), let s = t.status { return (s, text) }
        return nil
    }
}
