public import Foundation
public import S2SModel
import S2SReports

/// What the command line gave `s2slint check` (empty or nil: not given).
public struct CheckFlags: Sendable {
    public var jurisdiction: String?
    public var pack: String?
    public var rulesDir: String?
    public var jurisdictionsDir: String?
    /// Inputs named on the command line; a role left empty is filled from the configuration file.
    public var inputs = InputSpec()
    public var formats: [String] = []
    public var outputs: [String] = []
    public var failOn: String?
    public var keepGoing = false
    public var waivers: String?
    public var baseline: String?
    public var writeBaseline: String?
    public var config: String?
    public var noConfig = false

    public init() {}
}

/// The settings of one `check` run after merging, in order of precedence, the command line, the
/// environment (`S2SLINT_*`) and the configuration file (`.s2slint.yml`, found from the working
/// directory upward).
public struct CheckSettings: Sendable {
    public var packReference: String
    public var rulesDir: String?
    public var jurisdictionsDir: String?
    public var inputs: InputSpec
    public var outputs: [OutputRequest]
    public var failOn: String
    public var keepGoing: Bool
    public var waivers: String?
    public var baseline: String?
    public var writeBaseline: String?
    /// The configuration file that was read, if any.
    public var configFile: String?

    /// Environment variables read (flags win over them; they win over the file).
    public static let environmentKeys = ["S2SLINT_CONFIG", "S2SLINT_JURISDICTION", "S2SLINT_PACK", "S2SLINT_FAIL_ON",
                                         "S2SLINT_WAIVERS", "S2SLINT_BASELINE", "S2SLINT_RULES_DIR", "S2SLINT_JURISDICTIONS_DIR"]

    /// Why settings could not be made: bad usage (exit 64) or a bad configuration file (exit 2).
    public enum Failure: Error, Sendable, CustomStringConvertible {
        case usage(String)
        case config(ConfigProblems)

        public var description: String {
            switch self {
            case .usage(let s): return s
            case .config(let p): return p.description
            }
        }
    }

    public static func resolve(_ flags: CheckFlags, environment: [String: String] = ProcessInfo.processInfo.environment,
                               currentDirectory: String = FileManager.default.currentDirectoryPath) throws(Failure) -> CheckSettings {
        func env(_ k: String) -> String? { environment[k].flatMap { $0.isEmpty ? nil : $0 } }

        // The configuration file: --config, S2SLINT_CONFIG, else discovered (unless --no-config).
        var file: ConfigFile?
        var configPath: String?
        if let explicit = flags.config ?? env("S2SLINT_CONFIG") {
            configPath = explicit.hasPrefix("/") ? explicit : URL(fileURLWithPath: currentDirectory).appendingPathComponent(explicit).path
        } else if !flags.noConfig {
            configPath = ConfigFile.discover(from: currentDirectory)
        }
        if let configPath {
            do { file = try ConfigFile.load(path: configPath) } catch { throw .config(error) }
        }

        // The rules.
        let flagPack = flags.pack ?? flags.jurisdiction
        let envPack = env("S2SLINT_PACK") ?? env("S2SLINT_JURISDICTION")
        guard let pack = flagPack ?? envPack ?? file?.pack ?? file?.jurisdiction else {
            throw .usage("name the rules: --jurisdiction US-CA or --pack DIR (or 'jurisdiction:' in .s2slint.yml)")
        }

        // Inputs: each role from the command line, else from the file.
        var inputs = flags.inputs
        if inputs.manifests.isEmpty { inputs.manifests = file?.manifests ?? [] }
        if inputs.inventory.isEmpty { inputs.inventory = file?.inventory ?? [] }
        if inputs.licenses.isEmpty { inputs.licenses = file?.licenses ?? [] }
        if inputs.labResults.isEmpty { inputs.labResults = file?.labResults ?? [] }
        if inputs.inputs.isEmpty { inputs.inputs = file?.exports ?? [] }
        if inputs.mappings.isEmpty { inputs.mappings = file?.mappings ?? [] }
        if inputs.coas.isEmpty { inputs.coas = file?.coas ?? [] }
        if inputs.labProfiles.isEmpty { inputs.labProfiles = file?.labProfiles ?? [] }
        if inputs.isEmpty {
            throw .usage("give at least one input file (manifests, --inventory, --licenses, --lab-results, --inputs or --coa)")
        }

        // Reports.
        let outputs: [OutputRequest]
        if !flags.formats.isEmpty || !flags.outputs.isEmpty {
            outputs = try pair(formats: flags.formats.isEmpty ? ["text"] : flags.formats, outputs: flags.outputs)
        } else if let o = file?.outputs, !o.isEmpty {
            outputs = o
        } else {
            outputs = [OutputRequest(format: "text")]
        }

        let failOn = flags.failOn ?? env("S2SLINT_FAIL_ON") ?? file?.failOn ?? "error"
        guard ConfigFile.failOnValues.contains(failOn) else {
            let source = flags.failOn != nil ? "--fail-on" : "S2SLINT_FAIL_ON"
            throw .usage("\(source) must be error, warning, info or never, not '\(failOn)'")
        }
        return CheckSettings(
            packReference: pack,
            rulesDir: flags.rulesDir ?? env("S2SLINT_RULES_DIR") ?? file?.rulesDir,
            jurisdictionsDir: flags.jurisdictionsDir ?? env("S2SLINT_JURISDICTIONS_DIR") ?? file?.jurisdictionsDir,
            inputs: inputs, outputs: outputs, failOn: failOn,
            keepGoing: flags.keepGoing || (file?.keepGoing ?? false),
            waivers: flags.waivers ?? env("S2SLINT_WAIVERS") ?? file?.waivers,
            baseline: flags.baseline ?? env("S2SLINT_BASELINE") ?? file?.baseline,
            writeBaseline: flags.writeBaseline,
            configFile: configPath)
    }

    /// `--format X --output F`, repeated: the n-th output goes with the n-th format. One format may
    /// go without an output (or with `-`): it is written to standard output.
    public static func pair(formats: [String], outputs: [String]) throws(Failure) -> [OutputRequest] {
        for f in formats where Reporters.named(f) == nil {
            throw .usage("unknown --format '\(f)'; choose one of \(Reporters.identifiers)")
        }
        var requests: [OutputRequest]
        if outputs.isEmpty {
            guard formats.count == 1 else {
                throw .usage("with several --format options give an --output for each, in the same order (at most one may be '-' for standard output)")
            }
            requests = [OutputRequest(format: formats[0])]
        } else {
            guard outputs.count == formats.count else {
                throw .usage("\(formats.count) --format but \(outputs.count) --output options: give one --output for each --format, in the same order")
            }
            requests = zip(formats, outputs).map { OutputRequest(format: $0, path: $1 == "-" ? nil : $1) }
        }
        if requests.filter({ $0.path == nil }).count > 1 {
            throw .usage("only one format can go to standard output; give the others an --output file")
        }
        let files = requests.compactMap(\.path)
        if Set(files).count != files.count {
            throw .usage("two formats write to the same --output file")
        }
        return requests
    }
}
