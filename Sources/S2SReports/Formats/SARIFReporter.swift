public import S2SModel

/// SARIF 2.1.0 for GitHub code scanning and other static-analysis dashboards.
///
/// - every rule of the run with short and full description, help text and Markdown (citations,
///   remedy), `helpUri` (the first cited web page), default level and tags (category, pack,
///   verification status of the citations);
/// - one result per finding with rule id and index, level, message, the record's region in the
///   input (start and end, columns counted in Unicode code points), a logical location from the
///   JSON pointer, related locations, the cited regulations as taxa, evidence in `properties`;
/// - `partialFingerprints` from the rule id, the business keys and the pointer
///   (`FindingFingerprint`), so an alert keeps its identity when a file is reformatted;
/// - waived and baselined findings as `suppressions` (`external`, `accepted`, justification);
/// - input and pack problems as invocation notifications; `executionSuccessful` is false when
///   any of them is an error.
public struct SARIFReporter: Reporter {
    public static let identifier = "sarif"
    public static let summary = "SARIF 2.1.0 for GitHub code scanning (upload with github/codeql-action/upload-sarif)"
    public static let fileExtension = "sarif"
    /// The taxonomy that holds every cited regulation section.
    public static let taxonomyName = "regulations"

    let options: ReportOptions

    public init() { self.init(options: ReportOptions()) }
    public init(options: ReportOptions) { self.options = options }

    public func write(_ report: Report, to out: OutputSink) {
        let paths = PathCache(workingDirectory: options.workingDirectory)
        let rules = SARIFRules(report)
        out.write("{\n\"$schema\": \"https://json.schemastore.org/sarif-2.1.0.json\",\n\"version\": \"2.1.0\",\n\"runs\": [{\n")

        // tool
        out.write("\"tool\": {\"driver\": {\"name\": \(q(report.toolName)), \"version\": \(q(report.toolVersion)), ")
        out.write("\"semanticVersion\": \(q(report.toolVersion)), \"informationUri\": \(q(options.informationUri)), ")
        out.write("\"supportedTaxonomies\": [{\"name\": \(q(Self.taxonomyName)), \"index\": 0}],\n\"rules\": [")
        for (i, r) in rules.infos.enumerated() {
            out.write(i == 0 ? "\n" : ",\n")
            out.write(rule(r, report: report, taxa: rules))
        }
        out.write("\n]}},\n")

        // cited regulations
        out.write("\"taxonomies\": [{\"name\": \(q(Self.taxonomyName)), ")
        out.write("\"shortDescription\": {\"text\": \"Regulation sections cited by the rule packs\"}, \"isComprehensive\": false, \"taxa\": [")
        for (i, c) in rules.citations.enumerated() {
            out.write(i == 0 ? "\n" : ",\n")
            var t = "{\"id\": \(q(c.ref)), \"name\": \(q(c.ref)), "
            t += "\"shortDescription\": {\"text\": \(q(c.ref + " (" + CitationText.statusPhrase(c.status) + ")"))}"
            if let u = c.url, CitationText.isWebURL(u) { t += ", \"helpUri\": \(q(u))" }
            t += ", \"properties\": {\"verification\": \"\(c.status.rawValue)\"" + (c.url.map { ", \"url\": \(q($0))" } ?? "") + "}}"
            out.write(t)
        }
        out.write("\n]}],\n")

        // the run
        let packIds = report.packs.filter { !$0.id.hasPrefix("facts:") }.map(\.id)
        out.write("\"automationDetails\": {\"id\": \(q("s2slint/" + (packIds.isEmpty ? "none" : packIds.joined(separator: "+")) + "/"))},\n")
        out.write("\"originalUriBaseIds\": {\"\(ArtifactPath.baseId)\": {\"uri\": \(q(paths.workingDirectoryURI))}},\n")
        out.write("\"columnKind\": \"unicodeCodePoints\",\n")
        out.write(invocation(report, paths: paths))
        out.write(",\n\"results\": [")
        var occurrences: [String: Int] = [:]
        occurrences.reserveCapacity(report.findings.count)
        for (i, f) in report.findings.enumerated() {
            out.write(i == 0 ? "\n" : ",\n")
            let fp = FindingFingerprint.of(f)
            let n = (occurrences[fp] ?? 0) + 1
            occurrences[fp] = n
            out.write(result(f, fingerprint: fp, occurrence: n, rules: rules, paths: paths))
        }
        out.write(report.findings.isEmpty ? "],\n" : "\n],\n")
        let s = report.summary
        out.write("\"properties\": {\"schema\": \"s2slint.sarif/1\", \"asOf\": \(JSONText.optional(report.asOf)), \"packs\": [")
        out.write(report.packs.map {
            "{\"id\": \(q($0.id)), \"version\": \(q($0.version)), \"sha256\": \(q($0.sha256))"
                + ($0.jurisdiction.map { ", \"jurisdiction\": \(q($0))" } ?? "") + "}"
        }.joined(separator: ", "))
        out.write("], \"summary\": {\"error\": \(s.error), \"warning\": \(s.warning), \"info\": \(s.info), ")
        out.write("\"unevaluated\": \(s.unevaluated), \"suppressed\": \(s.suppressed)}}\n")
        out.write("}]\n}\n")
    }

