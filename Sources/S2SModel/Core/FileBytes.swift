#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a whole file into a byte array with one allocation and no intermediate copy.
public enum FileBytes {
    public enum Failure: Error, Sendable, CustomStringConvertible {
        case notFound(String)
        case unreadable(String, Int32)
        public var description: String {
            switch self {
            case .notFound(let p): return "no such file: \(p)"
            case .unreadable(let p, let e): return "cannot read \(p) (errno \(e))"
            }
        }
    }

    public static func read(_ path: String) throws -> [UInt8] {
        let fd = open(path, O_RDONLY)
        if fd < 0 {
            let e = errno
            throw e == ENOENT ? Failure.notFound(path) : Failure.unreadable(path, e)
        }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else { throw Failure.unreadable(path, errno) }
        if (st.st_mode & S_IFMT) == S_IFDIR { throw Failure.unreadable(path, EISDIR) }
        var size = Int(st.st_size)
        if size <= 0 { size = 1 << 16 }   // pipes and special files report 0: read until the end
        var out: [UInt8] = []
        var capacity = size
        while true {
            var readError: Int32 = 0
            let previous = out
            let next = [UInt8](unsafeUninitializedCapacity: capacity) { buf, initialized in
                guard let base = buf.baseAddress else { initialized = 0; return }
                previous.withUnsafeBufferPointer { p in
                    if let pb = p.baseAddress { base.update(from: pb, count: p.count) }
                }
                var off = previous.count
                while off < capacity {
                    let n = Glibc.read(fd, base + off, capacity - off)
                    if n < 0 { if errno == EINTR { continue }; readError = errno; break }
                    if n == 0 { break }
                    off += n
                }
                initialized = off
            }
            if readError != 0 { throw Failure.unreadable(path, readError) }
            out = next
            if out.count < capacity { return out }
            capacity *= 2   // the file grew, or its size was unknown
        }
    }
}
