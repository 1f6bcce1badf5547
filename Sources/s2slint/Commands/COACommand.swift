import ArgumentParser
import Foundation
import S2SLintKit

/// `s2slint coa …`: lab certificates.
struct COACommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "coa",
        abstract: "Lab certificates (COAs): what s2slint reads from them.",
        subcommands: [COAShowCommand.self])
}

/// `s2slint coa show FILE`: what was read, field by field, with the place it came from.
struct COAShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show what was read from a COA, field by field, with where each value was printed.",
        discussion: """
            Prints every field with its place (page:line:column of the text pdftotext extracted, or the \
            XML/JSON line and path), the reader, lab profile and confidence, the recomputed Total THC, \
            and with --jurisdiction the panels the facts require for the product category and each \
            panel's status recomputed from the values with the facts' limits, beside the printed one.
            Exit 0 when the file was read, 2 when it could not be (the message says why and where).
            Examples:
              s2slint coa show ../shared/coa-samples/veda-ca-example-compliance.pdf --jurisdiction US-CA
              s2slint coa show Examples/us-ca/coas/cherry-punch-cp-211116.xml --format json
            """)

    @Argument(help: "A COA: PDF, text extracted with pdftotext -layout, XML, or WCIA JSON.")
    var file: String

    @Option(name: .long, help: "Output format: text or json.")
    var format: String = "text"

    @Option(name: .long, help: "Judge the panels with this jurisdiction's facts (Jurisdictions/<ID>.yaml), e.g. US-CA.")
    var jurisdiction: String?

    @Option(name: .customLong("jurisdictions-dir"), help: "Where jurisdiction facts live (default: Jurisdictions/).")
    var jurisdictionsDir: String?

    @Option(name: .customLong("lab-profiles"), help: "A folder of extra lab profiles, read after the bundled ones. Repeatable.")
    var labProfiles: [String] = []

    @Option(name: .customLong("as-of"), help: "Take facts that change over time as of this date (YYYY-MM-DD; default today).")
    var asOf: String?

    func validate() throws {
        guard ["text", "json"].contains(format) else { throw ValidationError("--format must be text or json, not '\(format)'") }
        if let asOf { _ = try parseDay(asOf, option: "--as-of") }
    }

    func run() throws {
        var locator: DataLocator?
        if jurisdiction != nil {
            do { locator = try DataLocator.locate(rules: nil, jurisdictions: jurisdictionsDir) } catch {
                printError("error: \(error)")
                throw Exit.usage
            }
        }
        let out = COAShow.run(file: file, format: format, jurisdiction: jurisdiction, locator: locator, labProfiles: labProfiles,
                              asOf: try asOf.map { try parseDay($0, option: "--as-of") })
        printDiagnostics(out.diagnostics)
        guard let text = out.text else { throw Exit.badInput }
        FileHandle.standardOutput.write(Data(text.utf8))
    }
}
