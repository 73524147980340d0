/// Splits text into sentences. ICU's sentence iterator proposes boundaries; the
/// ``AbbreviationFilter`` vetoes the ones after abbreviations and initials; the
/// ``LineBreakRule`` and the ``UnpunctuatedBoundaryRule`` add the ones no punctuation marks;
/// the ``AttributionRule`` joins a quotation and its attribution. Paragraphs (blank-line
/// separated) are never crossed.
struct SentenceSegmenter: Sendable {
    private let breaker: ICUSentenceBreaker
    private let filter: AbbreviationFilter
    private let unpunctuated: UnpunctuatedBoundaryRule
    private let attribution: AttributionRule
    private let lineBreaks: LineBreakRule

    /// A segmenter for `language` with the rules' word lists from `lexicons`; nil when ICU has
    /// no sentence rules to open.
    init?(language: Language, lexicons: LexiconSet) {
        guard let breaker = ICUSentenceBreaker(locale: language.code) else { return nil }
        let lexicon = SegmentationLexicon(lexicons: lexicons)
        self.breaker = breaker
        self.filter = AbbreviationFilter(lexicon: lexicon)
        self.unpunctuated = UnpunctuatedBoundaryRule(lexicon: lexicon)
        self.attribution = AttributionRule(lexicon: lexicon)
        self.lineBreaks = LineBreakRule(lexicon: lexicon)
    }

    /// The result of segmenting a text.
    struct Segmentation {
        /// Lines and paragraphs.
        let layout: TextLayout
        /// Sentences as spans of the text, with the index of their paragraph in `layout`.
        let sentences: [(span: Range<Int>, paragraph: Int)]
    }

    /// Splits `bytes` (from `start` on) into paragraphs and sentences; sentences longer than
    /// `maximumSentenceBytes` are cut (see ``NSumm/maximumSentenceBytes``).
    func segment(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, maximumSentenceBytes: Int = 1 << 16)
        -> Segmentation
    {
        let layout = TextLayout(bytes, from: start)
        return Segmentation(
            layout: layout,
            sentences: sentences(
                in: bytes, layout: layout, paragraphs: layout.paragraphs.indices,
                maximumSentenceBytes: maximumSentenceBytes))
    }

    /// The sentences of the paragraphs `paragraphs` (indices into `layout`, the layout of
    /// `bytes`), with the index of their paragraph; see ``segment(_:from:maximumSentenceBytes:)``.
    /// Paragraphs are split independently, so any run of them can be split on its own.
    func sentences(
        in bytes: UnsafeBufferPointer<UInt8>, layout: TextLayout, paragraphs: Range<Int>,
        maximumSentenceBytes: Int = 1 << 16
    ) -> [(span: Range<Int>, paragraph: Int)] {
        var sentences: [(span: Range<Int>, paragraph: Int)] = []
        guard let session = breaker.session() else {
            // Out of memory inside ICU: fall back to one sentence a paragraph.
            for index in paragraphs {
                sentences.append((layout.range(ofParagraph: index), index))
            }
            return sentences
        }
        // ICU's boundaries for all the paragraphs at once, each strictly inside its paragraph.
        var proposed: [Int] = []
        session.appendBoundaries(in: bytes, paragraphs.map { layout.range(ofParagraph: $0) }, to: &proposed)
        var nextProposed = 0
        // Scratch arrays for one paragraph at a time, emptied but kept for the next one: no
        // allocation per paragraph.
        var starts: [Int] = []
        var spans: [Range<Int>] = []
        for index in paragraphs {
            let lines = layout.lines[layout.paragraphs[index]]
            let range = layout.range(ofParagraph: index)
            starts.removeAll(keepingCapacity: true)
            while nextProposed < proposed.count && proposed[nextProposed] < range.upperBound {
                let boundary = Self.beforeOpeningBrackets(proposed[nextProposed], in: bytes, paragraph: range)
                if accepts(boundary, in: bytes, paragraph: range, lines: lines) { starts.append(boundary) }
                nextProposed += 1
            }
            for line in lines.indices.dropLast() where lineBreaks.breaks(after: line, in: lines, bytes: bytes) {
                starts.append(lines[line + 1].lowerBound)
            }
            starts += unpunctuated.boundaries(in: bytes, range)
            starts.sort()
            starts.append(range.upperBound)
            spans.removeAll(keepingCapacity: true)
            var sentenceStart = range.lowerBound
            for boundary in starts where boundary > sentenceStart {
                var span = Self.trimmed(sentenceStart..<boundary, in: bytes)
                sentenceStart = boundary
                guard !span.isEmpty else { continue }
                if let previous = spans.last, let quoteEnd = Self.detachedClosingQuoteEnd(span, paragraph: range, in: bytes) {
                    spans[spans.count - 1] = previous.lowerBound..<quoteEnd
                    span = Self.trimmed(quoteEnd..<span.upperBound, in: bytes)
                    guard !span.isEmpty else { continue }
                }
                if bytes[span.lowerBound] == UInt8(ascii: "(") || bytes[span.lowerBound] == UInt8(ascii: "["),
                    let asideEnd = Self.labelledAsideEnd(span, in: bytes)
                {
                    spans.append(span.lowerBound..<asideEnd)
                    span = Self.trimmed(asideEnd..<span.upperBound, in: bytes)
                }
                if let previous = spans.last, attribution.attaches(span, to: previous, in: bytes) {
                    spans[spans.count - 1] = previous.lowerBound..<span.upperBound
                } else {
                    spans.append(span)
                }
            }
            for span in spans {
                Self.cut(span, longerThan: maximumSentenceBytes, in: bytes) { sentences.append(($0, index)) }
            }
        }
        return sentences
    }

