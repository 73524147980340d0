import CLibXML2

/// Writes XML through libxml2's `xmlTextWriter`, which escapes text and attribute values; with
/// ``XMLInput`` the only code that calls libxml2.
///
/// Elements are either *blocks*, placed on a line of their own and indented by one space per
/// level (only inside element-only content, where white space carries no meaning), or *inline*,
/// written exactly where they are, for mixed content such as `<source>`. Callers hand in
/// characters XML 1.0 allows (see ``XMLCharacters``); any other
/// becomes U+FFFD here, so the output is well-formed whatever it is given.
final class XMLOutput {
    private let buffer: xmlBufferPtr
    private let writer: xmlTextWriterPtr
    /// Open elements: whether each has block children so far.
    private var open: [Bool] = []
    /// Whether any libxml2 call failed (it only fails when out of memory).
    private var failed = false

    /// Starts a UTF-8 document with an XML declaration; nil when libxml2 cannot allocate.
    init?() {
        _ = XMLLibrary.ready
        guard let buffer = xmlBufferCreate() else { return nil }
        guard let writer = xmlNewTextWriterMemory(buffer, 0) else {
            xmlBufferFree(buffer)
            return nil
        }
        self.buffer = buffer
        self.writer = writer
        check(xmlTextWriterStartDocument(writer, "1.0", "UTF-8", nil))
    }

    deinit {
        xmlFreeTextWriter(writer)
        xmlBufferFree(buffer)
    }

    /// Opens element `name`, declaring `namespace` as the default namespace when given.
    func startElement(_ name: String, namespace: String? = nil, inline: Bool = false) {
        if !inline && !open.isEmpty {
            open[open.count - 1] = true
            indent(open.count)
        }
        open.append(false)
        Self.withXMLChars(name) { name in
            if let namespace {
                Self.withXMLChars(namespace) { check(xmlTextWriterStartElementNS(writer, nil, name, $0)) }
            } else {
                check(xmlTextWriterStartElement(writer, name))
            }
        }
    }

    /// Adds an attribute to the element just opened. Characters XML cannot carry become
    /// U+FFFD: attribute values have no way to encode them.
    func attribute(_ name: String, _ value: String) {
        Self.withXMLChars(name) { name in
            Self.withXMLChars(XMLCharacters.replacingForbidden(in: value)) {
                check(xmlTextWriterWriteAttribute(writer, name, $0))
            }
        }
    }

    /// Adds an attribute when `value` is not nil.
    func attribute(_ name: String, _ value: String?) {
        if let value { attribute(name, value) }
    }

    /// Writes character data, escaped (`<`, `&`, `>` and carriage returns as references).
    /// Characters XML cannot carry become U+FFFD, so the output is always well-formed; content
    /// that must keep them encodes them before (``XMLCharacters/pieces(of:)``).
    func text(_ string: String) {
        guard !string.isEmpty else { return }
        Self.withXMLChars(XMLCharacters.replacingForbidden(in: string)) {
            check(xmlTextWriterWriteString(writer, $0))
        }
    }

    /// Closes the innermost element (as `<name/>` when it is empty).
    func endElement() {
        if open.removeLast() { indent(open.count) }
        check(xmlTextWriterEndElement(writer))
    }

    /// Writes `<name>text</name>` as a block.
    func element(_ name: String, attributes: [(String, String?)] = [], text: String) {
        startElement(name)
        for (attributeName, value) in attributes { attribute(attributeName, value) }
        self.text(text)
        endElement()
    }

    /// Ends the document and returns its bytes, or nil when libxml2 failed.
    func finish() -> [UInt8]? {
        check(xmlTextWriterEndDocument(writer))
        check(xmlTextWriterFlush(writer))
        guard !failed, let content = xmlBufferContent(buffer) else { return nil }
        return Array(UnsafeBufferPointer(start: content, count: Int(xmlBufferLength(buffer))))
    }

    /// A line break and `depth` spaces of indentation.
    private func indent(_ depth: Int) {
        text("\n" + String(repeating: " ", count: depth))
    }

    private func check(_ status: Int32) {
        if status < 0 { failed = true }
    }

    /// Calls `body` with `string` as a NUL-terminated UTF-8 `xmlChar` pointer.
    private static func withXMLChars<Result>(_ string: String, _ body: (UnsafePointer<xmlChar>) -> Result) -> Result {
        string.withCString(encodedAs: UTF8.self) { body($0) }
    }
}
