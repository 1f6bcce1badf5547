import Foundation
import S2SModel

/// Collects what the readers find into a `COA`: merges panels by kind, keeps the first value of
/// single-valued fields, records issues, and adds the derived values (category, test date, Total
/// THC, confidence).
struct COAAssembly {
    var coa: COA
    var vocabulary: COAVocabulary
    var issues: [COAIssue] = []
    /// Summary statuses per panel kind, applied after section statuses.
    private var summaryStatus: [COAPanelKind: COAField<COAStatus>] = [:]

    init(document: COADocument, reader: String, profile: String, vocabulary: COAVocabulary) {
        coa = COA(document: document, reading: COAReading(reader: reader, profile: profile, confidence: 0))
        self.vocabulary = vocabulary
    }

    mutating func issue(_ code: String, _ message: String, at position: COAPosition?) {
        issues.append(COAIssue(code: code, message: message, position: position))
    }

    // MARK: header fields

    /// Sets a header field from its printed text. Returns false when the text does not read as the
    /// field's type (a date that is not a date), so the caller can try the next candidate.
    @discardableResult
    mutating func set(_ target: FieldTarget, text: String, at position: COAPosition?, unit: COAUnit? = nil,
                      removeSpaces: Bool = false) -> Bool {
        func field(_ v: String) -> COAField<String> { COAField(v, printed: text, at: position) }
        switch target {
        case .labName:
            if coa.lab.name == nil { coa.lab.name = field(text) }
        case .labLicense:
            if coa.lab.license == nil { coa.lab.license = field(text) }
        case .reportID:
            if coa.sample.reportID == nil { coa.sample.reportID = field(text) }
        case .sampleID:
            if coa.sample.sampleID == nil { coa.sample.sampleID = field(removeSpaces ? text.filter { $0 != " " } : text) }
        case .batch:
            if !coa.sample.batchIDs.contains(where: { $0.value == text }) { coa.sample.batchIDs.append(field(text)) }
        case .trace(let role, let system):
            // Tags never hold spaces (`8315 4308 4706 0831`); Metrc tags are upper case.
            var normalised = text.filter { !$0.isWhitespace }
            if system == .metrc || COATraceID.isMetrcTag(normalised.uppercased()) { normalised = normalised.uppercased() }
            guard !normalised.isEmpty else { return false }
            if coa.sample.traceIDs.contains(where: { $0.role == role && $0.tag.value == normalised }) { return true }
            let sys = system ?? (COATraceID.isMetrcTag(normalised) ? .metrc : .unknown)
            if sys == .metrc && !COATraceID.isMetrcTag(normalised) {
                issue("coa.trace.format", "'\(text)' is printed as a Metrc tag but is not one (1A4 + 21 hexadecimal digits)", at: position)
            }
            coa.sample.traceIDs.append(COATraceID(role: role, system: sys, tag: COAField(normalised, printed: text, at: position)))
        case .productName:
            if coa.sample.productName == nil { coa.sample.productName = field(text) }
        case .strain:
            if coa.sample.strain == nil { coa.sample.strain = field(text) }
        case .matrix:
            if coa.sample.matrix == nil { coa.sample.matrix = field(text) }
        case .inhalable:
            guard let b = Self.inhalable(text) else { return false }
            if coa.sample.inhalable == nil { coa.sample.inhalable = COAField(b, printed: text, at: position) }
        case .status:
            guard let (s, printed) = ValueInterpretation.status(text: text, vocabulary: vocabulary) else { return false }
            if coa.status == nil { coa.status = COAField(s, printed: printed, at: position) }
        case .purpose(let p):
            if coa.purpose == nil { coa.purpose = COAField(p, printed: text, at: position) }
        case .basis(let b):
            if coa.basis == nil { coa.basis = COAField(b, printed: text, at: position) }
        case .date(let kind):
            guard let (d, _) = DateText.first(in: text) else { return false }
            let f = COAField(d, printed: text, at: position)
            switch kind {
            case .sampled: if coa.dates.sampled == nil { coa.dates.sampled = f }
            case .received: if coa.dates.received == nil { coa.dates.received = f }
            case .tested: if coa.dates.tested == nil { coa.dates.tested = f }
            case .released: if coa.dates.released == nil { coa.dates.released = f }
            case .expires: if coa.dates.expires == nil { coa.dates.expires = f }
            case .produced: if coa.dates.produced == nil { coa.dates.produced = f }
            }
        case .total(let kind, let placement):
            guard let (m, printed) = ValueInterpretation.measurement(text: text, vocabulary: vocabulary, unit: unit) else { return false }
            if case .amount(let a) = m, a.unit == .milligram || a.unit == .gram { return false }
            let context: COAPrintedTotal.Context = placement == .labelClaim ? .labelClaim : .summary
            let unitOf = m.amount?.unit
            if coa.printedTotals.contains(where: { $0.kind == kind && $0.context == context && $0.amount.value.amount?.unit == unitOf }) { return true }
            coa.printedTotals.append(COAPrintedTotal(kind: kind, amount: COAField(m, printed: printed, at: position), context: context))
        case .servingSize, .unitMass:
            guard let (m, printed) = ValueInterpretation.measurement(text: text, vocabulary: vocabulary, unit: unit),
                  case .amount(let a) = m else { return false }
            let f = COAField(a, printed: printed, at: position)
            if target == .servingSize { if coa.sample.servingSize == nil { coa.sample.servingSize = f } } else if coa.sample.unitMass == nil { coa.sample.unitMass = f }
        }
        return true
    }

