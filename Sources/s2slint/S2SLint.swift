import ArgumentParser

/// The `s2slint` command: a compliance linter for seed-to-sale data.
@main
struct S2SLint: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "s2slint",
        abstract: "Lint cannabis transfer manifests, inventory and lab results against state rule packs.",
        discussion: """
            Exit codes: 0 nothing at or above --fail-on; 1 findings at or above it; 2 a bad input file \
            or rule pack; 64 bad usage.
            """,
        version: "0.1.0",
        subcommands: [Check.self, Rules.self, Inspect.self, Explain.self, SchemaCommand.self, COACommand.self,
                      Reconcile.self, Count.self, Tote.self, Receive.self, ReportCommand.self])
}
