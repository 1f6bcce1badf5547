import Foundation
import S2SModel

/// Reads a COA from `pdftotext -layout` text with a lab profile: recognises the lab, then reads the
/// header fields, the summaries, and every titled section's table.
struct LayoutCOAReader {
    let profiles: COAProfileSet

    /// The profile whose markers the text carries (most markers wins), or the fallback profile.
    func selectProfile(_ text: LayoutText) -> LabProfile? {
        let folded = text.pages.map { page in page.map { TextFolding.fold(String($0.chars)) }.joined(separator: "\n") }.joined(separator: "\n")
        var best: (LabProfile, Int)?
        for p in profiles.profiles where !p.isFallback {
            guard p.allOf.allSatisfy({ folded.contains(TextFolding.fold($0)) }) else { continue }
            let anyHits = p.anyOf.filter { folded.contains(TextFolding.fold($0)) }.count
            guard p.anyOf.isEmpty || anyHits > 0 else { continue }
            let score = p.allOf.count + anyHits
            if score > (best?.1 ?? 0) { best = (p, score) }
        }
        return best?.0 ?? profiles.profiles.first { $0.isFallback }
    }

    func read(_ text: LayoutText, document: COADocument, reader: String, profile chosen: LabProfile? = nil) throws(COAReadError) -> COA {
        guard let profile = chosen ?? selectProfile(text) else {
            throw .unrecognisedLayout(path: document.path, detail: "no lab profile recognises this COA and no fallback profile is loaded")
        }
        var vocabulary = profiles.vocabulary
        if !profile.tokens.isEmpty {
            var extra = COAVocabulary()
            extra.tokens = profile.tokens
            vocabulary.merge(extra)
        }
        for (name, id) in profile.analyteAliases {
            let panel = vocabulary.analytes.first { $0.id == id }?.panel ?? .other
            vocabulary.add(analyte: AnalyteEntry(id: id, panel: panel, names: [name]))
        }
        // Header fields and summaries read every line; tables skip the lines the profile ignores
        // (footers, legends), which would otherwise read as rows.
        let headerText = PreparedText(text, watermarks: profile.watermarks, ignoreLines: [], endMarkers: profile.endMarkers)
        let tableText = headerText.ignoring(profile.ignoreLines)
        var a = COAAssembly(document: document, reader: reader, profile: profile.id, vocabulary: vocabulary)
        let tokenizer = Tokenizer(vocabulary: vocabulary)
        readFields(profile, headerText, &a)
        readMarkers(headerText, vocabulary, &a)
        readSections(profile, tableText, headerText, tokenizer, vocabulary, &a)
        let summaries = SummaryReader(text: headerText, tokenizer: tokenizer)
        for spec in profile.summaries {
            for hit in summaries.read(spec) {
                let at = hit.labelPosition.model
                if let (s, printed, pos) = hit.status {
                    if let kind = hit.panel {
                        a.summaryStatus(kind, COAField(s, printed: printed, at: pos.model), name: hit.label, at: at)
                    } else if a.coa.status == nil {
                        a.coa.status = COAField(s, printed: printed, at: pos.model)
                    }
                }
                if let kind = hit.panel, let (d, printed, pos) = hit.date {
                    a.panelDate(kind, COAField(d, printed: printed, at: pos.model), name: hit.label, at: at)
                }
                if let kind = hit.panel, let (m, printed, pos) = hit.value, let id = Self.singleAnalyte[kind] {
                    let i = a.panelIndex(kind, name: hit.label, at: at)
                    if a.coa.panels[i].analytes.isEmpty {
                        a.add(COAAnalyte(id: id, name: COAField(hit.label, printed: hit.label, at: at), panel: kind,
                                         result: COAField(m, printed: printed, at: pos.model)), panelName: hit.label, at: at)
                    }
                }
            }
        }
        let expected = profile.expectedFields.isEmpty ? Self.defaultExpected : profile.expectedFields
        let coa = a.finish(expected: expected, cap: profile.confidenceCap)
        try Self.checkReadable(coa, profile: profile)
        return coa
    }

