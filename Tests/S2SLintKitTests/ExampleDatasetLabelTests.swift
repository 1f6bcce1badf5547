import Testing
import S2SModel
import RuleEngine
import S2SLintKit
import S2SImport

/// Example data is not a file: the label it is read under (a test's name) must not be taken for a
/// file name that says which Metrc list the packages came from.
@Suite("Example data labels")
struct ExampleDatasetLabelTests {
    @Test func aTestNamedOnHoldDoesNotPutItsPackagesOnHold() throws {
        let package: PlainValue = .object(["Label", "Quantity", "UnitOfMeasureName", "IsOnHold"],
                                          ["Label": .string("1A4060300002EE1000012345"), "Quantity": .string("10"),
                                           "UnitOfMeasureName": .string("Grams"), "IsOnHold": .bool(false)])
        let data: PlainValue = .object(["packages"], ["packages": .object(["C11-0000001-LIC"], ["C11-0000001-LIC": .list([package])])])
        let built = try ExampleDataset.build(data, label: "test 'a package on hold in Metrc, inactive in the WMS'", zone: .utc)
        let p = try #require(built.dataset.packages.first)
        #expect(p.status == nil)
        #expect(p.onHold == false)
    }
}
