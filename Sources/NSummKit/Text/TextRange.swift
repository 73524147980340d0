/// A span of the original input, counted two ways.
///
/// Every sentence, entity and XLIFF segment that nsumm produces carries one, so it always points
/// back to the exact characters of the article as the user gave it: `utf8` counts bytes of the
/// input (a byte-order mark included), `scalars` counts Unicode scalars (what
/// `String.unicodeScalars` counts, and what Python's `str` indexes).
///
/// ```swift
/// let doc = try nsumm.analyze("Dr. Budi datang. Ia tersenyum.")
/// doc.sentences[1].range   // utf8: 17..<30, scalars: 17..<30
/// ```
public struct TextRange: Sendable, Hashable, Codable {
    /// Byte offsets into the original input, end exclusive.
    public var utf8: Range<Int>
    /// Unicode scalar offsets into the original input, end exclusive.
    public var scalars: Range<Int>

    /// Creates a range from its two views.
    public init(utf8: Range<Int>, scalars: Range<Int>) {
        self.utf8 = utf8
        self.scalars = scalars
    }
}
