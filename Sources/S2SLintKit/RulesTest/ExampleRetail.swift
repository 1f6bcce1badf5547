import Foundation
import S2SModel
import S2SImport
import RuleEngine

/// The retail sections of example data, read by the Metrc readers like real exports:
/// - `sales`: `{ <store license>: [Metrc receipts] }`;
/// - `retail_deliveries`: `{ <store license>: [Metrc deliveries to customers, or retailer delivery runs] }`.
enum ExampleRetail {
    static let sections = ["sales", "retail_deliveries"]

    static func add(_ values: [String: PlainValue], label: String, zone: ZoneResolver, into ds: inout Dataset) throws {
        for section in sections {
            guard let v = values[section] else { continue }
            guard case .object(let stores, let byStore) = v else {
                throw ExampleError("\(section) must map each store's license number to its list of Metrc records")
            }
            for store in stores {
                let rows = byStore[store] ?? .list([])
                let name = "<\(label) \(section) of \(store)>"
                let bytes = Array((rows.listValue.map { _ in rows } ?? .list([rows])).json.utf8)
                let id = ds.addFile(SourceFile(path: name, kind: section, retainedBytes: bytes))
                var options = InputOptions(owner: store, zone: zone)
                options.listFromPath = false   // the path is a label (a test's name), not a file name
                let r = JSONInputReader.read(bytes, fileID: id, path: name, options: options)
                ds.absorb(r.dataset)
            }
        }
    }
}

private extension PlainValue {
    var listValue: [PlainValue]? { if case .list(let l) = self { return l } else { return nil } }
}
