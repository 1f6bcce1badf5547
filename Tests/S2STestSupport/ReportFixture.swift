public import Foundation

/// A small rule pack and a pretty-printed manifest whose record positions are known, written to a
/// temporary folder, for the report and pipeline tests (S2SReportsTests, CLITests).
///
/// The manifest (`manifest.json`) has one destination with one transporter and two package lines:
///
///     line  6, column  7   the destination's `{` (the object spans lines: region ends at line end, column 8)
///     line 11, column 11   the transporter's `{ … }` (closes on its line)
///     line 14, column 11   package line 1 `{ … }` (1A4000000000000000000001)
///     line 15, column 11   package line 2 `{ … }` (the second tag, `bad-tag` by default)
///
/// The pack (`pack/`) has four rules, one per severity and subject:
/// `FIX-DEST` (error, destination), `FIX-TRANSPORTER` (warning, transporter), `FIX-LINE` (info,
/// line) and `FIX-QTY` (error, line; its finding has a related location in the inventory export).
public struct ReportFixture: Sendable {
    public let directory: URL
    public var pack: String { directory.appendingPathComponent("pack").path }
    public var manifest: String { directory.appendingPathComponent("manifest.json").path }
    public var inventory: String { directory.appendingPathComponent("C11-0000001-LIC.json").path }

    public struct Position: Sendable, Equatable {
        public var line: Int
        public var column: Int
        public var endColumn: Int
    }

    /// Where each record starts and where its one-line region ends, in the default manifest.
    public static let destination = Position(line: 6, column: 7, endColumn: 8)
    public static let transporter = Position(line: 11, column: 11, endColumn: 155)
    public static let firstLine = Position(line: 14, column: 11, endColumn: 102)
    public static let secondLine = Position(line: 15, column: 11, endColumn: 85)
    public static let inventoryPackage = Position(line: 2, column: 3, endColumn: 243)

    /// Writes the pack, the inventory and a manifest into a fresh temporary folder.
    public static func make(recipient: String = "C10-0000002-LIC", driver: String = "", secondTag: String = "bad-tag",
                            firstQuantity: String = "5") throws -> ReportFixture {
        let dir = try Paths.temporaryDirectory("s2slint-report-fixture")
        let fixture = ReportFixture(directory: dir)
        let fm = FileManager.default
        try fm.createDirectory(at: dir.appendingPathComponent("pack/examples"), withIntermediateDirectories: true)
        try packYAML.write(to: dir.appendingPathComponent("pack/rules.yaml"), atomically: true, encoding: .utf8)
        try examplesYAML.write(to: dir.appendingPathComponent("pack/examples/base.yaml"), atomically: true, encoding: .utf8)
        try inventoryJSON.write(toFile: fixture.inventory, atomically: true, encoding: .utf8)
        try manifestJSON(recipient: recipient, driver: driver, secondTag: secondTag, firstQuantity: firstQuantity)
            .write(toFile: fixture.manifest, atomically: true, encoding: .utf8)
        return fixture
    }

