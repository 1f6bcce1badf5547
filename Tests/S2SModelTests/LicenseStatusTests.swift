import Testing
import S2SModel

@Suite("License status words")
struct LicenseStatusTests {
    @Test(arguments: [
        ("Active", LicenseStatus.active), ("ACTIVE (ISSUED)", .active), ("Active Title Certificate", .active),
        ("License Void", .void), ("Expired", .expired), ("Suspended", .suspended), ("Surrendered", .surrendered),
        ("Revoked", .revoked), ("Canceled", .cancelled), ("Cancelled", .cancelled), ("Inactive", .inactive),
        ("Pending", .pending), ("", .unknown), ("Under review?", .unknown),
    ])
    func normalises(_ raw: String, _ expected: LicenseStatus) {
        #expect(LicenseStatus(normalising: raw) == expected)
    }

    @Test func unknownIsNeverActive() {
        #expect(LicenseStatus(normalising: "Probation") == .unknown)
        #expect(LicenseStatus(normalising: nil) == .unknown)
    }
}
