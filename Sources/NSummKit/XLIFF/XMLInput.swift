import CLibXML2

/// Parses untrusted XML with libxml2 into an ``XMLElement`` tree; with ``XMLOutput`` the only
/// code that calls libxml2.
///
/// Hardened for files from outside: each parse has its own parser context and error handler
/// (no global state, so parses may run on many threads at once); the network is off
/// (`XML_PARSE_NONET`); entities are never substituted (no `XML_PARSE_NOENT`), no DTD is loaded
/// or applied, and any document type declaration stops the parse, which shuts out XXE
/// (`file:///etc/passwd`), billion laughs and external DTDs alike; libxml2's own size limits
/// stay on (no `XML_PARSE_HUGE`), and the caller's limits on depth and element count are
/// enforced while parsing, before the tree grows.
enum XMLInput {
    /// Limits on what a parse may build.
    struct Limits {
        /// Deepest element nesting allowed (the root is depth 1).
        var maximumDepth: Int
        /// Most elements allowed in the document.
        var maximumElements: Int
    }

    /// The root element of `bytes`.
    ///
    /// - Throws: ``XLIFFError/notWellFormed(name:line:column:message:)``,
    ///   ``XLIFFError/doctypeForbidden(name:line:)``, ``XLIFFError/tooDeep(name:line:limit:)``,
    ///   ``XLIFFError/tooManyElements(name:limit:)``, ``XLIFFError/tooLarge(name:bytes:limit:)``.
    static func parse(_ bytes: [UInt8], name: String, limits: Limits) throws(XLIFFError) -> XMLElement {
        _ = XMLLibrary.ready
        guard bytes.count < Int(Int32.max) else { throw .tooLarge(name: name, bytes: bytes.count, limit: Int(Int32.max)) }
        guard let context = xmlNewParserCtxt() else { throw .outOfMemory }
        defer { xmlFreeParserCtxt(context) }
        let state = ParseState(limits: limits)
        context.pointee._private = Unmanaged.passUnretained(state).toOpaque()
        installHandlers(on: context.pointee.sax)
        // The bytes are UTF-8 already (the caller decoded them, UTF-16 included): an encoding
        // declaration must not make libxml2 convert them again, which fails noisily.
        let options = Int32(
            XML_PARSE_NONET.rawValue | XML_PARSE_NOCDATA.rawValue | XML_PARSE_BIG_LINES.rawValue
                | XML_PARSE_IGNORE_ENC.rawValue)
        let document = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) {
                xmlCtxtReadMemory(context, $0.baseAddress, Int32($0.count), nil, "UTF-8", options)
            }
        }
        defer { if let document { xmlFreeDoc(document) } }
        if let problem = state.problem { throw problem.error(name: name, limits: limits) }
        guard let document, context.pointee.wellFormed != 0, context.pointee.nsWellFormed != 0,
            let root = xmlDocGetRootElement(document)
        else {
            let error = state.firstError ?? (line: 1, column: 1, message: "no root element")
            throw .notWellFormed(name: name, line: error.line, column: error.column, message: error.message)
        }
        return element(root)
    }

    /// Routes errors to `state`, refuses DTDs, and counts depth and elements.
    private static func installHandlers(on sax: UnsafeMutablePointer<xmlSAXHandler>) {
        sax.pointee.serror = { userData, error in
            guard let userData, let error else { return }
            let context = userData.assumingMemoryBound(to: xmlParserCtxt.self)
            guard error.pointee.level.rawValue >= XML_ERR_ERROR.rawValue else { return }
            ParseState.of(context).noteError(
                line: Int(error.pointee.line), column: Int(error.pointee.int2),
                message: error.pointee.message.map { String(cString: $0) } ?? "unknown error")
        }
        sax.pointee.internalSubset = { userData, _, _, _ in
            guard let userData else { return }
            let context = userData.assumingMemoryBound(to: xmlParserCtxt.self)
            ParseState.of(context).stop(context, .doctype(line: Int(xmlSAX2GetLineNumber(userData))))
        }
        sax.pointee.startElementNs = { userData, localName, prefix, uri, namespaceCount, namespaces, attributeCount, defaultedCount, attributes in
            guard let userData else { return }
            let context = userData.assumingMemoryBound(to: xmlParserCtxt.self)
            let state = ParseState.of(context)
            state.depth += 1
            state.elements += 1
            let line = Int(xmlSAX2GetLineNumber(userData))
            if state.depth > state.limits.maximumDepth {
                state.stop(context, .depth(line: line))
            } else if state.elements > state.limits.maximumElements {
                state.stop(context, .elements)
            } else {
                xmlSAX2StartElementNs(
                    userData, localName, prefix, uri, namespaceCount, namespaces, attributeCount, defaultedCount,
                    attributes)
            }
        }
        sax.pointee.endElementNs = { userData, localName, prefix, uri in
            guard let userData else { return }
            ParseState.of(userData.assumingMemoryBound(to: xmlParserCtxt.self)).depth -= 1
            xmlSAX2EndElementNs(userData, localName, prefix, uri)
        }
    }

    /// Copies a libxml2 element and everything below it into Swift values.
    private static func element(_ node: xmlNodePtr) -> XMLElement {
        var attributes: [XMLElement.Attribute] = []
        var attribute = node.pointee.properties
        while let current = attribute {
            var value = ""
            var child = current.pointee.children
            while let text = child {
                if let content = text.pointee.content { value += String(cString: content) }
                child = text.pointee.next
            }
            attributes.append(
                XMLElement.Attribute(
                    name: String(cString: current.pointee.name),
                    namespace: current.pointee.ns.flatMap { $0.pointee.href.map { String(cString: $0) } },
                    value: value))
            attribute = current.pointee.next
        }
        var children: [XMLElement.Node] = []
        var child = node.pointee.children
        while let current = child {
            switch current.pointee.type {
            case XML_ELEMENT_NODE:
                children.append(.element(element(current)))
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = current.pointee.content { children.append(.text(String(cString: content))) }
            default:
                break
            }
            child = current.pointee.next
        }
        return XMLElement(
            name: String(cString: node.pointee.name),
            namespace: node.pointee.ns.flatMap { $0.pointee.href.map { String(cString: $0) } },
            attributes: attributes, children: children, line: xmlGetLineNo(node))
    }
}

