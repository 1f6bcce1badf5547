import Foundation
import S2SModel

// The rule language's view of lab certificates (COAs): the `coa`, `coa_panel` and `coa_analyte`
// records, and `package.coas`. Concentrations are numbers in a named unit (`%`, `µg/g` …): the
// rule language's quantities are masses, volumes and counts, which a concentration is not; use
// `concentration(analyte, "µg/g")` to read a value in a unit of your choice.

@inline(__always) func coaRecord(_ r: RecordRef, _ c: EvalContext) -> COA { c.dataset.coas[Int(r.i)] }
@inline(__always) func coaPanel(_ r: RecordRef, _ c: EvalContext) -> COAPanel { c.dataset.coas[Int(r.i)].panels[Int(r.j)] }
@inline(__always) func coaAnalyte(_ r: RecordRef, _ c: EvalContext) -> COAAnalyte {
    c.dataset.coas[Int(r.i)].panels[Int(r.j)].analytes[Int(r.k)]
}

/// A certificate date as a day: the last day of a printed range (`23-26 February` → the 26th).
func coaDay(_ f: COAField<COADate>?) -> Value { f.map { .day($0.value.lastDay) } ?? .null }

/// A percentage (or other mass fraction) as a number in %.
func percent(_ a: COAAmount?) -> Value { Value(a?.converted(to: .percent)?.value) }

