import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Shell-style file patterns (`outbound/*.json`) in configuration files, expanded with glob(3).
enum PathPattern {
    static func isPattern(_ s: String) -> Bool { s.contains("*") || s.contains("?") || s.contains("[") }

    /// The matching paths, sorted; empty when nothing matches.
    static func expand(_ pattern: String) -> [String] {
        var g = glob_t()
        defer { globfree(&g) }
        guard glob(pattern, 0, nil, &g) == 0 else { return [] }
        var out: [String] = []
        for i in 0..<Int(g.gl_pathc) {
            if let p = g.gl_pathv[i] { out.append(String(cString: p)) }
        }
        return out.sorted()
    }
}