    public func write(_ name: String, _ text: String) throws -> String {
        let path = directory.appendingPathComponent(name).path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    public static func manifestJSON(recipient: String = "C10-0000002-LIC", driver: String = "", secondTag: String = "bad-tag",
                                    firstQuantity: String = "5") -> String {
        """
        [
          {
            "ManifestNumber": "0000012345",
            "ShipperFacilityLicenseNumber": "C11-0000001-LIC",
            "Destinations": [
              {
                "RecipientLicenseNumber": "\(recipient)",
                "EstimatedDepartureDateTime": "2026-03-01T09:00:00-08:00",
                "EstimatedArrivalDateTime": "2026-03-01T11:00:00-08:00",
                "Transporters": [
                  { "TransporterFacilityLicenseNumber": "C11-0000001-LIC", "DriverName": "\(driver)", "DriverLicenseNumber": "D1", "VehicleLicensePlateNumber": "7ABC123" }
                ],
                "Packages": [
                  { "PackageLabel": "1A4000000000000000000001", "Quantity": \(firstQuantity), "UnitOfMeasureName": "Grams" },
                  { "PackageLabel": "\(secondTag)", "Quantity": 5, "UnitOfMeasureName": "Grams" }
                ]
              }
            ]
          }
        ]

        """
    }

    public static let inventoryJSON = """
        [
          {"Id": 1, "Label": "1A4000000000000000000001", "PackageType": "Product", "Quantity": 2, "UnitOfMeasureName": "Grams", "PackagedDate": "2026-01-10", "LabTestingState": "TestPassed", "IsOnHold": false, "Item": {"Name": "Blue Dream 3.5g Jar"}}
        ]

        """

    public static let packYAML = """
        pack: report-fixture
        title: Report fixture pack (tests of the reporters)
        version: 1.0.0
        rules:
          - id: FIX-DEST
            title: Recipient license starts with C9
            description: A fixture rule on each destination.
            severity: error
            category: license.type
            scope: destination
            assert: destination.recipient_license_number matches "^C9"
            message: "recipient {destination.recipient_license_number} is not a C9 license"
            cite: [{ ref: "Fixture §1(a)", url: "https://example.org/fixture#1a", status: verified }]
            remedy: { party: shipper, hint: "ship to a C9 license" }
            examples:
              - { expect: pass, data: examples/base.yaml }
              - { expect: fail, data: examples/base.yaml, patch: [{ op: replace, path: /manifests/0/Destinations/0/RecipientLicenseNumber, value: C10-1 }] }
          - id: FIX-TRANSPORTER
            title: Driver named
            severity: warning
            category: transport
            scope: transporter
            assert: present(transporter.driver_name)
            message: "transporter {transporter.license_number} has no driver name"
            cite: [{ ref: "Fixture §2", status: secondary }]
            remedy: { party: transporter, hint: "name the driver" }
            examples:
              - { expect: pass, data: examples/base.yaml }
              - { expect: fail, data: examples/base.yaml, patch: [{ op: replace, path: /manifests/0/Destinations/0/Transporters/0/DriverName, value: "" }] }
          - id: FIX-LINE
            title: Tag format
            severity: info
            category: tag.format
            scope: line
            assert: line.tag matches "^1A[0-9A-F]{22}$"
            message: "tag {line.tag} is malformed"
            cite: [{ ref: "Fixture §3", status: unverified }]
            examples:
              - { expect: pass, data: examples/base.yaml }
              - { expect: fail, data: examples/base.yaml, patch: [{ op: replace, path: /manifests/0/Destinations/0/Packages/0/PackageLabel, value: bad }] }
          - id: FIX-QTY
            title: Quantity on hand
            severity: error
            category: quantity.available
            scope: line
            when: package != null
            assert: line.quantity <= package.quantity
            message: "line asks {line.quantity} of package {line.tag}, which holds {package.quantity}"
            cite: [{ ref: "Fixture §4", url: "https://example.org/fixture#4", status: verified }]
            remedy: { party: shipper, hint: "ship at most what is on hand" }
            examples:
              - { expect: pass, data: examples/base.yaml }
              - { expect: fail, data: examples/base.yaml, patch: [{ op: replace, path: /manifests/0/Destinations/0/Packages/0/Quantity, value: 1000 }] }

        """

    public static let examplesYAML = """
        packages:
          C11-0000001-LIC:
            - { Id: 1, Label: 1A4000000000000000000001, PackageType: Product, Quantity: 100, UnitOfMeasureName: Grams,
                PackagedDate: 2026-01-10, LabTestingState: TestPassed, IsOnHold: false, Item: { Name: Jar } }
        manifests:
          - ManifestNumber: "0000000001"
            ShipperFacilityLicenseNumber: C11-0000001-LIC
            Destinations:
              - RecipientLicenseNumber: C9-0000002-LIC
                Transporters:
                  - { TransporterFacilityLicenseNumber: C11-0000001-LIC, DriverName: Ana Patel }
                Packages:
                  - { PackageLabel: 1A4000000000000000000001, Quantity: 10, UnitOfMeasureName: Grams }

        """
}
