public import Foundation

/// Runs the built `s2slint` executable (end-to-end tests pin exit codes and output).
public enum CLIRunner {
    public struct Result: Sendable {
        public var status: Int32
        public var stdout: String
        public var stderr: String
    }

    /// The `s2slint` binary next to the test bundle (`.build/<config>/s2slint`).
    public static var executable: URL {
        var dir = Bundle.main.bundleURL
        for _ in 0..<4 {
            let candidate = dir.appendingPathComponent("s2slint")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            dir = dir.deletingLastPathComponent()
        }
        return Paths.repositoryRoot.appendingPathComponent(".build/debug/s2slint")
    }

    /// Runs `s2slint args…` in `directory` (default: the repository root) with optional stdin.
    public static func run(_ args: [String], in directory: URL = Paths.repositoryRoot, stdin: String? = nil,
                           environment: [String: String] = [:]) throws -> Result {
        let p = Process()
        p.executableURL = executable
        p.arguments = args
        p.currentDirectoryURL = directory
        var env = ProcessInfo.processInfo.environment
        for (k, v) in environment { env[k] = v }
        p.environment = env
        let out = Pipe(), err = Pipe(), inp = Pipe()
        p.standardOutput = out
        p.standardError = err
        p.standardInput = inp
        try p.run()
        if let stdin { inp.fileHandleForWriting.write(Data(stdin.utf8)) }
        try? inp.fileHandleForWriting.close()
        // drain both pipes concurrently so a chatty child cannot block
        let errBox = DataBox()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async {
            errBox.data = err.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        let o = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        p.waitUntilExit()
        return Result(status: p.terminationStatus, stdout: String(decoding: o, as: UTF8.self),
                      stderr: String(decoding: errBox.data, as: UTF8.self))
    }
}

final class DataBox: @unchecked Sendable {
    var data = Data()
}
