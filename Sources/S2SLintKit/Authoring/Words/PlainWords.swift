import Foundation
public import S2SModel
public import RuleEngine

/// The words handbooks and explanations use for the parts of a rule, so that a compliance
/// manager reads "verified: read in the regulation text" rather than `status: verified`.
public enum PlainWords {
    public static func status(_ s: VerificationStatus) -> String {
        switch s {
        case .verified: return "verified: read in the regulation text"
        case .verifiedOld: return "verified in an earlier version or numbering of the regulation"
        case .verifiedRedline: return "verified in a rulemaking redline (the adopted text may differ)"
        case .secondary: return "secondary: from a summary, not the regulation text; awaits confirmation"
        case .unverified: return "unverified: the text has not been checked yet"
        }
    }

    public static func severity(_ s: Severity) -> String {
        switch s {
        case .error: return "error (the transfer must not go out as it is)"
        case .warning: return "warning (check it before submitting)"
        case .info: return "info (for the record)"
        }
    }

    /// `always`, `from 2026-01-01`, `until 2026-06-30`, `from 2026-01-01 to 2026-06-30`.
    public static func window(_ w: EffectiveWindow) -> String {
        switch (w.from, w.to) {
        case (nil, nil): return "always"
        case (let f?, nil): return "from \(f)"
        case (nil, let t?): return "until \(t) (inclusive)"
        case (let f?, let t?): return "from \(f) to \(t) (inclusive)"
        }
    }

    /// What a scope's rule looks at, one by one.
    public static func scope(_ name: String) -> String {
        switch name {
        case "manifest": return "each manifest"
        case "destination": return "each destination (stop) of each manifest"
        case "transporter": return "each transporter of each destination"
        case "line": return "each package line of each manifest"
        case "package": return "each package in the inventory exports"
        case "license": return "each license on the license rosters"
        case "lab_result": return "each lab-test result"
        case "coa": return "each lab certificate (COA) given to the run"
        case "sale": return "each retail sale (Metrc receipt)"
        case "retail_delivery": return "each delivery of a retail sale to a customer"
        case "retail_trip": return "each retailer delivery run (one vehicle, several customers)"
        default: return "each \(name)"
        }
    }

    /// A heading for a category: `Transport`, `License types (who may ship to whom)` …
    public static func category(_ c: String) -> String {
        let titles: [String: String] = [
            "license.status": "License status", "license.type": "License types (who may ship to whom)",
            "license.unknown": "Unknown licenses", "package.unknown": "Unknown or untagged packages",
            "package.owner": "Package ownership", "package.hold": "Holds, quarantines and recalls",
            "package.testing": "Lab-testing state of packages", "coa.missing": "Missing lab results (COAs)",
            "coa.batch": "Lab results and batches", "coa.lab": "Testing laboratories", "coa.panel": "Required test panels",
            "coa.potency": "Potency and labelling", "coa.document": "Lab certificates (documents)",
            "quantity.available": "Quantities on hand", "quantity.unit": "Units of measure", "quantity.limit": "Quantity limits",
            "fifo": "First in, first out", "manifest.fields": "Manifest fields", "manifest.timing": "Manifest timing",
            "tag.format": "Package tags", "transport": "Transport", "roster.quality": "License roster quality",
            // the daily operations (short: they label the end-of-day report's chart bars)
            "reconcile.missing_in_tracking": "Missing in S2S record", "reconcile.missing_internally": "Missing internally",
            "reconcile.missing": "Missing on one side", "reconcile.quantity": "Quantity differs",
            "reconcile.unit": "Unit mix-up", "reconcile.status": "Status differs", "reconcile.late": "Recorded late",
            "reconcile.manifest": "Manifest differs", "reconcile.counterparty": "Other party differs",
            "reconcile.invoice": "Invoice and manifest",
            "count.missing": "Count: not found", "count.unknown": "Count: unknown tag", "count.location": "Count: wrong place",
            "count.quantity": "Count: units differ", "count.status": "Count: status",
            "tote.missing": "Tote: tag missing", "tote.extra": "Tote: extra tag", "tote.quantity": "Tote: quantity",
            "tote.item": "Tote: item differs", "tote.order": "Tote: sales order",
            "receive.missing": "Receiving: missing", "receive.extra": "Receiving: extra", "receive.quantity": "Receiving: quantity",
            "receive.condition": "Receiving: damage", "receive.coa": "Receiving: no COA", "receive.coa_batch": "Receiving: COA batch",
            "receive.lab": "Receiving: lab", "receive.testing": "Receiving: untested", "receive.unknown": "Receiving: unknown",
        ]
        if let t = titles[c] { return t }
        let family = c.split(separator: ".").first.map(String.init) ?? c
        return family.prefix(1).uppercased() + family.dropFirst() + " (" + c + ")"
    }

    /// Who fixes it: `the shipper`.
    public static func party(_ p: String?) -> String {
        guard let p, !p.isEmpty else { return "whoever prepares the transfer" }
        return "the " + p.replacingOccurrences(of: "_", with: " ")
    }
}
