import S2SModel

/// Dates as labs print them: `11/06/2021`, `05/15/23`, `2022-10-17`, `2022-10-17 09:07`,
/// `3/8/2023, 2:06:00 AM`, `05/11/2022 03:31 PM`, `MAR 07, 2022`, `22 February 2022`, `1 MARCH 2022`,
/// `26 Feb 22`, and ranges `23-26 February 2022`, `23-26 Feb 22`. US month-first order for slashes.
enum DateText {
    static let months: [String: Int] = [
        "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4, "may": 5,
        "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9, "september": 9,
        "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
    ]

    /// Parses a date from lowercase words starting at `i`; returns it and the words used.
    static func parse(words: [String], at i: Int) -> (COADate, Int)? {
        guard i < words.count else { return nil }
        let w = strip(words[i])
        // Numeric forms in one word.
        if let day = numericDay(w) {
            var used = 1
            var time: LocalDateTime?
            if i + 1 < words.count, let (t, n) = timeOfDay(words, at: i + 1, day: day) {
                time = t
                used += n
            }
            return (COADate(day: day, time: time), used)
        }
        // `mar07,2022` (letter-spaced text squeezed together)
        if let d = squeezedMonthFirst(w) { return (COADate(day: d), 1) }
        // Month first: MAR 07, 2022
        if let m = months[w], i + 2 < words.count, let d = Int(strip(words[i + 1])), let y = year(strip(words[i + 2])),
           let day = Day(year: y, month: m, day: d) {
            return (COADate(day: day), 3)
        }
        // Day first: 22 February 2022, 23-26 Feb 22
        if i + 2 < words.count, let m = months[strip(words[i + 1])], let y = year(strip(words[i + 2])) {
            let parts = w.split(separator: "-")
            if parts.count == 1, let d = Int(parts[0]), let day = Day(year: y, month: m, day: d) {
                return (COADate(day: day), 3)
            }
            if parts.count == 2, let d1 = Int(parts[0]), let d2 = Int(parts[1]),
               let a = Day(year: y, month: m, day: d1), let b = Day(year: y, month: m, day: d2), a <= b {
                return (COADate(day: a, through: b), 3)
            }
        }
        return nil
    }

    /// A date found anywhere in `text` (the first one).
    static func first(in text: String) -> (COADate, Range<Int>)? {
        let words = text.split(separator: " ").map { $0.lowercased() }
        for i in words.indices {
            if let (d, n) = parse(words: words, at: i) { return (d, i..<(i + n)) }
        }
        return nil
    }

    private static func strip(_ s: String) -> String {
        var t = Substring(s)
        while let l = t.last, l == "," || l == ";" || l == "." || l == ")" { t = t.dropLast() }
        while let f = t.first, f == "(" { t = t.dropFirst() }
        return String(t)
    }

    private static func year(_ s: String) -> Int? {
        guard let y = Int(s) else { return nil }
        if s.count == 4, (1900...2200).contains(y) { return y }
        if s.count == 2 { return 2000 + y }
        return nil
    }

    private static func numericDay(_ w: String) -> Day? {
        let slash = w.split(separator: "/", omittingEmptySubsequences: false)
        if slash.count == 3, let m = Int(slash[0]), let d = Int(slash[1]), slash[2].count == 4 || slash[2].count == 2,
           let y = year(String(slash[2])) {
            return Day(year: y, month: m, day: d)
        }
        let dash = w.split(separator: "-", omittingEmptySubsequences: false)
        if dash.count == 3, dash[0].count == 4, let y = Int(dash[0]), let m = Int(dash[1]), let d = Int(dash[2]) {
            return Day(year: y, month: m, day: d)
        }
        return nil
    }

    private static func squeezedMonthFirst(_ w: String) -> Day? {
        let letters = w.prefix { $0.isLetter }
        guard letters.count >= 3, let m = months[String(letters)] else { return nil }
        let rest = w.dropFirst(letters.count).split(separator: ",")
        guard rest.count == 2, let d = Int(rest[0]), rest[1].count == 4, let y = Int(rest[1]) else { return nil }
        return Day(year: y, month: m, day: d)
    }

    /// `2:06:00 AM`, `03:31 PM`, `09:07`.
    private static func timeOfDay(_ words: [String], at i: Int, day: Day) -> (LocalDateTime, Int)? {
        let parts = strip(words[i]).split(separator: ":")
        guard parts.count == 2 || parts.count == 3, let h = Int(parts[0]), let m = Int(parts[1]), h < 24, m < 60 else { return nil }
        let s = parts.count == 3 ? Int(parts[2]) ?? 0 : 0
        var hour = h
        var used = 1
        if i + 1 < words.count {
            let ampm = strip(words[i + 1])
            if ampm == "am" || ampm == "pm" {
                guard (1...12).contains(h) else { return nil }
                hour = (h % 12) + (ampm == "pm" ? 12 : 0)
                used = 2
            }
        }
        return (LocalDateTime(day: day, hour: hour, minute: m, second: min(s, 59)), used)
    }
}
