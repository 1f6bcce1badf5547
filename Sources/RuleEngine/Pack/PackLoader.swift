public import Foundation
public import S2SModel

/// Reads rule packs from YAML, reporting every problem at once with its position.
public enum PackLoader {
    static let packKeys = ["pack", "title", "jurisdiction", "version", "extends", "description", "define", "rules", "overrides", "not_checked"]
    static let ruleKeys = ["id", "title", "description", "severity", "category", "scope", "when", "assert", "message", "cite",
                           "effective", "remedy", "examples", "requires", "let", "evidence", "license", "mandatory", "tags", "covers"]
    static let citeKeys = ["ref", "url", "status"]
    static let effectiveKeys = ["from", "to"]
    static let remedyKeys = ["party", "hint"]
    static let exampleKeys = ["expect", "data", "patch", "count", "note"]
    static let overrideKeys = ["id", "severity", "disabled", "reason", "variance"]
    static let varianceKeys = ["ref", "approver", "expires"]

    /// Every key the loader accepts, by where it is written (for the DSL's JSON Schema and its test).
    public static let acceptedKeys: [String: [String]] = [
        "pack": packKeys, "rule": ruleKeys, "cite": citeKeys, "effective": effectiveKeys, "remedy": remedyKeys,
        "example": exampleKeys, "override": overrideKeys, "variance": varianceKeys, "not_checked": notCheckedKeys,
    ]

    /// Whether a YAML file is a pack file (its top level names `pack:`). Data files in a pack
    /// directory (examples, tests) are not.
    public static func isPackFile(_ text: String) -> Bool {
        for line in text.split(separator: "\n", omittingEmptySubsequences: true).prefix(200) {
            if line.hasPrefix("pack:") { return true }
        }
        return false
    }

    /// Loads the pack in `directory` (every top-level `*.yaml`/`*.yml` file that declares `pack:`).
    public static func load(directory: URL) -> (PackSource?, [Diagnostic]) {
        var problems = PackProblems()
        let fm = FileManager.default
        let dirPath = directory.path
        guard let names = try? fm.contentsOfDirectory(atPath: dirPath) else {
            problems.add(.error, dirPath, [], 1, 1, "cannot read the pack directory \(dirPath)", code: "pack.io")
            return (nil, problems.diagnostics)
        }
        var docs: [YAMLDocument] = []
        var hashInput: [UInt8] = []
        for name in names.sorted() where name.hasSuffix(".yaml") || name.hasSuffix(".yml") {
            let path = directory.appendingPathComponent(name).path
            guard let data = fm.contents(atPath: path) else {
                problems.add(.error, path, [], 1, 1, "cannot read \(path)", code: "pack.io")
                continue
            }
            let text = String(decoding: data, as: UTF8.self)
            guard isPackFile(text) else { continue }
            hashInput += Array(name.utf8) + [0] + [UInt8](data) + [0]
            do {
                docs.append(try YAMLDocument.load(path: path, text: text))
            } catch let d as Diagnostic {
                problems.diagnostics.append(d)
            } catch {
                problems.add(.error, path, [], 1, 1, "\(error)", code: "pack.io")
            }
        }
        if docs.isEmpty && !problems.hasErrors {
            problems.add(.error, dirPath, [], 1, 1, "no pack file in \(dirPath) (a pack file is a .yaml file with a 'pack:' line)",
                         code: "pack.empty")
            return (nil, problems.diagnostics)
        }
        let pack = parse(docs, directory: dirPath, sha: SHA256.hex(hashInput), problems: &problems)
        return (pack, problems.diagnostics)
    }

    /// Loads a pack from one YAML text (for tests and `rules check` of a single file).
    public static func load(path: String, text: String) -> (PackSource?, [Diagnostic]) {
        var problems = PackProblems()
        do {
            let doc = try YAMLDocument.load(path: path, text: text)
            let dir = (path as NSString).deletingLastPathComponent
            let pack = parse([doc], directory: dir, sha: SHA256.hex(Array(text.utf8)), problems: &problems)
            return (pack, problems.diagnostics)
        } catch let d as Diagnostic {
            return (nil, [d])
        } catch {
            return (nil, [Diagnostic(.error, "\(error)", code: "pack.io")])
        }
    }

