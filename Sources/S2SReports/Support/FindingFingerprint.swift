public import S2SModel

/// A finding's identity across runs: the rule id, the business keys (manifest number, package tag,
/// license number) and the JSON pointer (or CSV row) of the record, hashed. It does not depend on
/// line numbers, whitespace, the order of keys inside a record or the path the file was read from,
/// so it survives reformatting a file and moving it; it changes when the record itself changes
/// place in its list or its keys change. SARIF `partialFingerprints` and baseline files use it.
public enum FindingFingerprint {
    /// The `partialFingerprints` key and the baseline's version marker.
    public static let key = "s2slint/v1"

    static let digits = Array("0123456789abcdef".utf8)

    /// 32 hexadecimal digits (the first 128 bits of a SHA-256).
    public static func of(_ f: Finding) -> String {
        let pointer = f.location?.pointer ?? (f.ref.pointer.isEmpty ? nil : f.ref.pointer) ?? ""
        return of(rule: f.ruleId, manifest: f.manifest, package: f.package, license: f.license, pointer: pointer)
    }

    public static func of(rule: String, manifest: String?, package: String?, license: String?, pointer: String) -> String {
        // Unit separators keep the fields apart ("A" + "BC" never equals "AB" + "C").
        let material = ["v1", rule, manifest ?? "", package ?? "", license ?? "", pointer].joined(separator: "\u{1F}")
        let digest = SHA256.digest(Array(material.utf8))
        var hex: [UInt8] = []
        hex.reserveCapacity(32)
        for b in digest.prefix(16) {
            hex.append(digits[Int(b >> 4)])
            hex.append(digits[Int(b & 15)])
        }
        return String(decoding: hex, as: UTF8.self)
    }
}
