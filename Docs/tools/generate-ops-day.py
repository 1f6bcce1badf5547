#!/usr/bin/env python3
"""Generate one day at a large distributor for measuring `s2slint reconcile` and `count`.

Deterministic (seeded): the same arguments always write the same files. Writes, under --out:

  s2s/   Metrc exports: the active package list, outgoing and incoming transfers with their
         delivery packages and wholesale prices, package adjustments
  erp/   the ERP/WMS side through the mapping files of Examples/ops: sales orders, receiving log,
         on-hand list (JSON), adjustments
  scans/ a cycle-count scan log of the whole vault (session CC-GEN), with its mapping
  expected.json  how many discrepancies of each kind were seeded

Usage:
  python3 Docs/tools/generate-ops-day.py --packages 100000 --out /tmp/ops100k
  s2slint reconcile /tmp/ops100k/s2s /tmp/ops100k/erp --jurisdiction US-CA --day 2026-11-30 --format json --output r.json
  s2slint count /tmp/ops100k/s2s /tmp/ops100k/erp /tmp/ops100k/scans --jurisdiction US-CA --session CC-GEN
"""
import argparse, json, os, random, shutil

HERE = os.path.dirname(os.path.abspath(__file__))
EXAMPLES = os.path.join(HERE, "..", "..", "Examples", "ops")
FACILITY = "C11-0000574-LIC"
DAY = "2026-11-30"
PRODUCTS = [  # name, category, unit (Metrc), ERP unit, quantity range, unit cost
    ("Blue Dream 3.5g", "Flower", "Each", "each", (20, 400), 7.25),
    ("Gelato 3.5g", "Flower", "Each", "each", (20, 400), 8.10),
    ("Blue Dream Bulk Flower", "Flower", "Pounds", "lb", (1, 20), 1450.00),
    ("Sour Diesel Preroll 1g", "Pre-Roll", "Each", "each", (50, 500), 2.10),
    ("Gummies 10pk", "Edible", "Each", "each", (12, 96), 4.00),
    ("Live Resin Cart 1g", "Vape", "Each", "each", (10, 200), 11.50),
    ("Rosin Bulk", "Concentrate", "Grams", "g", (50, 2000), 9.00),
]
RETAILERS = ["C10-%07d-LIC" % (423 + i) for i in range(50)]
SUPPLIERS = ["C11-%07d-LIC" % (777 + i) for i in range(10)]


def tag(i):
    return "1A4060300002199%09d" % i


def page(rows):
    return {"Data": rows, "Total": len(rows), "TotalRecords": len(rows), "PageSize": len(rows), "RecordsOnPage": len(rows),
            "Page": 1, "CurrentPage": 1, "TotalPages": 1}


def dump(path, obj):
    with open(path, "w") as f:
        json.dump(obj, f, separators=(",", ":"))


