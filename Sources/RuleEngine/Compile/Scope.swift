/// What a rule iterates over and which names it can use.
public struct ScopeDef: Sendable {
    public var name: String
    /// Records set by the evaluator for each subject, in slot order.
    public var roots: [(name: String, kind: RecordKind)]
    /// Named values every rule of the scope may use, defined in the rule language itself.
    public var predefined: [(name: String, expression: String, doc: String)]
    public var doc: String

    public static let all: [ScopeDef] = [
        ScopeDef(name: "manifest", roots: [("manifest", .manifest)],
                 predefined: [("shipper", "manifest.shipper", "the shipper's roster license")],
                 doc: "each manifest"),
        ScopeDef(name: "destination", roots: [("manifest", .manifest), ("destination", .destination)],
                 predefined: destinationNames, doc: "each destination (stop) of each manifest"),
        ScopeDef(name: "transporter", roots: [("manifest", .manifest), ("destination", .destination), ("transporter", .transporter)],
                 predefined: destinationNames, doc: "each transporter of each destination"),
        ScopeDef(name: "line", roots: [("manifest", .manifest), ("destination", .destination), ("line", .line)],
                 predefined: destinationNames + [("package", "line.package", "the package with the line's tag (null when none)")],
                 doc: "each package line of each destination"),
        ScopeDef(name: "package", roots: [("package", .package)],
                 predefined: [("item", "package.item", "the package's item"),
                              ("owner", "package.owner", "the holder's roster license")],
                 doc: "each package in the inventory exports"),
        ScopeDef(name: "license", roots: [("license", .license)], predefined: [], doc: "each roster license"),
        ScopeDef(name: "lab_result", roots: [("lab_result", .labResult)],
                 predefined: [("lab", "lab_result.lab", "the lab's roster license")],
                 doc: "each lab-test result"),
        ScopeDef(name: "coa", roots: [("coa", .coa)],
                 predefined: [("lab", "coa.lab", "the laboratory's roster license")],
                 doc: "each lab certificate (COA) read"),
    ] + operations + retail

    static let destinationNames: [(name: String, expression: String, doc: String)] = [
        ("shipper", "manifest.shipper", "the shipper's roster license (null when not in any roster)"),
        ("recipient", "destination.recipient", "the recipient's roster license (null when not in any roster)"),
        ("day", "destination.departure.date", "the departure's calendar day as written (local)"),
    ]

    public static func named(_ name: String) -> ScopeDef? { all.first { $0.name == name } }
}
