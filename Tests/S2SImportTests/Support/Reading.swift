import Foundation
import S2SImport
import S2SModel
import S2STestSupport

/// Reads fixture and shared files through the same path the command line uses.
enum Reading {
    static let fixtures = Paths.repo("Tests/S2SImportTests/Fixtures")
    static let la = ZoneResolver(identifier: "America/Los_Angeles")!

    static func fixture(_ rel: String) -> String { fixtures.appendingPathComponent(rel).path }
    static func shared(_ rel: String) -> String { Paths.sharedFile(rel).path }

    /// One file read on its own (kind recognised from its shape unless `expected`), with the
    /// steps that need all files run on it; its file registered so positions resolve.
    static func file(_ path: String, zone: ZoneResolver = .utc, expected: InputKind? = nil, owner: String? = nil,
                     mappings: [MappingFile] = [], edit: ((inout [UInt8]) -> Void)? = nil) throws -> (ImportedFile, Dataset) {
        var bytes = try FileBytes.read(path)
        edit?(&bytes)
        var ds = Dataset()
        let id = ds.addFile(SourceFile(path: path, kind: "?", retainedBytes: edit == nil ? nil : bytes))
        let f = InputReader.read(bytes, fileID: id, path: path,
                                 options: InputOptions(expected: expected, owner: owner, zone: zone, mappings: mappings))
        if let t = f.retainedText { ds.files[Int(id)].retainedBytes = t }
        ds.absorb(f.dataset)
        ImportFinisher.finish(&ds, parts: f.parts)
        return (f, ds)
    }

    /// Several files read together (as one run), the transfer parts joined.
    static func files(_ paths: [String], zone: ZoneResolver = .utc, mappings: [MappingFile] = [],
                      edit: ((String, inout [UInt8]) -> Void)? = nil) throws -> Dataset {
        var ds = Dataset()
        var parts = TransferParts()
        for p in paths {
            var bytes = try FileBytes.read(p)
            edit?(p, &bytes)
            let id = ds.addFile(SourceFile(path: p, kind: "?", retainedBytes: bytes))
            let f = InputReader.read(bytes, fileID: id, path: p, options: InputOptions(zone: zone, mappings: mappings))
            ds.absorb(f.dataset)
            parts.absorb(f.parts)
        }
        ImportFinisher.finish(&ds, parts: parts)
        return ds
    }

    static func mapping(_ path: String) throws -> MappingFile {
        let (m, d) = MappingFile.load(try FileBytes.read(path), path: path)
        guard let m else { throw MappingLoadError(diagnostics: d) }
        return m
    }

    struct MappingLoadError: Error { var diagnostics: [Diagnostic] }

    static func day(_ s: String) -> Day? {
        if case .day(let d)? = ParsedTimestamp.parse(s.utf8) { return d }
        return nil
    }

    /// An ISO 8601 instant for comparisons.
    static func instant(_ s: String) -> DateTime? {
        ParsedTimestamp.parse(s.utf8).map(ZoneResolver.utc.dateTime)
    }

    static func errors(_ ds: Dataset) -> [Diagnostic] { ds.diagnostics.filter { $0.level == .error } }
}

extension Decimal {
    init(_ s: String) { self = Decimal(string: s, locale: Locale(identifier: "en_US_POSIX"))! }
}