    // MARK: rules

    func rule(_ r: RuleInfo, report: Report, taxa: SARIFRules) -> String {
        let pack = report.packs.first { $0.id == r.packId }
        var s = "{\"id\": \(q(r.id)), \"name\": \(q(Self.pascalName(r.title, fallback: r.id))), "
        s += "\"shortDescription\": {\"text\": \(q(Self.clip(r.title, 1024)))}, "
        s += "\"fullDescription\": {\"text\": \(q(Self.clip(Self.fullDescription(r), 1024)))}, "
        s += "\"help\": {\"text\": \(q(Self.helpText(r))), \"markdown\": \(q(Self.helpMarkdown(r, pack: pack)))}, "
        if let url = r.cite.compactMap(\.url).first(where: CitationText.isWebURL) { s += "\"helpUri\": \(q(url)), " }
        s += "\"defaultConfiguration\": {\"level\": \"\(Self.level(r.severity))\"}, "
        let related = r.cite.compactMap { c in taxa.taxonIndex[c.ref].map { (c.ref, $0) } }
        if !related.isEmpty {
            s += "\"relationships\": [" + related.map { ref, i in
                "{\"target\": {\"id\": \(q(ref)), \"index\": \(i), \"toolComponent\": {\"name\": \(q(Self.taxonomyName)), \"index\": 0}}, \"kinds\": [\"relevant\"]}"
            }.joined(separator: ", ") + "], "
        }
        var tags = ["compliance", "category:" + r.category, "pack:" + r.packId]
        for status in Set(r.cite.map(\.status)).sorted(by: { $0.rawValue < $1.rawValue }) { tags.append("verification:" + status.rawValue) }
        if r.cite.isEmpty { tags.append("verification:none") }
        if r.mandatory { tags.append("mandatory") }
        s += "\"properties\": {\"tags\": [" + tags.map(q).joined(separator: ", ") + "], "
        s += "\"precision\": \"very-high\", \"problem.severity\": \"\(Self.problemSeverity(r.severity))\", "
        s += "\"category\": \(q(r.category)), \"pack\": \(q(r.packId)), \"scope\": \(q(r.scope))"
        if let pack { s += ", \"packVersion\": \(q(pack.version))" }
        if let remedy = r.remedy { s += ", \"responsibleParty\": \(JSONText.optional(remedy.party))" }
        return s + "}}"
    }

    static func fullDescription(_ r: RuleInfo) -> String {
        var s = r.description.map { $0.trimmingSpaces() } ?? r.title
        if !s.hasSuffix(".") { s += "." }
        if !r.cite.isEmpty { s += " Cites " + r.cite.map(\.ref).joined(separator: "; ") + "." }
        return s
    }

    static func helpText(_ r: RuleInfo) -> String {
        var lines = [r.title + "."]
        if let d = r.description { lines.append(d.trimmingSpaces()) }
        for c in r.cite { lines.append("Cites " + CitationText.plain(c) + ".") }
        if let m = r.remedy { lines.append(CitationText.remedy(m)) }
        lines.append("Category: \(r.category). Pack: \(r.packId). Checked for each \(r.scope).")
        return lines.joined(separator: "\n")
    }

    static func helpMarkdown(_ r: RuleInfo, pack: PackInfo?) -> String {
        var md = "**" + MarkdownText.inline(r.title) + "**\n\n"
        if let d = r.description { md += MarkdownText.inline(d.trimmingSpaces()) + "\n\n" }
        if !r.cite.isEmpty {
            md += "**Cites**\n\n"
            for c in r.cite { md += "- " + MarkdownText.link(c.ref, c.url) + " — " + CitationText.statusPhrase(c.status) + "\n" }
            md += "\n"
        }
        if let m = r.remedy {
            md += "**How to fix**" + (m.party.map { " (" + MarkdownText.inline($0) + ")" } ?? "") + ": " + MarkdownText.inline(m.hint) + "\n\n"
        }
        md += "Category " + MarkdownText.code(r.category) + " · pack " + MarkdownText.code(r.packId)
        if let pack { md += " " + MarkdownText.inline(pack.version) }
        md += " · checked for each " + MarkdownText.inline(r.scope)
        return md
    }

