/// A parsed XML element in plain Swift values, detached from libxml2: what the XLIFF readers
/// walk. Comments and processing instructions are left out; CDATA is text.
struct XMLElement: Sendable {
    /// An attribute: local name, namespace (nil for none) and value.
    struct Attribute: Sendable {
        let name: String
        let namespace: String?
        let value: String
    }

    /// A child: an element or character data.
    enum Node: Sendable {
        case element(XMLElement)
        case text(String)
    }

    /// The local name (`unit`, `mrk`).
    let name: String
    /// The namespace URI, or nil.
    let namespace: String?
    /// The attributes, in document order.
    let attributes: [Attribute]
    /// The children, in document order.
    let children: [Node]
    /// The line the element starts on, from 1.
    let line: Int

    /// The namespace of `xml:lang` and `xml:space`.
    static let xmlNamespace = "http://www.w3.org/XML/1998/namespace"

    /// The value of the attribute `name` in `namespace` (nil: no namespace, as for most
    /// XLIFF attributes).
    func attribute(_ name: String, namespace: String? = nil) -> String? {
        attributes.first { $0.name == name && $0.namespace == namespace }?.value
    }

    /// The child elements, in order.
    var elements: [XMLElement] {
        children.compactMap {
            if case .element(let element) = $0 { return element }
            return nil
        }
    }

    /// The child elements called `name` in `namespace`.
    func elements(_ name: String, namespace: String?) -> [XMLElement] {
        elements.filter { $0.name == name && $0.namespace == namespace }
    }

    /// The first child element called `name` in `namespace`.
    func element(_ name: String, namespace: String?) -> XMLElement? {
        elements.first { $0.name == name && $0.namespace == namespace }
    }

    /// All character data inside, at any depth, in order.
    var textContent: String {
        var result = ""
        appendText(to: &result)
        return result
    }

    private func appendText(to result: inout String) {
        for child in children {
            switch child {
            case .text(let text): result += text
            case .element(let element): element.appendText(to: &result)
            }
        }
    }

    /// `<prefix:name>` as people read it: `{namespace}name`, or the bare name.
    var qualifiedName: String {
        namespace.map { "<\(name)> in namespace \($0)" } ?? "<\(name)> without namespace"
    }
}
