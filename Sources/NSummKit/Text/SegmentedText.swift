/// An article's sentences as spans of its normalised text, each with its paragraph and kind:
/// what ``NSumm/analyze(_:)`` finds before it maps every span back to the original input.
///
/// Lighter than a ``Document``: no offsets into the input are computed and no value per
/// sentence is stored beyond the segmenter's own. The fast path for printing sentences:
///
/// ```swift
/// let sentences = nsumm.segment(try SourceText(contentsOfFile: "artikel.txt"))
/// var bytes: [UInt8] = []
/// for sentence in sentences where sentence.kind == .body {
///     sentences.appendSingleLine(of: sentence, to: &bytes)
///     bytes.append(0x0A)
/// }
/// ```
public struct SegmentedText: Sendable, RandomAccessCollection {
    /// One sentence of a ``SegmentedText``.
    public struct SentenceSpan: Sendable {
        /// Index of the paragraph that holds the sentence.
        public let paragraph: Int
        /// What the sentence is: title, body text, byline or site debris; nil when the text was
        /// segmented in batches (``NSumm/segment(_:inBatchesOf:_:)``), which leaves kinds out.
        public let kind: SentenceKind?
        /// The sentence's span in the normalised text.
        let span: Range<Int>
        /// Where the dateline that opens the sentence ends, if it has one.
        let datelineEnd: Int?
    }

    /// The text the spans index into.
    let text: NormalizedText
    /// Lines, paragraphs and sentence spans.
    let segmentation: SentenceSegmenter.Segmentation
    /// The kind of every sentence, and where its dateline ends; nil when not classified.
    private let kinds: [(kind: SentenceKind, datelineEnd: Int?)]?
    /// The index, in the whole input, of the first paragraph of `segmentation.layout`: not 0 when
    /// the text is one piece of a file read in pieces (see ``TextFile``).
    private let firstParagraph: Int

    init(
        text: NormalizedText, segmentation: SentenceSegmenter.Segmentation,
        kinds: [(kind: SentenceKind, datelineEnd: Int?)]?, firstParagraph: Int = 0
    ) {
        self.text = text
        self.segmentation = segmentation
        self.kinds = kinds
        self.firstParagraph = firstParagraph
    }

    /// The first sentence's index: 0.
    public var startIndex: Int { 0 }
    /// One past the last sentence's index: the number of sentences.
    public var endIndex: Int { segmentation.sentences.count }

    /// The sentence at `position`.
    public subscript(position: Int) -> SentenceSpan {
        let sentence = segmentation.sentences[position]
        return SentenceSpan(
            paragraph: firstParagraph + sentence.paragraph, kind: kinds?[position].kind, span: sentence.span,
            datelineEnd: kinds?[position].datelineEnd)
    }

    /// Appends the sentence's text in UTF-8 to `output` on one line, as
    /// ``Document/singleLineText(of:)`` gives it: every line break inside it, with the spaces
    /// around it, becomes a single space.
    public func appendSingleLine(of sentence: SentenceSpan, to output: inout [UInt8]) {
        withSingleLine(of: sentence) { output.append(contentsOf: $0) }
    }

    /// Calls `body` with the sentence's text in UTF-8 on one line, as
    /// ``appendSingleLine(of:to:)`` gives it: the text's own bytes when the sentence's paragraph
    /// is one line (the usual case), without a copy.
    public func withSingleLine(of sentence: SentenceSpan, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        // A paragraph of one line has no line break to look for.
        if segmentation.layout.paragraphs[sentence.paragraph - firstParagraph].count == 1 {
            text.bytes.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[sentence.span])) }
            return
        }
        var line: [UInt8] = []
        text.appendSingleLine(sentence.span, to: &line)
        line.withUnsafeBufferPointer(body)
    }
}
