import Foundation

extension COALimit {
    /// A limit as a jurisdiction's facts write it (the law, not what a lab printed):
    /// - `0.2 µg/g`, `20 µg/kg`, `0.65 aw` (optionally `≤ 0.2 µg/g` or `<= 0.2 µg/g`): a maximum;
    /// - `any detection`: any result but not detected fails;
    /// - `not detected in 1 g`: must not be detected in that much sample.
    ///
    /// Units are those of `COAUnit(parsing:)`. Returns nil for anything else (a number without a
    /// unit, an unknown unit), so that a mistake in the facts is reported, never guessed.
    public init?(factText text: String) {
        let words = text.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        guard !words.isEmpty else { return nil }
        let lower = words.map { $0.lowercased() }
        if lower == ["any", "detection"] {
            self = .anyDetection
            return
        }
        if lower.count >= 4, Array(lower[0..<3]) == ["not", "detected", "in"] {
            guard let amount = Self.amount(Array(words[3...])) else { return nil }
            self = .notDetectedIn(amount)
            return
        }
        var rest = words
        if let first = rest.first, first == "≤" || first == "<=" { rest.removeFirst() }
        guard let amount = Self.amount(rest) else { return nil }
        self = .maximum(amount)
    }

    /// `0.2 µg/g` as two words, or `0.2µg/g` as one.
    private static func amount(_ words: [String]) -> COAAmount? {
        var number = ""
        var unit = ""
        switch words.count {
        case 1:
            let w = words[0]
            let digits = w.prefix { $0.isNumber || $0 == "." || $0 == "," }
            number = String(digits)
            unit = String(w.dropFirst(digits.count))
        case 2:
            number = words[0]
            unit = words[1]
        default:
            return nil
        }
        guard let value = DecimalText.parse(printed: number), value >= 0, let u = COAUnit(parsing: unit) else { return nil }
        return COAAmount(value, u)
    }
}
