public import S2SModel
import Foundation

/// Composes packs (parents first) and compiles every rule against the model and the jurisdiction's facts.
public enum PackCompiler {
    /// `packs` in extension order: the packs a pack extends come before it; later packs win.
    /// - Parameter runDate: the day the run judges by (`--as-of`, else today in the jurisdiction's
    ///   zone); a variance that expired before it is reported.
    public static func compile(packs: [PackSource], jurisdiction: Jurisdiction?, schema: Schema = .model,
                               runDate: Day? = nil) -> (CompiledRuleSet?, [Diagnostic]) {
        var problems = PackProblems()
        // Compose: later definitions of an id replace earlier ones (all versions of it).
        var rulesById: [String: [RuleSource]] = [:]
        var order: [String] = []
        var definedIn: [String: String] = [:]
        var mandatory: Set<String> = []
        for pack in packs {
            var replacedHere = Set<String>()
            for r in pack.rules {
                if let prev = definedIn[r.id], prev != pack.id, !replacedHere.contains(r.id) {
                    if mandatory.contains(r.id) {
                        problems.add(.error, r.file, fileLines(r.file), r.location.line, r.location.column,
                                     "rule \(r.id) is mandatory in pack \(prev); pack \(pack.id) may not redefine it",
                                     code: "pack.mandatory",
                                     hint: "tighten it with an override (a stricter severity) or add a new rule; loosening needs a variance")
                        continue
                    }
                    rulesById[r.id] = []
                    replacedHere.insert(r.id)
                }
                if rulesById[r.id] == nil { order.append(r.id) }
                rulesById[r.id, default: []].append(r)
                definedIn[r.id] = pack.id
                if r.mandatory { mandatory.insert(r.id) }
            }
        }
        let adjustments = Overrides.collect(packs: packs, rulesById: rulesById, order: order, definedIn: definedIn,
                                            runDate: runDate ?? today(in: jurisdiction?.timeZone), problems: &problems)

        // Compile per scope.
        let facts = jurisdiction?.facts
        var defines: [(signature: String, expression: String, origin: ExprOrigin?)] = []
        for pack in packs {
            for d in pack.defines { defines.append((d.signature, d.expression, pack.defineOrigins[d.signature])) }
        }
        var all: [CompiledRule] = []
        var scopes: [String: CompiledScope] = [:]
        var needs: Set<DataIndex.Kind> = []
        let packOf = Dictionary(packs.flatMap { p in p.rules.map { ($0.id, p) } }, uniquingKeysWith: { _, b in b })
        for scope in ScopeDef.all {
            let ids = order.filter { rulesById[$0]?.first?.scope == scope.name }
            guard !ids.isEmpty else { continue }
            var named: [String: NamedExpr] = [:]
            for p in scope.predefined { named[p.name] = NamedExpr(name: p.name, source: p.expression, origin: nil) }
            for d in defines {
                guard let (name, params) = PackLoader.parseSignature(d.signature) else { continue }
                named[name] = NamedExpr(name: name, params: params, source: d.expression, origin: d.origin)
            }
            let env = CompileEnv(schema: schema, scope: scope, facts: facts, named: named, firstFreeSlot: scope.roots.count)
            var versions: [String: [CompiledRule]] = [:]
            for id in ids {
                for r in rulesById[id] ?? [] {
                    let pack = packOf[id]
                    // an override that holds until a variance expires splits the version at that day
                    for part in adjustments.segments(of: r) {
                        var v = r
                        v.effective = part.window
                        if let c = compileRule(v, packId: pack?.id ?? "?", env: env, severity: part.severity,
                                               disabled: part.disabledReason, problems: &problems) {
                            versions[id, default: []].append(c)
                            all.append(c)
                        }
                    }
                }
            }
            needs.formUnion(env.needs)
            // order by `requires`
            let (sorted, position) = topologicalOrder(ids: ids.filter { versions[$0] != nil }, versions: versions, scope: scope,
                                                      rulesById: rulesById, problems: &problems)
            scopes[scope.name] = CompiledScope(def: scope, order: sorted, versions: versions, slotCount: env.nextSlot,
                                               position: position)
        }
        problems.removeDuplicates()
        if problems.hasErrors { return (nil, problems.diagnostics) }
        let infos = packs.map { PackInfo(id: $0.id, version: $0.version, sha256: $0.sha256, jurisdiction: $0.jurisdiction) }
        let set = CompiledRuleSet(packs: infos, jurisdiction: jurisdiction, rules: all, disabled: adjustments.disabled,
                                  scopes: scopes, needs: needs)
        return (set, problems.diagnostics)
    }

