/// Everything a run read, in the canonical model. Importers append; the engine reads.
public struct Dataset: Sendable {
    public var files: [SourceFile] = []
    public var licenses: [License] = []
    public var packages: [Package] = []
    public var items: [Item] = []
    public var labResults: [LabResult] = []
    /// Lab certificates (COAs) read from PDF, text, XML or WCIA JSON documents.
    public var coas: [COA] = []
    public var manifests: [Manifest] = []
    /// Reference lists and other records the importers read (Metrc facilities, item categories,
    /// units, lab-test batches and types, transfer types, drivers, vehicles; CCRS strains).
    public var facilities: [Facility] = []
    public var itemCategories: [ItemCategory] = []
    public var unitsOfMeasure: [UnitOfMeasureDefinition] = []
    public var labTestBatches: [LabTestBatch] = []
    public var labTestTypes: [LabTestType] = []
    public var transferTypes: [TransferType] = []
    public var drivers: [Driver] = []
    public var vehicles: [Vehicle] = []
    public var strains: [Strain] = []
    /// Package adjustments (S2S exports and internal logs).
    public var adjustments: [Adjustment] = []
    /// Internal ERP/WMS records for the daily operations (read through mapping files).
    public var salesOrderLines: [SalesOrderLine] = []
    public var receivingLines: [ReceivingLine] = []
    public var onHand: [OnHandRow] = []
    public var scanEvents: [ScanEvent] = []
    /// Retail sales (Metrc receipts), deliveries to customers, and retailer delivery runs.
    public var receipts: [SalesReceipt] = []
    /// CCRS InventoryTransfer.CSV rows: what a recipient reported receiving (joined to manifest lines).
    public var inventoryTransfers: [InventoryTransferReport] = []
    public var retailDeliveries: [RetailDelivery] = []
    public var retailTrips: [RetailTrip] = []
    /// Problems met while reading (errors make the run exit 2 unless told to continue).
    public var diagnostics: [Diagnostic] = []

    public init() {}

    /// Registers an input file and returns its id for `SourceRef.file`.
    public mutating func addFile(_ file: SourceFile) -> Int32 {
        files.append(file)
        return Int32(files.count - 1)
    }

    /// Appends the records and problems of a dataset read elsewhere (e.g. on another thread) whose
    /// file ids were taken from this dataset's table beforehand. Files are not copied.
    public mutating func absorb(_ other: Dataset) {
        licenses += other.licenses
        packages += other.packages
        items += other.items
        labResults += other.labResults
        coas += other.coas
        manifests += other.manifests
        facilities += other.facilities
        itemCategories += other.itemCategories
        unitsOfMeasure += other.unitsOfMeasure
        labTestBatches += other.labTestBatches
        labTestTypes += other.labTestTypes
        transferTypes += other.transferTypes
        drivers += other.drivers
        vehicles += other.vehicles
        strains += other.strains
        adjustments += other.adjustments
        salesOrderLines += other.salesOrderLines
        receivingLines += other.receivingLines
        onHand += other.onHand
        scanEvents += other.scanEvents
        inventoryTransfers += other.inventoryTransfers
        absorbRetail(other)
        diagnostics += other.diagnostics
    }

    /// The resolved position of a record, reading its file if needed.
    public func resolve(_ ref: SourceRef) -> SourceLocation? {
        resolve([ref]).first ?? nil
    }

    /// Resolves many refs, reading each file once.
    public func resolve(_ refs: [SourceRef]) -> [SourceLocation?] {
        resolveWithLines(refs).map { $0?.location }
    }

    /// Resolves many refs with the text of each one's line (for diagnostics), reading each file once.
    public func resolveWithLines(_ refs: [SourceRef]) -> [(location: SourceLocation, line: String?)?] {
        var out = [(location: SourceLocation, line: String?)?](repeating: nil, count: refs.count)
        var byFile: [Int32: [Int]] = [:]
        for (i, r) in refs.enumerated() where r.file >= 0 && Int(r.file) < files.count {
            byFile[r.file, default: []].append(i)
        }
        for (f, idxs) in byFile {
            let file = files[Int(f)]
            let pos = file.positionsAndLines(of: idxs.map { refs[$0] })
            for (k, i) in idxs.enumerated() {
                let p = pos[k]
                out[i] = (SourceLocation(file: file.path, line: p?.line ?? 1, column: p?.column ?? 1,
                                         pointer: refs[i].pointer.isEmpty ? nil : refs[i].pointer), p?.text)
            }
        }
        return out
    }
}
