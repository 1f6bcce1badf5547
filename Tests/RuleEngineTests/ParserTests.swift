import Testing
@testable import RuleEngine

@Suite("Expression parser")
struct ParserTests {
    func shape(_ e: Expr) -> String {
        switch e.kind {
        case .binary(let op, let l, let r): return "(\(shape(l)) \(op) \(shape(r)))"
        case .unary(let op, let x): return "(\(op) \(shape(x)))"
        case .member(let b, let n, _): return "\(shape(b)).\(n)"
        case .name(let n): return n
        case .number(let n): return n
        case .quantity(let n, let u): return "\(n)\(u)"
        case .string(let s): return "'\(s)'"
        case .call(let n, let a, _): return "\(n)(" + a.map(shape).joined(separator: ",") + ")"
        case .lambda(let p, let b): return "\(p.joined(separator: ","))=>\(shape(b))"
        default: return e.text
        }
    }

    @Test func precedence() throws {
        #expect(shape(try Parser.parse("a or b and not c")) == "(a or (b and (not c)))")
        #expect(shape(try Parser.parse("x.y + 2 * 3 > 4")) == "((x.y + (2 * 3)) > 4)")
        #expect(shape(try Parser.parse("l.quantity <= 10 g")) == "(l.quantity <= 10g)")
        #expect(shape(try Parser.parse("t not in ['a', 'b']")).hasPrefix("(t not in"))
        #expect(shape(try Parser.parse("any(xs, q => q.ok)")) == "any(xs,q=>q.ok)")
    }

    @Test func spansPointIntoTheText() throws {
        let e = try Parser.parse("package.on_hold == false")
        guard case .binary(_, let l, _) = e.kind else { Issue.record("not binary"); return }
        #expect(l.text == "package.on_hold")
        #expect(l.start == 0 && l.end == 15)
    }

    @Test(arguments: [
        ("a = b", "a single '=' is not an operator"),
        ("a && b", "'&' is not an operator here"),
        ("(a and b", "expected ')'"),
        ("a <", "the expression ends too early"),
        ("'open", "this text is never closed"),
        ("a < b < c", "comparisons cannot be chained"),
        ("a b", "unexpected name 'b' after a complete expression"),
    ])
    func syntaxErrorsSayWhatIsWrong(_ text: String, _ fragment: String) {
        do {
            _ = try Parser.parse(text)
            Issue.record("\(text) parsed")
        } catch let e as ExpressionError {
            #expect(e.message.contains(fragment), "\(e.message)")
        } catch {
            Issue.record("\(error)")
        }
    }
}
