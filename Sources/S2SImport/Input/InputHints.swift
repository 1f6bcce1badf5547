/// What a file's documented endpoint or its name says about the list it holds. Metrc package and
/// transfer rows do not say which list they came from (active or on hold, incoming or outgoing),
/// so the list is taken from the endpoint path when the file documents it
/// (`{"endpoint": "/packages/v2/onhold", …}`), else from words in the file name
/// (`onhold.json`, `2026-11-30-incoming-transfers.json`).
public enum InputHints {
    /// The list word for an endpoint path or file name, or nil.
    public static func listWord(in text: String) -> String? {
        let t = String(text.lowercased().unicodeScalars.filter { ($0.value >= 97 && $0.value <= 122) || $0 == "/" }
            .map(Character.init))
        // most specific first: "inactive" contains "active", template lists are "…/templates/outgoing"
        if t.contains("template") { return "template" }
        if t.contains("inactive") { return "inactive" }
        if t.contains("onhold") { return "onhold" }
        if t.contains("intransit") { return "intransit" }
        if t.contains("active") { return "active" }
        if t.contains("rejected") { return "rejected" }
        if t.contains("incoming") { return "incoming" }
        if t.contains("outgoing") || t.contains("transferred") { return "outgoing" }
        if t.contains("/hub") { return "hub" }   // the endpoint only: "hub" is too common in file names
        return nil
    }

    /// A numeric path segment of an endpoint (`/transfers/v2/deliveries/1234/packages` → 1234).
    public static func numericId(in endpoint: String) -> String? {
        endpoint.split(separator: "/").first { seg in !seg.isEmpty && seg.allSatisfy(\.isNumber) }.map(String.init)
    }

    /// The manifest status a transfer list word stands for.
    public static func manifestStatus(for word: String?) -> String? {
        switch word {
        case "template"?: return "draft"
        case "incoming"?, "outgoing"?, "rejected"?, "hub"?: return word
        default: return nil
        }
    }

    /// The package list a word stands for.
    public static func packageStatus(for word: String?) -> String? {
        switch word {
        case "active"?, "onhold"?, "inactive"?, "intransit"?: return word
        default: return nil
        }
    }

    /// The file name without folders.
    public static func fileName(_ path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }
}