    // MARK: results

    func result(_ f: Finding, fingerprint: String, occurrence: Int, rules: SARIFRules, paths: PathCache) -> String {
        var s = "{\"ruleId\": \(q(f.ruleId)), "
        if let i = rules.ruleIndex[f.ruleId] { s += "\"ruleIndex\": \(i), " }
        s += "\"level\": \"\(Self.level(f.severity))\", \"message\": {\"text\": \(q(Self.messageText(f)))}, "
        s += "\"locations\": [" + location(f.location, label: nil, id: nil, logical: Self.logical(f), paths: paths) + "], "
        let related = f.related.enumerated().compactMap { k, r -> String? in
            r.location == nil ? nil : location(r.location, label: r.label, id: k + 1, logical: nil, paths: paths)
        }
        if !related.isEmpty { s += "\"relatedLocations\": [" + related.joined(separator: ", ") + "], " }
        s += "\"partialFingerprints\": {\"\(FindingFingerprint.key)\": \"\(fingerprint)\", "
        s += "\"primaryLocationLineHash\": \"\(fingerprint):\(occurrence)\"}, "
        let taxa = f.cite.compactMap { c in rules.taxonIndex[c.ref].map { (c.ref, $0) } }
        if !taxa.isEmpty {
            s += "\"taxa\": [" + taxa.map { ref, i in
                "{\"id\": \(q(ref)), \"index\": \(i), \"toolComponent\": {\"name\": \(q(Self.taxonomyName)), \"index\": 0}}"
            }.joined(separator: ", ") + "], "
        }
        if let sup = f.suppression {
            s += "\"suppressions\": [{\"kind\": \"external\", \"status\": \"accepted\", \"justification\": \(q(sup.reason)), "
            s += "\"properties\": {\"type\": \"\(sup.kind.rawValue)\", \"approver\": \(JSONText.optional(sup.approver)), "
            s += "\"expires\": \(JSONText.optional(sup.expires))}}], "
        }
        s += "\"properties\": {\"category\": \(q(f.category)), \"pack\": \(q(f.packId)), \"subject\": \(q(f.subject)), "
        s += "\"outcome\": \"\(f.outcome.rawValue)\", \"manifest\": \(JSONText.optional(f.manifest)), "
        s += "\"package\": \(JSONText.optional(f.package)), \"license\": \(JSONText.optional(f.license)), "
        s += "\"pointer\": \(JSONText.optional(f.location?.pointer)), "
        if let r = f.remedy { s += "\"responsibleParty\": \(JSONText.optional(r.party)), \"remedy\": \(q(r.hint)), " }
        s += "\"evidence\": {" + f.evidence.map { "\(q($0.expression)): \(JSONReporter.evidence($0.value))" }.joined(separator: ", ") + "}"
        return s + "}}"
    }

    /// The message, prefixed with where the finding is so that it reads on its own in an alert list.
    static func messageText(_ f: Finding) -> String {
        var s = ""
        if let m = f.manifest { s += "Manifest \(m)" }
        let place = ReportFacts.place(f)
        if !place.isEmpty { s += (s.isEmpty ? "" : ", ") + place }
        if !s.isEmpty { s += ": " }
        return s + f.message + (f.outcome == .unevaluated ? " (the check could not be evaluated)" : "")
    }

    func location(_ l: SourceLocation?, label: String?, id: Int?, logical: String?, paths: PathCache) -> String {
        var parts: [String] = []
        if let id { parts.append("\"id\": \(id)") }
        if let l {
            var phys = "\"physicalLocation\": {\"artifactLocation\": "
            if let (uri, base) = paths.uri(l.file) {
                phys += "{\"uri\": \(q(uri))" + (base.map { ", \"uriBaseId\": \(q($0))" } ?? "") + "}"
            } else {
                phys += "{\"description\": {\"text\": \(q(l.file == "<stdin>" ? "standard input" : l.file))}}"
            }
            phys += ", \"region\": " + Self.region(l) + "}"
            parts.append(phys)
        }
        if let logical { parts.append("\"logicalLocations\": [\(logical)]") }
        if let label { parts.append("\"message\": {\"text\": \(q(label))}") }
        return "{" + parts.joined(separator: ", ") + "}"
    }

