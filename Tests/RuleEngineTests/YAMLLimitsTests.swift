import Foundation
import Testing
import S2SModel
@testable import RuleEngine

/// A pack that abuses YAML is refused quickly with a clear message.
@Suite("Hostile YAML")
struct YAMLLimitsTests {
    func load(_ text: String) -> (message: String, seconds: Double) {
        let t0 = Date()
        let (_, d) = PackLoader.load(path: "/tmp/hostile.yaml", text: text)
        return (d.first { $0.level == .error }?.message ?? "", Date().timeIntervalSince(t0))
    }

    @Test func billionLaughsIsRefused() {
        var y = "pack: x\nversion: 1\na0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
        for i in 1...9 {
            y += "a\(i): &a\(i) [" + Array(repeating: "*a\(i - 1)", count: 10).joined(separator: ", ") + "]\n"
        }
        y += "rules: [*a9]\n"
        let r = load(y)
        #expect(r.message.contains("expands to more than"))
        #expect(r.seconds < 5)
    }

    @Test func deepNestingIsRefused() {
        let y = "pack: x\nversion: 1\nrules: " + String(repeating: "[", count: 5000) + String(repeating: "]", count: 5000) + "\n"
        let r = load(y)
        #expect(r.message.contains("deeper than"))
        #expect(r.seconds < 5)
    }

    @Test func deepBlockIndentationIsRefused() {
        var y = "pack: x\nversion: 1\nrules:\n"
        for i in 0..<2000 { y += String(repeating: " ", count: i + 2) + "k\(i):\n" }
        let r = load(y)
        #expect(r.message.contains("nesting is too deep"))
        #expect(r.seconds < 5)
    }

    @Test func hugeScalarIsRefused() {
        let y = "pack: x\nversion: 1\ntitle: " + String(repeating: "a", count: 3_000_000) + "\n"
        let r = load(y)
        #expect(r.message.contains("limited to"))
        #expect(r.seconds < 5)
    }
}
