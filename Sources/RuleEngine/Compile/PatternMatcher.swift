import Foundation

/// A compiled regular expression for `matches`. The whole text is tested (use ^ and $ as usual;
/// without them the pattern may match anywhere). Thread-safe.
struct PatternMatcher: @unchecked Sendable {
    let regex: NSRegularExpression
    let fast: FastPattern?

    init(_ pattern: String) throws {
        regex = try NSRegularExpression(pattern: pattern, options: [])
        fast = FastPattern(pattern)
    }

    func matches(_ s: String) -> Bool {
        if let fast { return fast.matches(s) }
        let range = NSRange(s.startIndex..<s.endIndex, in: s)
        return regex.firstMatch(in: s, options: [], range: range) != nil
    }
}

/// A byte-level matcher for the anchored patterns tag and license formats use
/// (`^1A[0-9A-F]{22}$`, `^C[0-9]+-[0-9]{7}-LIC$`): literals, character classes and counted
/// repetition, anchored at both ends. Anything else falls back to NSRegularExpression.
struct FastPattern: Sendable {
    enum Atom: Sendable {
        case byte(UInt8)
        case set([Bool])   // 256 entries
    }
    struct Piece: Sendable {
        var atom: Atom
        var min: Int
        var max: Int
    }
    let pieces: [Piece]

    init?(_ pattern: String) {
        let b = Array(pattern.utf8)
        guard b.count >= 2, b.first == UInt8(ascii: "^"), b.last == UInt8(ascii: "$") else { return nil }
        var i = 1
        let end = b.count - 1
        var pieces: [Piece] = []
        while i < end {
            var atom: Atom
            let c = b[i]
            if c == UInt8(ascii: "[") {
                var set = [Bool](repeating: false, count: 256)
                i += 1
                var negate = false
                if i < end, b[i] == UInt8(ascii: "^") { negate = true; i += 1 }
                var closed = false
                while i < end {
                    if b[i] == UInt8(ascii: "]") { closed = true; i += 1; break }
                    if b[i] == UInt8(ascii: "\\") { return nil }
                    if i + 2 < end, b[i + 1] == UInt8(ascii: "-"), b[i + 2] != UInt8(ascii: "]") {
                        guard b[i] <= b[i + 2] else { return nil }
                        for x in b[i]...b[i + 2] { set[Int(x)] = true }
                        i += 3
                    } else {
                        set[Int(b[i])] = true
                        i += 1
                    }
                }
                guard closed else { return nil }
                if negate { set = set.map { !$0 } }
                atom = .set(set)
            } else if c == UInt8(ascii: "\\") {
                guard i + 1 < end else { return nil }
                let e = b[i + 1]
                i += 2
                switch e {
                case UInt8(ascii: "d"):
                    var set = [Bool](repeating: false, count: 256)
                    for x in UInt8(ascii: "0")...UInt8(ascii: "9") { set[Int(x)] = true }
                    atom = .set(set)
                case UInt8(ascii: "."), UInt8(ascii: "-"), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: " "):
                    atom = .byte(e)
                default: return nil
                }
            } else if "()|.*+?{}^$".utf8.contains(c) {
                return nil
            } else {
                if c >= 0x80 { return nil }
                atom = .byte(c)
                i += 1
            }
            var lo = 1, hi = 1
            if i < end {
                switch b[i] {
                case UInt8(ascii: "+"): lo = 1; hi = Int.max; i += 1
                case UInt8(ascii: "*"): lo = 0; hi = Int.max; i += 1
                case UInt8(ascii: "?"): lo = 0; hi = 1; i += 1
                case UInt8(ascii: "{"):
                    var j = i + 1
                    var n1 = 0, n2 = -1
                    var digits = 0
                    while j < end, b[j] >= 48, b[j] <= 57 { n1 = n1 * 10 + Int(b[j] - 48); j += 1; digits += 1 }
                    guard digits > 0 else { return nil }
                    if j < end, b[j] == UInt8(ascii: ",") {
                        j += 1
                        var d2 = 0
                        n2 = 0
                        while j < end, b[j] >= 48, b[j] <= 57 { n2 = n2 * 10 + Int(b[j] - 48); j += 1; d2 += 1 }
                        if d2 == 0 { n2 = Int.max }
                    } else { n2 = n1 }
                    guard j < end, b[j] == UInt8(ascii: "}"), n2 >= n1 else { return nil }
                    lo = n1; hi = n2
                    i = j + 1
                default: break
                }
            }
            pieces.append(Piece(atom: atom, min: lo, max: hi))
        }
        // Greedy matching is exact only when no piece can steal from the next: require that every
        // unbounded or optional piece cannot match anything the pieces after it (up to the next
        // required one) could.
        for (k, p) in pieces.enumerated() where p.min != p.max {
            var n = k + 1
            while n < pieces.count {
                if FastPattern.overlaps(p.atom, pieces[n].atom) { return nil }
                if pieces[n].min > 0 { break }
                n += 1
            }
        }
        self.pieces = pieces
    }

    static func overlaps(_ a: Atom, _ b: Atom) -> Bool {
        func set(_ x: Atom) -> [Bool] {
            switch x {
            case .byte(let c): var s = [Bool](repeating: false, count: 256); s[Int(c)] = true; return s
            case .set(let s): return s
            }
        }
        let (x, y) = (set(a), set(b))
        return (0..<256).contains { x[$0] && y[$0] }
    }

    func matches(_ s: String) -> Bool {
        var u = s.utf8.makeIterator()
        var bytes: [UInt8] = []
        bytes.reserveCapacity(32)
        while let c = u.next() { bytes.append(c) }
        var i = 0
        for p in pieces {
            var n = 0
            while n < p.max, i < bytes.count, accepts(p.atom, bytes[i]) { n += 1; i += 1 }
            if n < p.min { return false }
        }
        return i == bytes.count
    }

    @inline(__always) func accepts(_ a: Atom, _ c: UInt8) -> Bool {
        switch a {
        case .byte(let b): return b == c
        case .set(let s): return s[Int(c)]
        }
    }
}
