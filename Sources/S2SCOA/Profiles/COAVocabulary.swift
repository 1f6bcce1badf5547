import Foundation
import S2SModel

/// What a printed word or phrase means in a value, limit or status cell (`ND`, `<LOQ`, `NT`,
/// `TNTC`, `Not Detected in 1g`, `PASS`, `P a s s`, `≥ LOD`, `Any amt`).
struct TokenMeaning: Sendable {
    /// Folded words of each spelling.
    var spellings: [[String]]
    var value: COAMeasurement?
    var status: COAStatus?
    var limit: COALimit?
}

/// How to recognise a product category in a matrix, type or product name.
struct CategoryRule: Sendable {
    var category: COAProductCategory
    var inhalable: Bool?
    var keywords: [String]
}

/// An analyte of the vocabulary: its id, panel and the names labs print for it.
struct AnalyteEntry: Sendable {
    var id: String
    var panel: COAPanelKind
    var names: [String]
}

/// Holds the token index built on first use. The vocabulary is built once and then only read, so
/// the box is filled at most a few times with the same content; a lock keeps that safe.
final class TokenIndexBox: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: (count: Int, index: [String: [([String], TokenMeaning)]])?
    var value: (count: Int, index: [String: [([String], TokenMeaning)]])? {
        get { lock.lock(); defer { lock.unlock() }; return stored }
        set { lock.lock(); stored = newValue; lock.unlock() }
    }
}

/// The shared vocabulary of all lab profiles: tokens, panel names, categories, analytes and the
/// header words that name table columns. Loaded from `vocabulary.json` and `analytes.json`.
public struct COAVocabulary: Sendable {
    var tokens: [TokenMeaning] = []
    /// Panel names, folded (`TextFolding.fold`) when merged into a profile set.
    var panelNames: [(kind: COAPanelKind, names: [String])] = []
    var categories: [CategoryRule] = []
    var headerRoles: [(words: String, role: ColumnRole)] = []
    var purposeMarkers: [(marker: String, purpose: COA.Purpose)] = []
    var basisMarkers: [(marker: String, basis: COA.Basis)] = []
    var totals: [String] = []
    private(set) var analytes: [AnalyteEntry] = []
    private var byKey: [String: Int] = [:]
    /// A lazily built index of `tokens`, shared by copies of the vocabulary.
    private let tokenIndex = TokenIndexBox()
    private var byLigatureKey: [String: Int] = [:]

    public init() {}

    mutating func add(analyte: AnalyteEntry) {
        let index = analytes.count
        analytes.append(analyte)
        for name in analyte.names + [analyte.id] {
            let key = TextFolding.analyteKey(name)
            guard !key.isEmpty else { continue }
            byKey[key] = index
            byLigatureKey[TextFolding.ligatureFoldedKey(key)] = index
        }
    }

    /// The analyte a printed name stands for; nil when the name is not in the vocabulary.
    func analyte(named name: String) -> AnalyteEntry? {
        let key = TextFolding.analyteKey(name)
        guard !key.isEmpty else { return nil }
        if let i = byKey[key] { return analytes[i] }
        if let i = byLigatureKey[TextFolding.ligatureFoldedKey(key)] { return analytes[i] }
        return nil
    }

    /// True when some name of the vocabulary starts with `key` (an `analyteKey`), for joining names
    /// wrapped over several lines.
    func hasName(startingWith key: String) -> Bool {
        guard key.count >= 4 else { return false }
        return byKey.keys.contains { $0.hasPrefix(key) }
    }

    /// The panel a printed title or test-type name stands for (longest matching name wins).
    func panelKind(for text: String) -> COAPanelKind? {
        let folded = TextFolding.fold(text)
        var best: (COAPanelKind, Int)?
        for (kind, names) in panelNames {
            // Names are stored folded (see `merge`).
            for f in names where !f.isEmpty && f.count > (best?.1 ?? 0) && folded.contains(f) { best = (kind, f.count) }
        }
        return best?.0
    }

    /// The token meaning of a sequence of words, trying the longest spelling first; returns the
    /// meaning and how many words it used.
    func token(at words: ArraySlice<String>) -> (TokenMeaning, Int)? {
        guard let first = words.first, let candidates = tokensByFirstWord[first] else { return nil }
        var best: (TokenMeaning, Int)?
        for (spelling, t) in candidates where spelling.count <= words.count && spelling.count > (best?.1 ?? 0) {
            if zip(spelling, words).allSatisfy({ $0 == $1 }) { best = (t, spelling.count) }
        }
        return best
    }

    /// Spellings indexed by their first word (earlier tokens first, so they win ties).
    private var tokensByFirstWord: [String: [([String], TokenMeaning)]] {
        if let cached = tokenIndex.value, cached.count == tokens.count { return cached.index }
        var index: [String: [([String], TokenMeaning)]] = [:]
        for t in tokens {
            for spelling in t.spellings {
                guard let w = spelling.first else { continue }
                index[w, default: []].append((spelling, t))
            }
        }
        tokenIndex.value = (tokens.count, index)
        return index
    }

    /// Merges `other` into this vocabulary; `other` wins where both define the same spelling.
    mutating func merge(_ other: COAVocabulary) {
        tokens = other.tokens + tokens
        panelNames += other.panelNames.map { ($0.kind, $0.names.map { TextFolding.fold($0) }) }
        categories = other.categories + categories
        headerRoles = other.headerRoles + headerRoles
        purposeMarkers += other.purposeMarkers
        basisMarkers += other.basisMarkers
        totals += other.totals.filter { !totals.contains($0) }
        for a in other.analytes { add(analyte: a) }
    }

    /// Folded word form used for token matching.
    static func tokenWord(_ s: some StringProtocol) -> String {
        TextFolding.clean(s).lowercased()
    }
}
