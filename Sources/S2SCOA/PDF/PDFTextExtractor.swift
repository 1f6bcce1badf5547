public import Foundation

/// Runs poppler's `pdftotext` on a PDF file: `-layout` for the text the profiles read, and
/// `-bbox-layout` (word boxes) when letter-spaced text needs its word gaps measured.
public struct PDFTextExtractor: Sendable {
    /// The executable name or absolute path (`pdftotext` is looked up on `PATH`).
    public var executable: String
    /// Seconds after which the extraction is stopped.
    public var timeout: TimeInterval
    public var environment: [String: String]

    public init(executable: String = "pdftotext", timeout: TimeInterval = 30,
                environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.executable = executable
        self.timeout = timeout
        self.environment = environment
    }

    /// The absolute path of `pdftotext`, or nil when it is not installed.
    public var resolvedExecutable: URL? { Subprocess.locate(executable, environment: environment) }

    /// `pdftotext -layout -enc UTF-8 FILE -`. Throws a `COAReadError` naming the file for a missing
    /// pdftotext, a file that is not a PDF, an encrypted PDF, a corrupt PDF, a timeout, or a PDF
    /// without a text layer.
    public func layoutText(of path: String) throws(COAReadError) -> String {
        let text = try run(["-layout", "-enc", "UTF-8", path, "-"], path: path)
        if text.allSatisfy({ $0.isWhitespace }) {
            let pages = text.filter { $0 == "\u{0C}" }.count
            throw .noTextLayer(path: path, pages: pages > 0 ? pages : nil)
        }
        return text
    }

    /// `pdftotext -bbox-layout -enc UTF-8 FILE -`: XHTML with a box for every word.
    func boundingBoxes(of path: String) throws(COAReadError) -> String {
        try run(["-bbox-layout", "-enc", "UTF-8", path, "-"], path: path)
    }

    private func run(_ arguments: [String], path: String) throws(COAReadError) -> String {
        guard let exe = resolvedExecutable else { throw .pdftotextNotInstalled(path: path) }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw .unreadableFile(path: path, detail: FileManager.default.fileExists(atPath: path) ? "permission denied" : "no such file")
        }
        let head = ((try? handle.read(upToCount: 1024)) ?? nil) ?? Data()
        try? handle.close()
        guard !head.isEmpty else { throw .corruptPDF(path: path, detail: "the file is empty") }
        guard head.range(of: Data("%PDF-".utf8)) != nil else {
            throw .corruptPDF(path: path, detail: "it does not start with the %PDF- header")
        }
        let result: SubprocessResult
        do {
            result = try Subprocess.run(exe, arguments: arguments, timeout: timeout)
        } catch {
            throw .extractionFailed(path: path, status: -1, detail: "could not start \(exe.path): \(error)")
        }
        if result.timedOut { throw .timedOut(path: path, seconds: timeout) }
        let stderr = result.stderrText
        guard result.exitedNormally, result.status == 0 else {
            let lower = stderr.lowercased()
            if lower.contains("incorrect password") || lower.contains("encrypt") {
                throw .encryptedPDF(path: path, detail: stderr.split(separator: "\n").last.map(String.init) ?? stderr)
            }
            if result.status == 1 || lower.contains("syntax error") || lower.contains("couldn't") {
                let lines = stderr.split(separator: "\n")
                let detail = lines.last { $0.contains("Couldn't") || $0.contains("Error") }.map(String.init) ?? (lines.last.map(String.init) ?? "pdftotext could not open it")
                throw .corruptPDF(path: path, detail: detail)
            }
            throw .extractionFailed(path: path, status: result.status, detail: stderr.isEmpty ? "no message" : stderr)
        }
        return String(decoding: result.stdout, as: UTF8.self)
    }
}
