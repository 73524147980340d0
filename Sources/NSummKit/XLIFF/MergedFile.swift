/// One article of a translated bundle, as text: what ``XLIFFMerger`` produces.
public struct MergedFile: Sendable, Hashable {
    /// One rebuilt paragraph.
    public struct Paragraph: Sendable, Hashable {
        /// The id of the unit it came from (`p3`).
        public let unit: String
        /// The unit's name (`title`, `paragraph-3`), if it has one.
        public let name: String?
        /// The paragraph: translated segments (or sources where there is no usable
        /// translation) with the white space between them.
        public let text: String
        /// Whether every segment of the paragraph had a usable translation.
        public let isTranslated: Bool
    }

    /// The file's id in the bundle.
    public let id: String
    /// The file's `original`: the article's path or id.
    public let original: String
    /// The paragraphs, in order; the headline first when the bundle has one.
    public let paragraphs: [Paragraph]
    /// What the merge found: untranslated segments, changed protected spans.
    public let issues: [XLIFFIssue]

    /// The headline, if the bundle has a unit named `title`.
    public var title: String? {
        paragraphs.first { $0.name == "title" }?.text
    }

    /// The article as plain text: paragraphs separated by a blank line, ending with a line
    /// break.
    public var text: String {
        paragraphs.map(\.text).joined(separator: "\n\n") + "\n"
    }
}