    static func compileRule(_ r: RuleSource, packId: String, env: CompileEnv, severity: Severity?, disabled: String?,
                            problems: inout PackProblems) -> CompiledRule? {
        // rule-level lets live only while this rule compiles
        let savedNamed = env.named
        defer { env.named = savedNamed }
        for l in r.lets {
            if env.scope.roots.contains(where: { $0.name == l.name }) {
                if let o = r.origins["let:" + l.name] {
                    problems.expression(o, offset: 0, "'\(l.name)' is already a name of scope \(env.scope.name)", code: "rule.let", hint: "choose another name")
                }
                continue
            }
            env.named[l.name] = NamedExpr(name: l.name, source: l.expression, origin: r.origins["let:" + l.name])
        }
        var failed = false
        func compileExpr(_ text: String, _ key: String) -> Compiled? {
            guard let origin = r.origins[key] else { return nil }
            do {
                let e = try Parser.parse(text)
                return try Compiler.compile(e, env)
            } catch let pe as ExpressionError {
                problems.expression(origin, offset: pe.offset, pe.message, code: "expr.syntax", hint: pe.hint)
            } catch let ce as CompileError {
                problems.expression(origin, offset: ce.offset, ce.message, code: "expr.type", hint: ce.hint)
            } catch let le as LocatedCompileError {
                if let o = le.origin {
                    problems.expression(o, offset: le.error.offset, le.error.message, code: "expr.type", hint: le.error.hint,
                                        note: le.note.map { "\($0), used by rule \(r.id)" })
                } else {
                    problems.expression(origin, offset: 0, le.error.message, code: "expr.type", hint: le.error.hint, note: le.note)
                }
            } catch {
                problems.expression(origin, offset: 0, "\(error)", code: "expr.type", hint: nil)
            }
            failed = true
            return nil
        }
        let when = r.when.flatMap { compileExpr($0, "when") }
        if let w = when, !w.type.fits(.bool), let o = r.origins["when"] {
            problems.expression(o, offset: 0, "'when' must be true or false, but it is \(w.type)", code: "expr.type", hint: nil)
            failed = true
        }
        let assert = compileExpr(r.assert, "assert")
        if let a = assert, !a.type.fits(.bool), let o = r.origins["assert"] {
            problems.expression(o, offset: 0, "'assert' must be true or false, but '\(r.assert)' is \(a.type)", code: "expr.type",
                                hint: "compare it with something, e.g. … == true or present(…)")
            failed = true
        }
        // Conditions that the data cannot change: the rule could never apply, or never find anything.
        let never = NeverAnalysis(window: r.effective, slotCount: env.nextSlot)
        if let w = when, w.type.fits(.bool), let o = r.origins["when"], let v = never.alwaysFalse(w) {
            problems.expression(o, offset: v.part.expr.start, "\(v.why), so rule \(r.id) can never apply", code: "rule.never",
                                hint: "correct the condition (or the facts it reads), or remove the rule")
        }
        if let a = assert, a.type.fits(.bool), let o = r.origins["assert"], let v = never.alwaysTrue(a) {
            problems.expression(o, offset: v.part.expr.start, "\(v.why), so rule \(r.id) can never find anything",
                                code: "rule.never", hint: "the assert must read the data it checks")
        }
        let message = compileMessage(r, env, &problems, &failed)
        var evidence: [Compiled] = []
        for (k, e) in r.evidence.enumerated() {
            if let c = compileExpr(e, "evidence:\(k)") { evidence.append(c) }
        }
        let licenseKey = r.licenseKey.flatMap { compileExpr($0, "license") }
        // Compile rule lets even when unused, so mistakes in them are reported.
        for l in r.lets {
            if let n = env.named[l.name], n.compiled == nil {
                do { _ = try Compiler.compileNamed(n, env) } catch let le as LocatedCompileError {
                    if let o = le.origin {
                        problems.expression(o, offset: le.error.offset, le.error.message, code: "expr.type", hint: le.error.hint)
                    }
                    failed = true
                } catch {}
            }
        }
        guard !failed, let assert else { return nil }
        let info = RuleInfo(id: r.id, packId: packId, title: r.title, description: r.description, severity: severity ?? r.severity,
                            category: r.category, cite: r.cite, remedy: r.remedy, scope: r.scope, mandatory: r.mandatory)
        return CompiledRule(info: info, window: r.effective, requires: r.requires, disabledReason: disabled, source: r,
                            when: when, assert: assert, message: message, evidence: evidence, licenseKey: licenseKey)
    }

