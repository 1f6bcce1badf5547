public import Foundation
public import S2SModel

/// The end-of-day report for Compliance and Finance: the day's movements (in, out, adjustments with
/// their reasons), stock on hand by category and location with its value, the variances the day's
/// reconciliation (and cycle count) found, and the open holds. Built by `EODBuilder`, written as
/// Markdown, HTML, CSV or JSON.
public struct EODReport: Sendable {
    public struct Movement: Sendable, Hashable {
        public var tag: String
        public var item: String?
        public var category: String?
        public var quantity: Quantity?
        /// `S2S` or `internal`.
        public var system: String
        public var counterparty: String?
        public var manifest: String?
        public var status: String?
        /// For adjustments: the reason and note as written.
        public var reason: String?
        /// Wholesale value (manifest lines) or cost (adjustments: quantity × the on-hand unit cost), when known.
        public var value: Decimal?
    }

    /// Stock of one category or location.
    public struct Bucket: Sendable, Hashable {
        public var name: String
        public var packages: Int
        /// Totals by kind: units (each), grams (every weight), millilitres (every volume).
        public var units: Decimal
        public var grams: Decimal
        public var millilitres: Decimal
        public var value: Decimal
        /// Rows whose value could not be computed (no cost or no quantity).
        public var unvalued: Int
    }

    public struct Hold: Sendable, Hashable {
        public var tag: String
        public var item: String?
        public var location: String?
        public var quantity: Quantity?
        /// Why it is held: `on hold in the S2S record`, `WMS status quarantine`, a count variance …
        public var reasons: [String]
    }

    public var day: Day
    public var facility: [String]
    public var jurisdiction: String?
    public var packs: [PackInfo]
    public var inputs: [String]
    public var inbound: [Movement]
    public var outbound: [Movement]
    public var adjustments: [Movement]
    /// Where the stock figures come from (`the WMS on-hand list` or `the S2S package export`).
    public var stockSource: String
    public var byCategory: [Bucket]
    public var byLocation: [Bucket]
    /// The variances found: the day's reconcile and count findings (open ones; suppressed ones are counted apart).
    public var variances: [Finding]
    public var suppressed: Int
    public var holds: [Hold]
    /// What was compared and what could not be.
    public var notes: [String]
    /// Problems reading the inputs.
    public var problems: [Diagnostic]

    public var totalValue: Decimal { byCategory.reduce(0) { $0 + $1.value } }
    public var totalPackages: Int { byCategory.reduce(0) { $0 + $1.packages } }

    /// Variance counts by category, most first.
    public var variancesByCategory: [(category: String, count: Int)] {
        var c: [String: Int] = [:]
        for f in variances { c[f.category, default: 0] += 1 }
        return c.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map { ($0.key, $0.value) }
    }

    public static func total(_ list: [Movement]) -> Decimal { list.reduce(0) { $0 + ($1.value ?? 0) } }
}

/// Money and quantities as the report prints them: `$12,345.67`, `1,234.5 g`.
public enum EODNumbers {
    /// An amount of money rounded to the cent (half away from zero), as every format carries it: a
    /// cost per pound applied to grams is not printed with 32 decimals in the CSV and JSON.
    public static func cents(_ d: Decimal) -> Decimal {
        var x = d, r = Decimal()
        NSDecimalRound(&r, &x, 2, .plain)
        return r
    }

    public static func money(_ d: Decimal) -> String {
        var x = d, r = Decimal()
        NSDecimalRound(&r, &x, 2, .plain)
        let negative = r < 0
        let s = "\(negative ? -r : r)"
        let parts = s.split(separator: ".", omittingEmptySubsequences: false)
        var cents = parts.count > 1 ? String(parts[1]) : "00"
        while cents.count < 2 { cents += "0" }
        return (negative ? "-$" : "$") + grouped(String(parts[0])) + "." + cents
    }

    public static func number(_ d: Decimal, digits: Int = 2) -> String {
        var x = d, r = Decimal()
        NSDecimalRound(&r, &x, digits, .plain)
        let negative = r < 0
        let s = "\(negative ? -r : r)"
        let parts = s.split(separator: ".", omittingEmptySubsequences: false)
        return (negative ? "-" : "") + grouped(String(parts[0])) + (parts.count > 1 ? "." + parts[1] : "")
    }

    static func grouped(_ digits: String) -> String {
        var out = ""
        for (i, ch) in digits.reversed().enumerated() {
            if i > 0 && i % 3 == 0 { out.append(",") }
            out.append(ch)
        }
        return String(out.reversed())
    }

    public static func quantity(_ q: Quantity?) -> String {
        guard let q else { return "" }
        return number(q.value, digits: 3) + " " + q.unit.symbol
    }

    /// A bucket's stock in words: `474 units, 6,690.5 g`.
    public static func stock(_ b: EODReport.Bucket) -> String {
        var parts: [String] = []
        if b.units != 0 { parts.append(number(b.units, digits: 3) + " units") }
        if b.grams != 0 { parts.append(number(b.grams, digits: 1) + " g") }
        if b.millilitres != 0 { parts.append(number(b.millilitres, digits: 1) + " ml") }
        return parts.isEmpty ? "0" : parts.joined(separator: ", ")
    }
}
