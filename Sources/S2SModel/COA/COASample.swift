/// The product category, which decides the limit set (inhalable or not) and the required panels.
public enum COAProductCategory: String, Sendable, Hashable, CaseIterable {
    case flower, preRoll = "pre_roll", concentrate, vape, edible, beverage, tincture, topical,
         capsule, infusedProduct = "infused_product", other
}

/// What a trace id stands for on the certificate.
public enum COATraceRole: String, Sendable, Hashable {
    /// The tag of the lab sample package ("METRC Sample", "Lab Metrc Id", WCIA `sample.id`).
    case labSample = "lab_sample"
    /// The tag of the package or lot the sample was taken from ("Source Metrc UID", "METRC Batch",
    /// "METRC SRC UID", "Seed to Sale #", "Inventory #", WCIA `sample.sample_source_id`).
    case sourcePackage = "source_package"
}

/// Which seed-to-sale system an id belongs to. `metrc` is inferred from the tag shape
/// (`1A4` + 21 hexadecimal digits); other systems only when the profile or format says so.
public enum COATraceSystem: String, Sendable, Hashable {
    case metrc, biotrack, ccrs, unknown
}

/// A seed-to-sale id printed on the certificate.
public struct COATraceID: Sendable, Hashable {
    public var role: COATraceRole
    public var system: COATraceSystem
    /// `value` is normalised (spaces removed: `8315 4308 4706 0831` → `8315430847060831`; Metrc tags
    /// upper-cased);
    /// `printed` keeps the text as printed.
    public var tag: COAField<String>

    public init(role: COATraceRole, system: COATraceSystem, tag: COAField<String>) {
        self.role = role
        self.system = system
        self.tag = tag
    }

    /// Metrc package tags are 24 characters: `1A4` and 21 hexadecimal digits.
    public static func isMetrcTag(_ s: String) -> Bool {
        let u = Array(s.utf8)
        guard u.count == 24, u[0] == 49, u[1] == 65, u[2] == 52 else { return false }
        return u.dropFirst(3).allSatisfy { (48...57).contains($0) || (65...70).contains($0) }
    }
}

/// The sample and product a certificate is about.
public struct COASample: Sendable, Hashable {
    /// The lab's sample id (`211116M007`, `2RL-220302-034`, `WA-221015-052`).
    public var sampleID: COAField<String>?
    /// The certificate or report number when the lab prints one apart from the sample id
    /// (`CoA ID: 211116M007-001`, `MCR-S22-10010 Rev.01.00`, WCIA `labresult_id`).
    public var reportID: COAField<String>?
    /// The client's batch or lot numbers (`Batch Number`, `Batch#`, `BATCH ID`, `Lot ID`).
    public var batchIDs: [COAField<String>]
    public var traceIDs: [COATraceID]
    public var productName: COAField<String>?
    public var strain: COAField<String>?
    /// The matrix or product type as printed (`Flower, Inhalable`, `Pre-Rolls (Inhaled)`, `MIP`).
    public var matrix: COAField<String>?
    public var category: COAField<COAProductCategory>?
    /// Whether the product is inhaled, as printed or as implied by the category.
    public var inhalable: COAField<Bool>?
    public var servingSize: COAField<COAAmount>?
    public var unitMass: COAField<COAAmount>?

    public init() {
        batchIDs = []
        traceIDs = []
    }

    /// Normalised tags of the sampled source package(s).
    public var sourcePackageTags: [String] { traceIDs.filter { $0.role == .sourcePackage }.map(\.tag.value) }
    /// Normalised tag of the lab sample package, if printed.
    public var labSampleTag: String? { traceIDs.first { $0.role == .labSample }?.tag.value }
}

/// The testing laboratory.
public struct COALab: Sendable, Hashable {
    public var name: COAField<String>?
    /// The lab's license number as printed (`C8-0000013-LIC`, `LAAA-8SPC-5FH4`); nil when none is
    /// printed or the COA prints a placeholder such as `Not licensed`.
    public var license: COAField<String>?

    public init(name: COAField<String>? = nil, license: COAField<String>? = nil) {
        self.name = name
        self.license = license
    }
}
