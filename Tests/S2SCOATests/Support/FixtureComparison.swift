import Foundation
import S2SCOA
import S2SModel

/// One expected field of a hand-checked fixture, and whether the reader got it.
struct FieldCheck {
    var field: String
    var ok: Bool
    var detail: String
}

/// Compares a `COA` with a hand-checked expected-values fixture
/// (`Tests/S2SCOATests/Fixtures/expected/*.json`). Every expected field counts once: each header
/// field, each panel status, each analyte's result, status, limit and extra printed values. The
/// same counting is used by `Docs/coa-accuracy/cannlytics_accuracy.py` for cannlytics.
enum FixtureComparison {
    struct Fixture {
        var name: String
        var pdf: String
        var sha256: String
        var profile: String
        var json: [String: Any]
    }

    static func load(_ name: String, from dir: URL) throws -> Fixture {
        let data = try Data(contentsOf: dir.appendingPathComponent("expected/\(name).json"))
        guard let json = try JSONSerialization.jsonObject(with: data) as? [String: Any],
              let pdf = json["pdf"] as? String, let sha = json["sha256"] as? String, let profile = json["profile"] as? String else {
            throw CocoaError(.fileReadCorruptFile)
        }
        return Fixture(name: name, pdf: pdf, sha256: sha, profile: profile, json: json)
    }

    static func check(_ coa: COA, against f: Fixture) -> [FieldCheck] {
        var out: [FieldCheck] = []
        for (field, expected) in (f.json["fields"] as? [String: Any] ?? [:]).sorted(by: { $0.key < $1.key }) {
            let actual = value(of: field, in: coa)
            let accepted = alternatives(expected)
            let ok = accepted.contains { same($0, actual, field: field, coa: coa) }
            out.append(FieldCheck(field: field, ok: ok, detail: "expected \(accepted.map(describe)), read \(describe(actual))"))
        }
        for (kind, expected) in (f.json["panels"] as? [String: Any] ?? [:]).sorted(by: { $0.key < $1.key }) {
            let panel = coa.panels.first { $0.kind.rawValue == kind }
            let actual: Any = panel.map { p in p.status.map { $0.value.name } ?? NSNull() as Any } ?? "missing panel"
            let ok = panel != nil && same(expected, actual, field: "status", coa: coa)
            out.append(FieldCheck(field: "panel \(kind)", ok: ok, detail: "expected \(describe(expected)), read \(describe(actual))"))
        }
        for a in f.json["analytes"] as? [[String: Any]] ?? [] {
            guard let id = a["id"] as? String else { continue }
            let row = coa.analyte(id)
            if let r = a["result"] as? String {
                let ok = row.map { result($0, matches: r) } ?? false
                out.append(FieldCheck(field: "\(id).result", ok: ok, detail: "expected \(r), read \(row.map { "\($0.result.value)" } ?? "no row")"))
            }
            if a.keys.contains("status") {
                let actual: Any = row?.status.map { $0.value.name } ?? NSNull()
                let ok = row != nil && same(a["status"] ?? NSNull(), actual, field: "status", coa: coa)
                out.append(FieldCheck(field: "\(id).status", ok: ok, detail: "expected \(describe(a["status"] ?? NSNull())), read \(describe(actual))"))
            }
            if let l = a["limit"] as? String {
                let ok = row?.limit.map { limit($0.value, matches: l) } ?? false
                out.append(FieldCheck(field: "\(id).limit", ok: ok, detail: "expected \(l), read \(row?.limit.map { "\($0.value)" } ?? "none")"))
            }
            for also in a["also"] as? [String] ?? [] {
                let ok = row.map { r in ([r.result] + r.alternates).contains { amount($0.value, equals: also) } } ?? false
                out.append(FieldCheck(field: "\(id).also \(also)", ok: ok, detail: "expected \(also) among \(row.map { ([$0.result] + $0.alternates).map { "\($0.value)" } } ?? [])"))
            }
        }
        if let t = f.json["computed_total_thc"] as? [String: Any], let v = t["value"] as? String, let dis = t["disagrees"] as? Bool {
            let c = coa.computedTotalTHC
            let ok = c.map { amount(.amount($0.value), equals: v) && $0.disagrees == dis } ?? false
            out.append(FieldCheck(field: "computed_total_thc", ok: ok, detail: "expected \(v) disagrees=\(dis), read \(c.map { "\($0.value) disagrees=\($0.disagrees)" } ?? "none")"))
        }
        return out
    }