    static func inhalable(_ text: String) -> Bool? {
        let f = TextFolding.fold(text)
        if f.contains("noninhal") || f.contains("notinhal") || f.contains("non-inhal") { return false }
        if f.contains("inhal") { return true }
        return nil
    }

    // MARK: panels

    mutating func panelIndex(_ kind: COAPanelKind, name: String, at position: COAPosition?) -> Int {
        if let i = coa.panels.firstIndex(where: { $0.kind == kind }) { return i }
        coa.panels.append(COAPanel(kind: kind, name: COAField(name, printed: name, at: position)))
        return coa.panels.count - 1
    }

    /// A status printed on a section title or in a table's own place.
    mutating func sectionStatus(_ kind: COAPanelKind, _ status: COAField<COAStatus>, name: String, at: COAPosition?) {
        let i = panelIndex(kind, name: name, at: at)
        if let existing = coa.panels[i].status {
            // Several sections of one panel (Category 1 and 2 pesticides): a fail anywhere fails.
            if existing.value != status.value {
                if status.value == .fail { coa.panels[i].status = status }
                if existing.value == .pass || status.value == .pass, existing.value != .fail && status.value != .fail {
                    issue("coa.status.conflict", "\(kind.rawValue): sections print \(existing.printed) and \(status.printed)", at: status.position)
                }
            }
        } else {
            coa.panels[i].status = status
        }
    }

    mutating func summaryStatus(_ kind: COAPanelKind, _ status: COAField<COAStatus>, name: String, at: COAPosition?) {
        _ = panelIndex(kind, name: name, at: at)
        if summaryStatus[kind] == nil { summaryStatus[kind] = status }
    }

    mutating func panelDate(_ kind: COAPanelKind, _ date: COAField<COADate>, name: String, at: COAPosition?) {
        let i = panelIndex(kind, name: name, at: at)
        if coa.panels[i].tested == nil { coa.panels[i].tested = date }
    }

    mutating func add(_ analyte: COAAnalyte, panelName: String, at: COAPosition?) {
        let i = panelIndex(analyte.panel, name: panelName, at: at)
        if let k = coa.panels[i].analytes.firstIndex(where: { $0.id == analyte.id && analyte.isKnown }) {
            let existing = coa.panels[i].analytes[k]
            let units = Set(([existing.result] + existing.alternates).compactMap { $0.value.amount?.unit })
            let newUnits = Set(([analyte.result] + analyte.alternates).compactMap { $0.value.amount?.unit })
            if !newUnits.isEmpty && newUnits.isDisjoint(with: units) {
                // The same analyte printed per unit or per serving further down: an alternate.
                coa.panels[i].analytes[k].alternates += [analyte.result] + analyte.alternates
                return
            }
            if existing.result.value == analyte.result.value { return }
            issue("coa.analyte.duplicate", "\(analyte.name.value) is printed twice with different results (\(existing.result.printed), \(analyte.result.printed))",
                  at: analyte.name.position)
        }
        coa.panels[i].analytes.append(analyte)
    }

    mutating func addTotal(_ total: COAPrintedTotal) {
        let unit = total.amount.value.amount?.unit
        if coa.printedTotals.contains(where: { $0.kind == total.kind && $0.context == total.context && $0.amount.value.amount?.unit == unit }) { return }
        coa.printedTotals.append(total)
    }

    // MARK: finishing

