import S2SModel

/// Where an expression's text came from, to turn offsets inside it into file positions.
struct ExprOrigin: Sendable {
    var file: String
    /// 1-based line and column of the expression's first character in the file (for a block
    /// scalar, of its first content line).
    var line: Int
    var column: Int
    var text: String
    var fileLines: [String]
}

/// A named expression: a scope's predefined name, a pack `define`, or a rule `let`.
final class NamedExpr: @unchecked Sendable {
    let name: String
    let params: [String]
    let source: String
    let origin: ExprOrigin?
    var parsed: Expr?
    var compiled: Compiled?
    var slot: Int?
    var compiling = false

    init(name: String, params: [String] = [], source: String, origin: ExprOrigin?) {
        self.name = name
        self.params = params
        self.source = source
        self.origin = origin
    }
}

/// A compile error carried out of a named expression, with that expression's origin.
struct LocatedCompileError: Error {
    var error: CompileError
    var origin: ExprOrigin?
    var note: String?
}

/// The names and types visible while compiling one rule, and the slots it uses.
final class CompileEnv {
    let schema: Schema
    let scope: ScopeDef
    let facts: FactNode?
    var named: [String: NamedExpr]
    var lambdas: [(name: String, type: ValueType, slot: Int)] = []
    var nextSlot: Int
    var needs: Set<DataIndex.Kind> = []
    /// Function calls being compiled (to refuse recursion).
    var callStack: [String] = []

    init(schema: Schema, scope: ScopeDef, facts: FactNode?, named: [String: NamedExpr], firstFreeSlot: Int) {
        self.schema = schema
        self.scope = scope
        self.facts = facts
        self.named = named
        self.nextSlot = firstFreeSlot
    }

    func allocateSlot() -> Int {
        defer { nextSlot += 1 }
        return nextSlot
    }

    /// Every name an expression of this scope may use (for "did you mean").
    var visibleNames: [String] {
        scope.roots.map(\.name) + named.filter { $0.value.params.isEmpty }.keys.sorted() + ["facts", "as_of"]
            + lambdas.map(\.name)
    }
}
