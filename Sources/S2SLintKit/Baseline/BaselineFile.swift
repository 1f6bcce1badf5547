public import Foundation
public import S2SModel
import S2SReports

/// The baseline file: plain text, one accepted finding per line, so that it diffs and reviews
/// well in a pull request.
///
///     s2slint-baseline 1
///     # fingerprint                      rule  manifest  package  license  pointer
///     9c1f0e…(32 hex digits)	PKG-ON-HOLD	0004210186	1A4406030C00000006746190	C11-2354257-LIC	/0/Destinations/1/Packages/2
///
/// Only the fingerprint (first field) counts when the file is read; the other fields are there
/// for the people reviewing it. Lines starting with `#` and blank lines are ignored.
public enum BaselineFile {
    public static let header = "s2slint-baseline 1"

    /// Reads a baseline; every malformed line is an error naming file, line and column.
    public static func load(path: String) throws(ConfigProblems) -> Baseline {
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw ConfigProblems([Diagnostic(.error, "cannot read the baseline: \(error.localizedDescription)", code: "baseline.io",
                                             location: SourceLocation(file: path, line: 1, column: 1),
                                             hint: "create it with --write-baseline \(path)")])
        }
        return try parse(path: path, text: text)
    }

    public static func parse(path: String, text: String) throws(ConfigProblems) -> Baseline {
        var problems: [Diagnostic] = []
        var counts: [String: Int] = [:]
        var sawHeader = false
        for (n, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.hasSuffix("\r") ? raw.dropLast() : raw
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            if !sawHeader {
                guard trimmed == header else {
                    problems.append(Diagnostic(.error, "this is not an s2slint baseline: the first line must be '\(header)'",
                                               code: "baseline.header", location: SourceLocation(file: path, line: n + 1, column: 1),
                                               snippet: Diagnostic.caret(line: String(line), column: 1),
                                               hint: "write baselines with --write-baseline FILE"))
                    break
                }
                sawHeader = true
                continue
            }
            let fingerprint = line.prefix { $0 != "\t" && $0 != " " }
            let ok = fingerprint.count == 32 && fingerprint.allSatisfy { $0.isHexDigit && !$0.isUppercase }
            guard ok else {
                problems.append(Diagnostic(.error, "expected a fingerprint of 32 lowercase hexadecimal digits at the start of the line, found '\(fingerprint.prefix(40))'",
                                           code: "baseline.entry", location: SourceLocation(file: path, line: n + 1, column: 1),
                                           snippet: Diagnostic.caret(line: String(line.prefix(200)), column: 1)))
                if problems.count >= 20 { break }
                continue
            }
            counts[String(fingerprint), default: 0] += 1
        }
        if !sawHeader && problems.isEmpty {
            problems.append(Diagnostic(.error, "the baseline is empty: the first line must be '\(header)'", code: "baseline.header",
                                       location: SourceLocation(file: path, line: 1, column: 1)))
        }
        if !problems.isEmpty { throw ConfigProblems(problems) }
        return Baseline(counts: counts)
    }

    /// Writes the baseline of a report (every finding not waived), sorted so that rewriting an
    /// unchanged backlog gives an identical file.
    public static func write(_ report: Report, to path: String) throws {
        var lines: [String] = []
        for f in Baseline.eligible(report) {
            let fields = [FindingFingerprint.of(f), f.ruleId, f.manifest ?? "-", f.package ?? "-", f.license ?? "-",
                          f.location?.pointer ?? (f.ref.pointer.isEmpty ? "-" : f.ref.pointer)]
            lines.append(fields.map { $0.replacingOccurrences(of: "\t", with: " ").replacingOccurrences(of: "\n", with: " ") }
                .joined(separator: "\t"))
        }
        lines.sort()
        let sink = try OutputSink(path: path)
        sink.write(header + "\n")
        sink.write("# Findings accepted when s2slint was adopted; they are reported as suppressed, new findings are not.\n")
        sink.write("# Regenerate with: s2slint check … --write-baseline \(path)\n")
        sink.write("# fingerprint\trule\tmanifest\tpackage\tlicense\tpointer\n")
        for l in lines { sink.write(l + "\n") }
        sink.close()
    }
}
