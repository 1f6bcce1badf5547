/// The syntax tree of an expression. Every node keeps its span in the expression text, so type
/// errors point at the exact part and explanations can quote it.
indirect enum ExprKind: Sendable {
    case number(String)
    case quantity(String, String)     // value text, unit text
    case span(String, String)         // value text, unit text
    case string(String)
    case date(String)
    case dateTime(String)
    case bool(Bool)
    case null
    case name(String)
    case member(Expr, String, nameStart: Int)
    case index(Expr, Expr)
    case call(String, [Expr], nameEnd: Int)
    case lambda([String], Expr)
    case list([Expr])
    case unary(String, Expr)
    case binary(String, Expr, Expr)
    case conditional(Expr, Expr, Expr)
}

struct Expr: Sendable {
    var kind: ExprKind
    var start: Int
    var end: Int
    /// The expression's own text (for explanations and evidence).
    var text: String
}
