/// One article of a bundle: `<file>` in both versions.
///
/// ```swift
/// let file = XLIFFFile(id: "f1", original: "artikel.txt", units: [unit])
/// ```
public struct XLIFFFile: Sendable, Hashable {
    /// The id, unique in the bundle: `f` and the article's place in it (`f1`). XLIFF 1.2 has
    /// no file ids; reading 1.2 numbers the files the same way.
    public var id: String
    /// Where the article came from: its path as given, or its id in a JSON Lines input.
    public var original: String
    /// Notes for the translator about the whole article (headline, dateline, source, scope).
    public var notes: [XLIFFNote]
    /// The paragraphs, in order.
    public var units: [XLIFFUnit]

    /// Creates a file.
    public init(id: String, original: String, notes: [XLIFFNote] = [], units: [XLIFFUnit]) {
        self.id = id
        self.original = original
        self.notes = notes
        self.units = units
    }
}
