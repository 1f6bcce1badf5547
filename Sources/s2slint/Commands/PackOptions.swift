import ArgumentParser
import S2SLintKit

/// Which pack to use and where the data folders are.
struct PackOptions: ParsableArguments {
    @Option(name: .long, help: "Use the rule pack of a jurisdiction (a folder of the Rules directory), e.g. US-CA.")
    var jurisdiction: String?

    @Option(name: .long, help: "Use the rule pack in this directory (or a pack name under the Rules directory).")
    var pack: String?

    @Option(name: .customLong("rules-dir"), help: "Where rule packs live (default: Rules/ found from the current directory).")
    var rulesDir: String?

    @Option(name: .customLong("jurisdictions-dir"), help: "Where jurisdiction facts live (default: Jurisdictions/).")
    var jurisdictionsDir: String?

    func validate() throws {
        if jurisdiction != nil && pack != nil {
            throw ValidationError("give either --jurisdiction or --pack, not both")
        }
    }

    var packReference: String? { pack ?? jurisdiction }

    func locator() throws -> DataLocator {
        try DataLocator.locate(rules: rulesDir, jurisdictions: jurisdictionsDir)
    }
}