    static func parse(_ docs: [YAMLDocument], directory: String, sha: String, problems: inout PackProblems) -> PackSource? {
        var pack: PackSource?
        for doc in docs {
            guard case .map(let entries, _) = doc.root else {
                problems.error(doc, doc.root.pos, "a pack file must be a mapping with 'pack:', 'version:' and 'rules:'",
                               code: "pack.shape")
                continue
            }
            checkKeys(entries, allowed: packKeys, what: "the pack header", doc, &problems)
            let id = requiredString(doc.root, "pack", doc, &problems, what: "the pack") ?? "?"
            let version = requiredString(doc.root, "version", doc, &problems, what: "the pack") ?? "0"
            if pack == nil {
                pack = PackSource(id: id, title: nil, jurisdiction: nil, version: version, extends: [], description: nil,
                                  defines: [], defineOrigins: [:], rules: [], overrides: [], notChecked: [], files: [], directory: directory,
                                  sha256: sha)
            } else if let p = pack {
                if p.id != id, let n = doc.root["pack"] {
                    problems.error(doc, n.pos, "this file says pack '\(id)' but the other files of \(directory) say '\(p.id)'",
                                   code: "pack.mismatch")
                }
                if p.version != version, let n = doc.root["version"] {
                    problems.error(doc, n.pos, "this file says version \(version) but another file of the pack says \(p.version)",
                                   code: "pack.mismatch", hint: "give every file of a pack the same version")
                }
            }
            guard var p = pack else { continue }
            p.files.append(doc.path)
            if let t = optionalString(doc.root, "title", doc, &problems) { p.title = t }
            if let j = optionalString(doc.root, "jurisdiction", doc, &problems) {
                if let old = p.jurisdiction, old != j, let n = doc.root["jurisdiction"] {
                    problems.error(doc, n.pos, "jurisdiction \(j) differs from \(old) in another file of the pack", code: "pack.mismatch")
                }
                p.jurisdiction = j
            }
            if let d = optionalString(doc.root, "description", doc, &problems) { p.description = d }
            p.extends += stringList(doc.root["extends"], doc, &problems, what: "extends")
            if let defines = doc.root["define"] {
                parseDefines(defines, doc, &problems, into: &p)
            }
            if let rules = doc.root["rules"] {
                guard case .list(let items, _) = rules else {
                    problems.error(doc, rules.pos, "'rules' must be a list of rules (each starting with '- id:')", code: "pack.shape")
                    pack = p
                    continue
                }
                for item in items {
                    let before = problems.diagnostics.count
                    if let r = parseRule(item, doc, &problems, packHasJurisdiction: true) { p.rules.append(r) }
                    dropMissingExplainedByMisspelling(item, since: before, &problems)
                }
            }
            if let overrides = doc.root["overrides"] {
                p.overrides += parseOverrides(overrides, doc, &problems)
            }
            if let notChecked = doc.root["not_checked"] {
                p.notChecked += parseNotChecked(notChecked, doc, &problems)
            }
            pack = p
        }
        if var p = pack {
            checkDuplicateRules(&p, &problems)
            checkCatalogMapping(p, docs, &problems)
            pack = p
        }
        return pack
    }

    // MARK: rules

