/// One paragraph: 2.x `<unit>`, 1.2 `<trans-unit>`, holding its sentences as segments and the
/// white space between them, in order, so the paragraph can be rebuilt exactly.
///
/// ```swift
/// let unit = XLIFFUnit(id: "p3", name: "paragraph-3", parts: [
///     .segment(XLIFFSegment(id: "s4", source: "Kalimat pertama.")),
///     .ignorable(XLIFFIgnorable(source: " ")),
///     .segment(XLIFFSegment(id: "s5", source: "Kalimat kedua.")),
/// ])
/// ```
public struct XLIFFUnit: Sendable, Hashable {
    /// A segment or the text between two segments.
    public enum Part: Sendable, Hashable {
        /// A sentence.
        case segment(XLIFFSegment)
        /// Text between sentences.
        case ignorable(XLIFFIgnorable)
    }

    /// The id, unique in its file: `p` and the paragraph's number in the article (`p3`).
    public var id: String
    /// A name for people and tools: 2.x `name`, 1.2 `resname` (`title`, `paragraph-3`).
    public var name: String?
    /// Notes for the translator.
    public var notes: [XLIFFNote]
    /// Segments and ignorables, in order.
    public var parts: [Part]

    /// Creates a unit.
    public init(id: String, name: String? = nil, notes: [XLIFFNote] = [], parts: [Part]) {
        self.id = id
        self.name = name
        self.notes = notes
        self.parts = parts
    }

    /// The segments, in order.
    public var segments: [XLIFFSegment] {
        parts.compactMap {
            if case .segment(let segment) = $0 { return segment }
            return nil
        }
    }

    /// Whether this unit is the article's headline (named `title`).
    public var isTitle: Bool { name == "title" }
}