    static func region(_ l: SourceLocation) -> String {
        var s = "{\"startLine\": \(max(1, l.line)), \"startColumn\": \(max(1, l.column))"
        if let endColumn = l.endColumn, endColumn > 0 {
            s += ", \"endLine\": \(max(1, l.endLine ?? l.line)), \"endColumn\": \(endColumn)"
        }
        return s + "}"
    }

    /// The record as a logical location: its JSON pointer, named by its business key.
    static func logical(_ f: Finding) -> String? {
        guard let p = f.location?.pointer ?? (f.ref.pointer.isEmpty ? nil : f.ref.pointer) else { return nil }
        let place = ReportFacts.place(f)
        var name = (f.manifest.map { "manifest \($0)" } ?? "")
        name += (name.isEmpty || place.isEmpty ? "" : ", ") + place
        if name.isEmpty { name = f.subject + (f.license.map { " " + $0 } ?? "") }
        return "{\"name\": \(JSONText.quote(name)), \"fullyQualifiedName\": \(JSONText.quote(p)), \"kind\": \"object\"}"
    }

    // MARK: invocation

    func invocation(_ report: Report, paths: PathCache) -> String {
        var execution: [String] = []
        var configuration: [String] = []
        for d in report.diagnostics {
            var n = "{\"level\": \"\(d.level == .note ? "note" : d.level.rawValue)\", "
            n += "\"message\": {\"text\": \(q(d.message + (d.hint.map { " (\($0))" } ?? "")))}, \"descriptor\": {\"id\": \(q(d.code))}"
            if let l = d.location { n += ", \"locations\": [" + location(l, label: nil, id: nil, logical: nil, paths: paths) + "]" }
            n += "}"
            if ReportFacts.isConfigurationProblem(d) { configuration.append(n) } else { execution.append(n) }
        }
        var s = "\"invocations\": [{\"executionSuccessful\": \(!ReportFacts.hasErrors(report)), "
        s += "\"workingDirectory\": {\"uri\": \(q(paths.workingDirectoryURI))}"
        if !execution.isEmpty { s += ", \"toolExecutionNotifications\": [\n" + execution.joined(separator: ",\n") + "\n]" }
        if !configuration.isEmpty { s += ", \"toolConfigurationNotifications\": [\n" + configuration.joined(separator: ",\n") + "\n]" }
        return s + "}]"
    }

    // MARK: helpers

    static func level(_ s: Severity) -> String {
        switch s {
        case .error: return "error"
        case .warning: return "warning"
        case .info: return "note"
        }
    }

    static func problemSeverity(_ s: Severity) -> String {
        switch s {
        case .error: return "error"
        case .warning: return "warning"
        case .info: return "recommendation"
        }
    }

    /// `Package not on hold` → `PackageNotOnHold` (SARIF `name`, at most 255 characters).
    static func pascalName(_ title: String, fallback: String) -> String {
        var out = ""
        for word in title.split(whereSeparator: { !$0.isLetter && !$0.isNumber }) {
            out += word.prefix(1).uppercased() + word.dropFirst()
        }
        if out.isEmpty { return fallback }
        return String(out.prefix(255))
    }

    static func clip(_ s: String, _ n: Int) -> String { s.count <= n ? s : String(s.prefix(n - 1)) + "…" }

    func q(_ s: String) -> String { JSONText.quote(s) }
}

/// The rule table of a SARIF run: the report's rules plus any rule a finding names that the table
/// lacks (such as the waiver checks), and every cited regulation with its index in the taxonomy.
struct SARIFRules {
    var infos: [RuleInfo] = []
    var ruleIndex: [String: Int] = [:]
    var citations: [Citation] = []
    var taxonIndex: [String: Int] = [:]

    init(_ report: Report) {
        for r in report.rules where ruleIndex[r.id] == nil { add(r) }
        for f in report.findings where ruleIndex[f.ruleId] == nil {
            add(RuleInfo(id: f.ruleId, packId: f.packId, title: f.title, severity: f.severity, category: f.category,
                         cite: f.cite, remedy: f.remedy, scope: f.subject))
        }
    }

    mutating func add(_ r: RuleInfo) {
        ruleIndex[r.id] = infos.count
        infos.append(r)
        for c in r.cite where taxonIndex[c.ref] == nil {
            taxonIndex[c.ref] = citations.count
            citations.append(c)
        }
    }
}

extension String {
    /// Collapses runs of whitespace (folded YAML descriptions) into single spaces.
    func trimmingSpaces() -> String {
        split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }).joined(separator: " ")
    }
}
