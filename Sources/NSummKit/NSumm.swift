/// The entry point of the library: one value per language that loads its lexicons once and then
/// analyses any number of articles, from any number of threads at once.
///
/// ```swift
/// let nsumm = try NSumm(language: .indonesian)
/// let doc = nsumm.analyze(try SourceText(bytes: data, name: "artikel.txt"))
/// print(doc.sentences.count)
/// ```
public struct NSumm: Sendable {
    /// The language of the articles this value analyses.
    public let language: Language
    /// The lexicons in use: the built-in ones plus the user's folders.
    public let lexicons: LexiconSet
    private let segmenter: SentenceSegmenter
    /// The cleaner, built the first time kinds are asked for (``segment(_:inBatchesOf:_:)``
    /// never asks), or at once when the user's lexicons must be checked.
    private var cleaner: Cleaner { deferredCleaner.value }
    private let deferredCleaner: Deferred<Cleaner>
    /// The entity spotter, built from ``lexicons`` the first time it is used (a run that needs
    /// only sentences never builds its tables).
    public var spotter: EntitySpotter { deferredSpotter.value }
    private let deferredSpotter: Deferred<EntitySpotter>
    /// Sentences longer than this many bytes are cut, at the last white space before the limit
    /// when there is one: text without punctuation (a scraped table, a run-on page) then still
    /// gives sentences a reader, a summary or a translator can handle. 64 KiB by default; real
    /// sentences stay far below.
    public var maximumSentenceBytes = 1 << 16

    /// Loads the lexicons of `language`, extended by `lexiconDirectories` (see ``LexiconSet``).
    public init(language: Language = .indonesian, lexiconDirectories: [String] = []) throws(NSummError) {
        do {
            lexicons = try LexiconSet(language: language, userDirectories: lexiconDirectories)
        } catch {
            throw .lexicons(error)
        }
        guard let segmenter = SentenceSegmenter(language: language, lexicons: lexicons) else {
            throw .icuUnavailable(language: language.code)
        }
        let lexicons = self.lexicons
        if lexiconDirectories.isEmpty {
            deferredCleaner = Deferred { Cleaner(lexicons: lexicons) }
        } else {
            // Built-in patterns are tested; the user's are checked now rather than failing quietly.
            let cleaner = Cleaner(lexicons: lexicons)
            if let invalid = cleaner.invalidPatterns.first {
                throw .lexicons(.invalidPattern(lexicon: invalid.lexicon, pattern: invalid.pattern))
            }
            deferredCleaner = Deferred(made: cleaner)
        }
        self.language = language
        self.segmenter = segmenter
        self.deferredSpotter = Deferred { EntitySpotter(lexicons: lexicons) }
    }

    /// Splits `source` into paragraphs and sentences and marks title, dateline, byline and site
    /// debris. Linear in the length of the text.
    public func analyze(_ source: SourceText) -> Document {
        let segmented = segment(source)
        let text = segmented.text
        let layout = segmented.segmentation.layout
        let mapper = OriginalRangeMapper(text)
        var sentences: [Sentence] = []
        sentences.reserveCapacity(segmented.count)
        var paragraphs: [Paragraph] = []
        paragraphs.reserveCapacity(layout.paragraphs.count)
        var paragraphFirstSentence = 0
        for (index, raw) in segmented.enumerated() {
            while paragraphs.count < raw.paragraph {
                paragraphs.append(
                    Paragraph(
                        range: mapper.map(layout.range(ofParagraph: paragraphs.count)),
                        sentences: paragraphFirstSentence..<index))
                paragraphFirstSentence = index
            }
            let range = mapper.map(raw.span)
            let dateline = raw.datelineEnd.map { mapper.map(raw.span.lowerBound..<$0) }
            var contentStart = raw.span.lowerBound
            if let datelineEnd = raw.datelineEnd {
                contentStart = text.bytes.withUnsafeBufferPointer {
                    SentenceSegmenter.trimmed(datelineEnd..<raw.span.upperBound, in: $0).lowerBound
                }
            }
            sentences.append(
                Sentence(
                    // segment(_:) classifies by default, so every sentence has its kind.
                    range: range, paragraph: raw.paragraph, kind: raw.kind ?? .body,
                    dateline: dateline, span: raw.span, contentStart: contentStart))
        }
        while paragraphs.count < layout.paragraphs.count {
            paragraphs.append(
                Paragraph(
                    range: mapper.map(layout.range(ofParagraph: paragraphs.count)),
                    sentences: paragraphFirstSentence..<sentences.count))
            paragraphFirstSentence = sentences.count
        }
        return Document(paragraphs: paragraphs, sentences: sentences, text: text)
    }