    static func parseRule(_ node: YNode, _ doc: YAMLDocument, _ problems: inout PackProblems, packHasJurisdiction: Bool) -> RuleSource? {
        guard case .map(let entries, let pos) = node else {
            problems.error(doc, node.pos, "each rule must be a mapping starting with 'id:'", code: "rule.shape")
            return nil
        }
        let id = requiredString(node, "id", doc, &problems, what: "a rule") ?? "?"
        checkKeys(entries, allowed: ruleKeys, what: "rule \(id)", doc, &problems)
        let loc = SourceLocation(file: doc.path, line: pos.line, column: pos.column)
        let title = requiredString(node, "title", doc, &problems, what: "rule \(id)") ?? id
        var severity = Severity.error
        if let s = requiredString(node, "severity", doc, &problems, what: "rule \(id)") {
            if let sv = Severity(rawValue: s) { severity = sv } else if let n = node["severity"] {
                problems.error(doc, n.pos, "unknown severity '\(s)'; expected error, warning or info", code: "rule.severity",
                               hint: Suggest.hint(s, in: ["error", "warning", "info"]))
            }
        }
        let category = requiredString(node, "category", doc, &problems, what: "rule \(id)") ?? "?"
        if category != "?", !Categories.isKnown(category), let n = node["category"] {
            problems.error(doc, n.pos, "unknown category '\(category)'", code: "rule.category",
                           hint: Suggest.hint(category, in: Categories.fixed) ?? "categories: \(Categories.fixed.joined(separator: ", "))")
        }
        let scope = requiredString(node, "scope", doc, &problems, what: "rule \(id)") ?? "?"
        if scope != "?", ScopeDef.named(scope) == nil, let n = node["scope"] {
            let names = ScopeDef.all.map(\.name)
            problems.error(doc, n.pos, "unknown scope '\(scope)'", code: "rule.scope",
                           hint: Suggest.hint(scope, in: names) ?? "scopes: \(names.joined(separator: ", "))")
        }
        var origins: [String: ExprOrigin] = [:]
        func expression(_ key: String, required: Bool) -> String? {
            guard let n = node[key] else {
                if required {
                    problems.error(doc, pos, "rule \(id) has no '\(key)'", code: "rule.missing",
                                   hint: key == "assert" ? "write what must hold, e.g. assert: package.on_hold == false" : nil)
                }
                return nil
            }
            guard let s = n.scalar else {
                problems.error(doc, n.pos, "'\(key)' must be an expression written on one line or as a | block, not \(n.kindName)",
                               code: "rule.shape")
                return nil
            }
            origins[key] = origin(of: n, text: s, doc)
            return s
        }
        let when = expression("when", required: false)
        let assert = expression("assert", required: true) ?? "true"
        let message = expression("message", required: true) ?? title
        var lets: [(String, String)] = []
        if let letNode = node["let"] {
            if case .map(let les, _) = letNode {
                for e in les {
                    guard isIdentifier(e.key) else {
                        problems.error(doc, e.keyPos, "'\(e.key)' is not a valid name (letters, digits and _)", code: "rule.let")
                        continue
                    }
                    guard let s = e.value.scalar else {
                        problems.error(doc, e.value.pos, "the value of '\(e.key)' must be an expression", code: "rule.let")
                        continue
                    }
                    origins["let:" + e.key] = origin(of: e.value, text: s, doc)
                    lets.append((e.key, s))
                }
            } else {
                problems.error(doc, letNode.pos, "'let' must be a mapping of names to expressions", code: "rule.let")
            }
        }
        var evidence: [String] = []
        if let ev = node["evidence"] {
            for (k, item) in listItems(ev, doc, &problems, what: "evidence").enumerated() {
                guard let s = item.scalar else { continue }
                origins["evidence:\(k)"] = origin(of: item, text: s, doc)
                evidence.append(s)
            }
        }
        let licenseKey = expression("license", required: false)
        let cite = parseCites(node, id, doc, &problems)
        if !cite.isEmpty, severity == .error, !cite.contains(where: { $0.status.isReadInText }), let n = node["severity"] {
            problems.error(doc, n.pos,
                           "rule \(id) is an error but every citation is \(cite.map(\.status.rawValue).joined(separator: "/")); a rule from a secondary or unverified source ships as a warning",
                           code: "rule.severity-evidence", hint: "set severity: warning, or cite the regulation text (status: verified)")
        }
        let effective = parseEffective(node["effective"], doc, &problems) ?? .always
        if effective.isEmpty, let n = node["effective"] {
            problems.error(doc, n.pos, "the effective window of \(id) is empty (it ends before it starts), so the rule can never apply",
                           code: "rule.never")
        }
        var remedy: Remedy?
        if let r = node["remedy"] {
            if case .map(let re, _) = r {
                checkKeys(re, allowed: remedyKeys, what: "the remedy of \(id)", doc, &problems)
                if let hint = optionalString(r, "hint", doc, &problems) {
                    remedy = Remedy(party: optionalString(r, "party", doc, &problems), hint: hint)
                } else {
                    problems.error(doc, r.pos, "a remedy needs a 'hint' (what to do)", code: "rule.remedy")
                }
            } else if let s = r.scalar {
                remedy = Remedy(hint: s)
            }
        }
        let examples = parseExamples(node["examples"], id, doc, &problems, rulePos: pos)
        let requires = stringList(node["requires"], doc, &problems, what: "requires")
        if let rq = node["requires"] {
            // where each required id is written, for "requires X, which no pack defines"
            let items: [YNode]
            if case .list(let l, _) = rq { items = l } else { items = [rq] }
            for item in items {
                if let s = item.scalar { origins["requires:" + s] = origin(of: item, text: s, doc) }
            }
        }
        var mandatory = false
        if let m = node["mandatory"] { mandatory = bool(m, doc, &problems, what: "mandatory") ?? false }
        let tags = stringList(node["tags"], doc, &problems, what: "tags")
        let covers = parseCovers(node["covers"], id, doc, &problems)
        return RuleSource(id: id, title: title, description: optionalString(node, "description", doc, &problems),
                          severity: severity, category: category, scope: scope, when: when, assert: assert, message: message,
                          cite: cite, effective: effective, remedy: remedy, examples: examples, requires: requires, lets: lets,
                          evidence: evidence, licenseKey: licenseKey, mandatory: mandatory, tags: tags, covers: covers, file: doc.path,
                          location: loc, origins: origins)
    }

