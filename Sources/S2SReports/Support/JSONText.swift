/// JSON string escaping for the hand-written (streaming) JSON and SARIF writers. Works on UTF-8
/// bytes: a string with nothing to escape (the common case) is copied as it is.
public enum JSONText {
    public static func quote(_ s: String) -> String {
        var needs = false
        for b in s.utf8 where b < 0x20 || b == 0x22 || b == 0x5C {
            needs = true
            break
        }
        if !needs { return "\"" + s + "\"" }
        var out: [UInt8] = [0x22]
        out.reserveCapacity(s.utf8.count + 16)
        let hex = Array("0123456789abcdef".utf8)
        for b in s.utf8 {
            switch b {
            case 0x22: out += [0x5C, 0x22]
            case 0x5C: out += [0x5C, 0x5C]
            case 0x0A: out += [0x5C, UInt8(ascii: "n")]
            case 0x0D: out += [0x5C, UInt8(ascii: "r")]
            case 0x09: out += [0x5C, UInt8(ascii: "t")]
            case 0..<0x20: out += [0x5C, UInt8(ascii: "u"), 0x30, 0x30, hex[Int(b >> 4)], hex[Int(b & 15)]]
            default: out.append(b)
            }
        }
        out.append(0x22)
        return String(decoding: out, as: UTF8.self)
    }

    public static func optional(_ s: String?) -> String { s.map(quote) ?? "null" }
}
