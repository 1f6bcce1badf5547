/// Functions a pack defines (`define: { "active_on(l, d)": … }`), compiled at each call site with
/// the argument types of that call.
enum UserFunctions {
    static func call(_ fn: NamedExpr, _ args: [Expr], _ e: Expr, _ env: CompileEnv) throws -> Compiled {
        guard args.count == fn.params.count else {
            throw CompileError(e, "\(fn.name) takes \(fn.params.count) argument\(fn.params.count == 1 ? "" : "s") (\(fn.params.joined(separator: ", "))), not \(args.count)")
        }
        if env.callStack.contains(fn.name) {
            throw CompileError(e, "\(fn.name) calls itself; functions of a pack cannot be recursive")
        }
        let compiledArgs = try args.map { a -> Compiled in
            if case .lambda = a.kind { throw CompileError(a, "\(fn.name) does not take a function as an argument") }
            return try Compiler.compile(a, env)
        }
        let body: Expr
        do {
            if let p = fn.parsed { body = p } else {
                do { body = try Parser.parse(fn.source) } catch let pe as ExpressionError {
                    throw CompileError(offset: pe.offset, length: pe.length, pe.message, hint: pe.hint)
                }
                fn.parsed = body
            }
        } catch let ce as CompileError {
            throw LocatedCompileError(error: ce, origin: fn.origin, note: "in the definition of \(fn.name)")
        }
        // Parameters are bound like lambda parameters; the caller's own lambda names are not visible.
        let slots = fn.params.map { _ in env.allocateSlot() }
        let saved = env.lambdas
        env.lambdas = zip(fn.params, zip(compiledArgs, slots)).map { ($0, $1.0.type, $1.1) }
        env.callStack.append(fn.name)
        defer {
            env.lambdas = saved
            env.callStack.removeLast()
        }
        let compiledBody: Compiled
        do {
            compiledBody = try Compiler.compile(body, env)
        } catch let ce as CompileError {
            throw LocatedCompileError(error: ce, origin: fn.origin,
                                      note: "in \(fn.name), called as \(e.text)")
        }
        let argEvals = compiledArgs.map(\.eval)
        let b = compiledBody.eval
        var call = Compiled(compiledBody.type, e, children: compiledArgs, isEvidence: true, readsData: true) { f in
            // evaluate every argument before binding any (an argument may read a parameter slot)
            let values = argEvals.map { $0(f) }
            for (k, s) in slots.enumerated() { f.slots[s] = values[k] }
            return b(f)
        }
        call.expansion = [compiledBody]
        call.parameters = fn.params
        return call
    }
}