    /// A misspelt required key (`asert:`) is one mistake: its "did you mean 'assert'" error says
    /// it, so the "rule has no 'assert'" error it also causes is dropped.
    static func dropMissingExplainedByMisspelling(_ node: YNode, since start: Int, _ problems: inout PackProblems) {
        guard case .map(let entries, _) = node, start < problems.diagnostics.count else { return }
        let meant = Set(entries.filter { !ruleKeys.contains($0.key) }.compactMap { Suggest.closest($0.key, in: ruleKeys) })
        guard !meant.isEmpty else { return }
        let added = problems.diagnostics[start...].filter { d in
            !meant.contains { key in
                d.message.contains("has no '\(key)'") || (key == "cite" && d.message.hasSuffix("has no citation"))
                    || (key == "examples" && d.message.contains("has no examples;"))
            }
        }
        problems.diagnostics.replaceSubrange(start..., with: added)
    }

    static func parseCites(_ node: YNode, _ id: String, _ doc: YAMLDocument, _ problems: inout PackProblems) -> [Citation] {
        guard let c = node["cite"] else {
            problems.error(doc, node.pos, "rule \(id) has no citation", code: "rule.cite",
                           hint: "add cite: [{ ref: \"4 CCR §15311(a)\", url: \"https://…\", status: verified }]")
            return []
        }
        var out: [Citation] = []
        let items: [YNode]
        if case .list(let l, _) = c { items = l } else { items = [c] }
        for item in items {
            guard case .map(let entries, _) = item else {
                problems.error(doc, item.pos, "a citation is a mapping with ref, url and status", code: "rule.cite")
                continue
            }
            checkKeys(entries, allowed: citeKeys, what: "a citation", doc, &problems)
            guard let ref = requiredString(item, "ref", doc, &problems, what: "a citation") else { continue }
            let url = optionalString(item, "url", doc, &problems)
            guard let st = requiredString(item, "status", doc, &problems, what: "the citation \(ref)") else { continue }
            guard let status = VerificationStatus(rawValue: st) else {
                let names = VerificationStatus.allCases.map(\.rawValue)
                problems.error(doc, item["status"]?.pos ?? item.pos, "unknown verification status '\(st)'", code: "rule.cite",
                               hint: Suggest.hint(st, in: names) ?? "use one of \(names.joined(separator: ", "))")
                continue
            }
            out.append(Citation(ref: ref, url: url, status: status))
        }
        if items.isEmpty {
            problems.error(doc, c.pos, "rule \(id) has no citation (the list is empty)", code: "rule.cite",
                           hint: "add { ref: \"4 CCR §15311(a)\", url: \"https://…\", status: verified }")
        }
        return out
    }

