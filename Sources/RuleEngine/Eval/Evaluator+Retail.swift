import S2SModel

extension RunState {
    /// The retail scopes: every receipt, delivery and delivery run, each judged on its own day.
    mutating func runRetail() {
        let ds = ctx.dataset
        runRetailScope("sale", kind: .sale, count: ds.receipts.count) { i in (ds.receipts[i].salesDateTime, ds.receipts[i].source) }
        runRetailScope("retail_delivery", kind: .retailDelivery, count: ds.retailDeliveries.count) { i in
            (ds.retailDeliveries[i].salesDateTime, ds.retailDeliveries[i].source)
        }
        runRetailScope("retail_trip", kind: .retailTrip, count: ds.retailTrips.count) { i in
            (ds.retailTrips[i].estimatedDeparture ?? ds.retailTrips[i].dateTime, ds.retailTrips[i].source)
        }
    }

    mutating func runRetailScope(_ name: String, kind: RecordKind, count: Int, _ subject: (Int) -> (DateTime?, SourceRef)) {
        guard let scope = set.scopes[name], count > 0 else { return }
        let frame = Frame(ctx: ctx, slotCount: scope.slotCount, date: fallbackDate)
        for i in 0..<count {
            let (when, src) = subject(i)
            frame.nextSubject()
            let ref = RecordRef(kind, i)
            frame.slots[0] = .record(ref)
            frame.date = date(when)
            _ = evaluate(scope, frame, subject: ref, ref: src, outer: [])
        }
    }

    /// The license a retail finding is about: the store's.
    func retailLicense(_ subject: RecordRef) -> String? {
        let ds = ctx.dataset
        switch subject.kind {
        case .sale: return ds.receipts[Int(subject.i)].facilityLicenseNumber
        case .retailDelivery: return ds.retailDeliveries[Int(subject.i)].facilityLicenseNumber
        case .retailTrip: return ds.retailTrips[Int(subject.i)].facilityLicenseNumber
        default: return nil
        }
    }
}
