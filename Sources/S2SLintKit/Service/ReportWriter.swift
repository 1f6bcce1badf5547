public import Foundation
public import S2SModel
public import S2SReports

/// Writes one report in several formats, one after the other, each streaming to its own file (or
/// standard output). Only one reporter works at a time, so memory does not grow with the number
/// of formats.
public enum ReportWriter {
    /// A file that could not be opened for writing.
    public struct OpenFailure: Error, CustomStringConvertible {
        public var path: String
        public var reason: String
        public var description: String { "cannot write \(path): \(reason)" }
    }

    /// Opens every output first (so a bad path fails before anything is written), then writes.
    public static func write(_ report: Report, to requests: [OutputRequest], options: ReportOptions) throws(OpenFailure) {
        var sinks: [(any Reporter.Type, OutputSink)] = []
        for r in requests {
            guard let type = Reporters.named(r.format) else { continue }
            if let path = r.path {
                do {
                    let dir = URL(fileURLWithPath: path).deletingLastPathComponent()
                    try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
                    sinks.append((type, try OutputSink(path: path)))
                } catch {
                    for (_, s) in sinks { s.close() }
                    throw OpenFailure(path: path, reason: error.localizedDescription)
                }
            } else {
                sinks.append((type, .standardOutput()))
            }
        }
        for (type, sink) in sinks {
            let t = PhaseTimer.now()
            type.init(options: options).write(report, to: sink)
            sink.close()
            PhaseTimer.report("write \(type.identifier)", since: t)
        }
    }
}
