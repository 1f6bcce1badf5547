import Foundation
import S2SModel

/// Reads an XML COA through the mapping whose namespace matches the root element. A namespace no
/// mapping knows is an error, never an empty COA.
struct XMLCOAReader {
    let profiles: COAProfileSet

    func read(_ bytes: [UInt8], document: COADocument) throws(COAReadError) -> COA {
        do {
            return try LibXML.withDocument(bytes, url: document.path) { doc throws(COAReadError) -> COA in
                let root = doc.rootNamespace
                guard let mapping = profiles.xmlMappings.first(where: { $0.namespace == root.uri }) else {
                    throw COAReadError.unknownXMLNamespace(path: document.path, namespace: root.uri, line: root.line,
                                                           known: profiles.xmlMappings.map { $0.namespace.isEmpty ? "(none)" : $0.namespace })
                }
                for (p, uri) in mapping.prefixes { doc.register(prefix: p, uri: uri) }
                return try read(doc, mapping: mapping, document: document)
            }
        } catch let e as COAReadError {
            throw e
        } catch let e as XMLParseFailure {
            throw .malformedXML(path: document.path, line: e.line, column: e.column, detail: e.message)
        } catch {
            throw .malformedXML(path: document.path, line: 1, column: 1, detail: "\(error)")
        }
    }

    private func position(_ v: XMLValue) -> COAPosition { COAPosition(line: max(1, v.line), column: 1, pointer: v.path) }

    private func first(_ doc: LibXML.Document, _ path: String?, from node: LibXML.NodeRef? = nil) -> XMLValue? {
        guard let path, let values = doc.evaluate(path, from: node) else { return nil }
        return values.first { !$0.text.trimmingSpaces.isEmpty }
    }