    static func parseEffective(_ node: YNode?, _ doc: YAMLDocument, _ problems: inout PackProblems) -> EffectiveWindow? {
        guard let node else { return nil }
        guard case .map(let entries, _) = node else {
            problems.error(doc, node.pos, "'effective' must be a mapping like { from: 2026-01-01, to: 2026-12-31 }", code: "rule.effective")
            return nil
        }
        checkKeys(entries, allowed: effectiveKeys, what: "effective", doc, &problems)
        return EffectiveWindow(from: date(node["from"], doc, &problems), to: date(node["to"], doc, &problems))
    }

    static func parseExamples(_ node: YNode?, _ id: String, _ doc: YAMLDocument, _ problems: inout PackProblems,
                              rulePos: YPos) -> [RuleExample] {
        guard let node else {
            problems.error(doc, rulePos, "rule \(id) has no examples; every rule needs a passing and a failing example",
                           code: "rule.examples", hint: "add examples: [{ expect: pass, data: … }, { expect: fail, data: … }]")
            return []
        }
        var out: [RuleExample] = []
        for item in listItems(node, doc, &problems, what: "examples") {
            guard case .map(let entries, let pos) = item else {
                problems.error(doc, item.pos, "an example is a mapping with 'expect' and 'data'", code: "rule.examples")
                continue
            }
            checkKeys(entries, allowed: exampleKeys, what: "an example of \(id)", doc, &problems)
            guard let e = requiredString(item, "expect", doc, &problems, what: "an example") else { continue }
            guard let expect = RuleExample.Expectation(rawValue: e) else {
                problems.error(doc, item["expect"]?.pos ?? pos, "expect must be pass or fail, not '\(e)'", code: "rule.examples")
                continue
            }
            var file: String?
            var data: PlainValue?
            if let d = item["data"] {
                if let s = d.scalar, !d.isQuoted || s.hasSuffix(".yaml") || s.hasSuffix(".json") {
                    file = s
                    checkDataFile(s, at: d.pos, doc, &problems)
                } else {
                    data = plain(d)
                }
            } else {
                problems.error(doc, pos, "the example has no 'data'", code: "rule.examples")
            }
            var patch: [PlainValue] = []
            if let p = item["patch"] {
                if case .list(let ops, _) = p { patch = ops.map(plain) } else {
                    problems.error(doc, p.pos, "'patch' is a list of JSON Patch operations ({op, path, value})", code: "rule.examples")
                }
            }
            var count: Int?
            if let c = item["count"] {
                if let s = c.scalar, let n = Int(s), n >= 0 { count = n } else {
                    problems.error(doc, c.pos, "count must be a whole number", code: "rule.examples")
                }
            }
            out.append(RuleExample(expect: expect, data: data, file: file, patch: patch, count: count,
                                   note: optionalString(item, "note", doc, &problems),
                                   location: SourceLocation(file: doc.path, line: pos.line, column: pos.column)))
        }
        let kinds = Set(out.map(\.expect))
        if case .list(let items, _) = node, items.isEmpty {
            problems.error(doc, node.pos, "rule \(id) has no examples (the list is empty); every rule needs a passing and a failing example",
                           code: "rule.examples")
        }
        if !out.isEmpty, kinds.count < 2 {
            let missing = kinds.contains(.pass) ? "failing" : "passing"
            problems.error(doc, node.pos, "rule \(id) has no \(missing) example; every rule needs both", code: "rule.examples")
        }
        return out
    }

