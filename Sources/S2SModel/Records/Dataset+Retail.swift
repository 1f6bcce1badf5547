extension Dataset {
    /// Appends another dataset's retail records; a delivery's trip and a trip's stops are indexes,
    /// so they move with the records they point to.
    mutating func absorbRetail(_ other: Dataset) {
        let deliveryBase = retailDeliveries.count, tripBase = retailTrips.count
        receipts += other.receipts
        retailDeliveries += other.retailDeliveries.map { d in
            var d = d
            d.trip = d.trip.map { $0 + tripBase }
            return d
        }
        retailTrips += other.retailTrips.map { t in
            var t = t
            t.stops = t.stops.map { $0 + deliveryBase }
            return t
        }
    }
}