    /// `boundary` moved back before the opening brackets that end the text before it: Unicode's
    /// sentence rules count `(` among the closing marks, so `… Idul Fitri.(ANT)` would break
    /// inside the bracket.
    static func beforeOpeningBrackets(_ boundary: Int, in bytes: UnsafeBufferPointer<UInt8>, paragraph: Range<Int>) -> Int {
        var boundary = boundary
        while boundary > paragraph.lowerBound + 1
            && (bytes[boundary - 1] == UInt8(ascii: "(") || bytes[boundary - 1] == UInt8(ascii: "["))
        {
            boundary -= 1
        }
        return boundary
    }

    /// Whether ICU's boundary at `boundary` survives the abbreviation rules.
    private func accepts(
        _ boundary: Int, in bytes: UnsafeBufferPointer<UInt8>, paragraph: Range<Int>,
        lines: ArraySlice<Range<Int>>
    ) -> Bool {
        let tokens = Tokens(bytes)
        guard let previous = tokens.token(endingAtOrBefore: boundary, after: paragraph.lowerBound),
            let next = tokens.token(startingAtOrAfter: boundary, before: paragraph.upperBound)
        else { return true }
        // Only short words can be abbreviations, initials or list markers; a longer word ending
        // a sentence, or a lower-case word with a full stop longer than any abbreviation
        // (`mengatakan.`, the common case), keeps ICU's boundary unless a quotation goes on in
        // lower case, or the boundary splits a web address (`…/#!/berita`). So does a shorter
        // lower-case word of two letters or more that is no abbreviation, before a capitalised
        // word (`kata dia. Menurut …`): the filter's own answer, found with one lookup, since such
        // a word is no initial and no list marker, and a capitalised word is no time zone.
        let lexicon = filter.lexicon
        if previous.count > lexicon.longestCandidate
            || tokens.isLowercaseWordWithFullStop(previous)
                && (previous.count > lexicon.abbreviations.longestWord
                    || previous.count >= 3 && tokens.startsUppercase(next) && !tokens.startsWithTwoCapitals(next)
                        && !lexicon.abbreviations.contains(previous, in: tokens)),
            !tokens.startsLowercase(next), !AbbreviationFilter.isInsideWord(previous, next, tokens)
        {
            return true
        }
        return filter.accepts(
            previous: previous, next: next, atLineStart: Self.isLineStart(previous.lowerBound, lines),
            in: tokens)
    }