    /// An example's data file must exist (relative to the pack file that names it).
    static func checkDataFile(_ name: String, at pos: YPos, _ doc: YAMLDocument, _ problems: inout PackProblems) {
        let dir = (doc.path as NSString).deletingLastPathComponent
        let path = name.hasPrefix("/") ? name : (dir as NSString).appendingPathComponent(name)
        guard !FileManager.default.fileExists(atPath: path) else { return }
        let folder = (path as NSString).deletingLastPathComponent
        let prefix = (name as NSString).deletingLastPathComponent
        let siblings = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
            .map { prefix.isEmpty ? $0 : prefix + "/" + $0 }
        problems.error(doc, pos, "the example data file \(name) does not exist (looked for \(path))", code: "rule.example-file",
                       hint: Suggest.hint(name, in: siblings) ?? "data files are named relative to the pack file")
    }

    static func parseOverrides(_ node: YNode, _ doc: YAMLDocument, _ problems: inout PackProblems) -> [RuleOverride] {
        var out: [RuleOverride] = []
        for item in listItems(node, doc, &problems, what: "overrides") {
            guard case .map(let entries, let pos) = item else {
                problems.error(doc, item.pos, "an override is a mapping starting with 'id:'", code: "pack.override")
                continue
            }
            checkKeys(entries, allowed: overrideKeys, what: "an override", doc, &problems)
            guard let id = requiredString(item, "id", doc, &problems, what: "an override") else { continue }
            var severity: Severity?
            if let s = optionalString(item, "severity", doc, &problems) {
                severity = Severity(rawValue: s)
                if severity == nil {
                    problems.error(doc, item["severity"]?.pos ?? pos, "unknown severity '\(s)'", code: "pack.override")
                }
            }
            var disabled = false
            if let d = item["disabled"] { disabled = bool(d, doc, &problems, what: "disabled") ?? false }
            let reason = optionalString(item, "reason", doc, &problems)
            if disabled && reason == nil {
                problems.error(doc, pos, "disabling \(id) needs a 'reason' (it is recorded in every report)", code: "pack.override")
            }
            var variance: Variance?
            if let v = item["variance"] {
                if case .map(let ve, _) = v {
                    checkKeys(ve, allowed: varianceKeys, what: "a variance", doc, &problems)
                    let ref = requiredString(v, "ref", doc, &problems, what: "a variance")
                    let approver = requiredString(v, "approver", doc, &problems, what: "a variance")
                    let expires = date(v["expires"], doc, &problems)
                    if expires == nil && v["expires"] == nil {
                        problems.error(doc, v.pos, "a variance needs 'expires' (a date)", code: "pack.override")
                    }
                    if let ref, let approver, let expires { variance = Variance(ref: ref, approver: approver, expires: expires) }
                } else {
                    problems.error(doc, v.pos, "'variance' is a mapping with ref, approver and expires", code: "pack.override")
                }
            }
            out.append(RuleOverride(id: id, severity: severity, disabled: disabled, reason: reason, variance: variance,
                                    location: SourceLocation(file: doc.path, line: pos.line, column: pos.column)))
        }
        return out
    }

