public import S2SModel

/// The versioned JSON report (`s2slint.report/1`) that programs and `shared/bench/run.py` read.
public struct JSONReporter: Reporter {
    public static let identifier = "json"
    public static let summary = "JSON report (schema s2slint.report/1) for programs"
    public init() {}

    public func write(_ report: Report, to out: OutputSink) {
        let s = report.summary
        out.write("{\n\"schema\": \"s2slint.report/1\",\n")
        out.write("\"tool\": {\"name\": \(JSONText.quote(report.toolName)), \"version\": \(JSONText.quote(report.toolVersion))},\n")
        if let asOf = report.asOf { out.write("\"as_of\": \(JSONText.quote(asOf)),\n") }
        out.write("\"packs\": [")
        out.write(report.packs.map {
            "{\"id\": \(JSONText.quote($0.id)), \"version\": \(JSONText.quote($0.version)), \"sha256\": \(JSONText.quote($0.sha256))"
                + ($0.jurisdiction.map { ", \"jurisdiction\": \(JSONText.quote($0))" } ?? "") + "}"
        }.joined(separator: ", "))
        out.write("],\n")
        out.write("\"summary\": {\"error\": \(s.error), \"warning\": \(s.warning), \"info\": \(s.info), \"unevaluated\": \(s.unevaluated), \"suppressed\": \(s.suppressed), \"input_errors\": \(report.diagnostics.filter { $0.level == .error }.count)},\n")
        out.write("\"violations\": [")
        var first = true
        for f in report.findings where f.outcome == .violated {
            out.write(first ? "\n" : ",\n")
            first = false
            out.write(JSONReporter.finding(f))
        }
        out.write(first ? "],\n" : "\n],\n")
        out.write("\"unevaluated\": [")
        first = true
        for f in report.findings where f.outcome == .unevaluated {
            out.write(first ? "\n" : ",\n")
            first = false
            out.write(JSONReporter.finding(f))
        }
        out.write(first ? "],\n" : "\n],\n")
        out.write("\"diagnostics\": [")
        out.write(report.diagnostics.map(JSONReporter.diagnostic).joined(separator: ",\n"))
        out.write("],\n")
        out.write("\"inputs\": [")
        out.write(report.inputs.map { "{\"path\": \(JSONText.quote($0.path)), \"kind\": \(JSONText.quote($0.kind))}" }.joined(separator: ", "))
        out.write("]\n}\n")
    }

    static func finding(_ f: Finding) -> String {
        var s = "{\"rule\": \(JSONText.quote(f.ruleId)), \"pack\": \(JSONText.quote(f.packId)), "
        s += "\"title\": \(JSONText.quote(f.title)), \"category\": \(JSONText.quote(f.category)), "
        s += "\"severity\": \"\(f.severity.rawValue)\", \"message\": \(JSONText.quote(f.message)), "
        s += "\"manifest\": \(JSONText.optional(f.manifest)), \"package\": \(JSONText.optional(f.package)), "
        s += "\"license\": \(JSONText.optional(f.license)), \"subject\": \(JSONText.quote(f.subject)), "
        s += "\"cite\": [" + f.cite.map { c in
            "{\"ref\": \(JSONText.quote(c.ref)), \"url\": \(JSONText.optional(c.url)), \"status\": \"\(c.status.rawValue)\"}"
        }.joined(separator: ", ") + "], "
        if let r = f.remedy {
            s += "\"remedy\": {\"party\": \(JSONText.optional(r.party)), \"hint\": \(JSONText.quote(r.hint))}, "
        }
        s += "\"location\": " + location(f.location) + ", "
        if !f.related.isEmpty {
            s += "\"related\": [" + f.related.map { "{\"label\": \(JSONText.quote($0.label)), \"location\": \(location($0.location))}" }
                .joined(separator: ", ") + "], "
        }
        s += "\"evidence\": {" + f.evidence.map { "\(JSONText.quote($0.expression)): \(evidence($0.value))" }.joined(separator: ", ") + "}"
        if let sup = f.suppression {
            s += ", \"suppressed\": {\"kind\": \"\(sup.kind.rawValue)\", \"reason\": \(JSONText.quote(sup.reason)), "
            s += "\"approver\": \(JSONText.optional(sup.approver)), \"expires\": \(JSONText.optional(sup.expires))}"
        }
        return s + "}"
    }

    static func location(_ l: SourceLocation?) -> String {
        guard let l else { return "null" }
        return "{\"file\": \(JSONText.quote(l.file)), \"line\": \(l.line), \"column\": \(l.column), \"pointer\": \(JSONText.optional(l.pointer))}"
    }

    static func evidence(_ v: EvidenceValue) -> String {
        switch v {
        case .null: return "null"
        case .bool(let b): return b ? "true" : "false"
        case .number(let n): return isPlainNumber(n) ? n : JSONText.quote(n)
        case .string(let s): return JSONText.quote(s)
        case .list(let l): return "[" + l.map(evidence).joined(separator: ", ") + "]"
        }
    }

    static func isPlainNumber(_ s: String) -> Bool {
        !s.isEmpty && s.allSatisfy { $0.isNumber || $0 == "." || $0 == "-" } && s.first != "." && Double(s) != nil
    }

    static func diagnostic(_ d: Diagnostic) -> String {
        "{\"level\": \"\(d.level.rawValue)\", \"code\": \(JSONText.quote(d.code)), \"message\": \(JSONText.quote(d.message)), "
            + "\"location\": \(location(d.location)), \"hint\": \(JSONText.optional(d.hint))}"
    }
}