    /// Where a closing quotation mark that stands apart at the start of `span` ends (`…
    /// institusi. " Firman …`, spaced off by a careless writer or a converter): a `”`, or a `"`
    /// after an odd number of them in the paragraph. The mark closes the sentence before.
    static func detachedClosingQuoteEnd(
        _ span: Range<Int>, paragraph: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>
    ) -> Int? {
        let (mark, length) = UTF8Bytes.scalar(at: span.lowerBound, in: bytes)
        let end = span.lowerBound + length
        guard mark == "\"" || mark == "\u{201D}",
            end == span.upperBound || UTF8Bytes.isWhite(UTF8Bytes.scalar(at: end, in: bytes).0)
        else { return nil }
        if mark == "\u{201D}" { return end }
        let quotesBefore = bytes[paragraph.lowerBound..<span.lowerBound].reduce(0) { $0 + ($1 == 0x22 ? 1 : 0) }
        return quotesBefore % 2 == 1 ? end : nil
    }

    /// Where a labelled aside in brackets that opens `span` ends, when a capitalised sentence
    /// follows it (`(Baca juga: Harga Beras Naik) Pedagang mengeluh.`, `(Foto: Antara) Warga
    /// …`): the aside is a sentence of its own. A label is a colon inside the brackets.
    static func labelledAsideEnd(_ span: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        let open = bytes[span.lowerBound]
        guard open == UInt8(ascii: "(") || open == UInt8(ascii: "[") else { return nil }
        let close = open == UInt8(ascii: "(") ? UInt8(ascii: ")") : UInt8(ascii: "]")
        var hasLabel = false
        var offset = span.lowerBound + 1
        while offset < min(span.upperBound, span.lowerBound + maximumAsideBytes) {
            switch bytes[offset] {
            case open: return nil
            case UInt8(ascii: ":"): hasLabel = true
            case close:
                let next = trimmed(offset + 1..<span.upperBound, in: bytes)
                guard hasLabel, next.lowerBound > offset + 1, !next.isEmpty,
                    UTF8Bytes.isUppercase(UTF8Bytes.scalar(at: next.lowerBound, in: bytes).0)
                else { return nil }
                return offset + 1
            default: break
            }
            offset += 1
        }
        return nil
    }

    /// A labelled aside in brackets closes within this many bytes.
    static let maximumAsideBytes = 300

    /// Whether `offset` is where one of `lines` (sorted) starts.
    private static func isLineStart(_ offset: Int, _ lines: ArraySlice<Range<Int>>) -> Bool {
        var low = lines.startIndex
        var high = lines.endIndex
        while low < high {
            let middle = (low + high) / 2
            if lines[middle].lowerBound < offset { low = middle + 1 } else { high = middle }
        }
        return low < lines.endIndex && lines[low].lowerBound == offset
    }

    /// Hands `span` to `body` in pieces of at most `limit` bytes, cut at the last white space of
    /// each piece's second half, or else at the last character boundary before the limit (a
    /// span within the limit is one piece).
    static func cut(
        _ span: Range<Int>, longerThan limit: Int, in bytes: UnsafeBufferPointer<UInt8>, _ body: (Range<Int>) -> Void
    ) {
        guard span.count > limit, limit >= 8 else { return body(span) }
        var start = span.lowerBound
        while span.upperBound - start > limit {
            var end = start + limit
            while bytes[end] & 0xC0 == 0x80 { end -= 1 }
            var space = end
            while space > start + limit / 2 && !UTF8Bytes.isWhite(UTF8Bytes.scalar(at: space, in: bytes).0) {
                space = UTF8Bytes.scalarStart(before: space, in: bytes)
            }
            if space > start + limit / 2 { end = space }
            let piece = trimmed(start..<end, in: bytes)
            if !piece.isEmpty { body(piece) }
            start = trimmed(end..<span.upperBound, in: bytes).lowerBound
        }
        body(start..<span.upperBound)
    }

    /// `range` without white space at either end.
    static func trimmed(_ range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Range<Int> {
        // ASCII spaces and line breaks, nearly all the white space there is, byte by byte; the
        // scalars are decoded only when a non-ASCII byte is left at either end.
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper && UTF8Bytes.isASCIIWhite(bytes[lower]) { lower += 1 }
        while upper > lower && UTF8Bytes.isASCIIWhite(bytes[upper - 1]) { upper -= 1 }
        guard lower < upper, bytes[lower] >= 0x80 || bytes[upper - 1] >= 0x80 else { return lower..<upper }
        return UTF8Bytes.trim(lower..<upper, in: bytes, leading: UTF8Bytes.isWhite, trailing: UTF8Bytes.isWhite)
    }
}