let coaFields: [FieldDef] = [
    FieldDef("file", .string, "the COA's file, as given on the command line") { r, c in .string(coaRecord(r, c).document.path) },
    FieldDef("format", .string, "what the file was read as: pdf, text, xml, wcia_json") { r, c in .string(coaRecord(r, c).document.format.rawValue) },
    FieldDef("sha256", .string, "SHA-256 of the bytes read") { r, c in .string(coaRecord(r, c).document.sha256) },
    FieldDef("reader", .string, "the reader: pdf, text, xml:<mapping>, wcia-json") { r, c in .string(coaRecord(r, c).reading.reader) },
    FieldDef("profile", .string, "the lab profile or XML mapping used (generic: no lab profile recognised the layout)") { r, c in
        .string(coaRecord(r, c).reading.profile)
    },
    FieldDef("confidence", .number, "0 to 1: the share of the fields the profile expects that were found") { r, c in
        .number(coaRecord(r, c).reading.confidence)
    },
    FieldDef("missing_fields", .list(.string), "fields the profile expected and did not find (lab.license, batch, dates.tested …)") { r, c in
        Value(coaRecord(r, c).reading.missingFields)
    },
    FieldDef("issues", .list(.string), "what the reader remarked, as 'code: message' (coa.total.disagrees, coa.status.conflict …)") { r, c in
        Value(coaRecord(r, c).reading.issues.map { "\($0.code): \($0.message)" })
    },
    FieldDef("lab_name", .string, "the laboratory's name as printed") { r, c in Value(coaRecord(r, c).lab.name?.value) },
    FieldDef("lab_license_number", .string, "the laboratory's license as printed (null when none or a placeholder is printed)") { r, c in
        Value(coaRecord(r, c).lab.license?.value)
    },
    FieldDef("lab", .record(.license), "the laboratory's roster license (null when not in any roster)", needs: [.licenseByNumber]) { r, c in
        licenseRef(coaRecord(r, c).lab.license?.value, c)
    },
    FieldDef("sample_id", .string, "the lab's sample id") { r, c in Value(coaRecord(r, c).sample.sampleID?.value) },
    FieldDef("report_id", .string, "the certificate or report number, when printed apart from the sample id") { r, c in
        Value(coaRecord(r, c).sample.reportID?.value)
    },
    FieldDef("batches", .list(.string), "the batch or lot ids printed (Batch Number, Batch#, Lot ID …), as printed") { r, c in
        Value(coaRecord(r, c).sample.batchIDs.map(\.value))
    },
    FieldDef("batch", .string, "the first batch id printed (null when none)") { r, c in Value(coaRecord(r, c).sample.batchIDs.first?.value) },
    FieldDef("source_tags", .list(.string), "tags of the package(s) the sample was taken from (spaces removed; Metrc tags upper case)") { r, c in
        Value(coaRecord(r, c).sample.sourcePackageTags)
    },
    FieldDef("lab_sample_tag", .string, "tag of the lab sample package") { r, c in Value(coaRecord(r, c).sample.labSampleTag) },
    FieldDef("product_name", .string, "the product name as printed") { r, c in Value(coaRecord(r, c).sample.productName?.value) },
    FieldDef("strain", .string, "the strain as printed") { r, c in Value(coaRecord(r, c).sample.strain?.value) },
    FieldDef("matrix", .string, "the matrix or product type as printed (Flower, Inhalable; Pre-Rolls (Inhaled); MIP)") { r, c in
        Value(coaRecord(r, c).sample.matrix?.value)
    },
    FieldDef("category", .string,
             "flower, pre_roll, concentrate, vape, edible, beverage, tincture, topical, capsule, infused_product, other (from the matrix, else the product name)") { r, c in
        Value(coaRecord(r, c).sample.category?.value.rawValue)
    },
    FieldDef("inhalable", .bool, "whether the product is inhaled, as printed or implied by the category") { r, c in
        Value(coaRecord(r, c).sample.inhalable?.value)
    },
    FieldDef("sampled_date", .day, "sampled / collected") { r, c in coaDay(coaRecord(r, c).dates.sampled) },
    FieldDef("received_date", .day, "received by the lab") { r, c in coaDay(coaRecord(r, c).dates.received) },
    FieldDef("tested_date", .day, "tested / analysed (else the latest panel test date; a range gives its last day)") { r, c in
        coaDay(coaRecord(r, c).dates.tested)
    },
    FieldDef("released_date", .day, "issued / released / reported") { r, c in coaDay(coaRecord(r, c).dates.released) },
    FieldDef("expires_date", .day, "expires, when the certificate prints an expiry") { r, c in coaDay(coaRecord(r, c).dates.expires) },
    FieldDef("produced_date", .day, "produced / harvested") { r, c in coaDay(coaRecord(r, c).dates.produced) },
    FieldDef("status", .string, "the overall result as printed: pass, fail, tested, not_tested, not_evaluated, not_applicable, pending, revoked, unknown") { r, c in
        Value(coaRecord(r, c).status?.value.name)
    },
    FieldDef("status_text", .string, "the overall result exactly as printed") { r, c in Value(coaRecord(r, c).status?.printed) },
    FieldDef("purpose", .string, "regulatory_compliance, quality_assurance or research, when the certificate says") { r, c in
        Value(coaRecord(r, c).purpose?.value.rawValue)
    },
    FieldDef("basis", .string, "dry_weight or as_received, when printed") { r, c in Value(coaRecord(r, c).basis?.value.rawValue) },
    FieldDef("panels", .list(.record(.coaPanel)), "the panels (tests) of the certificate") { r, c in
        .list(coaRecord(r, c).panels.indices.map { .record(RecordRef(.coaPanel, Int(r.i), $0)) })
    },
    FieldDef("analytes", .list(.record(.coaAnalyte)), "every analyte row of every panel") { r, c in
        var out: [Value] = []
        for (j, p) in coaRecord(r, c).panels.enumerated() {
            for k in p.analytes.indices { out.append(.record(RecordRef(.coaAnalyte, Int(r.i), j, k))) }
        }
        return .list(out)
    },
    FieldDef("total_thc", .number, "Total THC recomputed as Δ9-THC + 0.877 × THCA, in % (null when either is not reported)") { r, c in
        percent(coaRecord(r, c).computedTotalTHC?.value)
    },
    FieldDef("printed_total_thc", .number, "the Total THC the certificate prints, in % (null when none is printed as a concentration)") { r, c in
        percent(coaRecord(r, c).printedTotal("total_thc")?.amount.value.amount)
    },
    FieldDef("total_thc_difference", .number, "printed − recomputed Total THC, in percentage points") { r, c in
        guard let t = coaRecord(r, c).computedTotalTHC, let d = t.difference,
              let f = t.value.unit.microgramsPerGram, let p = COAUnit.percent.microgramsPerGram else { return .null }
        return .number(d * f / p)
    },
    FieldDef("total_thc_disagrees", .bool, "true when the printed Total THC differs from the recomputed one by more than its rounding") { r, c in
        Value(coaRecord(r, c).computedTotalTHC.map { $0.printed == nil ? nil : $0.disagrees } ?? nil)
    },
    FieldDef("packages", .list(.record(.package)), "the inventory packages the certificate belongs to (see coas_for)", needs: [.coas]) { r, c in
        .list(c.index.coa.packages(forCOA: Int(r.i), in: c.dataset).map { .record(RecordRef(.package, $0)) })
    },
    FieldDef("lab_results", .list(.record(.labResult)),
             "S2S lab results for the same batch, source or lab sample tag by the same laboratory (revocations show here)",
             needs: [.coas]) { r, c in
        .list(c.index.coa.labResults(forCOA: Int(r.i), in: c.dataset).map { .record(RecordRef(.labResult, $0)) })
    },
]

