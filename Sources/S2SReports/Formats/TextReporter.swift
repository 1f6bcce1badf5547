public import S2SModel
import Foundation

/// Human-readable output: findings grouped by manifest and destination, each with its position,
/// rule, message and citation, then input problems, then a summary line.
public struct TextReporter: Reporter {
    public static let identifier = "text"
    public static let summary = "grouped by manifest and destination, for people (default)"
    /// Absolute paths inside this directory are shown relative to it (paths the user typed are
    /// shown as typed; paths from .s2slint.yml arrive absolute).
    let workingDirectory: String

    public init() { self.init(options: ReportOptions()) }
    public init(options: ReportOptions) { workingDirectory = options.workingDirectory }

    func shown(_ path: String) -> String {
        guard path.hasPrefix("/") else { return path }
        return ArtifactPath(workingDirectory: workingDirectory).display(path)
    }

    public func write(_ report: Report, to out: OutputSink) {
        for d in report.diagnostics { out.write(d.description + "\n") }
        if !report.diagnostics.isEmpty { out.write("\n") }

        // Group: manifest → destination → findings; other subjects after. Groups hold indices only.
        let byManifest = FindingGroups(report.findings) { $0.manifest }
        for (k, m) in byManifest.keys.enumerated() {
            let members = byManifest.members[k]
            let file = shown(report.findings[Int(members[0])].location?.file ?? "")
            out.write("manifest \(m)" + (file.isEmpty ? "" : "  (\(file))") + "\n")
            // destination of each finding from its pointer (/…/Destinations/N)
            var destOrder: [String] = []
            var byDest: [String: [Int32]] = [:]
            for i in members {
                let d = TextReporter.destinationLabel(report.findings[Int(i)])
                if byDest[d] == nil { destOrder.append(d) }
                byDest[d, default: []].append(i)
            }
            for d in destOrder {
                if !d.isEmpty { out.write("  \(d)\n") }
                for i in byDest[d] ?? [] { out.write(line(report.findings[Int(i)], indent: d.isEmpty ? "  " : "    ")) }
            }
            out.write("\n")
        }
        if !byManifest.rest.isEmpty {
            var bySubject: [String: [Int32]] = [:]
            var order: [String] = []
            for i in byManifest.rest {
                let subject = report.findings[Int(i)].subject
                if bySubject[subject] == nil { order.append(subject) }
                bySubject[subject, default: []].append(i)
            }
            for s in order {
                out.write(SubjectHeading.of(s) + "\n")
                for i in bySubject[s] ?? [] { out.write(line(report.findings[Int(i)], indent: "  ")) }
                out.write("\n")
            }
        }
        out.write(TextReporter.summaryLine(report) + "\n")
    }

    static func destinationLabel(_ f: Finding) -> String {
        guard let p = f.location?.pointer, let i = ReportFacts.index(after: "/Destinations/", in: p) else { return "" }
        return "destination \(i + 1)"
    }

    func line(_ f: Finding, indent: String) -> String {
        var s = indent
        if let l = f.location { s += "\(shown(l.file)):\(l.line):\(l.column): " }
        let level = f.outcome == .unevaluated ? "\(f.severity.rawValue) (not evaluated)" : f.severity.rawValue
        s += "\(level): [\(f.ruleId)] "
        s += f.message
        if let c = f.cite.first {
            s += "  (\(c.ref)" + (c.status.isReadInText ? "" : ", \(c.status.rawValue) source") + ")"
        }
        if let sup = f.suppression { s += "  [suppressed: \(sup.reason)]" }
        s += "\n"
        if let r = f.remedy { s += indent + "  fix: " + r.hint + "\n" }
        return s
    }

    public static func summaryLine(_ report: Report) -> String {
        let s = report.summary
        func n(_ k: Int, _ w: String) -> String { "\(k) \(w)\(k == 1 ? "" : "s")" }
        let manifests = Set(report.findings.compactMap(\.manifest)).count
        var parts = [n(s.error, "error"), n(s.warning, "warning"), n(s.info, "info")]
        parts[2] = "\(s.info) info"
        var line = "summary: " + parts.joined(separator: ", ")
        if manifests > 0 { line += " in \(n(manifests, "manifest"))" }
        if s.unevaluated > 0 { line += "; \(s.unevaluated) check\(s.unevaluated == 1 ? "" : "s") could not be evaluated" }
        if s.suppressed > 0 { line += "; \(s.suppressed) suppressed" }
        let inputErrors = report.diagnostics.filter { $0.level == .error }.count
        if inputErrors > 0 { line += "; \(n(inputErrors, "input error"))" }
        return line
    }
}