    private func read(_ doc: LibXML.Document, mapping: XMLMapping, document: COADocument) throws(COAReadError) -> COA {
        var a = COAAssembly(document: document, reader: "xml:" + mapping.id, profile: mapping.id, vocabulary: profiles.vocabulary)
        for (name, path, unitPath) in mapping.fields {
            guard let target = FieldTarget(name: name) else { continue }
            let values: [XMLValue]
            if case .trace = target { values = (doc.evaluate(path) ?? []).filter { !$0.text.trimmingSpaces.isEmpty } } else { values = first(doc, path).map { [$0] } ?? [] }
            for v in values {
                var unit: COAUnit?
                if let up = unitPath, let u = first(doc, up, from: nil) ?? doc.nodes(path)?.first.flatMap({ first(doc, up, from: $0) }) {
                    unit = COAUnit(parsing: u.text)
                }
                if !a.set(target, text: TextFolding.clean(v.text), at: position(v), unit: unit) {
                    a.issue("coa.field.unreadable", "\(name): '\(v.text)' does not read as this field", at: position(v))
                }
            }
        }
        let tokenizer = Tokenizer(vocabulary: profiles.vocabulary)
        let naming = AnalyteNaming(vocabulary: profiles.vocabulary, footnotes: [])
        for panelNode in doc.nodes(mapping.panels.select) ?? [] {
            guard let kindValue = first(doc, mapping.panels.kind, from: panelNode) else {
                a.issue("coa.panel.kind", "a panel has no kind", at: COAPosition(line: panelNode.line, column: 1, pointer: panelNode.path))
                continue
            }
            let kindText = kindValue.text.trimmingSpaces
            guard let kind = COAPanelKind(rawValue: kindText) ?? profiles.vocabulary.panelKind(for: kindText) else {
                a.issue("coa.panel.kind", "unknown panel kind '\(kindText)'", at: position(kindValue))
                continue
            }
            let name = first(doc, mapping.panels.name, from: panelNode)?.text.trimmingSpaces ?? kindText
            let at = position(kindValue)
            _ = a.panelIndex(kind, name: name, at: at)
            if let s = first(doc, mapping.panels.status, from: panelNode) {
                if let (status, printed) = ValueInterpretation.status(text: s.text, vocabulary: profiles.vocabulary) {
                    a.sectionStatus(kind, COAField(status, printed: printed, at: position(s)), name: name, at: at)
                } else {
                    a.issue("coa.status.unknown", "\(name): unknown status '\(s.text)'", at: position(s))
                }
            }
            if let t = first(doc, mapping.panels.tested, from: panelNode) {
                if let (d, _) = DateText.first(in: t.text) {
                    a.panelDate(kind, COAField(d, printed: t.text, at: position(t)), name: name, at: at)
                } else {
                    a.issue("coa.date.unreadable", "\(name): '\(t.text)' is not a date", at: position(t))
                }
            }
            let ap = mapping.panels.analytes
            for node in doc.nodes(ap.select, from: panelNode) ?? [] {
                guard let n = first(doc, ap.name, from: node) else { continue }
                let resolved = naming.resolve(n.text, panel: kind)
                let unit = first(doc, ap.unit, from: node).flatMap { COAUnit(parsing: $0.text) }
                guard let v = first(doc, ap.value, from: node) else {
                    a.issue("coa.value.missing", "\(n.text): no result", at: position(n))
                    continue
                }
                guard let m = measurement(v.text, unit: unit, tokenizer: tokenizer) else {
                    a.issue("coa.value.unreadable", "\(n.text): '\(v.text)' is not a result\(unit == nil ? " (no unit given)" : "")", at: position(v))
                    continue
                }
                var analyte = COAAnalyte(id: resolved.id, name: COAField(resolved.name, printed: n.text, at: position(n)), panel: kind,
                                         result: COAField(m, printed: v.text.trimmingSpaces, at: position(v)))
                if let x = first(doc, ap.lod, from: node), let d = DecimalText.parse(printed: x.text.trimmingSpaces), let unit {
                    analyte.lod = COAField(COAAmount(d, unit), printed: x.text, at: position(x))
                }
                if let x = first(doc, ap.loq, from: node), let d = DecimalText.parse(printed: x.text.trimmingSpaces), let unit {
                    analyte.loq = COAField(COAAmount(d, unit), printed: x.text, at: position(x))
                }
                if let x = first(doc, ap.limit, from: node) {
                    let lu = first(doc, ap.limitUnit, from: node).flatMap { COAUnit(parsing: $0.text) } ?? unit
                    let cells = tokenizer.cells(LayoutLine(page: 1, number: 1, lineInPage: 1, chars: Array(x.text.trimmingSpaces), columnOffset: 0))
                    if let t = cells.first?.token, let l = ValueInterpretation.limit(t, printed: x.text.trimmingSpaces, unit: lu, powerOfTen: false) {
                        analyte.limit = COAField(l, printed: x.text.trimmingSpaces, at: position(x))
                    }
                }
                if let x = first(doc, ap.status, from: node), let (s, printed) = ValueInterpretation.status(text: x.text, vocabulary: profiles.vocabulary) {
                    analyte.status = COAField(s, printed: printed, at: position(x))
                }
                if profiles.vocabulary.totals.contains(resolved.id) {
                    a.addTotal(COAPrintedTotal(kind: resolved.id, amount: analyte.result, context: .table))
                } else {
                    a.add(analyte, panelName: name, at: at)
                }
            }
        }
        let coa = a.finish(expected: ["lab.name", "lab.license", "sample_id", "batch", "source_tag", "dates.tested", "panels", "analytes"], cap: 1)
        if coa.panels.isEmpty && coa.sample.sampleID == nil && coa.sample.batchIDs.isEmpty && coa.sample.traceIDs.isEmpty {
            throw .unreadable(path: document.path, profile: mapping.id, detail: "the mapping's XPaths matched nothing in this document")
        }
        return coa
    }

    private func measurement(_ text: String, unit: COAUnit?, tokenizer: Tokenizer) -> COAMeasurement? {
        let cells = tokenizer.cells(LayoutLine(page: 1, number: 1, lineInPage: 1, chars: Array(text.trimmingSpaces), columnOffset: 0))
        guard cells.count == 1, let t = cells[0].token else { return nil }
        return ValueInterpretation.measurement(t, unit: unit)
    }
}
