/// The retail scopes: each sale (receipt), each delivery to a customer, each retailer delivery run.
/// Each subject is judged on its own day (the sale's, or the run's departure), as a manifest is on
/// its departure day.
extension ScopeDef {
    static let retail: [ScopeDef] = [
        ScopeDef(name: "sale", roots: [("sale", .sale)],
                 predefined: [("seller", "sale.seller", "the store's roster license (null when not in any roster)"),
                              ("customer", "sale.customer", "who bought (null for a consumer a receipt does not identify)"),
                              ("day", "sale.day", "the sale's calendar day (local)")],
                 doc: "each retail sale (a Metrc receipt, or the retail lines of one CCRS Sale.CSV SaleExternalIdentifier)"),
        ScopeDef(name: "retail_delivery", roots: [("retail_delivery", .retailDelivery)],
                 predefined: [("seller", "retail_delivery.seller", "the store's roster license (null when not in any roster)"),
                              ("customer", "retail_delivery.customer", "who bought (null when the delivery names no patient or ConsumerId)"),
                              ("trip", "retail_delivery.trip", "the delivery run it is a stop of (null for a delivery on its own)"),
                              ("day", "retail_delivery.day", "the sale's calendar day (local)")],
                 doc: "each delivery of a retail sale to a customer"),
        ScopeDef(name: "retail_trip", roots: [("retail_trip", .retailTrip)],
                 predefined: [("seller", "retail_trip.seller", "the store's roster license (null when not in any roster)"),
                              ("day", "retail_trip.day", "the day the run leaves (local)")],
                 doc: "each retailer delivery run (one vehicle, several customers)"),
    ]
}
