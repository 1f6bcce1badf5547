public import S2SModel

/// Joins the Metrc transfer parts read from separate exports into manifests, after every file is
/// read: deliveries to the transfer rows that named them (`DeliveryId`) or to the manifest with
/// their `ManifestNumber`; packages, transporters and details to their delivery; wholesale prices
/// to the package lines. Parts that join nothing are not dropped: deliveries and packages become
/// manifests of their own, and every part that could not be placed is reported.
public enum TransferAssembler {
    public static func assemble(_ ds: inout Dataset, _ parts: TransferParts) {
        var byDelivery: [String: (Int, Int)] = [:]
        func reindex() {
            byDelivery.removeAll(keepingCapacity: true)
            for (mi, m) in ds.manifests.enumerated() {
                for (di, d) in m.destinations.enumerated() { if let id = d.id { byDelivery[id] = (mi, di) } }
            }
        }
        reindex()

        // 1. deliveries
        for part in parts.deliveries {
            if let id = part.deliveryId, let (mi, di) = byDelivery[id] {
                merge(part.destination, into: &ds.manifests[mi].destinations[di])
                continue
            }
            if let n = part.manifestNumber, let mi = ds.manifests.firstIndex(where: { $0.number == n }) {
                ds.manifests[mi].destinations.append(part.destination)
                if let id = part.deliveryId { byDelivery[id] = (mi, ds.manifests[mi].destinations.count - 1) }
                continue
            }
            var m = Manifest(number: part.manifestNumber, destinations: [part.destination], source: part.destination.source)
            if m.number == nil { m.name = "delivery \(part.deliveryId ?? "?")" }
            m.system = "metrc"
            m.status = part.status ?? "transfer"
            ds.manifests.append(m)
            if let id = part.deliveryId { byDelivery[id] = (ds.manifests.count - 1, 0) }
        }

        // 2. package lines
        var orphanManifest: [String: Int] = [:]
        for part in parts.lines {
            if let id = part.deliveryId, let (mi, di) = byDelivery[id] {
                ds.manifests[mi].destinations[di].lines.append(part.line)
                continue
            }
            let key = part.deliveryId.map { "delivery \($0)" } ?? "packages of \(part.fileLabel)"
            if let mi = orphanManifest[key] {
                ds.manifests[mi].destinations[0].lines.append(part.line)
            } else {
                var d = Destination(lines: [part.line], source: part.line.source)
                d.id = part.deliveryId
                var m = Manifest(name: key, destinations: [d], source: part.line.source)
                m.system = "metrc"
                m.status = part.status ?? "transfer"
                orphanManifest[key] = ds.manifests.count
                ds.manifests.append(m)
                if let id = part.deliveryId { byDelivery[id] = (ds.manifests.count - 1, 0) }
                ds.diagnostics.append(Diagnostic(
                    .warning, "delivery packages in \(part.fileLabel) name no delivery that was read; they are checked as a manifest of their own (\(key))",
                    code: "metrc.transfer.unjoined", ref: part.line.source,
                    hint: "read the deliveries export (/transfers/v2/{id}/deliveries) and give the packages export its delivery id"))
            }
        }

        // 3. transporters and details
        for part in parts.transporters {
            guard let id = part.deliveryId, let (mi, di) = byDelivery[id] else {
                ds.diagnostics.append(unjoined("a delivery transporter", part.deliveryId, part.transporter.source))
                continue
            }
            var list = ds.manifests[mi].destinations[di].transporters ?? []
            if let k = list.firstIndex(where: { $0.licenseNumber == part.transporter.licenseNumber || $0.licenseNumber == nil }) {
                if list[k].licenseNumber == nil { list[k].licenseNumber = part.transporter.licenseNumber }
            } else {
                list.append(part.transporter)
            }
            ds.manifests[mi].destinations[di].transporters = list
        }
        for part in parts.details {
            guard let id = part.deliveryId, let (mi, di) = byDelivery[id] else {
                ds.diagnostics.append(unjoined("a transporter detail", part.deliveryId, part.detail.source))
                continue
            }
            var list = ds.manifests[mi].destinations[di].transporters ?? []
            if list.isEmpty { list.append(Transporter(source: part.detail.source)) }
            let d = part.detail
            if !list[0].details.contains(d) { list[0].details.append(d) }
            // the transporter's own driver and vehicle, when the transfer row did not give them
            if list[0].driverName == nil { list[0].driverName = d.driverName }
            if list[0].driverLicenseNumber == nil { list[0].driverLicenseNumber = d.driverLicenseNumber }
            if list[0].driverOccupationalLicenseNumber == nil { list[0].driverOccupationalLicenseNumber = d.driverOccupationalLicenseNumber }
            if list[0].vehicleMake == nil { list[0].vehicleMake = d.vehicleMake }
            if list[0].vehicleModel == nil { list[0].vehicleModel = d.vehicleModel }
            if list[0].vehiclePlate == nil { list[0].vehiclePlate = d.vehiclePlate }
            if list[0].layoverLeg == nil { list[0].layoverLeg = d.layoverLeg }
            ds.manifests[mi].destinations[di].transporters = list
        }

        // 4. wholesale prices onto lines, by package id then tag (within the delivery when known)
        if !parts.wholesale.isEmpty {
            var byPackage: [String: [(Int, Int, Int)]] = [:]
            var byTag: [String: [(Int, Int, Int)]] = [:]
            for (mi, m) in ds.manifests.enumerated() {
                for (di, d) in m.destinations.enumerated() {
                    for (li, l) in d.lines.enumerated() {
                        if let p = l.packageId { byPackage[p, default: []].append((mi, di, li)) }
                        if let t = l.tag { byTag[t, default: []].append((mi, di, li)) }
                    }
                }
            }
            for w in parts.wholesale {
                var hits = (w.packageId.flatMap { byPackage[$0] } ?? []) + (w.tag.flatMap { byTag[$0] } ?? [])
                if let id = w.deliveryId, let (mi, di) = byDelivery[id] {
                    hits = hits.filter { $0.0 == mi && $0.1 == di }
                }
                guard let (mi, di, li) = hits.first else {
                    ds.diagnostics.append(unjoined("a wholesale price for package \(w.tag ?? w.packageId ?? "?")", w.deliveryId, w.source))
                    continue
                }
                if let p = w.shipperPrice { ds.manifests[mi].destinations[di].lines[li].wholesalePrice = p }
                if let p = w.receiverPrice { ds.manifests[mi].destinations[di].lines[li].receiverWholesalePrice = p }
            }
        }

        // 5. outgoing transfer rows whose deliveries were never read
        for mi in ds.manifests.indices where ds.manifests[mi].system == "metrc" {
            let before = ds.manifests[mi].destinations.count
            ds.manifests[mi].destinations.removeAll { $0.recipientLicenseNumber == nil && $0.lines.isEmpty && $0.id != nil }
            if ds.manifests[mi].destinations.count < before, ds.manifests[mi].destinations.isEmpty {
                let m = ds.manifests[mi]
                ds.diagnostics.append(Diagnostic(
                    .warning, "transfer \(m.key ?? "?") lists no recipient (outgoing lists leave it to the deliveries export); its destinations cannot be checked",
                    code: "metrc.transfer.no-deliveries", ref: m.source,
                    hint: "also read /transfers/v2/{id}/deliveries and its packages for this transfer"))
            }
        }
    }

