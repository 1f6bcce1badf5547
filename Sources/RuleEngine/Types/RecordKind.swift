/// The kinds of records the rule language can navigate. Each has a field table in `ModelSchema`.
public enum RecordKind: String, Sendable, CaseIterable, Hashable {
    case manifest, destination, transporter, transporterDetail = "transporter_detail", line
    case package, item, license, labResult = "lab_result", labPanel = "lab_panel"
    case coa, coaPanel = "coa_panel", coaAnalyte = "coa_analyte"
    // daily operations (Schema.operations): records read, movements, and the subjects pairs are built into
    case adjustment, salesOrderLine = "sales_order_line", receivingLine = "receiving_line", onHand = "on_hand", scan, movement
    case reconcilePair = "reconcile_pair", pairSide = "pair_side", transferPair = "transfer_pair"
    case countEntry = "count_entry", toteEntry = "tote_entry", receiveEntry = "receive_entry"
    // retail (RetailSchema): receipts, deliveries to customers, delivery runs, their lines and carried packages
    case sale, saleLine = "sale_line", retailDelivery = "retail_delivery", retailTrip = "retail_trip", tripPackage = "trip_package"

    /// The name rule authors see in messages and in `s2slint schema`.
    public var displayName: String { rawValue }
}

/// A reference to a record inside the run's `Dataset`, by position (no copy of the record).
public struct RecordRef: Sendable, Hashable {
    public var kind: RecordKind
    public var i: Int32
    public var j: Int32
    public var k: Int32
    public var l: Int32

    public init(_ kind: RecordKind, _ i: Int, _ j: Int = 0, _ k: Int = 0, _ l: Int = 0) {
        self.kind = kind
        self.i = Int32(i)
        self.j = Int32(j)
        self.k = Int32(k)
        self.l = Int32(l)
    }
}