    /// Applies summary statuses, derives category, test date and Total THC, and scores the reading.
    mutating func finish(expected: [String], cap: Decimal) -> COA {
        for (kind, status) in summaryStatus {
            guard let i = coa.panels.firstIndex(where: { $0.kind == kind }) else { continue }
            if let s = coa.panels[i].status, s.value != status.value {
                issue("coa.status.conflict", "\(kind.rawValue): the summary prints \(status.printed) but the section prints \(s.printed)",
                      at: s.position)
            }
            coa.panels[i].status = status
        }
        coa.panels.sort { $0.kind < $1.kind }
        deriveCategory()
        if coa.dates.tested == nil, let latest = coa.panels.compactMap(\.tested).max(by: { $0.value < $1.value }) {
            coa.dates.tested = COAField(latest.value, printed: latest.printed, at: latest.position,
                                        note: "no overall test date printed: the latest panel test date")
        }
        coa.computedTotalTHC = TotalTHCComputation.compute(coa)
        if let t = coa.computedTotalTHC, t.disagrees, let p = t.printed, let d = t.difference {
            issue("coa.total.disagrees",
                  "printed Total THC \(p.printed) differs from Δ9-THC + 0.877 × THCA = \(t.value) by \(d) \(t.value.unit.symbol)",
                  at: p.position)
        }
        var missing: [String] = []
        for f in expected where !has(f) { missing.append(f) }
        let found = expected.count - missing.count
        var confidence = expected.isEmpty ? cap : Decimal(found) / Decimal(expected.count) * cap
        var rounded = Decimal()
        NSDecimalRound(&rounded, &confidence, 2, .plain)
        coa.reading.confidence = rounded
        coa.reading.missingFields = missing
        for m in missing { issue("coa.field.missing", "expected field \(m) was not found", at: nil) }
        coa.reading.issues = issues
        return coa
    }

    private mutating func deriveCategory() {
        var sources: [COAField<String>] = []
        if let m = coa.sample.matrix { sources.append(m) }
        if let p = coa.sample.productName { sources.append(p) }
        if coa.sample.inhalable == nil {
            for s in sources {
                if let b = Self.inhalable(s.value) {
                    coa.sample.inhalable = COAField(b, printed: s.printed, at: s.position)
                    break
                }
            }
        }
        guard coa.sample.category == nil else { return }
        for s in sources {
            let f = TextFolding.fold(s.value)
            for rule in vocabulary.categories {
                guard rule.keywords.contains(where: { f.contains(TextFolding.fold($0)) }) else { continue }
                coa.sample.category = COAField(rule.category, printed: s.printed, at: s.position,
                                               note: "category from the \(s.position == coa.sample.matrix?.position ? "matrix" : "product name")")
                if coa.sample.inhalable == nil, let inh = rule.inhalable {
                    coa.sample.inhalable = COAField(inh, printed: s.printed, at: s.position, note: "implied by the category \(rule.category.rawValue)")
                }
                return
            }
        }
    }

    func has(_ field: String) -> Bool {
        switch field {
        case "lab.name": return coa.lab.name != nil
        case "lab.license": return coa.lab.license != nil
        case "report_id": return coa.sample.reportID != nil
        case "sample_id": return coa.sample.sampleID != nil
        case "batch": return !coa.sample.batchIDs.isEmpty
        case "source_tag": return !coa.sample.sourcePackageTags.isEmpty
        case "lab_sample_tag": return coa.sample.labSampleTag != nil
        case "product_name": return coa.sample.productName != nil
        case "strain": return coa.sample.strain != nil
        case "matrix": return coa.sample.matrix != nil
        case "inhalable": return coa.sample.inhalable != nil
        case "status": return coa.status != nil
        case "purpose": return coa.purpose != nil
        case "basis": return coa.basis != nil
        case "serving_size": return coa.sample.servingSize != nil
        case "unit_mass": return coa.sample.unitMass != nil
        case "panels": return !coa.panels.isEmpty
        case "analytes": return coa.panels.contains { !$0.analytes.isEmpty }
        default:
            if field.hasPrefix("dates.") {
                switch field.dropFirst(6) {
                case "sampled": return coa.dates.sampled != nil
                case "received": return coa.dates.received != nil
                case "tested": return coa.dates.tested != nil
                case "released": return coa.dates.released != nil
                case "expires": return coa.dates.expires != nil
                case "produced": return coa.dates.produced != nil
                default: return false
                }
            }
            if field.hasPrefix("total.") { return coa.printedTotal(String(field.dropFirst(6))) != nil }
            if field.hasPrefix("claim.") { return coa.printedTotals.contains { $0.kind == field.dropFirst(6) && $0.context == .labelClaim } }
            return false
        }
    }
}
