import ArgumentParser
import Foundation
import RuleEngine
import S2SLintKit
import S2SModel

/// `check --explain`: after the report, every rule with a finding explained — the value of each
/// part of the rule that led to each finding. The check is run again for it (the normal run does
/// not pay for explanations). Printed on standard output after a text report there, else on
/// standard error.
enum CheckExplain {
    static func run(flags: CheckFlags, asOf: Day?) {
        guard let settings = try? CheckSettings.resolve(flags),
              let locator = try? DataLocator.locate(rules: settings.rulesDir, jurisdictions: settings.jurisdictionsDir) else { return }
        let loaded = PackSetLoader.load(pack: settings.packReference, locator: locator, runDate: asOf)
        guard let set = loaded.rules, !loaded.hasErrors else { return }
        let toStdout = settings.outputs.contains { $0.format == "text" && $0.path == nil }
        func emit(_ s: String) {
            if toStdout { print(s, terminator: "") } else { FileHandle.standardError.write(Data(s.utf8)) }
        }
        let linter = Linter(rules: set, asOf: asOf)
        var spec = settings.inputs
        spec.zone = linter.zone
        let dataset = InputLoader.load(spec)
        let waivers = settings.waivers.flatMap { try? WaiverFile.load(path: $0) } ?? []
        let report = DataExplanation.report(set: set, dataset: dataset, asOf: asOf, waivers: waivers)
        var ids: [String] = []
        for f in report.findings where !ids.contains(f.ruleId) && set.rules.contains(where: { $0.info.id == f.ruleId }) {
            ids.append(f.ruleId)
        }
        emit("\nexplanations (\(ids.count) rule\(ids.count == 1 ? "" : "s") with findings)\n")
        for id in ids {
            guard let e = DataExplanation.make(ruleId: id, set: set, dataset: dataset, asOf: asOf, report: report,
                                               label: "the input files") else { continue }
            let title = set.rules.first { $0.info.id == id }?.info.title ?? ""
            emit("\n== \(id) — \(title)\n" + ExplanationText.render(e, relativeTo: AuthoringSupport.workingDirectory))
        }
    }

}
