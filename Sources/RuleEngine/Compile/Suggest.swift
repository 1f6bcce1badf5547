/// "Did you mean …?" suggestions by edit distance.
enum Suggest {
    /// Levenshtein distance, case-insensitive.
    static func distance(_ a: String, _ b: String) -> Int {
        let x = Array(a.lowercased()), y = Array(b.lowercased())
        if x.isEmpty { return y.count }
        if y.isEmpty { return x.count }
        var prev = Array(0...y.count)
        var cur = Array(repeating: 0, count: y.count + 1)
        for i in 1...x.count {
            cur[0] = i
            for j in 1...y.count {
                let cost = x[i - 1] == y[j - 1] ? 0 : 1
                cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            }
            swap(&prev, &cur)
        }
        return prev[y.count]
    }

    /// The closest candidate within a distance that scales with the word's length, or nil.
    static func closest(_ word: String, in candidates: [String]) -> String? {
        let limit = max(1, min(3, word.count / 3))
        var best: String?
        var bestDistance = Int.max
        for c in candidates {
            let d = distance(word, c)
            if d <= limit, d < bestDistance {
                best = c
                bestDistance = d
            }
        }
        if best == nil {
            // a prefix is also a good guess (`license` → `license_number`)
            best = candidates.first { $0.hasPrefix(word) && word.count >= 3 }
        }
        return best
    }

    static func hint(_ word: String, in candidates: [String]) -> String? {
        closest(word, in: candidates).map { "did you mean '\($0)'?" }
    }
}