    /// Splits `source` into paragraphs and sentences and marks their kinds, as
    /// ``analyze(_:)-(SourceText)`` does, without mapping them back to the original input: the
    /// cheaper choice when only the sentences' text is wanted.
    public func segment(_ source: SourceText) -> SegmentedText {
        let text = NormalizedText(source)
        let segmentation = text.bytes.withUnsafeBufferPointer {
            segmenter.segment($0, from: text.start, maximumSentenceBytes: maximumSentenceBytes)
        }
        return SegmentedText(
            text: text, segmentation: segmentation, kinds: cleaner.classify(segmentation, text: text))
    }

    /// Splits `source` into paragraphs and sentences as ``segment(_:)`` does, but hands them to
    /// `body` a batch of paragraphs at a time (about `batchBytes` of text, at least one
    /// paragraph), each as soon as it is split, and without their kinds (every
    /// ``SegmentedText/SentenceSpan/kind`` is nil): finding kinds needs the whole article. For
    /// printing sentences while the rest of a long text is still being split; paragraph indices
    /// count from the start of the text.
    public func segment(
        _ source: SourceText, inBatchesOf batchBytes: Int = 1 << 18, _ body: (SegmentedText) throws -> Void
    ) rethrows {
        _ = try segment(source, firstParagraph: 0, inBatchesOf: batchBytes, body)
    }

    /// Splits `file` as ``segment(_:inBatchesOf:_:)-(SourceText,_,_)`` splits a source text, a
    /// piece of the file at a time when it is read in pieces (see ``TextFile``): the batches and
    /// their sentences are the same, but the file is never held whole in memory. Throws only
    /// when the file changed or vanished since it was checked.
    public func segment(
        _ file: TextFile, inBatchesOf batchBytes: Int = 1 << 18, _ body: (SegmentedText) -> Void
    ) throws(InputError) {
        var firstParagraph = 0
        try file.forEachPiece { source in
            firstParagraph += segment(source, firstParagraph: firstParagraph, inBatchesOf: batchBytes, body)
        }
    }

    /// ``segment(_:inBatchesOf:_:)-(SourceText,_,_)`` with paragraph indices counted from
    /// `firstParagraph`; returns the number of paragraphs of `source`.
    private func segment(
        _ source: SourceText, firstParagraph: Int, inBatchesOf batchBytes: Int,
        _ body: (SegmentedText) throws -> Void
    ) rethrows -> Int {
        let text = NormalizedText(source)
        return try text.bytes.withUnsafeBufferPointer { bytes in
            let layout = TextLayout(bytes, from: text.start)
            var first = 0
            while first < layout.paragraphs.count {
                let limit = layout.range(ofParagraph: first).lowerBound + batchBytes
                var end = first + 1
                while end < layout.paragraphs.count && layout.range(ofParagraph: end).upperBound <= limit {
                    end += 1
                }
                let sentences = segmenter.sentences(
                    in: bytes, layout: layout, paragraphs: first..<end, maximumSentenceBytes: maximumSentenceBytes)
                try body(
                    SegmentedText(
                        text: text, segmentation: .init(layout: layout, sentences: sentences), kinds: nil,
                        firstParagraph: firstParagraph))
                first = end
            }
            return layout.paragraphs.count
        }
    }

    /// Analyses a Swift string; see ``analyze(_:)-(SourceText)``.
    public func analyze(_ string: String) -> Document {
        analyze(SourceText(string))
    }
}