let coaPanelFields: [FieldDef] = [
    FieldDef("kind", .string,
             "cannabinoids, terpenes, pesticides, heavy_metals, microbials, mycotoxins, residual_solvents, foreign_material, water_activity, moisture, other") { r, c in
        .string(coaPanel(r, c).kind.rawValue)
    },
    FieldDef("name", .string, "the panel's title as printed") { r, c in .string(coaPanel(r, c).name.value) },
    FieldDef("status", .string, "the status printed for the panel (pass, fail, tested, not_tested …); null when none is printed") { r, c in
        Value(coaPanel(r, c).status?.value.name)
    },
    FieldDef("status_text", .string, "the panel's status exactly as printed") { r, c in Value(coaPanel(r, c).status?.printed) },
    FieldDef("tested_date", .day, "when the panel was tested, as printed") { r, c in coaDay(coaPanel(r, c).tested) },
    FieldDef("analytes", .list(.record(.coaAnalyte)), "the panel's analyte rows") { r, c in
        .list(coaPanel(r, c).analytes.indices.map { .record(RecordRef(.coaAnalyte, Int(r.i), Int(r.j), $0)) })
    },
    FieldDef("coa", .record(.coa), "the certificate") { r, _ in .record(RecordRef(.coa, Int(r.i))) },
]

let coaAnalyteFields: [FieldDef] = [
    FieldDef("id", .string, "normalised analyte id (delta_9_thc, thca, cadmium, stec …; unlisted:<name> for unknown names)") { r, c in
        .string(coaAnalyte(r, c).id)
    },
    FieldDef("name", .string, "the name as printed") { r, c in .string(coaAnalyte(r, c).name.value) },
    FieldDef("panel", .string, "the panel kind") { r, c in .string(coaAnalyte(r, c).panel.rawValue) },
    FieldDef("result", .string,
             "amount, not_detected, below_loq, above_limit, detected, not_tested, not_reported, not_evaluated, not_applicable") { r, c in
        .string(coaAnalyte(r, c).result.value.kind.rawValue)
    },
    FieldDef("value", .number, "the number printed in the result column (an amount, or the bound of <100), in `unit`") { r, c in
        Value(coaAnalyte(r, c).result.value.amount?.value)
    },
    FieldDef("unit", .string, "the unit of `value`: %, mg/g, µg/g, µg/kg, CFU/g, aw, mg/serving …") { r, c in
        Value(coaAnalyte(r, c).result.value.amount?.unit.symbol)
    },
    FieldDef("printed", .string, "the result exactly as printed (< LOQ, ND, 0.235)") { r, c in .string(coaAnalyte(r, c).result.printed) },
    FieldDef("lod", .string, "the limit of detection with its unit, as printed") { r, c in Value(coaAnalyte(r, c).lod?.value.description) },
    FieldDef("loq", .string, "the limit of quantitation with its unit, as printed") { r, c in Value(coaAnalyte(r, c).loq?.value.description) },
    FieldDef("limit", .string, "the limit the lab printed (evidence only: rules judge by the jurisdiction's facts)") { r, c in
        Value(coaAnalyte(r, c).limit?.value.description)
    },
    FieldDef("status", .string, "the status printed on the row (pass, fail …); null when none") { r, c in
        Value(coaAnalyte(r, c).status?.value.name)
    },
    FieldDef("coa", .record(.coa), "the certificate") { r, _ in .record(RecordRef(.coa, Int(r.i))) },
]

/// `package.coas`, registered beside the package's own fields.
let packageCOAFields: [FieldDef] = [
    FieldDef("coas", .list(.record(.coa)),
             "lab certificates of the package: by batch, by its tag as the COA's source or lab sample, by the packages it was made from",
             needs: [.coas]) { r, c in
        .list(c.index.coa.coas(forPackage: Int(r.i), in: c.dataset).map { .record(RecordRef(.coa, $0)) })
    },
]
