import S2SModel

/// Reports roster statuses s2slint cannot read: an unknown status word is never treated as active.
enum RosterStatusCheck {
    /// One warning per unknown status word (with how many licenses and the first rows), one for
    /// blank statuses, or a note when the roster has no status column at all.
    static func reportUnknown(_ licenses: [License], hasStatusColumn: Bool, _ sink: inout ImportSink) {
        guard !licenses.isEmpty else { return }
        if !hasStatusColumn {
            sink.problem("this roster has no status column (Colorado MED lists, for one, only list licensed facilities): the \(licenses.count) licenses read have status unknown; rule packs decide what being listed means",
                         code: "roster.no-status", offset: 0, pointer: "", level: .note)
            return
        }
        var unknown: [String: [License]] = [:]
        var order: [String] = []
        for l in licenses where l.status == .unknown {
            let word = l.statusText ?? ""
            if unknown[word] == nil { order.append(word) }
            unknown[word, default: []].append(l)
        }
        for word in order {
            let list = unknown[word] ?? []
            let rows = list.prefix(5).map { $0.source.pointer }.joined(separator: ", ") + (list.count > 5 ? ", …" : "")
            let what = word.isEmpty ? "a blank status" : "status \"\(word)\", which s2slint does not recognise,"
            let first = list[0].source
            sink.diagnostics.append(Diagnostic(
                .warning, "\(list.count) license\(list.count == 1 ? "" : "s") (\(rows)) have \(what); they are treated as status unknown, never as active",
                code: "roster.unknown-status", ref: first,
                hint: "known words: Active, Active (Issued), Inactive, Pending, Expired, Suspended, Surrendered, Revoked, Cancelled, Void"))
        }
    }
}
