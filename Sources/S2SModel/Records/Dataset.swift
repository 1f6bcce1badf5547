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

    /// Appends the records and problems of a dataset read elsewhere (e.g. on another thread) whose
    /// file ids were taken from this dataset's table beforehand. Files are not copied.
    public mutating func absorb(_ other: Dataset) {
        licenses += other.licenses
        packages += other.packages
        items += other.items
        labResults += other.labResults
        manifests += other.manifests
        diagnostics += other.diagnostics
    }

    /// The resolved position of a record, reading its file if needed.
    public func resolve(_ ref: SourceRef) -> SourceLocation? {
        resolve([ref]).first ?? nil
    }

    /// Resolves many refs, reading each file once.
    public func resolve(_ refs: [SourceRef]) -> [SourceLocation?] {
        resolveWithLines(refs).map { $0?.location }
    }

    /// Resolves many refs with the text of each one's line (for diagnostics), reading each file once.
    public func resolveWithLines(_ refs: [SourceRef]) -> [(location: SourceLocation, line: String?)?] {
        var out = [(location: SourceLocation, line: String?)?](repeating: nil, count: refs.count)
        var byFile: [Int32: [Int]] = [:]
        for (i, r) in refs.enumerated() where r.file >= 0 && Int(r.file) < files.count {
            byFile[r.file, default: []].append(i)
        }
        for (f, idxs) in byFile {
            let file = files[Int(f)]
            let pos = file.positionsAndLines(of: idxs.map { refs[$0] })
            for (k, i) in idxs.enumerated() {
                let p = pos[k]
                out[i] = (SourceLocation(file: file.path, line: p?.line ?? 1, column: p?.column ?? 1,
                                         pointer: refs[i].pointer.isEmpty ? nil : refs[i].pointer), p?.text)
            }
        }
        return out
    }
}