    static func parseDefines(_ node: YNode, _ doc: YAMLDocument, _ problems: inout PackProblems, into p: inout PackSource) {
        guard case .map(let entries, _) = node else {
            problems.error(doc, node.pos, "'define' must be a mapping of names (or name(params)) to expressions", code: "pack.define")
            return
        }
        for e in entries {
            guard let s = e.value.scalar else {
                problems.error(doc, e.value.pos, "the definition of '\(e.key)' must be an expression", code: "pack.define")
                continue
            }
            guard parseSignature(e.key) != nil else {
                problems.error(doc, e.keyPos, "'\(e.key)' is not a valid name or function signature", code: "pack.define",
                               hint: "write a name such as shipper_active, or a function such as active_on(l, d)")
                continue
            }
            p.defines.append((e.key, s, SourceLocation(file: doc.path, line: e.keyPos.line, column: e.keyPos.column)))
            p.defineOrigins[e.key] = origin(of: e.value, text: s, doc)
        }
    }

    /// `name` or `name(a, b)` → (name, params).
    static func parseSignature(_ s: String) -> (String, [String])? {
        let t = s.trimmingSpaces()
        guard let open = t.firstIndex(of: "(") else { return isIdentifier(t) ? (t, []) : nil }
        guard t.hasSuffix(")") else { return nil }
        let name = String(t[..<open])
        let inner = t[t.index(after: open)..<t.index(before: t.endIndex)]
        let params = inner.split(separator: ",").map { String($0).trimmingSpaces() }
        guard isIdentifier(name), !params.isEmpty, params.allSatisfy(isIdentifier), Set(params).count == params.count else { return nil }
        return (name, params)
    }

    static func checkDuplicateRules(_ p: inout PackSource, _ problems: inout PackProblems) {
        var byId: [String: [RuleSource]] = [:]
        for r in p.rules { byId[r.id, default: []].append(r) }
        for (id, versions) in byId where versions.count > 1 {
            for i in 1..<versions.count {
                for j in 0..<i where versions[i].effective.overlaps(versions[j].effective) {
                    let a = versions[i]
                    let lines = (try? String(contentsOfFile: a.file, encoding: .utf8))?
                        .split(separator: "\n", omittingEmptySubsequences: false).map(String.init) ?? []
                    let other = versions[j].location
                    let also = other.file == a.file ? "line \(other.line)" : other.description
                    problems.add(.error, a.file, lines, a.location.line, a.location.column,
                                 "duplicate rule id \(id) (also at \(also)) with overlapping effective dates",
                                 code: "rule.duplicate",
                                 hint: "give each version of a rule its own effective window (from/to), or a new id")
                }
            }
        }
    }

    // MARK: small readers

    static func origin(of node: YNode, text: String, _ doc: YAMLDocument) -> ExprOrigin {
        var line = node.pos.line
        var column = node.pos.column
        switch node.style {
        case .quoted: column += 1
        case .block:
            // content starts on the first non-empty line after the indicator
            var l = line
            while l < doc.lines.count, doc.lines[l].trimmingSpaces().isEmpty { l += 1 }
            line = l + 1
            column = (l < doc.lines.count ? doc.lines[l].prefix { $0 == " " }.count : 0) + 1
        case .plain: break
        }
        return ExprOrigin(file: doc.path, line: line, column: column, text: text, fileLines: doc.lines)
    }

    static func checkKeys(_ entries: [(key: String, keyPos: YPos, value: YNode)], allowed: [String], what: String,
                          _ doc: YAMLDocument, _ problems: inout PackProblems) {
        for e in entries where !allowed.contains(e.key) {
            problems.error(doc, e.keyPos, "unknown key '\(e.key)' in \(what)", code: "pack.unknown-key",
                           hint: Suggest.hint(e.key, in: allowed) ?? "allowed keys: \(allowed.joined(separator: ", "))")
        }
    }

    static func requiredString(_ node: YNode, _ key: String, _ doc: YAMLDocument, _ problems: inout PackProblems,
                               what: String) -> String? {
        guard let v = node[key] else {
            problems.error(doc, node.pos, "\(what) has no '\(key)'", code: "pack.missing-key")
            return nil
        }
        guard let s = v.scalar else {
            problems.error(doc, v.pos, "'\(key)' must be a single value, not \(v.kindName)", code: "pack.type")
            return nil
        }
        return s
    }