    // MARK: reading the COA

    static func value(of field: String, in coa: COA) -> Any {
        func s(_ f: COAField<String>?) -> Any { f.map { $0.printed.isEmpty ? $0.value : $0.value } ?? NSNull() }
        func d(_ f: COAField<COADate>?) -> Any { f.map { $0.value } ?? NSNull() }
        switch field {
        case "lab.name": return s(coa.lab.name)
        case "lab.license": return s(coa.lab.license)
        case "sample_id": return s(coa.sample.sampleID)
        case "report_id": return s(coa.sample.reportID)
        case "batch": return s(coa.sample.batchIDs.first)
        case "source_tag": return coa.sample.sourcePackageTags.first ?? NSNull()
        case "lab_sample_tag": return coa.sample.labSampleTag ?? NSNull()
        case "product_name": return s(coa.sample.productName)
        case "matrix": return s(coa.sample.matrix)
        case "inhalable": return coa.sample.inhalable?.value ?? NSNull()
        case "status": return coa.status.map { $0.value.name } ?? NSNull()
        case "total_thc": return coa.printedTotal("total_thc")?.amount.value ?? NSNull()
        case "dates.tested": return d(coa.dates.tested)
        case "dates.received": return d(coa.dates.received)
        case "dates.sampled": return d(coa.dates.sampled)
        case "dates.released": return d(coa.dates.released)
        case "dates.expires": return d(coa.dates.expires)
        default: return "unknown field \(field)"
        }
    }

    static func alternatives(_ expected: Any) -> [Any] {
        if let o = expected as? [String: Any], let any = o["any_of"] as? [Any] { return any }
        return [expected]
    }

    static func normalised(_ s: String) -> String {
        s.lowercased().split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    static func same(_ expected: Any, _ actual: Any, field: String, coa: COA) -> Bool {
        switch (expected, actual) {
        case (is NSNull, is NSNull): return true
        case (is NSNull, _), (_, is NSNull): return false
        case (let e as Bool, let a as Bool): return e == a
        case (let e as String, let a as COADate):
            return e == a.day.description || e == a.lastDay.description
        case (let e as String, let a as COAMeasurement):
            return amount(a, equals: e)
        case (let e as String, let a as String):
            return normalised(e) == normalised(a)
        default:
            return false
        }
    }

    static func describe(_ v: Any) -> String {
        if v is NSNull { return "null" }
        return "\(v)"
    }

    // MARK: values

    /// `"19.25 %"`, `"<100 CFU/g"` → the amount and whether it is a `<` bound.
    static func parseAmount(_ text: String) -> (COAAmount, Bool)? {
        var t = text.trimmingCharacters(in: .whitespaces)
        let below = t.hasPrefix("<")
        if below { t.removeFirst() }
        let parts = t.split(separator: " ", maxSplits: 1)
        guard parts.count == 2, let v = Decimal(string: String(parts[0]), locale: Locale(identifier: "en_US_POSIX")),
              let u = COAUnit(parsing: String(parts[1])) else { return nil }
        return (COAAmount(v, u), below)
    }

    static func amount(_ m: COAMeasurement, equals text: String) -> Bool {
        guard let (e, below) = parseAmount(text) else { return false }
        switch m {
        case .amount(let a) where !below: return a.converted(to: e.unit)?.value == e.value
        case .belowLOQ(let b?) where below: return b.converted(to: e.unit)?.value == e.value
        default: return false
        }
    }

    static func result(_ row: COAAnalyte, matches expected: String) -> Bool {
        if parseAmount(expected) != nil {
            return ([row.result] + row.alternates).contains { amount($0.value, equals: expected) }
        }
        return row.result.value.kind.rawValue == expected
    }

    static func limit(_ l: COALimit, matches expected: String) -> Bool {
        switch l {
        case .anyDetection: return expected == "any_detection"
        case .notDetectedIn(let a): return expected == "not_detected_in_1g" && a == COAAmount(1, .gram)
        case .maximum(let a): return amount(.amount(a), equals: expected)
        case .none: return expected == "none"
        case .text(let s): return normalised(s) == normalised(expected)
        }
    }
}
