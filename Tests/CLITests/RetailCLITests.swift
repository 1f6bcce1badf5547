import Foundation
import Testing
import S2STestSupport

/// Retail files at the command line: receipts and a retailer delivery run given with `--inputs`
/// (the store named with LICENSE=file), checked by the retail fixture pack.
@Suite("Retail at the command line")
struct RetailCLITests {
    @Test func receiptsAndADeliveryRunAreCheckedEndToEnd() throws {
        let r = try CLIRunner.run([
            "check", "--pack", "Tests/Fixtures/retail/Rules/US-RT", "--jurisdictions-dir", "Tests/Fixtures/retail/Jurisdictions",
            "--inputs", "C10-0000777-LIC=Tests/S2SImportTests/Fixtures/metrc-sales/receipts-v1.json",
            "--inputs", "C10-0000777-LIC=../shared/metrc-v2-examples/Sales/CreateSalesDeliveriesRetailer.json",
            "--format", "json", "--output", "-",
        ])
        #expect(r.status == 1, "\(r.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let violations = try #require(json["violations"] as? [[String: Any]])
        let rules = violations.compactMap { $0["rule"] as? String }.sorted()
        #expect(rules == ["RT-DELIV-002", "RT-DELIV-003", "RT-DELIV-003", "RT-SALE-003", "RT-SALE-003"])
        #expect(violations.allSatisfy { $0["license"] as? String == "C10-0000777-LIC" })
        let outOfState = violations.filter { $0["rule"] as? String == "RT-DELIV-003" }.compactMap { $0["message"] as? String }
        #expect(outOfState.allSatisfy { $0.hasSuffix("goes to 1 Someplace Road, Ste 9, Denver, CO 11111, outside CA") })
    }
}
