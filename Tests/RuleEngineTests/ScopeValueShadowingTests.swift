import Foundation
import Testing
import S2SModel
@testable import RuleEngine

/// A line rule has a value named `package` (the line's package); calling `package(tag)` still
/// reaches the lookup function, so a rule can read the packages a package was made from.
@Suite("Scope values and functions of the same name")
struct ScopeValueShadowingTests {
    @Test func aLineRuleLooksUpAnotherPackageByTag() throws {
        let (set, d) = compilePack(pack(rule(assert: "all(package.source_tags, t => package(t) != null and package(t).on_hold == false)")))
        let s = try #require(set, "\(d)")
        var ds = manifestDataset(tag: "1A4000000000000000000001")
        ds.packages[0].sourcePackageTags = ["1A4000000000000000000009"]
        var parent = Package(tag: "1A4000000000000000000009", ownerLicenseNumber: "S-1")
        parent.onHold = false
        ds.packages.append(parent)
        #expect(evaluate(s, ds).isEmpty)
        ds.packages[1].onHold = true
        #expect(evaluate(s, ds).map(\.outcome) == [.violated])
    }

    @Test func aValueIsStillNotAFunction() throws {
        let (set, d) = compilePack(pack(rule(assert: "day(1) == null")))
        #expect(set == nil)
        #expect(d.contains { $0.message == "'day' is a value, not a function" })
    }
}