    static let singleAnalyte: [COAPanelKind: String] = [.moisture: "moisture", .waterActivity: "water_activity"]
    static let defaultExpected = ["lab.name", "sample_id", "batch", "source_tag", "dates.tested", "total.total_thc", "panels", "analytes"]

    /// A COA from which neither an identity nor any result could be read is an error, not an
    /// empty certificate.
    static func checkReadable(_ coa: COA, profile: LabProfile) throws(COAReadError) {
        let hasIdentity = coa.sample.sampleID != nil || !coa.sample.batchIDs.isEmpty || !coa.sample.traceIDs.isEmpty
        let hasResults = coa.panels.contains { !$0.analytes.isEmpty || $0.status != nil }
        if !hasIdentity && !hasResults {
            throw .unreadable(path: coa.document.path, profile: profile.id,
                              detail: "no sample id, batch, trace id, panel status or analyte could be read; missing: "
                                + coa.reading.missingFields.joined(separator: ", "))
        }
    }

    private func readFields(_ profile: LabProfile, _ text: PreparedText, _ a: inout COAAssembly) {
        let reader = FieldReader(text: text, profile: profile)
        for spec in profile.fields {
            let hits: [FieldHit]
            if case .trace = spec.target { hits = reader.readAll(spec) } else if let h = reader.read(spec) { hits = [h] } else { hits = [] }
            for hit in hits {
                if spec.nullValues.contains(where: { TextFolding.fold($0) == TextFolding.fold(hit.text) }) {
                    a.issue("coa.field.placeholder", "\(spec.target.name) is printed as '\(hit.text)'", at: hit.position.model)
                    continue
                }
                a.set(spec.target, text: hit.text, at: hit.position.model, unit: spec.unit, removeSpaces: spec.removeSpaces)
            }
        }
    }

    /// Purpose and basis markers of the vocabulary, when the profile did not read them.
    private func readMarkers(_ text: PreparedText, _ vocabulary: COAVocabulary, _ a: inout COAAssembly) {
        if a.coa.purpose == nil {
            search: for (marker, purpose) in vocabulary.purposeMarkers {
                let f = Array(TextFolding.fold(marker))
                for line in text.pages.first ?? [] {
                    if let span = line.occurrences(of: f).first {
                        a.coa.purpose = COAField(purpose, printed: TextFolding.clean(line.line.text(span)), at: line.line.position(column: span.lowerBound).model)
                        break search
                    }
                }
            }
        }
        if a.coa.basis == nil {
            search: for (marker, basis) in vocabulary.basisMarkers {
                let f = Array(TextFolding.fold(marker))
                for line in text.allLines {
                    if let span = line.occurrences(of: f).first {
                        a.coa.basis = COAField(basis, printed: TextFolding.clean(line.line.text(span)), at: line.line.position(column: span.lowerBound).model)
                        break search
                    }
                }
            }
        }
    }

