import Foundation
public import S2SModel
import S2SCOA
import RuleEngine

/// The library side of `s2slint coa show FILE`: reads the certificate(s) in a file with the lab
/// profiles and renders them, judged with a jurisdiction's facts when one is named.
public enum COAShow {
    public struct Output: Sendable {
        /// What to print on standard output (nil when nothing could be read).
        public var text: String?
        /// Why the file, the profiles or the facts could not be read (each names file:line:column).
        public var diagnostics: [Diagnostic]
    }

    /// - Parameters:
    ///   - format: `text` or `json`.
    ///   - jurisdiction: a jurisdiction id (`US-CA`): its facts file is read from `locator`.
    ///   - asOf: the day facts that change over time are taken on (default: today, UTC).
    public static func run(file: String, format: String = "text", jurisdiction: String? = nil, locator: DataLocator? = nil,
                           labProfiles: [String] = [], asOf: Day? = nil) -> Output {
        let profiles: COAProfileSet
        do { profiles = try COAProfiles.load(adding: labProfiles) } catch {
            return Output(text: nil, diagnostics: error.diagnostics)
        }
        let coas: [COA]
        do { coas = try COAReader(profiles: profiles).readAll(path: file) } catch {
            return Output(text: nil, diagnostics: [error.diagnostic])
        }
        var facts: Jurisdiction?
        var diagnostics: [Diagnostic] = []
        if let jurisdiction {
            guard let locator else {
                return Output(text: nil, diagnostics: [Diagnostic(.error, "no Jurisdictions folder to read \(jurisdiction) from", code: "facts.not-found")])
            }
            let path = locator.jurisdictionsDirectory.appendingPathComponent("\(jurisdiction).yaml").path
            guard FileManager.default.fileExists(atPath: path) else {
                return Output(text: nil, diagnostics: [Diagnostic(.error, "no facts for jurisdiction \(jurisdiction): \(path) does not exist",
                                                                  code: "facts.not-found")])
            }
            let (j, d) = FactsLoader.load(path: path)
            diagnostics += d
            guard let j, !d.contains(where: { $0.level == .error }) else { return Output(text: nil, diagnostics: diagnostics) }
            facts = j
        }
        let day = asOf ?? today()
        let items = coas.map { c in (c, facts.map { COAJurisdictionView(c, jurisdiction: $0, on: day) }) }
        let text = format == "json" ? COAShowJSON.render(items)
            : items.map { COAShowText.render($0.0, view: $0.1) }.joined(separator: "\n")
        return Output(text: text, diagnostics: diagnostics)
    }

    static func today() -> Day {
        let c = Calendar(identifier: .gregorian).dateComponents(in: TimeZone(secondsFromGMT: 0) ?? .current, from: Date())
        return Day(year: c.year ?? 1970, month: c.month ?? 1, day: c.day ?? 1) ?? Day(daysSinceEpoch: 0)
    }
}
