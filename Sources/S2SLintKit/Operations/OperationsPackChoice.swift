public import Foundation

/// Which pack a daily operation runs: `--pack` when given; else the jurisdiction's operations pack
/// (`Rules/<ID>-ops`, which extends the jurisdiction-neutral `Rules/ops` and adds the state's
/// recording deadlines from its facts); else `Rules/ops` alone, with a warning that no state
/// deadline is checked.
public enum OperationsPackChoice {
    public struct Choice: Sendable {
        public var pack: String
        /// Said to the user (standard error and the report's problems) when the choice drops something.
        public var warning: String?
    }

    public static func choose(pack: String?, jurisdiction: String?, rulesDirectory: URL) -> Choice {
        if let pack { return Choice(pack: pack, warning: nil) }
        guard let j = jurisdiction else {
            return Choice(pack: "ops", warning: "no --jurisdiction was given: times written without a zone are read as UTC and no state's "
                          + "recording deadline is checked (give --jurisdiction US-CA, or --pack)")
        }
        var isDir: ObjCBool = false
        let stateOps = rulesDirectory.appendingPathComponent("\(j)-ops").path
        if FileManager.default.fileExists(atPath: stateOps, isDirectory: &isDir), isDir.boolValue {
            return Choice(pack: "\(j)-ops", warning: nil)
        }
        return Choice(pack: "ops", warning: "there is no operations pack for \(j) (\(stateOps)): the jurisdiction-neutral checks of "
                      + "Rules/ops run, but \(j)'s recording deadlines are not checked and times without a zone are read as UTC")
    }
}
