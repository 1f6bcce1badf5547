/// Everything a run read, in the canonical model. Importers append; the engine reads.
public struct Dataset: Sendable {
    public var files: [SourceFile] = []
    public var licenses: [License] = []
    public var packages: [Package] = []
    public var items: [Item] = []
    public var labResults: [LabResult] = []
    public var manifests: [Manifest] = []
    /// Problems met while reading (errors make the run exit 2 unless told to continue).
    public var diagnostics: [Diagnostic] = []

    public init() {}

    /// Registers an input file and returns its id for `SourceRef.file`.
    public mutating func addFile(_ file: SourceFile) -> Int32 {
        files.append(file)
        return Int32(files.count - 1)
    }

    /// Appends another dataset (e.g. one imported on another thread), renumbering its file ids.
    public mutating func merge(_ other: Dataset) {
        let base = Int32(files.count)
        files += other.files
        func shift(_ r: inout SourceRef) { if r.file >= 0 { r.file += base } }
        for var l in other.licenses { shift(&l.source); licenses.append(l) }
        for var p in other.packages { shift(&p.source); shift(&p.item.source); packages.append(p) }
        for var i in other.items { shift(&i.source); items.append(i) }
        for var r in other.labResults {
            shift(&r.source)
            for k in r.panels.indices { shift(&r.panels[k].source) }
            labResults.append(r)
        }
        for var m in other.manifests {
            shift(&m.source)
            for d in m.destinations.indices {
                shift(&m.destinations[d].source)
                for l in m.destinations[d].lines.indices { shift(&m.destinations[d].lines[l].source) }
                if var ts = m.destinations[d].transporters {
                    for t in ts.indices {
                        shift(&ts[t].source)
                        for k in ts[t].details.indices { shift(&ts[t].details[k].source) }
                    }
                    m.destinations[d].transporters = ts
                }
            }
            manifests.append(m)
        }
        for var d in other.diagnostics {
            if var r = d.ref { shift(&r); d.ref = r }
            diagnostics.append(d)
        }
    }

    /// The resolved position of a record, reading its file if needed.
    public func resolve(_ ref: SourceRef) -> SourceLocation? {
        resolve([ref]).first ?? nil
    }

    /// Resolves many refs, reading each file once.
    public func resolve(_ refs: [SourceRef]) -> [SourceLocation?] {
        var out = [SourceLocation?](repeating: nil, count: refs.count)
        var byFile: [Int32: [Int]] = [:]
        for (i, r) in refs.enumerated() where r.file >= 0 && Int(r.file) < files.count {
            byFile[r.file, default: []].append(i)
        }
        for (f, idxs) in byFile {
            let file = files[Int(f)]
            let pos = file.positions(ofOffsets: idxs.map { refs[$0].offset })
            for (k, i) in idxs.enumerated() {
                let p = pos[k]
                out[i] = SourceLocation(file: file.path, line: p?.line ?? 1, column: p?.column ?? 1,
                                        pointer: refs[i].pointer.isEmpty ? nil : refs[i].pointer)
            }
        }
        return out
    }
}