    /// `message` text with `{expression}` parts; `{{` and `}}` stand for literal braces.
    static func compileMessage(_ r: RuleSource, _ env: CompileEnv, _ problems: inout PackProblems, _ failed: inout Bool)
        -> [CompiledRule.MessagePart] {
        guard let origin = r.origins["message"] else { return [.text(r.message)] }
        var parts: [CompiledRule.MessagePart] = []
        let b = Array(r.message.utf8)
        var i = 0
        var text: [UInt8] = []
        while i < b.count {
            if b[i] == UInt8(ascii: "{"), i + 1 < b.count, b[i + 1] == UInt8(ascii: "{") { text.append(b[i]); i += 2; continue }
            if b[i] == UInt8(ascii: "}"), i + 1 < b.count, b[i + 1] == UInt8(ascii: "}") { text.append(b[i]); i += 2; continue }
            if b[i] == UInt8(ascii: "{") {
                guard let close = b[(i + 1)...].firstIndex(of: UInt8(ascii: "}")) else {
                    problems.expression(origin, offset: i, "'{' in the message is never closed", code: "expr.syntax",
                                        hint: "write {{ for a literal brace")
                    failed = true
                    return parts
                }
                if !text.isEmpty { parts.append(.text(String(decoding: text, as: UTF8.self))); text = [] }
                let inner = String(decoding: b[(i + 1)..<close], as: UTF8.self)
                do {
                    let e = try Parser.parse(inner)
                    parts.append(.value(try Compiler.compile(e, env)))
                } catch let pe as ExpressionError {
                    problems.expression(origin, offset: i + 1 + pe.offset, pe.message, code: "expr.syntax", hint: pe.hint)
                    failed = true
                } catch let ce as CompileError {
                    problems.expression(origin, offset: i + 1 + ce.offset, ce.message, code: "expr.type", hint: ce.hint)
                    failed = true
                } catch let le as LocatedCompileError {
                    problems.expression(le.origin ?? origin, offset: le.error.offset, le.error.message, code: "expr.type",
                                        hint: le.error.hint, note: le.note)
                    failed = true
                } catch {
                    failed = true
                }
                i = close + 1
                continue
            }
            text.append(b[i])
            i += 1
        }
        if !text.isEmpty { parts.append(.text(String(decoding: text, as: UTF8.self))) }
        return parts
    }

    static func topologicalOrder(ids: [String], versions: [String: [CompiledRule]], scope: ScopeDef,
                                 rulesById: [String: [RuleSource]], problems: inout PackProblems) -> ([String], [String: Int]) {
        var out: [String] = []
        var state: [String: Int] = [:]   // 1 visiting, 2 done
        let enclosing = enclosingScopes(scope.name)
        func visit(_ id: String, from: RuleSource?) {
            if state[id] == 2 { return }
            if state[id] == 1 {
                if let r = from {
                    problems.add(.error, r.file, fileLines(r.file), r.location.line, r.location.column,
                                 "rule \(r.id) and \(id) require each other (a cycle)", code: "rule.requires")
                }
                return
            }
            state[id] = 1
            for v in versions[id] ?? [] {
                for req in v.requires {
                    if versions[req] != nil { visit(req, from: v.source); continue }
                    if let other = rulesById[req]?.first {
                        if !enclosing.contains(other.scope) {
                            problems.add(.error, v.source.file, fileLines(v.source.file), v.source.location.line, v.source.location.column,
                                         "rule \(v.info.id) (scope \(scope.name)) requires \(req), whose scope \(other.scope) does not enclose it",
                                         code: "rule.requires",
                                         hint: "a rule may require rules of its own scope or of an enclosing one (manifest ⊃ destination ⊃ line, transporter)")
                        }
                        continue
                    }
                    if let o = v.source.origins["requires:" + req] {
                        problems.expression(o, offset: 0, "rule \(v.info.id) requires \(req), which no loaded pack defines",
                                            code: "rule.requires", hint: Suggest.hint(req, in: Array(rulesById.keys).sorted()))
                    } else {
                        problems.add(.error, v.source.file, fileLines(v.source.file), v.source.location.line, v.source.location.column,
                                     "rule \(v.info.id) requires \(req), which no loaded pack defines", code: "rule.requires",
                                     hint: Suggest.hint(req, in: Array(rulesById.keys).sorted()))
                    }
                }
            }
            state[id] = 2
            out.append(id)
        }
        for id in ids { visit(id, from: nil) }
        var position: [String: Int] = [:]
        for (k, id) in out.enumerated() { position[id] = k }
        return (out, position)
    }

    /// The scopes whose subjects contain a subject of `scope` (itself included).
    static func enclosingScopes(_ scope: String) -> Set<String> {
        switch scope {
        case "destination": return ["manifest", "destination"]
        case "line", "transporter": return ["manifest", "destination", scope]
        default: return [scope]
        }
    }

    /// Today in a time zone (the jurisdiction's, else UTC).
    static func today(in zone: String?) -> Day {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone.flatMap(TimeZone.init(identifier:)) ?? TimeZone(secondsFromGMT: 0) ?? .current
        let c = calendar.dateComponents([.year, .month, .day], from: Date())
        return Day(year: c.year ?? 1970, month: c.month ?? 1, day: c.day ?? 1) ?? Day(daysSinceEpoch: 0)
    }

    static func fileLines(_ path: String) -> [String] {
        ((try? String(contentsOfFile: path, encoding: .utf8)) ?? "").split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }
}

import Foundation
