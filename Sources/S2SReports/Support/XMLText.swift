/// Escaping for the hand-written (streaming) XML and HTML writers: JUnit, checkstyle, HTML. Works
/// on UTF-8 bytes; a string with nothing to escape is returned as it is.
public enum XMLText {
    /// Text content: `&`, `<`, `>` escaped; characters XML 1.0 forbids (most control characters,
    /// U+FFFE, U+FFFF) replaced by U+FFFD so the document always parses.
    public static func text(_ s: String) -> String { escape(s, attribute: false) }

    /// An attribute value in double quotes: as `text`, plus `"` and `'`, and line breaks and tabs
    /// as character references so that parsers keep them.
    public static func attribute(_ s: String) -> String { escape(s, attribute: true) }

    static let replacement: [UInt8] = [0xEF, 0xBF, 0xBD]

    static func escape(_ s: String, attribute: Bool) -> String {
        var needs = false
        for b in s.utf8 {
            switch b {
            case 0x26, 0x3C, 0x3E, 0xEF: needs = true
            case 0x22, 0x27, 0x09, 0x0A, 0x0D: needs = needs || attribute
            case 0..<0x20: needs = true
            default: break
            }
            if needs { break }
        }
        if !needs { return s }
        let bytes = Array(s.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 32)
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            switch b {
            case 0x26: out += Array("&amp;".utf8)
            case 0x3C: out += Array("&lt;".utf8)
            case 0x3E: out += Array("&gt;".utf8)
            case 0x22 where attribute: out += Array("&quot;".utf8)
            case 0x27 where attribute: out += Array("&#39;".utf8)
            case 0x0A where attribute: out += Array("&#10;".utf8)
            case 0x0D where attribute: out += Array("&#13;".utf8)
            case 0x09 where attribute: out += Array("&#9;".utf8)
            case 0x09, 0x0A, 0x0D: out.append(b)
            case 0..<0x20: out += replacement
            case 0xEF where i + 2 < bytes.count && bytes[i + 1] == 0xBF && (bytes[i + 2] == 0xBE || bytes[i + 2] == 0xBF):
                out += replacement   // U+FFFE, U+FFFF
                i += 2
            default: out.append(b)
            }
            i += 1
        }
        return String(decoding: out, as: UTF8.self)
    }
}
