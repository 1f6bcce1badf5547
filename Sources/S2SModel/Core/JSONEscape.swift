/// The pieces of JSON string unescaping that S2SImport's cursor and S2SCOA's parser share (RFC 8259
/// §7). Each reader keeps its own error handling: the cursor is lenient with lone surrogates, the COA
/// parser strict.
public enum JSONEscape {
    /// The byte a one-character escape stands for (`\n` → 0x0A), nil for `u` and for an invalid escape.
    @inline(__always)
    public static func byte(for escape: UInt8) -> UInt8? {
        switch escape {
        case UInt8(ascii: "\""): return 0x22
        case UInt8(ascii: "\\"): return 0x5C
        case UInt8(ascii: "/"): return 0x2F
        case UInt8(ascii: "b"): return 0x08
        case UInt8(ascii: "f"): return 0x0C
        case UInt8(ascii: "n"): return 0x0A
        case UInt8(ascii: "r"): return 0x0D
        case UInt8(ascii: "t"): return 0x09
        default: return nil
        }
    }

    /// The value of a hex digit, nil for any other byte.
    @inline(__always)
    public static func hexValue(_ c: UInt8) -> UInt32? {
        switch c {
        case 48...57: return UInt32(c - 48)
        case 65...70: return UInt32(c - 55)
        case 97...102: return UInt32(c - 87)
        default: return nil
        }
    }

    public static func isHighSurrogate(_ v: UInt32) -> Bool { v >= 0xD800 && v < 0xDC00 }
    public static func isLowSurrogate(_ v: UInt32) -> Bool { v >= 0xDC00 && v < 0xE000 }

    /// The scalar a surrogate pair encodes.
    public static func combine(high: UInt32, low: UInt32) -> UInt32 { 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00) }

    /// Appends the UTF-8 bytes of a scalar; false (nothing appended) when it is not a Unicode scalar.
    @discardableResult
    public static func appendUTF8(_ scalar: UInt32, to out: inout [UInt8]) -> Bool {
        guard let u = Unicode.Scalar(scalar) else { return false }
        out.append(contentsOf: Array(String(Character(u)).utf8))
        return true
    }
}
