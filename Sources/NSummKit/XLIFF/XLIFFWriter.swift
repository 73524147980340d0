/// Writes an ``XLIFFBundle`` as XLIFF 1.2, 2.0, 2.1 or 2.2 through libxml2, in a form the OASIS
/// schemas (1.2 strict), the 2.x processing rules and CAT tools accept.
///
/// - 1.2: one `<trans-unit>` per unit with the whole paragraph in `<source>` and its sentences
///   as `<mrk mtype="seg">` in `<seg-source>`; `datatype="plaintext"`, `original`, languages on
///   `<file>`; protected spans as `<mrk mtype="protected">`; no extension attributes.
/// - 2.x: `<unit canResegment="no">` with `<segment>`s and `<ignorable>`s; protected spans as
///   `<mrk translate="no">`; characters XML cannot carry as `<cp hex="…"/>`.
///
/// Units keep their white space (`xml:space="preserve"`), so a paragraph is rebuilt exactly.
/// The same bundle always gives the same bytes.
///
/// ```swift
/// let bytes = try XLIFFWriter(version: .v2_1).write(bundle)
/// ```
public struct XLIFFWriter: Sendable {
    /// The version written.
    public var version: XLIFFVersion

    /// A writer for `version` (1.2, what every CAT tool opens, by default).
    public init(version: XLIFFVersion = .v1_2) {
        self.version = version
    }

    /// The bundle as a UTF-8 XML document.
    ///
    /// - Throws: ``XLIFFError/invalidBundle(_:)`` when the bundle breaks a rule of the format
    ///   (no files, a unit without segments, an empty source, duplicate ids, targets without a
    ///   target language); ``XLIFFError/unrepresentableCharacter(file:segment:scalar:)`` for a
    ///   control character in 1.2.
    /// - Complexity: O(*n*) in the size of the bundle.
    public func write(_ bundle: XLIFFBundle) throws(XLIFFError) -> [UInt8] {
        try validate(bundle)
        guard let output = XMLOutput() else { throw .outOfMemory }
        if version.isVersion2 {
            writeVersion2(bundle, to: output)
        } else {
            try writeVersion1(bundle, to: output)
        }
        guard let bytes = output.finish() else { throw .outOfMemory }
        return bytes
    }
}
