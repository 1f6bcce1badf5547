public import S2SModel

/// How citations and remedies read in reports for people.
public enum CitationText {
    /// What the verification status means, in words a compliance manager uses.
    public static func statusPhrase(_ s: VerificationStatus) -> String {
        switch s {
        case .verified: return "read in the regulation text"
        case .verifiedOld: return "read in an older version of the regulation text"
        case .verifiedRedline: return "read in a redline (draft) of the regulation"
        case .secondary: return "from a secondary source, not read in the regulation"
        case .unverified: return "not yet checked against the regulation text"
        }
    }

    /// True for absolute http(s) URLs (the only ones reports turn into links).
    public static func isWebURL(_ s: String) -> Bool {
        let l = s.lowercased()
        return (l.hasPrefix("https://") || l.hasPrefix("http://")) && !s.contains(" ") && !s.contains("\"")
    }

    /// `4 CCR §15311(a) (read in the regulation text) https://…`
    public static func plain(_ c: Citation) -> String {
        c.ref + " (" + statusPhrase(c.status) + ")" + (c.url.map { " " + $0 } ?? "")
    }

    /// `Fix (shipper): hint`
    public static func remedy(_ r: Remedy) -> String {
        "Fix" + (r.party.map { " (\($0))" } ?? "") + ": " + r.hint
    }
}
