import Foundation
import S2SModel

/// Reads Metrc package adjustments: the history list (`/packages/v2/adjustments`: `PackageLabel`,
/// `AdjustmentQuantity`, `AdjustmentReasonName`, …) and the adjust request (`POST
/// /packages/v1|v2/adjust`: `Label`, `Quantity`, `UnitOfMeasure`, `AdjustmentReason`, …).
enum MetrcAdjustmentReader {
    struct Row: Sendable {
        var a = Adjustment()
        var quantity: Decimal?
        var unitAbbrev: String?
    }
    typealias R = FieldSetter<Row>
    static let row = RecordDecoder<Row>([
        (["PackageId"], R.text(\.a.packageId)),
        (["PackageLabel", "Label"], R.text(\.a.tag)),
        (["ItemName"], R.text(\.a.itemName)),
        (["ItemCategoryName"], R.text(\.a.itemCategory)),
        (["AdjustmentQuantity", "Quantity"], R.decimal(\.quantity)),
        (["AdjustmentUnitOfMeasureName", "UnitOfMeasure", "UnitOfMeasureName"], R.text(\.a.unitName)),
        (["AdjustmentUnitOfMeasureAbbreviation"], R.text(\.unitAbbrev)),
        (["AdjustmentReasonName", "AdjustmentReason"], R.text(\.a.reason)),
        (["AdjustmentNote", "ReasonNote"], R.text(\.a.note)),
        (["AdjustmentDate"], R.day(\.a.date)),
        (["AdjustedByUserName"], R.text(\.a.adjustedBy)),
    ])

    static func read(_ c: inout JSONCursor, _ sink: inout ImportSink, pointer: String,
                     options: InputOptions, into batch: inout ImportBatch) throws {
        var r = Row()
        r.a.source = sink.ref(c.here, pointer)
        try row.decode(&c, &sink, pointer: pointer, into: &r)
        if r.a.unitName == nil { r.a.unitName = r.unitAbbrev }
        if let q = r.quantity { r.a.quantity = Quantity(q, UnitNames.unit(r.a.unitName ?? "")) }
        if r.a.note?.isEmpty == true { r.a.note = nil }
        r.a.licenseNumber = options.owner
        if r.a.tag == nil && r.a.packageId == nil {
            sink.problem("adjustment at \(pointer) names no package (PackageLabel or PackageId)", code: "metrc.adjustment.package",
                         offset: r.a.source.offset, pointer: pointer)
        }
        batch.dataset.adjustments.append(r.a)
    }
}

/// Reads the lab-result record request (`POST /labtests/v1|v2/record`): one test event per
/// sample package `Label`, with `Results[{LabTestTypeName, Quantity, Passed, Notes}]`.
enum MetrcLabRecordReader {
    typealias R = FieldSetter<LabResult>
    static let panel = RecordDecoder<LabPanel>([
        (["LabTestTypeName"], FieldSetter.text(\.name)),
        (["Quantity"], FieldSetter.decimal(\.level)),
        (["Passed"], FieldSetter.bool(\.passed)),
        (["Notes"], FieldSetter.text(\.comment)),
    ])
    static let record = RecordDecoder<LabResult>([
        (["Label"], R.text(\.sampleTag)),
        (["ResultDate"], R.day(\.testedDate)),
        (["DocumentFileName"], R.text(\.documentId)),
        (["Results"], { c, s, p, r in
            try c.forEachObject(&s, p) { c, s, ep in
                var pan = LabPanel(source: s.ref(c.here, ep))
                try panel.decode(&c, &s, pointer: ep, into: &pan)
                if pan.comment?.isEmpty == true { pan.comment = nil }
                r.panels.append(pan)
            }
        }),
    ])

    static func read(_ c: inout JSONCursor, _ sink: inout ImportSink, pointer: String,
                     options: InputOptions, into batch: inout ImportBatch) throws {
        var r = LabResult(source: sink.ref(c.here, pointer))
        try record.decode(&c, &sink, pointer: pointer, into: &r)
        batch.dataset.labResults.append(r)
    }
}
