/// An analysed article: its paragraphs and sentences, each pointing back to the original input.
///
/// A `Document` is immutable and cheap to share between threads. Get one from
/// ``NSumm/analyze(_:)``:
///
/// ```swift
/// let nsumm = try NSumm(language: .indonesian)
/// let doc = try nsumm.analyze(SourceText(bytes: data, name: "artikel.txt"))
/// for sentence in doc.sentences where sentence.kind == .body {
///     print(doc.text(of: sentence))
/// }
/// ```
public struct Document: Sendable {
    /// The input's name, as used in messages (`-` for standard input).
    public var name: String { text.source.name }
    /// The paragraphs, in order.
    public let paragraphs: [Paragraph]
    /// The sentences of all paragraphs, in order.
    public let sentences: [Sentence]
    /// The text the sentences index into.
    let text: NormalizedText

    /// The sentence's text in NFC, line breaks inside it included.
    public func text(of sentence: Sentence) -> String {
        text.string(sentence.span)
    }

    /// The sentence's text on one line: every line break inside it, with the spaces around it,
    /// becomes a single space.
    public func singleLineText(of sentence: Sentence) -> String {
        text.singleLineString(sentence.span)
    }

    /// Appends the sentence's text in UTF-8 to `output` on one line, as ``singleLineText(of:)``
    /// gives it, without making a string. (To print the sentences of many articles,
    /// ``NSumm/segment(_:)`` and ``SegmentedText`` are cheaper than a whole document.)
    public func appendSingleLine(of sentence: Sentence, to output: inout [UInt8]) {
        text.appendSingleLine(sentence.span, to: &output)
    }

    /// The sentence's text without its dateline, if it has one.
    public func content(of sentence: Sentence) -> String {
        text.string(sentence.contentStart..<sentence.span.upperBound)
    }

    /// The sentences of one paragraph.
    public func sentences(in paragraph: Paragraph) -> ArraySlice<Sentence> {
        sentences[paragraph.sentences]
    }
}