/// What one parse has seen: its first error, why it was stopped, and the current depth and
/// element count. Reached from libxml2's callbacks through the context's `_private` pointer.
private final class ParseState {
    /// Why the parse was stopped early.
    enum Problem {
        case doctype(line: Int)
        case depth(line: Int)
        case elements

        func error(name: String, limits: XMLInput.Limits) -> XLIFFError {
            switch self {
            case .doctype(let line): return .doctypeForbidden(name: name, line: line)
            case .depth(let line): return .tooDeep(name: name, line: line, limit: limits.maximumDepth)
            case .elements: return .tooManyElements(name: name, limit: limits.maximumElements)
            }
        }
    }

    let limits: XMLInput.Limits
    var depth = 0
    var elements = 0
    private(set) var problem: Problem?
    private(set) var firstError: (line: Int, column: Int, message: String)?

    init(limits: XMLInput.Limits) {
        self.limits = limits
    }

    /// The state of the parse that `context` runs.
    static func of(_ context: UnsafeMutablePointer<xmlParserCtxt>) -> ParseState {
        Unmanaged<ParseState>.fromOpaque(context.pointee._private).takeUnretainedValue()
    }

    /// Records `problem` (the first one counts) and halts the parser.
    func stop(_ context: UnsafeMutablePointer<xmlParserCtxt>, _ problem: Problem) {
        if self.problem == nil { self.problem = problem }
        xmlStopParser(context)
    }

    /// Keeps the first error libxml2 reports, its message trimmed.
    func noteError(line: Int, column: Int, message: String) {
        guard firstError == nil else { return }
        firstError = (line, column, message.trimmingWhitespace())
    }
}
