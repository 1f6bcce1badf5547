import Foundation
import Testing
import S2SModel
@testable import RuleEngine

/// The retail record kinds and scopes in the rule language: sales (receipts), deliveries to
/// customers, delivery runs, and the lookups for limits per customer and day.
@Suite("Retail rules")
struct RetailRuleTests {
    static let la = TimeZone(identifier: "America/Los_Angeles")!

    /// A local date-time in Los Angeles (UTC-8 in winter).
    static func at(_ day: String, _ hour: Int, _ minute: Int = 0) -> DateTime {
        guard case .day(let d)? = ParsedTimestamp.parse(day.utf8) else { fatalError("test date \(day)") }
        let micros = (Int64(d.daysSinceEpoch) * 86_400 + Int64(hour * 3600 + minute * 60) + 8 * 3600) * 1_000_000
        return DateTime(utcMicroseconds: micros, offsetMinutes: -480, zoneWasWritten: false)
    }

    static func line(_ tag: String, _ q: Decimal, _ unit: MeasureUnit, price: Decimal = 10, category: String? = "Flower",
                     unitWeight: Quantity? = nil) -> SaleTransaction {
        var t = SaleTransaction()
        t.tag = tag
        t.quantity = Quantity(q, unit)
        t.totalPrice = price
        t.productCategory = category
        t.unitWeight = unitWeight
        return t
    }

    static func receipt(_ number: String, patient: String?, at: DateTime?, store: String = "C10-STORE-1",
                        _ lines: [SaleTransaction]) -> SalesReceipt {
        var r = SalesReceipt()
        r.receiptNumber = number
        r.patientLicenseNumber = patient
        r.customerType = patient == nil ? "Consumer" : "Patient"
        r.salesDateTime = at
        r.facilityLicenseNumber = store
        r.transactions = lines
        return r
    }

    /// Patient PT-1 buys 20 g, then 10 g later the same day, then 5 g the next morning; a consumer buys 30 g
    /// on one receipt; another store sells PT-1 4 g the same day.
    static func dataset() -> Dataset {
        var ds = Dataset()
        ds.receipts = [
            receipt("R1", patient: "pt-1", at: at("2026-11-30", 10), [line("T1", 20, .gram)]),
            receipt("R2", patient: " PT-1 ", at: at("2026-11-30", 23, 50), [line("T2", 10, .gram), line("T3", 2, .each, category: "Edible", unitWeight: Quantity(5, .gram))]),
            receipt("R3", patient: "PT-1", at: at("2026-12-01", 9), [line("T4", 5, .gram)]),
            receipt("R4", patient: nil, at: at("2026-11-30", 12), [line("T5", 30, .gram)]),
            receipt("R5", patient: "PT-1", at: at("2026-11-30", 11), store: "C10-STORE-2", [line("T6", 4, .gram)]),
            receipt("R6", patient: "PT-1", at: nil, [line("T7", 1, .gram)]),
        ]
        var run = RetailTrip()
        run.number = "0000000005"
        run.facilityLicenseNumber = "C10-STORE-1"
        run.estimatedDeparture = at("2026-11-30", 11)
        run.stops = [0, 1]
        var p1 = CarriedPackage(), p2 = CarriedPackage()
        (p1.tag, p1.productName, p1.totalPrice, p1.quantity) = ("T8", "Jar", 3000, Quantity(1, .ounce))
        (p2.tag, p2.productName, p2.totalPrice, p2.quantity) = ("T9", nil, 2500, Quantity(1, .ounce))
        run.packages = [p1, p2]
        ds.retailTrips = [run]
        var d1 = RetailDelivery(), d2 = RetailDelivery()
        d1.consumerId = "456def"
        d1.salesDateTime = at("2026-11-30", 13)
        d1.facilityLicenseNumber = "C10-STORE-1"
        d1.recipient.state = "CA"
        d1.trip = 0
        d1.transactions = [line("T10", 7, .gram)]
        d2 = d1
        d2.recipient.state = "NV"
        d2.consumerId = nil
        d2.patientLicenseNumber = "PT-1"
        d2.transactions = [line("T11", 3, .gram)]
        ds.retailDeliveries = [d1, d2]
        return ds
    }

    func run(_ rules: String, facts: String? = nil, asOf: Day? = nil) throws -> [Finding] {
        let (set, diags) = compilePack(pack(rules), facts: facts)
        let compiled = try #require(set, "\(diags.map(\.description))")
        return evaluate(compiled, Self.dataset(), asOf: asOf)
    }

