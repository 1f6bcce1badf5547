import Foundation
import Testing
import S2SModel
@testable import RuleEngine

/// `supplied("sales_orders")`: a rule that checks manifests against the ERP's sales orders (the
/// invoice) applies only when the run was given sales orders, so a run without them is not read as
/// "no invoice for anything".
@Suite("supplied(\"sales_orders\")")
struct SuppliedSalesOrdersTests {
    @Test("true once the run holds a sales-order line, false before")
    func salesOrders() throws {
        let (set, d) = compilePack(pack(rule(scope: "package", assert: "supplied('sales_orders')")))
        let s = try #require(set, "\(d)")
        var ds = Dataset()
        ds.packages = [Package(tag: "1A4000000000000000000001")]
        #expect(evaluate(s, ds).count == 1, "no sales orders: the assertion is false")
        ds.salesOrderLines = [SalesOrderLine(orderId: "SO-1", tag: "1A4000000000000000000001")]
        #expect(evaluate(s, ds).isEmpty)
    }

    @Test("a misspelt input name is still an error with a suggestion")
    func misspelt() {
        let e = compilePack(pack(rule(scope: "package", assert: "supplied('sales_order')"))).1.first { $0.level == .error }
        #expect(e?.message == "supplied knows no input 'sales_order'")
        #expect(e?.hint == "did you mean 'sales_orders'?")
    }
}
