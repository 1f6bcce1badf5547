public import Foundation

/// Where a reporter writes: a file, standard output, or memory, buffered, so large reports stream
/// out instead of being built in memory.
public final class OutputSink {
    private let handle: FileHandle?
    private var buffer: [UInt8] = []
    private let owned: Bool
    private let limit = 1 << 16
    /// What was written, for sinks made with `memory()`.
    public private(set) var collected: [UInt8] = []

    public init(handle: FileHandle, owned: Bool = false) {
        self.handle = handle
        self.owned = owned
        buffer.reserveCapacity(limit)
    }

    private init() {
        handle = nil
        owned = false
    }

    /// Opens (creating or truncating) a file for writing.
    public convenience init(path: String) throws {
        guard FileManager.default.createFile(atPath: path, contents: nil) else {
            throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: path])
        }
        guard let h = FileHandle(forWritingAtPath: path) else {
            throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: path])
        }
        self.init(handle: h, owned: true)
    }

    public static func standardOutput() -> OutputSink { OutputSink(handle: .standardOutput) }

    /// A sink that keeps what is written (tests, the library API); read it with `text`.
    public static func memory() -> OutputSink { OutputSink() }

    /// What a memory sink holds, as text.
    public var text: String {
        flush()
        return String(decoding: collected, as: UTF8.self)
    }

    public func write(_ s: String) {
        buffer.append(contentsOf: s.utf8)
        if buffer.count >= limit { flush() }
    }

    public func flush() {
        guard !buffer.isEmpty else { return }
        if let handle { handle.write(Data(buffer)) } else { collected.append(contentsOf: buffer) }
        buffer.removeAll(keepingCapacity: true)
    }

    public func close() {
        flush()
        if owned { try? handle?.close() }
    }

    deinit { flush() }
}
