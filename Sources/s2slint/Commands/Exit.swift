import ArgumentParser
import Foundation
import S2SModel

/// Exit codes pipelines depend on.
enum Exit {
    static let clean = ExitCode(0)
    static let findings = ExitCode(1)
    static let badInput = ExitCode(2)
    static let usage = ExitCode(64)
}

/// Writes to standard error.
func printError(_ s: String) {
    FileHandle.standardError.write(Data((s + "\n").utf8))
}

func printDiagnostics(_ ds: [Diagnostic]) {
    for d in ds { printError(d.description) }
}

/// Parses `YYYY-MM-DD` for date options.
func parseDay(_ s: String, option: String) throws -> Day {
    guard case .day(let d)? = ParsedTimestamp.parse(s.utf8) else {
        throw ValidationError("\(option) must be a date written YYYY-MM-DD, not '\(s)'")
    }
    return d
}
