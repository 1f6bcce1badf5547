public import Foundation

/// Where a reporter writes: a file or standard output, buffered, so large reports stream out
/// instead of being built in memory.
public final class OutputSink {
    private let handle: FileHandle
    private var buffer: [UInt8] = []
    private let owned: Bool
    private let limit = 1 << 16

    public init(handle: FileHandle, owned: Bool = false) {
        self.handle = handle
        self.owned = owned
        buffer.reserveCapacity(limit)
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

    public func write(_ s: String) {
        buffer.append(contentsOf: s.utf8)
        if buffer.count >= limit { flush() }
    }

    public func flush() {
        guard !buffer.isEmpty else { return }
        handle.write(Data(buffer))
        buffer.removeAll(keepingCapacity: true)
    }

    public func close() {
        flush()
        if owned { try? handle.close() }
    }

    deinit { flush() }
}

/// Collects reporter output in memory (tests, the library API).
public final class StringSink {
    public private(set) var text = ""
    public init() {}
}