    @Test func aPatientsSalesAtOneStoreOnOneDayAreCountedTogether() throws {
        // 20 g + 10 g on 2026-11-30 (23:50 local is still that day) + 3 g delivered; 4 g at another store does not count
        let findings = try run(rule(id: "DAY-1", scope: "sale", when: "customer != null",
                                    assert: "sum(filter(customer_lines(sale), l => l.quantity.unit == \"g\"), l => l.quantity) <= 28.5 g",
                                    message: "{customer} bought {sum(filter(customer_lines(sale), l => l.quantity.unit == 'g'), l => l.quantity)} on {day}"))
        let violated = findings.filter { $0.outcome == .violated }
        #expect(violated.map(\.message) == ["patient PT-1 bought 33 g on 2026-11-30", "patient PT-1 bought 33 g on 2026-11-30"])
        #expect(violated.allSatisfy { $0.license == "C10-STORE-1" && $0.subject == "sale" })
        // the receipt with no date cannot be attributed to a day: not evaluated, never a silent pass
        let unevaluated = findings.filter { $0.outcome == .unevaluated }
        #expect(unevaluated.count == 1)
        #expect(unevaluated.first?.message.hasPrefix("could not be evaluated") == true)
    }

    @Test func aWindowOfDaysAndTheReceiptsAndDeliveriesApart() throws {
        let findings = try run(
            rule(id: "WIN", scope: "sale", when: "sale.receipt_number == \"R3\"",
                 assert: "count(customer_lines(sale, 2)) == 0",
                 message: "{count(customer_sales(sale, 2))} receipts, {count(customer_deliveries(sale, 2))} deliveries, {count(customer_lines(sale, 2))} lines, today {count(customer_lines(sale))}"))
        #expect(findings.map(\.message) == ["3 receipts, 1 deliveries, 5 lines, today 1"])
    }

    @Test func aConsumerAtTheCounterIsUnknownSoOnlyTheReceiptCounts() throws {
        let findings = try run(
            rule(id: "TX", scope: "sale", when: "sale.customer == null and sale.day != null",
                 assert: "sum(sale.lines, l => l.net_weight) <= 28.5 g",
                 message: "{sale} sold {sum(sale.lines, l => l.net_weight)} to a {sale.customer_type}"))
        #expect(findings.map(\.message) == ["receipt R4 sold 30 g to a Consumer"])
        // and the lookup says it cannot group an unknown customer
        let unknown = try run(rule(id: "U", scope: "sale", when: "sale.receipt_number == \"R4\"",
                                   assert: "customer_lines(sale) != null", message: "unknown"))
        #expect(unknown.map(\.message) == ["unknown"])
    }

    @Test func netWeightOfGoodsSoldByCount() throws {
        let findings = try run(rule(id: "NW", scope: "sale", when: "sale.receipt_number == \"R2\"",
                                    assert: "false", message: "{join(map(sale.lines, l => text(l.net_weight)), ', ')}"))
        #expect(findings.map(\.message) == ["10 g, 10 g"])
    }

    @Test func aDeliveryRunsCarriedValueAndLedger() throws {
        let facts = "jurisdiction: US-T\ntime_zone: America/Los_Angeles\ndelivery_value_cap: 5000\n"
        let findings = try run(
            rule(id: "CAP", scope: "retail_trip", assert: "sum(retail_trip.packages, p => p.total_price) <= facts.delivery_value_cap",
                 message: "{retail_trip} carries goods worth {sum(retail_trip.packages, p => p.total_price)} on {day}")
                + rule(id: "LEDGER", scope: "retail_trip", assert: "all(retail_trip.packages, p => present(p.product_name))",
                       message: "ledger lines without a product: {join(map(filter(retail_trip.packages, p => blank(p.product_name)), p => p.tag), ', ')}")
                + rule(id: "STATE", scope: "retail_delivery", assert: "retail_delivery.state == \"CA\"",
                       message: "{retail_delivery.customer} on {trip} is delivered to {retail_delivery.state}"),
            facts: facts)
        // deliveries are judged before the runs
        #expect(findings.map(\.message) == ["patient PT-1 on delivery run 0000000005 is delivered to NV",
                                           "delivery run 0000000005 carries goods worth 5500 on 2026-11-30",
                                           "ledger lines without a product: T9"])
        #expect(findings.map(\.subject) == ["retail_delivery", "retail_trip", "retail_trip"])
        #expect(findings.allSatisfy { $0.license == "C10-STORE-1" })
    }

    @Test func eachSaleIsJudgedOnItsOwnDay() throws {
        let from = try #require(Self.at("2026-12-01", 0).localDay as Day?)
        let findings = try run(rule(id: "NEW", scope: "sale", assert: "false", message: "{sale}",
                                    extra: "    effective: { from: \(from) }"))
        // R6 has no date: it is judged on the run's date (2026-01-01 in these tests), when the rule is not in force
        #expect(findings.map(\.message) == ["receipt R3"])
    }

    @Test func theLookupsNeedASaleOrADelivery() throws {
        let (_, diags) = compilePack(pack(rule(id: "BAD", scope: "retail_trip", assert: "count(customer_lines(retail_trip)) == 0")))
        let e = try #require(diags.first { $0.level == .error })
        #expect(e.message == "customer_lines needs a sale or a retail delivery, but 'retail_trip' is retail_trip")
        let (_, d2) = compilePack(pack(rule(id: "BAD2", scope: "sale", assert: "sale.customr == null")))
        #expect(d2.first?.message == "sale has no field 'customr'")
        #expect(d2.first?.hint == "did you mean 'customer'?")
    }
}