def csv_line(cells):
    out = []
    for c in cells:
        s = "" if c is None else str(c)
        if any(ch in s for ch in ',"\n'):
            s = '"' + s.replace('"', '""') + '"'
        out.append(s)
    return ",".join(out) + "\n"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--packages", type=int, default=100000, help="packages in the vault (the active list)")
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=42)
    a = ap.parse_args()
    rnd = random.Random(a.seed)
    n = a.packages
    for d in ("s2s", "erp", "scans"):
        os.makedirs(os.path.join(a.out, d), exist_ok=True)
    seeded = {k: 0 for k in ["on_hand_missing_internally", "on_hand_missing_in_tracking", "on_hand_quantity", "on_hand_unit_mixup",
                             "sale_missing_in_tracking", "sale_missing_internally", "sale_quantity", "sale_unit_mixup",
                             "receipt_quantity", "adjustment_late", "count_missing", "count_unknown", "count_units"]}

    # the vault: n packages, the first n/20 received today on incoming manifests
    packages, onhand, scans = [], [], []
    received = n // 20
    incoming_lines = {}
    for i in range(n):
        name, cat, unit, erp_unit, (lo, hi), cost = PRODUCTS[i % len(PRODUCTS)]
        qty = rnd.randint(lo, hi) if unit != "Pounds" else round(rnd.uniform(lo, hi), 2)
        loc = "VAULT-%s-%02d" % ("ABCDEFGHIJ"[i % 10], (i // 10) % 40 + 1)
        p = {"Id": 2000000 + i, "Label": tag(i), "PackageType": "Product", "Item": {"Name": name, "ProductCategoryName": cat},
             "Quantity": qty, "UnitOfMeasureName": unit, "LocationName": loc, "ProductionBatchNumber": "B-%05d" % (i // 25),
             "PackagedDate": "2026-11-%02d" % (1 + i % 28), "LabTestingState": "TestPassed", "IsOnHold": False,
             "LastModified": "2026-12-01T06:00:00+00:00"}
        if i < received:
            m = "0003%06d" % (i // 50)
            p["ReceivedFromManifestNumber"] = m
            p["ReceivedDateTime"] = DAY + "T%02d:%02d:00-08:00" % (9 + (i // 50) % 8, i % 60)
            incoming_lines.setdefault(m, []).append((i, name, cat, unit, qty))
        packages.append(p)
        r = rnd.random()
        row = {"tag": tag(i), "product": {"name": name, "sku": "SKU-%d" % (i % len(PRODUCTS)), "category": cat}, "bin": loc,
               "qty": qty, "uom": erp_unit, "facility": FACILITY, "counted_at": DAY + "T22:00:00-08:00", "state": "available",
               "cost": cost}
        if r < 0.003:
            seeded["on_hand_missing_internally"] += 1
            row = None
        elif r < 0.008:
            seeded["on_hand_quantity"] += 1
            row["qty"] = qty + 1
        elif r < 0.009 and erp_unit == "lb":
            seeded["on_hand_unit_mixup"] += 1
            row["uom"] = "g"
        if row:
            onhand.append(row)
        # the cycle count: every package scanned in its bin, except a few; some cases counted
        s = rnd.random()
        if s < 0.003:
            seeded["count_missing"] += 1
        else:
            counted = None
            if unit == "Each" and s > 0.95:
                counted = qty
                if s > 0.998:
                    counted = qty - 1
                # a variance against the books the count is compared with: the on-hand list, else Metrc
                # (a case counted whole whose on-hand quantity was seeded off by one is a variance too)
                if counted != (row["qty"] if row else qty):
                    seeded["count_units"] += 1
            scans.append((tag(i), "2026-11-30T%02d:%02d:%02d" % (18 + i // 36000 % 5, i // 60 % 60, i % 60), loc, counted))
    for k in range(n // 200):
        onhand.append({"tag": tag(9_000_000 + k), "product": {"name": "Unknown", "sku": "SKU-X", "category": "Flower"},
                       "bin": "VAULT-Z-01", "qty": 10, "uom": "each", "facility": FACILITY, "counted_at": DAY + "T22:00:00-08:00",
                       "state": "available", "cost": 1.0})
        seeded["on_hand_missing_in_tracking"] += 1
    for k in range(n // 1000):
        scans.append((tag(8_000_000 + k), "2026-11-30T23:10:%02d" % (k % 60), "VAULT-A-01", None))
        seeded["count_unknown"] += 1
    dump(os.path.join(a.out, "s2s", "packages-active.json"), page(packages))
    with open(os.path.join(a.out, "erp", "on-hand.json"), "w") as f:
        json.dump({"generated": DAY + "T23:59:00-08:00", "items": onhand}, f, separators=(",", ":"))
    with open(os.path.join(a.out, "scans", "cycle-count.csv"), "w") as f:
        f.write("EPC,Scanned,Zone,Session,Reader,Operator,Units Counted\n")
        for t, at, loc, counted in scans:
            f.write(csv_line([t, at, loc, "CC-GEN", "HH-%02d" % (i % 8), "counter", counted]))

    # outgoing: n/10 packages shipped today on manifests of 10 lines; the sales orders that sold them
    transfers, lines, wholesale = [], [], []
    sales = ["SO #,Line,Order Date,Ship Date,Customer License,Customer,Seller License,Package Tag,Item,SKU,Qty,UoM,Unit Price,Status,Manifest\n"]
    shipped = n // 10
    for j in range(shipped):
        i = 5_000_000 + j
        name, cat, unit, erp_unit, (lo, hi), cost = PRODUCTS[j % len(PRODUCTS)]
        qty = rnd.randint(lo, hi) if unit != "Pounds" else round(rnd.uniform(lo, hi), 2)
        mi = j // 10
        number, delivery, customer = "0002%06d" % mi, 700000 + mi, RETAILERS[mi % len(RETAILERS)]
        if j % 10 == 0:
            transfers.append({"Id": 600000 + mi, "ManifestNumber": number, "ShipperFacilityLicenseNumber": FACILITY,
                              "ShipperFacilityName": "North Coast Distribution, LLC", "DeliveryCount": 1, "PackageCount": 10,
                              "IsVoided": False, "CreatedDateTime": DAY + "T07:%02d:00-08:00" % (mi % 60), "DeliveryId": delivery,
                              "RecipientFacilityLicenseNumber": customer, "ShipmentTypeName": "Wholesale Manifest",
                              "EstimatedDepartureDateTime": DAY + "T%02d:00:00.000" % (9 + mi % 8),
                              "EstimatedArrivalDateTime": DAY + "T%02d:30:00.000" % (10 + mi % 8)})
        r = rnd.random()
        s2s_qty, s2s_unit, erp_qty, erp_u = qty, unit, qty, erp_unit
        in_s2s, in_erp = True, True
        if r < 0.005:
            in_s2s = False
            seeded["sale_missing_in_tracking"] += 1
        elif r < 0.008:
            in_erp = False
            seeded["sale_missing_internally"] += 1
        elif r < 0.011:
            erp_qty = qty + 1
            seeded["sale_quantity"] += 1
        elif r < 0.012 and unit == "Pounds":
            s2s_unit = "Grams"
            seeded["sale_unit_mixup"] += 1
        price = round(cost * qty * 2, 2)
        if in_s2s:
            lines.append({"DeliveryId": delivery, "PackageId": 3000000 + j, "PackageLabel": tag(i), "ItemName": name,
                          "ItemCategoryName": cat, "ShipmentPackageState": "Accepted", "ShippedQuantity": s2s_qty,
                          "ShippedUnitOfMeasureName": s2s_unit, "ReceivedQuantity": s2s_qty, "ReceivedUnitOfMeasureName": s2s_unit})
            wholesale.append({"DeliveryId": delivery, "PackageId": 3000000 + j, "PackageLabel": tag(i), "ShipperWholesalePrice": price})
        if in_erp:
            sales.append(csv_line(["SO-%06d" % mi, j % 10 + 1, "11/28/2026 09:15 AM", "11/30/2026", customer, "Retailer %d" % (mi % 50),
                                   FACILITY, tag(i), name, "SKU-%d" % (j % len(PRODUCTS)), erp_qty, erp_u, round(cost * 2, 2), "SHP", number]))
    dump(os.path.join(a.out, "s2s", "transfers-outgoing.json"), page(transfers))

    # incoming: the received packages, on manifests of 50 lines, and the dock's receiving log
    incoming = []
    receiving = ["Receipt,Manifest #,From License,To License,Tag,Item,Expected Qty,Received Qty,Unit,Received At,Accepted,Condition,Clerk\n"]
    for k, (m, items) in enumerate(sorted(incoming_lines.items())):
        delivery, supplier = 800000 + k, SUPPLIERS[k % len(SUPPLIERS)]
        incoming.append({"Id": 610000 + k, "ManifestNumber": m, "ShipperFacilityLicenseNumber": supplier, "DeliveryCount": 1,
                         "PackageCount": len(items), "IsVoided": False, "CreatedDateTime": "2026-11-29T16:00:00-08:00",
                         "DeliveryId": delivery, "RecipientFacilityLicenseNumber": FACILITY, "ShipmentTypeName": "Wholesale Manifest",
                         "EstimatedDepartureDateTime": DAY + "T07:00:00.000", "EstimatedArrivalDateTime": DAY + "T09:00:00.000",
                         "ReceivedDateTime": DAY + "T%02d:00:00-08:00" % (9 + k % 8)})
        for (i, name, cat, unit, qty) in items:
            lines.append({"DeliveryId": delivery, "PackageId": 2000000 + i, "PackageLabel": tag(i), "ItemName": name,
                          "ItemCategoryName": cat, "ShipmentPackageState": "Accepted", "ShippedQuantity": qty,
                          "ShippedUnitOfMeasureName": unit, "ReceivedQuantity": qty, "ReceivedUnitOfMeasureName": unit})
            got = qty
            if rnd.random() < 0.005:
                got = qty - 1 if unit != "Pounds" else round(qty - 0.01, 2)
                seeded["receipt_quantity"] += 1
            u = {"Each": "ea", "Pounds": "lb", "Grams": "g"}[unit]
            receiving.append(csv_line(["RCV-%05d" % k, m, supplier, FACILITY, tag(i), name, qty, got, u,
                                       DAY + " %02d:%02d" % (8 + k % 8, i % 60), "Y", "", "clerk"]))
    dump(os.path.join(a.out, "s2s", "transfers-incoming.json"), page(incoming))
    dump(os.path.join(a.out, "s2s", "delivery-packages.json"), page(lines))
    dump(os.path.join(a.out, "s2s", "delivery-packages-wholesale.json"), page(wholesale))

    # adjustments: n/100 packages adjusted today in both systems; 10 % reached Metrc two days late
    s2s_adj, erp_adj = [], ["Package,Product,Change,Unit,Reason,Memo,Posted,User\n"]
    for k in range(n // 100):
        i = (k * 97) % n
        name, cat, unit, erp_unit, _, _ = PRODUCTS[i % len(PRODUCTS)]
        posted = DAY
        if k % 10 == 0:
            posted = "2026-11-28"
            seeded["adjustment_late"] += 1
        s2s_adj.append({"PackageLabel": tag(i), "ItemName": name, "AdjustmentQuantity": -1, "AdjustmentUnitOfMeasureName": unit,
                        "AdjustmentReasonName": "Waste", "AdjustmentDate": DAY, "AdjustedByUserName": "clerk"})
        erp_adj.append(csv_line([tag(i), name, -1, erp_unit, "Damage", "", posted, "clerk"]))
    dump(os.path.join(a.out, "s2s", "adjustments.json"), page(s2s_adj))

    for name, text in (("sales-orders.csv", sales), ("receiving-log.csv", receiving), ("adjustments.csv", erp_adj)):
        with open(os.path.join(a.out, "erp", name), "w") as f:
            f.writelines(text)
    for m in ("sales-orders", "receiving-log", "on-hand", "adjustments"):
        shutil.copy(os.path.join(EXAMPLES, "erp", m + ".mapping.json"), os.path.join(a.out, "erp"))
    shutil.copy(os.path.join(EXAMPLES, "scans", "scan-log.mapping.json"), os.path.join(a.out, "scans"))
    with open(os.path.join(a.out, "expected.json"), "w") as f:
        json.dump(seeded, f, indent=1)
    print(json.dumps(seeded))


if __name__ == "__main__":
    main()
