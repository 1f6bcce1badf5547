public import Foundation
import S2SImport

/// The body of past data `rules diff` runs both packs on: a folder laid out like the examples,
///
///     DIR/manifests/*.json      manifests (Metrc transfer templates)
///     DIR/packages/             inventory exports (<LicenseNumber>.json files), or DIR/packages.json
///     DIR/licenses.csv          license roster(s): also DIR/licenses/*.csv
///     DIR/lab_results.json      lab-test results: also DIR/lab_results/*.json
///
/// Only the parts present are read; at least one must be.
public enum DiffData {
    public struct Missing: Error, CustomStringConvertible {
        public var description: String
    }

    public static func spec(_ dir: String) throws -> InputSpec {
        let fm = FileManager.default
        func path(_ p: String) -> String { (dir as NSString).appendingPathComponent(p) }
        func isDir(_ p: String) -> Bool {
            var d: ObjCBool = false
            return fm.fileExists(atPath: p, isDirectory: &d) && d.boolValue
        }
        func files(in p: String, ext: String) -> [String] {
            ((try? fm.contentsOfDirectory(atPath: p)) ?? []).filter { $0.hasSuffix(ext) }.sorted()
                .map { (p as NSString).appendingPathComponent($0) }
        }
        guard isDir(dir) else { throw Missing(description: "\(dir) is not a folder") }
        var spec = InputSpec()
        spec.manifests = files(in: path("manifests"), ext: ".json")
        if isDir(path("packages")) { spec.inventory = [path("packages")] }
        if fm.fileExists(atPath: path("packages.json")) { spec.inventory.append(path("packages.json")) }
        if fm.fileExists(atPath: path("licenses.csv")) { spec.licenses = [path("licenses.csv")] }
        spec.licenses += files(in: path("licenses"), ext: ".csv")
        if fm.fileExists(atPath: path("lab_results.json")) { spec.labResults = [path("lab_results.json")] }
        spec.labResults += files(in: path("lab_results"), ext: ".json")
        if spec.isEmpty {
            throw Missing(description: "\(dir) holds none of manifests/*.json, packages/, packages.json, licenses.csv, licenses/*.csv, "
                          + "lab_results.json, lab_results/*.json")
        }
        return spec
    }
}
