/// What an XLIFF document holds, independent of its version: files (articles) → units
/// (paragraphs) → segments (sentences) with source, optional target, state, protected spans and
/// notes.
///
/// Build one from articles with ``XLIFFExtractor``, write it with ``XLIFFWriter``, read a
/// translated one back with ``XLIFFReader`` and turn it into text with ``XLIFFMerger``:
///
/// ```swift
/// let nsumm = try NSumm(language: .indonesian)
/// let document = nsumm.analyze(try SourceText(contentsOfFile: "artikel.txt"))
/// let file = try XLIFFExtractor(scope: .full).file(for: document, id: "f1", original: "artikel.txt")
/// let bundle = XLIFFBundle(sourceLanguage: .indonesian, targetLanguage: try LanguageTag("en-US"), files: [file])
/// let bytes = try XLIFFWriter(version: .v2_1).write(bundle)
/// ```
public struct XLIFFBundle: Sendable, Hashable {
    /// The language of the sources.
    public var sourceLanguage: LanguageTag
    /// The language of the targets; nsumm always sets it, since CAT tools need it to open a
    /// bundle. Required when any segment has a target.
    public var targetLanguage: LanguageTag?
    /// The articles, in order.
    public var files: [XLIFFFile]

    /// Creates a bundle.
    public init(sourceLanguage: LanguageTag, targetLanguage: LanguageTag?, files: [XLIFFFile]) {
        self.sourceLanguage = sourceLanguage
        self.targetLanguage = targetLanguage
        self.files = files
    }
}
