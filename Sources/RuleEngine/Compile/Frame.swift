public import S2SModel

/// Evaluates a compiled expression in a frame.
typealias Eval = @Sendable (Frame) -> Value

/// The run-time state for one subject: its root records, cached named values, lambda parameters,
/// and the date it is judged on. One frame per scope is reused for every subject.
final class Frame {
    let ctx: EvalContext
    var slots: [Value]
    /// `generation` of the subject for which `slots[i]` holds a cached named value.
    var cachedAt: [Int]
    var generation = 1
    /// The date rules and facts are chosen by (departure day, `--as-of`, or today).
    var date: Day

    init(ctx: EvalContext, slotCount: Int, date: Day) {
        self.ctx = ctx
        self.slots = Array(repeating: .null, count: slotCount)
        self.cachedAt = Array(repeating: 0, count: slotCount)
        self.date = date
    }

    /// Moves to a new subject: cached named values are forgotten.
    func nextSubject() { generation &+= 1 }

    func ensureSlots(_ n: Int) {
        if slots.count < n {
            slots += Array(repeating: .null, count: n - slots.count)
            cachedAt += Array(repeating: 0, count: n - cachedAt.count)
        }
    }
}

/// A type-checked expression: its type, its evaluator, and its parts (for explanations).
struct Compiled: @unchecked Sendable {
    let type: ValueType
    let eval: Eval
    let expr: Expr
    let children: [Compiled]
    /// True when the node reads a lambda parameter (cannot be evaluated on its own for evidence).
    let usesLambda: Bool
    /// Whether to show this node as evidence (paths, calls, names).
    let isEvidence: Bool
    /// The facts node this value was read from, when known statically (`facts.a.b`).
    var fact: FactNode?
    /// True when the value depends on no record of the run: literals, facts, `as_of`, and operators
    /// and pure functions over those (a value that may still change with the date). Used when a
    /// pack loads to find conditions that can never hold; never consulted while rules run.
    let isStatic: Bool
    /// What a name stands for, for explanations: the definition of a pack's named value or `let`,
    /// or the body of a pack function at this call (its parameters are bound when the call runs).
    var expansion: [Compiled] = []
    /// For a function given `x => …` (any, all, filter …): the parameter and the slot it is bound
    /// to, so that explanations can show the condition for each element.
    var binder: Binder?
    /// For a call of a pack function: its parameter names, in the order of `children` (the arguments).
    var parameters: [String] = []

    struct Binder: Sendable {
        var name: String
        var slot: Int
    }

    /// - Parameter readsData: the node itself reads the subject or the run's data (a root record,
    ///   a lookup, a field); otherwise it is static when all its children are.
    init(_ type: ValueType, _ expr: Expr, children: [Compiled] = [], usesLambda: Bool = false,
         isEvidence: Bool = false, readsData: Bool = false, _ eval: @escaping Eval) {
        self.type = type
        self.eval = eval
        self.expr = expr
        self.children = children
        self.usesLambda = usesLambda || children.contains { $0.usesLambda }
        self.isEvidence = isEvidence
        self.isStatic = !readsData && !self.usesLambda && children.allSatisfy(\.isStatic)
    }
}

/// A type or name error in an expression, at an offset inside it.
struct CompileError: Error, Sendable {
    var offset: Int
    var length: Int
    var message: String
    var hint: String?

    init(_ expr: Expr, _ message: String, hint: String? = nil) {
        self.offset = expr.start
        self.length = max(1, expr.end - expr.start)
        self.message = message
        self.hint = hint
    }

    init(offset: Int, length: Int, _ message: String, hint: String? = nil) {
        self.offset = offset
        self.length = length
        self.message = message
        self.hint = hint
    }
}