    private func readSections(_ profile: LabProfile, _ text: PreparedText, _ headerText: PreparedText, _ tokenizer: Tokenizer,
                              _ vocabulary: COAVocabulary, _ a: inout COAAssembly) {
        let naming = AnalyteNaming(vocabulary: vocabulary, footnotes: profile.nameFootnotes)
        let tables = TableReader(tokenizer: tokenizer, vocabulary: vocabulary,
                                 nameHeaders: (profile.nameHeaders.isEmpty ? ["Analyte"] : profile.nameHeaders).map { Array(TextFolding.fold($0)) },
                                 analyteKnown: { naming.isKnownOrPrefix($0) })
        for region in SectionFinder(sections: profile.sections, tokenizer: tokenizer).regions(in: text) {
            guard let panel = region.spec.panel else { continue }
            let page = text.pages[region.pageIndex]
            let titleLine = page[region.titleLine]
            let titleText = TextFolding.clean(titleLine.line.text(region.titleSpan))
            let at = titleLine.line.position(column: region.titleSpan.lowerBound).model
            if panel != .other { _ = a.panelIndex(panel, name: titleText, at: at) }
            // Date and status printed after the title, within the lane.
            let rest = tokenizer.cells(titleLine.line, from: region.titleSpan.upperBound, to: region.columns.upperBound)
            if let d = rest.first(where: { if case .date = $0.token { return true }; return false }), case .date(let date)? = d.token {
                a.panelDate(panel, COAField(date, printed: d.text, at: titleLine.line.position(column: d.start).model), name: titleText, at: at)
            } else if let (date, printed) = Self.squeezedDate(titleLine.line.text(from: region.titleSpan.upperBound, to: region.columns.upperBound)) {
                a.panelDate(panel, COAField(date, printed: printed, at: at), name: titleText, at: at)
            }
            if region.spec.statusOnTitle,
               let s = rest.first(where: { $0.token?.status != nil }), let status = s.token?.status {
                a.sectionStatus(panel, COAField(status, printed: s.text, at: titleLine.line.position(column: s.start).model), name: titleText, at: at)
            }
            // A test date printed under a label inside the section (read from the uncleaned text: the
            // profile may hide such lines from the table).
            if !region.spec.dateLabels.isEmpty {
                search: for li in region.lines {
                    let line = headerText.pages[region.pageIndex][li]
                    for label in region.spec.dateLabels {
                        for span in line.occurrences(of: Array(TextFolding.fold(label)), from: region.columns.lowerBound, to: region.columns.upperBound) {
                            let cells = tokenizer.cells(line.line, from: span.upperBound, to: min(region.columns.upperBound, span.upperBound + 40))
                            if let c = cells.first, case .date(let d)? = c.token {
                                a.panelDate(panel, COAField(d, printed: c.text, at: line.line.position(column: c.start).model), name: titleText, at: at)
                                break search
                            }
                        }
                    }
                }
            }
            var issues: [COAIssue] = []
            for table in tables.tables(in: region, page: page, issues: &issues) {
                for row in table.rows { addRow(row, table: table, naming: naming, profile: profile, panelName: titleText, at: at, &a) }
            }
            a.issues += issues
        }
    }

    /// `MAR07,2022` in letter-spaced titles read without geometry.
    static func squeezedDate(_ s: String) -> (COADate, String)? {
        let squeezed = s.filter { $0 != " " }.lowercased()
        guard let re = try? NSRegularExpression(pattern: "([a-z]{3})(\\d{1,2}),(\\d{4})"),
              let m = re.firstMatch(in: squeezed, range: NSRange(squeezed.startIndex..., in: squeezed)),
              let r = Range(m.range, in: squeezed) else { return nil }
        let words = [String(squeezed[r])]
        guard let (d, _) = DateText.parse(words: words, at: 0) else { return nil }
        return (d, String(squeezed[r]))
    }

