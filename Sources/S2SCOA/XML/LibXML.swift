import Foundation
internal import CLibXML2

/// A node value read out of libxml2: its string value, 1-based line and element path. Pointers into
/// the libxml2 tree never leave `LibXML.withDocument`.
struct XMLValue: Sendable {
    var text: String
    var line: Int
    var path: String
}

/// A malformed document: libxml2's message and line.
struct XMLParseFailure: Error, Sendable {
    var message: String
    var line: Int
    var column: Int
}

/// The thin layer over libxml2 (behind `internal import CLibXML2`). Parsing never fetches anything
/// from the network (`XML_PARSE_NONET`), never loads a DTD and never substitutes entities (no
/// `XML_PARSE_NOENT`), so an external entity in a COA cannot read local files.
enum LibXML {
    static let parseOptions = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)

    /// libxml2 prints XPath and parser errors through its error callback; a structured handler that
    /// ignores them keeps stderr clean (the reader reports errors itself).
    private static let silence: xmlStructuredErrorFunc = { _, _ in }

    /// Keeps the first error libxml2 raises while parsing (the last one, which `xmlGetLastError`
    /// gives, is often a consequence: "Premature end of data" after a mismatched tag).
    private final class FirstError {
        var failure: XMLParseFailure?
    }

    private static let collect: xmlStructuredErrorFunc = { context, error in
        guard let context, let error else { return }
        let box = Unmanaged<FirstError>.fromOpaque(context).takeUnretainedValue()
        guard box.failure == nil, error.pointee.level.rawValue >= XML_ERR_ERROR.rawValue else { return }
        let message = error.pointee.message.map { String(cString: $0) }?.trimmingCharacters(in: .whitespacesAndNewlines) ?? "malformed XML"
        box.failure = XMLParseFailure(message: message, line: Int(error.pointee.line), column: Int(error.pointee.int2))
    }

    /// A parsed document, alive only inside `withDocument`.
    struct Document {
        fileprivate let doc: xmlDocPtr
        fileprivate let context: xmlXPathContextPtr

        /// The namespace URI and line of the root element ("" when it has none).
        var rootNamespace: (uri: String, line: Int, name: String) {
            guard let root = xmlDocGetRootElement(doc) else { return ("", 1, "") }
            let uri = root.pointee.ns.flatMap { $0.pointee.href.map { String(cString: $0) } } ?? ""
            let name = root.pointee.name.map { String(cString: $0) } ?? ""
            return (uri, Int(xmlGetLineNo(root)), name)
        }

        func register(prefix: String, uri: String) {
            _ = xmlXPathRegisterNs(context, prefix, uri)
        }

        /// Evaluates `expression` from `node` (the document when nil). Node sets give one value per
        /// node; strings, numbers and booleans one value at the context node's line.
        func evaluate(_ expression: String, from node: NodeRef? = nil) -> [XMLValue]? {
            context.pointee.node = node?.pointer ?? xmlDocGetRootElement(doc)
            xmlSetStructuredErrorFunc(nil, LibXML.silence)
            guard let result = xmlXPathEvalExpression(expression, context) else { return nil }
            defer { xmlXPathFreeObject(result) }
            switch result.pointee.type {
            case XPATH_NODESET:
                guard let set = result.pointee.nodesetval, set.pointee.nodeNr > 0 else { return [] }
                var out: [XMLValue] = []
                for i in 0..<Int(set.pointee.nodeNr) {
                    guard let n = set.pointee.nodeTab[i] else { continue }
                    out.append(LibXML.value(of: n))
                }
                return out
            case XPATH_STRING:
                let s = result.pointee.stringval.map { String(cString: $0) } ?? ""
                let ctx = context.pointee.node
                return [XMLValue(text: s, line: ctx.map { Int(xmlGetLineNo($0)) } ?? 1, path: ctx.map(LibXML.path) ?? "/")]
            case XPATH_NUMBER:
                return [XMLValue(text: String(result.pointee.floatval), line: 1, path: "/")]
            case XPATH_BOOLEAN:
                return [XMLValue(text: result.pointee.boolval != 0 ? "true" : "false", line: 1, path: "/")]
            default:
                return []
            }
        }

        /// The nodes `expression` selects, as opaque references for relative evaluation.
        func nodes(_ expression: String, from node: NodeRef? = nil) -> [NodeRef]? {
            context.pointee.node = node?.pointer ?? xmlDocGetRootElement(doc)
            xmlSetStructuredErrorFunc(nil, LibXML.silence)
            guard let result = xmlXPathEvalExpression(expression, context) else { return nil }
            defer { xmlXPathFreeObject(result) }
            guard result.pointee.type == XPATH_NODESET, let set = result.pointee.nodesetval else { return [] }
            return (0..<Int(set.pointee.nodeNr)).compactMap { set.pointee.nodeTab[$0].map(NodeRef.init) }
        }
    }

    /// A node of the document being read (valid only inside `withDocument`).
    struct NodeRef {
        fileprivate let pointer: xmlNodePtr
        var line: Int { Int(xmlGetLineNo(pointer)) }
        var path: String { LibXML.path(pointer) }

        /// The value of attribute `name`, if present.
        func attribute(_ name: String) -> String? {
            guard let v = xmlGetProp(pointer, name) else { return nil }
            defer { clibxml2_free(v) }
            return String(cString: v)
        }

        /// The text content of the node.
        var text: String { LibXML.value(of: pointer).text }

        /// Element children whose local name is `name`, in document order.
        func children(named name: String) -> [NodeRef] {
            var out: [NodeRef] = []
            var c = pointer.pointee.children
            while let n = c {
                if n.pointee.type == XML_ELEMENT_NODE, let nm = n.pointee.name, String(cString: nm) == name { out.append(NodeRef(pointer: n)) }
                c = n.pointee.next
            }
            return out
        }

        /// Element descendants whose local name is `name`, in document order.
        func descendants(named name: String) -> [NodeRef] {
            var out: [NodeRef] = []
            func walk(_ node: xmlNodePtr) {
                var c = node.pointee.children
                while let n = c {
                    if n.pointee.type == XML_ELEMENT_NODE {
                        if let nm = n.pointee.name, String(cString: nm) == name { out.append(NodeRef(pointer: n)) }
                        walk(n)
                    }
                    c = n.pointee.next
                }
            }
            walk(pointer)
            return out
        }
    }

    /// The root element.
    static func root(_ document: Document) -> NodeRef? {
        xmlDocGetRootElement(document.doc).map(NodeRef.init)
    }

    /// Parses `bytes` and runs `body` with the document; frees everything afterwards.
    static func withDocument<T>(_ bytes: [UInt8], url: String, _ body: (Document) throws -> T) throws -> T {
        let first = FirstError()
        xmlResetLastError()
        let parsed: xmlDocPtr? = withExtendedLifetime(first) {
            xmlSetStructuredErrorFunc(Unmanaged.passUnretained(first).toOpaque(), collect)
            defer { xmlSetStructuredErrorFunc(nil, silence) }
            return bytes.withUnsafeBufferPointer { buf in
                buf.baseAddress.flatMap { base in
                    base.withMemoryRebound(to: CChar.self, capacity: buf.count) {
                        xmlReadMemory($0, Int32(buf.count), url, nil, parseOptions)
                    }
                }
            }
        }
        guard let doc = parsed else {
            if let f = first.failure { throw f }
            if let err = xmlGetLastError() {
                let message = err.pointee.message.map { String(cString: $0) }?.trimmingCharacters(in: .newlines) ?? "malformed XML"
                throw XMLParseFailure(message: message, line: Int(err.pointee.line), column: Int(err.pointee.int2))
            }
            throw XMLParseFailure(message: bytes.isEmpty ? "the document is empty" : "malformed XML", line: 1, column: 1)
        }
        defer { xmlFreeDoc(doc) }
        guard let ctx = xmlXPathNewContext(doc) else {
            throw XMLParseFailure(message: "libxml2 could not create an XPath context", line: 1, column: 1)
        }
        defer { xmlXPathFreeContext(ctx) }
        return try body(Document(doc: doc, context: ctx))
    }

    /// True when `expression` compiles as XPath 1.0 (used to check mappings when they load).
    static func isValidXPath(_ expression: String) -> Bool {
        xmlSetStructuredErrorFunc(nil, silence)
        guard let compiled = xmlXPathCompile(expression) else { return false }
        xmlXPathFreeCompExpr(compiled)
        return true
    }

    fileprivate static func value(of n: xmlNodePtr) -> XMLValue {
        var text = ""
        if let c = xmlNodeGetContent(n) {
            text = String(cString: c)
            clibxml2_free(c)
        }
        // An attribute's line is its element's line.
        let lineNode = n.pointee.type == XML_ATTRIBUTE_NODE ? (n.pointee.parent ?? n) : n
        return XMLValue(text: text, line: Int(xmlGetLineNo(lineNode)), path: path(n))
    }

    fileprivate static func path(_ n: xmlNodePtr) -> String {
        guard let p = xmlGetNodePath(n) else { return "/" }
        defer { clibxml2_free(p) }
        return String(cString: p)
    }
}
