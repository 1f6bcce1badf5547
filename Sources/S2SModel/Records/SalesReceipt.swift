public import Foundation

/// A retail sale to a consumer or patient: Metrc `/sales/v1|v2/receipts` (active, inactive, by id,
/// by external number) and the create-receipts request. The customer is identified only as far as
/// Metrc identifies them: a patient or caregiver by license, an adult-use consumer at the counter
/// not at all (see `customerKey`).
public struct SalesReceipt: Sendable, Hashable {
    /// Metrc's receipt id (`Id`).
    public var id: String?
    public var receiptNumber: String?
    public var externalReceiptNumber: String?
    /// The retailer's license: `FacilityLicenseNumber` when the row says, else the license the
    /// export was given for (`--inputs C10-…-LIC=receipts.json`, or a file named after it).
    public var facilityLicenseNumber: String?
    public var salesDateTime: DateTime?
    /// `SalesCustomerType` as written: Consumer, Patient, Caregiver, ExternalPatient, NonResidentConsumer.
    public var customerType: String?
    public var patientLicenseNumber: String?
    public var caregiverLicenseNumber: String?
    public var identificationMethod: String?
    public var totalPackages: Int?
    public var totalPrice: Decimal?
    public var isFinal: Bool?
    public var archivedDate: Day?
    public var recordedDateTime: DateTime?
    public var transactions: [SaleTransaction] = []
    /// CCRS Sale.CSV: the upload's `SubmittedDate` (preamble), the day the file says it was submitted.
    public var reportedOn: Day?
    public var source: SourceRef

    public init(source: SourceRef = .none) { self.source = source }

    /// Who bought, for limits per customer: the patient's license, else the caregiver's; nil for
    /// a consumer Metrc does not identify.
    public var customerKey: String? { CustomerKey.make(patient: patientLicenseNumber, caregiver: caregiverLicenseNumber, consumer: nil) }
}

/// One package sold on a receipt or a delivery (Metrc `Transactions[]`).
public struct SaleTransaction: Sendable, Hashable {
    /// `PackageLabel`: the tag of the package sold from.
    public var tag: String?
    public var packageId: String?
    public var productName: String?
    /// `ProductCategoryName` when the export carries it (GET lists do, create requests do not).
    public var productCategory: String?
    /// `Quantity` (`QuantitySold` in GET lists) with its unit.
    public var quantity: Quantity?
    /// The unit text exactly as written (`UnitOfMeasure`, `UnitOfMeasureName`).
    public var unitName: String?
    /// `TotalAmount` (requests) or `TotalPrice` (GET lists): what the customer paid for the line.
    public var totalPrice: Decimal?
    public var price: Decimal?
    public var discount: Decimal?
    public var unitThcPercent: Decimal?
    /// THC per unit with its unit (`UnitThcContent` + `UnitThcContentUnitOfMeasure`, e.g. 10 mg).
    public var unitThcContent: Quantity?
    /// Weight per unit (`UnitWeight` + `UnitWeightUnitOfMeasure`) for items sold by count.
    public var unitWeight: Quantity?
    /// CCRS Sale.CSV: `SaleDetailExternalIdentifier`, the line's own id.
    public var lineId: String?
    /// CCRS audit columns of the line's row: `CreatedDate`, `UpdatedDate`, `Operation` (upper-cased).
    public var createdDate: Day?
    public var updatedDate: Day?
    public var operation: String?
    public var source: SourceRef

    public init(source: SourceRef = .none) { self.source = source }
}

/// How a customer is named across receipts and deliveries, so the same person's purchases group:
/// `patient C-1234` (the patient's license), `caregiver CG-9`, `consumer 456DEF` (a delivery's
/// `ConsumerId`); license numbers and ids are trimmed and upper-cased.
public enum CustomerKey {
    public static func make(patient: String?, caregiver: String?, consumer: String?) -> String? {
        func norm(_ s: String?) -> String? {
            guard let t = s?.trimmingCharacters(in: .whitespacesAndNewlines), !t.isEmpty else { return nil }
            return t.uppercased()
        }
        if let p = norm(patient) { return "patient " + p }
        if let c = norm(caregiver) { return "caregiver " + c }
        if let c = norm(consumer) { return "consumer " + c }
        return nil
    }
}
