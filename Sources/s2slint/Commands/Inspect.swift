import ArgumentParser
import Foundation
import S2SImport
import S2SLintKit

/// `s2slint inspect`: what was read from each input file.
struct Inspect: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show what s2slint reads from export files: the kind recognised, the records per type, their dates, and any problems.",
        discussion: """
            Each file is recognised from its shape (Metrc JSON, BioTrack JSON, CCRS CSV, license rosters, \
            ERP/WMS exports described by a mapping file). Folders are read recursively; mapping files \
            found in them are used. Exit 0 when every file was read without errors, 2 otherwise.
            Examples:
              s2slint inspect exports/
              s2slint inspect Inventory.csv Manifest.csv --jurisdiction US-WA
              s2slint inspect orders.csv --mapping Examples/erp/sales-orders.mapping.json --format json
            """)

    @Argument(help: "Export files or folders; '-' reads standard input.")
    var files: [String] = []

    @Option(name: .long, help: "Output format: text or json.")
    var format: String = "text"

    @Option(name: .long, help: "Mapping files for ERP/WMS exports. Repeatable.")
    var mapping: [String] = []

    @Option(name: .long, help: "Read times written without a zone in this jurisdiction's time zone (from Jurisdictions/<ID>.yaml).")
    var jurisdiction: String?

    @Option(name: .customLong("time-zone"), help: "Read times written without a zone in this IANA time zone (default UTC).")
    var timeZone: String?

    @Option(name: .customLong("jurisdictions-dir"), help: "Where jurisdiction facts live (default: Jurisdictions/).")
    var jurisdictionsDir: String?

    func validate() throws {
        if files.isEmpty { throw ValidationError("name at least one file or folder to inspect") }
        guard ["text", "json"].contains(format) else { throw ValidationError("--format must be text or json, not '\(format)'") }
        if let timeZone, ZoneResolver(identifier: timeZone) == nil {
            throw ValidationError("--time-zone '\(timeZone)' is not a time zone name such as America/Los_Angeles")
        }
        if timeZone != nil && jurisdiction != nil { throw ValidationError("give either --jurisdiction or --time-zone, not both") }
    }

    func run() throws {
        var zone = ZoneResolver.utc
        if let timeZone, let z = ZoneResolver(identifier: timeZone) { zone = z }
        if let jurisdiction {
            let locator: DataLocator
            do { locator = try DataLocator.locate(rules: nil, jurisdictions: jurisdictionsDir) } catch {
                printError("error: \(error)")
                throw Exit.usage
            }
            guard let z = InputInspector.zone(ofJurisdiction: jurisdiction, locator: locator) else {
                printError("error: no time zone for jurisdiction \(jurisdiction) in \(locator.jurisdictionsDirectory.path)")
                throw Exit.usage
            }
            zone = z
        }
        let reports = InputInspector.inspect(files, zone: zone, mappings: mapping)
        let out = format == "json" ? InputInspector.json(reports) : InputInspector.text(reports)
        FileHandle.standardOutput.write(Data(out.utf8))
        if reports.contains(where: { !$0.ok }) { throw Exit.badInput }
    }
}