    private func addRow(_ row: TableRow, table: ReadTable, naming: AnalyteNaming, profile: LabProfile, panelName: String,
                        at: COAPosition, _ a: inout COAAssembly) {
        let printedName = row.name
        guard let first = row.nameParts.first, !printedName.hasSuffix(":") else { return }
        var panel = table.panel
        var panelName = panelName
        // A panel column (Washington's `Analytical Method`) decides the panel row by row.
        if let j = table.columns.firstIndex(where: { $0.role == .panel }), let c = row.values[j],
           let k = a.vocabulary.panelKind(for: c.cell.text) {
            panel = k
            panelName = c.cell.text
        }
        let resolved = naming.resolve(printedName, panel: panel)
        let namePos = first.line.line.position(column: first.cell.start).model
        var rowUnit: COAUnit?
        if let j = table.columns.firstIndex(where: { $0.role == .unit }), let c = row.values[j] {
            if case .unit(let u)? = c.cell.token { rowUnit = u } else { rowUnit = COAUnit(parsing: c.cell.text) }
        }
        var results: [(COAField<COAMeasurement>, Bool)] = []
        var status: COAField<COAStatus>?
        var lod: COAField<COAAmount>?
        var loq: COAField<COAAmount>?
        var limit: COAField<COALimit>?
        var uncertainty: COAField<COAAmount>?
        for (j, col) in table.columns.enumerated() {
            guard let placed = row.values[j] else { continue }
            let cell = placed.cell
            let pos = placed.line.line.position(column: cell.start).model
            var unit = col.unit ?? rowUnit ?? table.unit
            if col.role == .value, let ru = rowUnit { unit = ru }
            if col.role == .value, let cu = col.unit, rowUnit != nil, cu != rowUnit { unit = cu }
            switch col.role {
            case .value:
                guard let t = cell.token else { continue }
                if t.isStatusOnly, let s = t.status {
                    if status == nil { status = COAField(s, printed: cell.text, at: pos) }
                    continue
                }
                var u = unit
                if resolved.basis != nil, case .number(_, let cu, _, _) = t, cu == .milligram { u = .milligramPerUnit }
                if let m = ValueInterpretation.measurement(t, unit: u) {
                    results.append((COAField(m, printed: cell.text, at: pos), col.primary))
                } else {
                    a.issue("coa.value.unit", "\(printedName): no unit for the value \(cell.text)", at: pos)
                }
            case .status:
                if let s = cell.token?.status { status = COAField(s, printed: cell.text, at: pos) }
            case .lod:
                if let t = cell.token, let v = ValueInterpretation.amount(t, unit: unit) { lod = COAField(v, printed: cell.text, at: pos) }
            case .loq:
                if let t = cell.token, let v = ValueInterpretation.amount(t, unit: unit) { loq = COAField(v, printed: cell.text, at: pos) }
            case .lodloq:
                if case .pair(let x, let y)? = cell.token, let u = unit {
                    lod = COAField(COAAmount(x, u), printed: cell.text, at: pos)
                    loq = COAField(COAAmount(y, u), printed: cell.text, at: pos)
                }
            case .uncertainty:
                if let t = cell.token, let v = ValueInterpretation.amount(t, unit: unit) { uncertainty = COAField(v, printed: cell.text, at: pos) }
            case .limit:
                let lu = unit ?? results.first?.0.value.amount?.unit
                if let t = cell.token, let l = ValueInterpretation.limit(t, printed: cell.text, unit: lu, powerOfTen: profile.powerOfTenLimits) {
                    limit = COAField(l, printed: cell.text, at: pos)
                } else if cell.isText {
                    limit = COAField(.text(cell.text), printed: cell.text, at: pos)
                }
            case .name, .text, .unit, .panel, .date:
                continue
            }
        }
        if results.isEmpty && status == nil { return }
        let ordered = results.filter { $0.1 } + results.filter { !$0.1 }
        var primary = ordered.first?.0 ?? COAField(.notReported, printed: "", at: namePos, note: "no value printed; the row prints a status only")
        if resolved.basis != nil, let p = ordered.first?.0, case .amount(let am) = p.value, am.unit.isMassFraction {
            primary = p
        }
        let alternates = ordered.dropFirst().map(\.0)
        if a.vocabulary.totals.contains(resolved.id) {
            for r in [primary] + alternates where !(r.value == .notApplicable) {
                a.addTotal(COAPrintedTotal(kind: resolved.id, amount: r, context: .table))
            }
            return
        }
        let analyte = COAAnalyte(id: resolved.id, name: COAField(resolved.name, printed: printedName, at: namePos), panel: panel,
                                 result: primary, alternates: Array(alternates), lod: lod, loq: loq, limit: limit,
                                 uncertainty: uncertainty, status: status)
        a.add(analyte, panelName: panelName, at: at)
    }
}
