/// Maps member names to small integer field codes with one hash probe per key, so decoders
/// can `switch` on the code. Names match ignoring ASCII case.
public struct FieldTable<Field: Sendable>: Sendable {
    private var hashes: [UInt64]
    private var fields: [Field?]
    private let mask: Int

    public init(_ entries: [(String, Field)]) {
        var size = 16
        while size < entries.count * 4 { size *= 2 }
        mask = size - 1
        hashes = Array(repeating: 0, count: size)
        fields = Array(repeating: nil, count: size)
        for (name, field) in entries {
            let h = JSONKey.hash(name)
            var i = Int(truncatingIfNeeded: h) & mask
            while fields[i] != nil {
                precondition(hashes[i] != h, "duplicate field name \(name) in a field table")
                i = (i + 1) & mask
            }
            hashes[i] = h
            fields[i] = field
        }
    }

    @inline(__always) public func field(for key: JSONKey) -> Field? { field(hash: key.hash) }

    @inline(__always) public func field(hash h: UInt64) -> Field? {
        var i = Int(truncatingIfNeeded: h) & mask
        while let f = fields[i] {
            if hashes[i] == h { return f }
            i = (i + 1) & mask
        }
        return nil
    }
}
