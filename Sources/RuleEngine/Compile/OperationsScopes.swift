/// The scopes of the daily operations. Their subjects exist only when a run asks for the operation
/// (`OperationsRequest`): `s2slint reconcile`, `count`, `tote`, `receive` and `report eod`.
extension ScopeDef {
    static let operations: [ScopeDef] = [
        ScopeDef(name: "reconcile", roots: [("pair", .reconcilePair)],
                 predefined: [("s2s", "pair.s2s", "the S2S side (null: missing in the S2S record)"),
                              ("internal", "pair.internal", "the internal side (null: missing internally)"),
                              ("package", "pair.package", "the S2S package with the tag (null when none)"),
                              ("day", "pair.day", "the day of the event")],
                 doc: "each package matched between the S2S record and the internal records (sales, receipts, stock on hand, adjustments)"),
        ScopeDef(name: "reconcile_transfer", roots: [("transfer", .transferPair)],
                 predefined: [("manifest", "transfer.manifest", "the S2S manifest (null: missing in the S2S record)")],
                 doc: "each transfer (manifest number) matched between the S2S record and the internal orders or receipts"),
        ScopeDef(name: "count", roots: [("entry", .countEntry)],
                 predefined: [("package", "entry.package", "the S2S package with the tag (null when none)"),
                              ("on_hand", "entry.on_hand", "the on-hand row with the tag (null when none)")],
                 doc: "each tag of a cycle count: expected by the books in the counted area, scanned, or both"),
        ScopeDef(name: "tote", roots: [("entry", .toteEntry)],
                 predefined: [("line", "entry.line", "the manifest line (null when not on the manifest)"),
                              ("order_line", "entry.order_line", "the sales-order line (null when not on the order)"),
                              ("package", "entry.package", "the S2S package with the tag (null when none)")],
                 doc: "each tag of a staged tote: on its manifest, scanned into it, on its sales order"),
        ScopeDef(name: "receive", roots: [("entry", .receiveEntry)],
                 predefined: [("line", "entry.line", "the incoming manifest line (null when not on the manifest)"),
                              ("receiving", "entry.receiving_line", "the receiving-log line (null when none)"),
                              ("package", "entry.package", "the S2S package with the tag (null when none)")],
                 doc: "each tag of an incoming delivery: on the manifest, scanned at the dock, on the receiving log"),
    ]
}
