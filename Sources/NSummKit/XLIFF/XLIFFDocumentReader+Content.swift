extension XLIFFDocumentReader {
    /// What an inline element of `<source>` or `<target>` contributes to the text.
    enum InlineRole {
        /// Its text is kept (a span of formatting or an annotation).
        case span
        /// Its text is a protected run.
        case protected(id: String?)
        /// It stands for one character (`<cp>`); nil when its code point is invalid.
        case character(String?)
        /// It marks a position and holds nothing.
        case marker
        /// An inline code from the original format: dropped, since plain text has none.
        case code
        /// Not an inline element of the version: its text is kept.
        case unknown
    }

    /// The text of `element`, with inline elements handled as `role` says; what is dropped or
    /// unknown is reported at `place`.
    mutating func content(of element: XMLElement, at place: Place, role: (XMLElement) -> InlineRole) -> XLIFFText {
        var runs: [XLIFFText.Run] = []
        appendContent(of: element, to: &runs, at: place, role: role)
        return XLIFFText(runs)
    }

    private mutating func appendContent(
        of element: XMLElement, to runs: inout [XLIFFText.Run], at place: Place, role: (XMLElement) -> InlineRole
    ) {
        for child in element.children {
            guard case .element(let inline) = child else {
                if case .text(let text) = child { Self.append(text, to: &runs) }
                continue
            }
            switch inline.namespace == namespace ? role(inline) : .unknown {
            case .span:
                appendContent(of: inline, to: &runs, at: place, role: role)
            case .protected(let id):
                runs.append(.protected(id: id, text: content(of: inline, at: place, role: role).plainText))
            case .character(let character?):
                Self.append(character, to: &runs)
            case .character(nil):
                report(.inlineMarkup, at: place, "<cp> on line \(inline.line) has no valid hex code point; dropped")
            case .marker:
                break
            case .code:
                report(.inlineMarkup, at: place, "inline code <\(inline.name)> on line \(inline.line) dropped; plain text has no codes")
            case .unknown:
                report(.inlineMarkup, at: place, "unknown element \(inline.qualifiedName) on line \(inline.line); its text was kept")
                appendContent(of: inline, to: &runs, at: place, role: role)
            }
        }
    }
}
