public import S2SModel

/// One row shape a JSON export can hold, how to recognise it from the member names of its first
/// row, and how to decode a row into the model.
public struct JSONRowFormat: Sendable {
    public var kind: InputKind
    /// Member names typical of the shape; the format with the most of them present wins.
    public var signature: [UInt64]
    public var signatureNames: [String]
    /// At least this many signature names must be present.
    public var minimumMatches: Int
    public var decodeRow: @Sendable (inout JSONCursor, inout ImportSink, String, InputOptions, inout Dataset) throws -> Void
    public var finish: @Sendable (inout Dataset) -> Void

    public init(kind: InputKind, signature: [String], minimumMatches: Int,
                decodeRow: @escaping @Sendable (inout JSONCursor, inout ImportSink, String, InputOptions, inout Dataset) throws -> Void,
                finish: @escaping @Sendable (inout Dataset) -> Void = { _ in }) {
        self.kind = kind
        self.signatureNames = signature
        self.signature = signature.map(JSONKey.hash)
        self.minimumMatches = minimumMatches
        self.decodeRow = decodeRow
        self.finish = finish
    }

    /// The formats this build recognises, in the order they are tried.
    public static let all: [JSONRowFormat] = [
        JSONRowFormat(kind: .packages,
                      signature: ["Label", "LabTestingState", "PackagedDate", "PackageType", "UnitOfMeasureName",
                                  "Item", "Quantity", "IsOnHold", "ProductName"],
                      minimumMatches: 3) { c, sink, ptr, opts, ds in
            if let p = try MetrcPackageReader.readPackage(&c, &sink, pointer: ptr, owner: opts.owner, status: nil) {
                ds.packages.append(p)
            }
        },
        JSONRowFormat(kind: .labResults,
                      signature: ["LabFacilityLicenseNumber", "TestPerformedDate", "TestTypeName", "Panels",
                                  "LabTestResultId", "TestPassed", "OverallPassed"],
                      minimumMatches: 2,
                      decodeRow: { c, sink, ptr, _, ds in
                          let (r, _) = try MetrcLabResultReader.readRow(&c, &sink, pointer: ptr)
                          ds.labResults.append(r)
                      },
                      finish: { ds in ds.labResults = MetrcLabResultReader.groupRows(ds.labResults) }),
        JSONRowFormat(kind: .manifests,
                      signature: ["Destinations", "ManifestNumber", "ShipperFacilityLicenseNumber"],
                      minimumMatches: 1) { c, sink, ptr, _, ds in
            ds.manifests.append(try MetrcManifestReader.readManifest(&c, &sink, pointer: ptr))
        },
    ]
}