    /// Fills what the transfer row left empty with what the delivery export says.
    static func merge(_ d: Destination, into t: inout Destination) {
        if t.recipientLicenseNumber == nil { t.recipientLicenseNumber = d.recipientLicenseNumber }
        if t.recipientName == nil { t.recipientName = d.recipientName }
        if t.transferType == nil { t.transferType = d.transferType }
        if t.plannedRoute == nil { t.plannedRoute = d.plannedRoute }
        if t.invoiceNumber == nil { t.invoiceNumber = d.invoiceNumber }
        if t.estimatedDeparture == nil { t.estimatedDeparture = d.estimatedDeparture }
        if t.estimatedArrival == nil { t.estimatedArrival = d.estimatedArrival }
        if t.actualDeparture == nil { t.actualDeparture = d.actualDeparture }
        if t.actualArrival == nil { t.actualArrival = d.actualArrival }
        if t.grossWeight == nil { t.grossWeight = d.grossWeight }
        if t.transporters == nil { t.transporters = d.transporters }
        t.lines += d.lines
    }

    static func unjoined(_ what: String, _ delivery: String?, _ ref: SourceRef) -> Diagnostic {
        Diagnostic(.warning, "\(what) names delivery \(delivery ?? "(none)"), which is not among the deliveries read; it is not attached to any manifest",
                   code: "metrc.transfer.unjoined", ref: ref,
                   hint: "read the transfer and deliveries exports together with it")
    }
}
