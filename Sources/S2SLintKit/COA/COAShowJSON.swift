import Foundation
public import S2SModel

/// `s2slint coa show --format json` (`s2slint.coa-show/1`): the certificate field by field, each
/// value with the text as printed and where it was read, and with a jurisdiction the required
/// panels and the recomputed panel statuses. Numbers are exact decimals.
public enum COAShowJSON {
    public static let schema = "s2slint.coa-show/1"

    public static func render(_ items: [(COA, COAJurisdictionView?)]) -> String {
        let doc = Document(schema: schema, certificates: items.map { Certificate($0.0, $0.1) })
        let enc = JSONEncoder()
        enc.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? enc.encode(doc)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    struct Document: Encodable {
        var schema: String
        var certificates: [Certificate]
    }

    struct Position: Encodable {
        var page: Int?
        var line: Int
        var column: Int
        var pointer: String?
        init?(_ p: COAPosition?) {
            guard let p else { return nil }
            page = p.page
            line = p.lineInPage ?? p.line
            column = p.column
            pointer = p.pointer
        }
    }

    struct Field: Encodable {
        var field: String
        var value: String
        var printed: String
        var at: Position?
        var note: String?
        init<T>(_ name: String, _ f: COAField<T>, _ show: (T) -> String = { "\($0)" }) {
            field = name
            value = show(f.value)
            printed = f.printed
            at = Position(f.position)
            note = f.note
        }
    }

    struct Measurement: Encodable {
        var kind: String
        var value: Decimal?
        var unit: String?
        var printed: String
        var at: Position?
        init(_ f: COAField<COAMeasurement>) {
            kind = f.value.kind.rawValue
            value = f.value.amount?.value
            unit = f.value.amount?.unit.symbol
            printed = f.printed
            at = Position(f.position)
        }
    }

    struct Analyte: Encodable {
        var id: String
        var name: String
        var result: Measurement
        var alternates: [Measurement]
        var lod: String?
        var loq: String?
        var limit: String?
        var status: String?
        var at: Position?
        init(_ a: COAAnalyte) {
            id = a.id
            name = a.name.value
            result = Measurement(a.result)
            alternates = a.alternates.map(Measurement.init)
            lod = a.lod?.value.description
            loq = a.loq?.value.description
            limit = a.limit?.value.description
            status = a.status?.value.name
            at = Position(a.name.position)
        }
    }

    struct Panel: Encodable {
        var kind: String
        var name: String
        var status: String?
        var statusPrinted: String?
        var tested: String?
        var at: Position?
        var analytes: [Analyte]
        enum CodingKeys: String, CodingKey { case kind, name, status, statusPrinted = "status_printed", tested, at, analytes }
        init(_ p: COAPanel) {
            kind = p.kind.rawValue
            name = p.name.value
            status = p.status?.value.name
            statusPrinted = p.status?.printed
            tested = p.tested?.value.description
            at = Position(p.status?.position ?? p.name.position)
            analytes = p.analytes.map(Analyte.init)
        }
    }

    struct TotalTHC: Encodable {
        var value: Decimal
        var unit: String
        var delta9THC: Decimal
        var thca: Decimal
        var assumptions: [String]
        var printed: String?
        var difference: Decimal?
        var roundingAllowance: Decimal?
        var disagrees: Bool
        enum CodingKeys: String, CodingKey {
            case value, unit, delta9THC = "delta9_thc", thca, assumptions, printed, difference
            case roundingAllowance = "rounding_allowance", disagrees
        }
        init(_ t: COAComputedTotalTHC) {
            value = t.value.value
            unit = t.value.unit.symbol
            delta9THC = t.delta9THC.value
            thca = t.thca.value
            assumptions = t.assumptions
            printed = t.printed?.printed
            difference = t.difference
            roundingAllowance = t.roundingAllowance
            disagrees = t.disagrees
        }
    }

    struct Issue: Encodable {
        var code: String
        var message: String
        var at: Position?
    }

    struct Reading: Encodable {
        var reader: String
        var profile: String
        var confidence: Decimal
        var missingFields: [String]
        var issues: [Issue]
        enum CodingKeys: String, CodingKey { case reader, profile, confidence, missingFields = "missing_fields", issues }
    }

    struct RecomputedAnalyte: Encodable {
        var analyte: String
        var computed: String
        var reason: String
        var limit: String
        var printedStatus: String?
        var printedLimit: String?
        var disagrees: Bool
        var at: Position?
        enum CodingKeys: String, CodingKey {
            case analyte, computed, reason, limit, printedStatus = "printed_status", printedLimit = "printed_limit", disagrees, at
        }
    }

    struct RecomputedPanel: Encodable {
        var panel: String
        var computed: String
        var printed: String?
        var disagrees: Bool
        var analytes: [RecomputedAnalyte]
    }

    struct RequiredPanel: Encodable {
        var panel: String
        var present: Bool
        var printed: String?
    }

    struct JurisdictionPart: Encodable {
        var id: String
        var category: String?
        var requiredPanels: [RequiredPanel]
        var recomputed: [RecomputedPanel]
        var problems: [String]
        enum CodingKeys: String, CodingKey { case id, category, requiredPanels = "required_panels", recomputed, problems }
        init(_ v: COAJurisdictionView) {
            id = v.jurisdiction
            category = v.category
            requiredPanels = v.requiredPanels.map { RequiredPanel(panel: $0.panel, present: $0.printed != nil, printed: $0.printed?.status?.value.name) }
            recomputed = v.recomputed.map { p in
                RecomputedPanel(panel: p.kind.rawValue, computed: p.computed.name, printed: p.printed?.value.name, disagrees: p.disagrees,
                                analytes: p.analytes.map { a in
                                    RecomputedAnalyte(analyte: a.analyte, computed: a.computed.name, reason: a.reason, limit: a.limit.description,
                                                      printedStatus: a.reading?.status?.value.name, printedLimit: a.reading?.limit?.value.description,
                                                      disagrees: a.disagrees, at: Position(a.reading?.result.position ?? a.reading?.name.position))
                                })
            }
            problems = v.problems
        }
    }

    struct Certificate: Encodable {
        var file: String
        var format: String
        var sha256: String
        var pages: Int?
        var reading: Reading
        var fields: [Field]
        var panels: [Panel]
        var computedTotalTHC: TotalTHC?
        var jurisdiction: JurisdictionPart?
        enum CodingKeys: String, CodingKey {
            case file, format, sha256, pages, reading, fields, panels, computedTotalTHC = "computed_total_thc", jurisdiction
        }

        init(_ c: COA, _ view: COAJurisdictionView?) {
            file = c.document.path
            format = c.document.format.rawValue
            sha256 = c.document.sha256
            pages = c.document.pages
            reading = Reading(reader: c.reading.reader, profile: c.reading.profile, confidence: c.reading.confidence,
                              missingFields: c.reading.missingFields,
                              issues: c.reading.issues.map { Issue(code: $0.code, message: $0.message, at: Position($0.position)) })
            var f: [Field] = []
            func add<T>(_ name: String, _ v: COAField<T>?, _ show: (T) -> String = { "\($0)" }) { if let v { f.append(Field(name, v, show)) } }
            add("lab.name", c.lab.name)
            add("lab.license", c.lab.license)
            add("sample_id", c.sample.sampleID)
            add("report_id", c.sample.reportID)
            for b in c.sample.batchIDs { add("batch", b) }
            for t in c.sample.traceIDs { add(t.role.rawValue, t.tag) }
            add("product_name", c.sample.productName)
            add("strain", c.sample.strain)
            add("matrix", c.sample.matrix)
            add("category", c.sample.category) { $0.rawValue }
            add("inhalable", c.sample.inhalable)
            add("serving_size", c.sample.servingSize)
            add("unit_mass", c.sample.unitMass)
            add("dates.sampled", c.dates.sampled)
            add("dates.received", c.dates.received)
            add("dates.tested", c.dates.tested)
            add("dates.released", c.dates.released)
            add("dates.expires", c.dates.expires)
            add("dates.produced", c.dates.produced)
            add("status", c.status) { $0.name }
            add("purpose", c.purpose) { $0.rawValue }
            add("basis", c.basis) { $0.rawValue }
            for t in c.printedTotals { add("printed.\(t.kind).\(t.context.rawValue)", t.amount) }
            fields = f
            panels = c.panels.map(Panel.init)
            computedTotalTHC = c.computedTotalTHC.map(TotalTHC.init)
            jurisdiction = view.map(JurisdictionPart.init)
        }
    }
}
