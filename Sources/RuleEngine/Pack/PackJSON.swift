import S2SModel

/// A pack (or test) file as the JSON a YAML language server sees — for validating it against the
/// DSL's JSON Schema. Plain scalars become numbers and booleans where YAML 1.2 reads them so;
/// dates stay text.
public enum PackJSON {
    public static func json(_ yaml: String, path: String = "<pack>") throws -> String {
        PackLoader.plain(try YAMLDocument.load(path: path, text: yaml).root).json
    }
}
