public import S2SModel

/// Per-file import state: the file's id, where problems go, and the zone for naive times.
public struct ImportSink: Sendable {
    public let fileID: Int32
    public let path: String
    public let zone: ZoneResolver
    public var diagnostics: [Diagnostic] = []
    /// After this many problems in one file the reader stops collecting (the file is clearly wrong).
    public var maxDiagnostics = 200

    public init(fileID: Int32, path: String, zone: ZoneResolver) {
        self.fileID = fileID
        self.path = path
        self.zone = zone
    }

    public func ref(_ offset: Int, _ pointer: String) -> SourceRef {
        SourceRef(file: fileID, offset: offset, pointer: pointer)
    }

    public func ref(_ p: SourcePoint, _ pointer: String) -> SourceRef {
        SourceRef(file: fileID, offset: p.offset, pointer: pointer, line: p.line, lineStart: p.lineStart)
    }

    /// Records a row- or field-level problem; the rest of the file is still read.
    public mutating func problem(_ message: String, code: String, offset: Int, pointer: String,
                                 level: Diagnostic.Level = .error, hint: String? = nil) {
        guard diagnostics.count < maxDiagnostics else { return }
        diagnostics.append(Diagnostic(level, message, code: code, ref: ref(offset, pointer), hint: hint))
        if diagnostics.count == maxDiagnostics {
            diagnostics.append(Diagnostic(.error, "more than \(maxDiagnostics) problems in this file; the rest are not listed",
                                          code: "input.too-many-problems", ref: ref(offset, pointer)))
        }
    }

    public var hasErrors: Bool { diagnostics.contains { $0.level == .error } }
}
