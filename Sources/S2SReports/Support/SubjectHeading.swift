/// The heading the text report gives findings that belong to no manifest, by the kind of subject a
/// rule judged: words an inventory specialist reads, not the rule language's scope names.
enum SubjectHeading {
    static func of(_ subject: String) -> String {
        switch subject {
        case "package": return "packages (inventory exports)"
        case "license": return "licenses (rosters)"
        case "lab_result": return "lab results"
        case "coa": return "lab certificates (COAs)"
        case "sale": return "retail sales"
        case "retail_delivery": return "deliveries to customers"
        case "retail_trip": return "delivery runs"
        case "reconcile_pair": return "reconciliation, package by package (S2S record against internal records)"
        case "transfer_pair": return "reconciliation, transfer by transfer"
        case "count_entry": return "cycle count"
        case "tote_entry": return "tote"
        case "receive_entry": return "receiving"
        default: return String(subject.map { $0 == "_" ? " " : $0 }) + " findings"
        }
    }
}
