import Foundation

/// The outcome of a child process.
struct SubprocessResult: Sendable {
    var status: Int32
    var exitedNormally: Bool
    var stdout: [UInt8]
    var stderr: [UInt8]
    var timedOut: Bool

    var stderrText: String { String(decoding: stderr, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines) }
}

/// Runs a program with Foundation `Process`: absolute executable path, stdout and stderr drained on
/// their own threads (a child that fills one pipe never blocks), a time limit after which the child
/// is sent SIGTERM and then SIGKILL.
enum Subprocess {
    /// Collects the bytes of one pipe.
    private final class Buffer: @unchecked Sendable {
        private let lock = NSLock()
        private var data = Data()
        func set(_ d: Data) { lock.lock(); data = d; lock.unlock() }
        var bytes: [UInt8] { lock.lock(); defer { lock.unlock() }; return [UInt8](data) }
    }

    /// Finds `name` in the directories of `PATH`; returns an absolute path to an executable file.
    static func locate(_ name: String, environment: [String: String] = ProcessInfo.processInfo.environment) -> URL? {
        if name.contains("/") {
            return FileManager.default.isExecutableFile(atPath: name) ? URL(fileURLWithPath: name) : nil
        }
        let path = environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for dir in path.split(separator: ":") where !dir.isEmpty {
            let candidate = URL(fileURLWithPath: String(dir)).appendingPathComponent(name)
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isDir), !isDir.boolValue,
               FileManager.default.isExecutableFile(atPath: candidate.path) {
                return candidate.standardizedFileURL.path.hasPrefix("/") ? candidate.standardizedFileURL
                    : URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent(candidate.path)
            }
        }
        return nil
    }

    static func run(_ executable: URL, arguments: [String], timeout: TimeInterval) throws -> SubprocessResult {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.standardInput = FileHandle.nullDevice
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        let exited = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in exited.signal() }
        let outBuffer = Buffer(), errBuffer = Buffer()
        let readers = DispatchGroup()
        try process.run()
        let outHandle = out.fileHandleForReading, errHandle = err.fileHandleForReading
        readers.enter()
        DispatchQueue.global().async {
            outBuffer.set(outHandle.readDataToEndOfFile())
            readers.leave()
        }
        readers.enter()
        DispatchQueue.global().async {
            errBuffer.set(errHandle.readDataToEndOfFile())
            readers.leave()
        }
        var timedOut = false
        if exited.wait(timeout: .now() + timeout) == .timedOut {
            timedOut = true
            process.terminate()
            if exited.wait(timeout: .now() + 1) == .timedOut {
                kill(process.processIdentifier, SIGKILL)
                _ = exited.wait(timeout: .now() + 5)
            }
        }
        // The pipes reach end of file once the child is gone.
        _ = readers.wait(timeout: .now() + 5)
        return SubprocessResult(status: process.isRunning ? -1 : process.terminationStatus,
                                exitedNormally: !process.isRunning && process.terminationReason == .exit,
                                stdout: outBuffer.bytes, stderr: errBuffer.bytes, timedOut: timedOut)
    }
}