    static func optionalString(_ node: YNode, _ key: String, _ doc: YAMLDocument, _ problems: inout PackProblems) -> String? {
        guard let v = node[key] else { return nil }
        if case .null = v { return nil }
        guard let s = v.scalar else {
            problems.error(doc, v.pos, "'\(key)' must be a single value, not \(v.kindName)", code: "pack.type")
            return nil
        }
        return s
    }

    static func stringList(_ node: YNode?, _ doc: YAMLDocument, _ problems: inout PackProblems, what: String) -> [String] {
        guard let node else { return [] }
        if let s = node.scalar { return [s] }
        return listItems(node, doc, &problems, what: what).compactMap { item in
            guard let s = item.scalar else {
                problems.error(doc, item.pos, "each entry of '\(what)' must be a single value", code: "pack.type")
                return nil
            }
            return s
        }
    }

    static func listItems(_ node: YNode, _ doc: YAMLDocument, _ problems: inout PackProblems, what: String) -> [YNode] {
        switch node {
        case .list(let items, _): return items
        case .null: return []
        default:
            problems.error(doc, node.pos, "'\(what)' must be a list", code: "pack.type")
            return []
        }
    }

    static func bool(_ node: YNode, _ doc: YAMLDocument, _ problems: inout PackProblems, what: String) -> Bool? {
        switch node.scalar {
        case "true": return true
        case "false": return false
        default:
            problems.error(doc, node.pos, "'\(what)' must be true or false", code: "pack.type")
            return nil
        }
    }

    static func date(_ node: YNode?, _ doc: YAMLDocument, _ problems: inout PackProblems) -> Day? {
        guard let node else { return nil }
        if case .null = node { return nil }
        guard let s = node.scalar, case .day(let d)? = ParsedTimestamp.parse(s.utf8) else {
            problems.error(doc, node.pos, "expected a date written as YYYY-MM-DD", code: "pack.date")
            return nil
        }
        return d
    }

    static func isIdentifier(_ s: String) -> Bool {
        guard let f = s.unicodeScalars.first, f == "_" || (f.value < 128 && f.properties.isAlphabetic) else { return false }
        return s.unicodeScalars.allSatisfy { $0 == "_" || ($0.value < 128 && ($0.properties.isAlphabetic || ("0"..."9").contains($0))) }
    }

    /// Example data: YAML scalars keep their text; unquoted numbers and booleans become JSON
    /// numbers and booleans, everything else text.
    static func plain(_ node: YNode) -> PlainValue {
        switch node {
        case .null: return .null
        case .scalar(let s, _, let style):
            if style != .plain { return .string(s) }
            if s == "true" { return .bool(true) }
            if s == "false" { return .bool(false) }
            if DecimalLiteral.isJSONNumber(s) { return .number(s) }
            return .string(s)
        case .list(let items, _): return .list(items.map(plain))
        case .map(let entries, _):
            var values: [String: PlainValue] = [:]
            var keys: [String] = []
            for e in entries {
                if values[e.key] == nil { keys.append(e.key) }
                values[e.key] = plain(e.value)
            }
            return .object(keys, values)
        }
    }
}

extension DecimalLiteral {
    static func isJSONNumber(_ s: String) -> Bool {
        var it = s.utf8.makeIterator()
        var c = it.next()
        if c == UInt8(ascii: "-") { c = it.next() }
        var digits = 0
        while let d = c, d >= 48 && d <= 57 { digits += 1; c = it.next() }
        guard digits > 0 else { return false }
        if c == UInt8(ascii: ".") {
            c = it.next()
            var f = 0
            while let d = c, d >= 48 && d <= 57 { f += 1; c = it.next() }
            guard f > 0 else { return false }
        }
        return c == nil && !(s.hasPrefix("0") && digits > 1 && !s.hasPrefix("0."))
    }
}
