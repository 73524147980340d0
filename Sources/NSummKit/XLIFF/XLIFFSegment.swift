/// One sentence to translate: 2.x `<segment>`, 1.2 `<mrk mtype="seg">` in `<seg-source>`.
///
/// ```swift
/// var segment = XLIFFSegment(id: "s2", source: "Rusia telah mengirimkan pasukan.")
/// segment.target = "Russia has sent troops."
/// segment.state = .translated
/// ```
public struct XLIFFSegment: Sendable, Hashable {
    /// The id, unique in its unit: 2.x `id`, 1.2 `mid`. nsumm writes `s` and the sentence's
    /// number in the article (`s7`).
    public var id: String
    /// The sentence to translate.
    public var source: XLIFFText
    /// The translation, if there is one.
    public var target: XLIFFText?
    /// How far the translation has come; nil when the file does not say.
    public var state: XLIFFState?

    /// Creates a segment.
    public init(id: String, source: XLIFFText, target: XLIFFText? = nil, state: XLIFFState? = nil) {
        self.id = id
        self.source = source
        self.target = target
        self.state = state
    }
}

/// Text between segments that is not translated, normally the white space between two
/// sentences: 2.x `<ignorable>`, 1.2 the text between the `<mrk mtype="seg">` elements.
public struct XLIFFIgnorable: Sendable, Hashable {
    /// The text in the source.
    public var source: String
    /// The text in the target, when a tool changed it.
    public var target: String?

    /// Creates an ignorable.
    public init(source: String, target: String? = nil) {
        self.source = source
        self.target = target
    }
}
