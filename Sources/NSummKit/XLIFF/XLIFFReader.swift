/// Reads an XLIFF 1.2 or 2.x document (the version is detected from the root element) into an
/// ``XLIFFBundle``, safely: the document may come from anywhere.
///
/// The parse refuses DTDs and entities (XXE, billion laughs), never touches the network, and
/// stops at the configured size, depth and element count (see ``XMLInput``). What the reader
/// can work around — inline codes it drops, ids that match nothing, a 1.2 target that is not
/// segmented — it reports as ``XLIFFIssue``s instead of failing.
///
/// ```swift
/// let result = try XLIFFReader().read(bytes, name: "artikel.xlf")
/// print(result.version, result.bundle.files.count)
/// for issue in result.issues { print(issue) }
/// ```
public struct XLIFFReader: Sendable {
    /// What a read produced.
    public struct Result: Sendable {
        /// The version of the document.
        public let version: XLIFFVersion
        /// Its content.
        public let bundle: XLIFFBundle
        /// What the reader worked around, in document order.
        public let issues: [XLIFFIssue]
    }

    /// Larger documents are refused (``XLIFFError/tooLarge(name:bytes:limit:)``).
    public var maximumBytes: Int
    /// Deeper nesting is refused (``XLIFFError/tooDeep(name:line:limit:)``).
    public var maximumDepth: Int
    /// Documents with more elements are refused (``XLIFFError/tooManyElements(name:limit:)``).
    public var maximumElements: Int

    /// A reader with limits: 256 MiB, 64 levels, 4 million elements by default — far above
    /// any translated news bundle, far below what would exhaust memory.
    public init(maximumBytes: Int = 256 << 20, maximumDepth: Int = 64, maximumElements: Int = 4_000_000) {
        self.maximumBytes = maximumBytes
        self.maximumDepth = maximumDepth
        self.maximumElements = maximumElements
    }

    /// Reads the document in `bytes`; `name` is used in messages.
    ///
    /// - Throws: ``XLIFFError`` when the document is not well-formed, hostile, over a limit,
    ///   not XLIFF 1.2 or 2.x, or broken where the reader cannot go on.
    /// - Complexity: O(*n*) in the size of the document.
    public func read(_ bytes: [UInt8], name: String) throws(XLIFFError) -> Result {
        if bytes.count > maximumBytes { throw .tooLarge(name: name, bytes: bytes.count, limit: maximumBytes) }
        let root = try XMLInput.parse(
            bytes, name: name, limits: XMLInput.Limits(maximumDepth: maximumDepth, maximumElements: maximumElements))
        guard root.name == "xliff" else { throw .notXLIFF(name: name, root: root.qualifiedName) }
        let declared = root.attribute("version") ?? ""
        guard let version = XLIFFVersion.detect(namespace: root.namespace, version: declared) else {
            if let namespace = root.namespace, namespace.hasPrefix("urn:oasis:names:tc:xliff:document:") {
                throw .unsupportedVersion(name: name, namespace: namespace, version: declared)
            }
            throw .notXLIFF(name: name, root: root.qualifiedName)
        }
        var reader = XLIFFDocumentReader(name: name, namespace: version.namespace)
        let bundle = version.isVersion2 ? try reader.readVersion2(root) : try reader.readVersion1(root)
        return Result(version: version, bundle: bundle, issues: reader.issues)
    }
}
