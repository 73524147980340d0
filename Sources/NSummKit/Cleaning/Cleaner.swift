/// Recognises what is not news text in an article — its title, dateline, byline and site
/// debris — and marks it, so that nothing is dropped but the summarizer and the XLIFF export can
/// leave it out. All patterns come from the language's lexicons:
///
/// - `boilerplate`: lines that are site debris, matched case-insensitively as a whole line, or as
///   a line prefix when the entry ends with `*` (`Baca juga:*`); a line that is only the label of
///   a prefix entry ending with a colon (`Baca juga:`, `Baca Juga`) takes with it the short
///   headline it links to on the next line of its paragraph;
/// - `datelines`: regular expressions for the dateline that opens an article
///   (`Jakarta, PUBLIKASI –`), tried on its first body sentence; failing those, a place the
///   `gazetteer*` lexicons list as a location, then a spaced dash (`Jakarta - Timnas …`);
/// - `bylines`: regular expressions for a whole byline sentence (`*Arya`, `(ant/hms)`), tried
///   near the start and the end of the article;
/// - `timestamps`: regular expressions for a whole sentence that says when the article was
///   published (`Kamis, 12 Januari 2023 | 14:35 WIB`), tried in the same places and marked as
///   a dateline.
struct Cleaner: Sendable {
    private let exactLines: Set<String>
    /// The prefix entries (`Baca juga:*`), matched as the segmenter's line rule matches them.
    private let linePrefixes: LinePrefixSet
    /// The prefix entries that end with a colon, without it (`baca juga`): labels of a link.
    private let labels: Set<String>
    /// The first words of all boilerplate entries: a line whose first word is not one of these
    /// is ruled out without making a string.
    private let firstWords: WordSet
    private let datelines: PatternList
    private let bylines: PatternList
    private let timestamps: PatternList
    /// The lower-cased `LOC` entries of the `gazetteer*` lexicons, read the first time an
    /// article opens with a word and a dash.
    private let places: Deferred<Set<String>>
    /// How many paragraphs after the first body sentence's may hold a lead whose dateline the
    /// furniture before it hid.
    private let furnitureParagraphs = 6
    /// How many lines from the article's start may hold that lead, however few paragraphs.
    private let furnitureLines = 40
    /// A lead that a bare place and a dash open after furniture has at least this many words.
    private let shortestLead = 12
    /// A title found among the furniture before the lead has at least this many words.
    let shortestTitle = 4
    /// A place before a dash has at most this many words.
    private let longestPlace = 3
    /// Lines longer than this are article text, whatever they start with.
    private let longestBoilerplateLine = 300
    /// Bylines and timestamps are at most this many bytes long.
    private let longestByline = 120
    /// A dateline ends with a dash or a colon within this many bytes of the article's start.
    private let longestDateline = 120
    /// Headlines have at most this many words.
    let longestTitle = 25
    /// A headline on the line after its label alone (`Baca juga:`) has at most this many words.
    private let longestLinkedHeadline = 20
    /// How many sentences at each end of the article may be a byline or a timestamp.
    private let bylineSentences = 4

    /// Reads the patterns from `lexicons`.
    init(lexicons: LexiconSet) {
        let entries = lexicons["boilerplate"]?.words ?? []
        var exact: Set<String> = []
        var prefixFirstWords: [String] = []
        var labels: Set<String> = []
        for entry in entries {
            let folded = entry.lowercased()
            if folded.hasSuffix("*") {
                let prefix = String(folded.dropLast())
                prefixFirstWords.append(Self.firstWord(prefix))
                if prefix.hasSuffix(":") { labels.insert(Self.withoutColon(prefix)) }
            } else {
                exact.insert(folded)
            }
        }
        exactLines = exact
        linePrefixes = LinePrefixSet(prefixEntriesOf: entries)
        self.labels = labels
        firstWords = WordSet(exact.map(Self.firstWord) + prefixFirstWords)
        datelines = PatternList(lexicons["datelines"]?.words ?? [])
        bylines = PatternList(lexicons["bylines"]?.words ?? [])
        timestamps = PatternList(lexicons["timestamps"]?.words ?? [])
        places = Deferred {
            Set(lexicons.lexicons(named: "gazetteer").flatMap { lexicon in
                lexicon.entries.filter { $0.count >= 2 && $0[1].uppercased() == "LOC" }.map { $0[0].lowercased() }
            })
        }
    }

    /// The kind of every sentence of `segmentation` and, for sentences that open with a
    /// dateline, where the dateline ends.
    func classify(_ segmentation: SentenceSegmenter.Segmentation, text: NormalizedText)
        -> [(kind: SentenceKind, datelineEnd: Int?)]
    {
        let sentences = segmentation.sentences
        var result = [(kind: SentenceKind, datelineEnd: Int?)](
            repeating: (.body, nil), count: sentences.count)
        let layout = segmentation.layout
        markBoilerplate(layout: layout, sentences: sentences, text: text, into: &result)
        let edges = Set(sentences.indices.prefix(bylineSentences)).union(sentences.indices.suffix(bylineSentences))
        for index in edges.sorted() where result[index].kind == .body && sentences[index].span.count <= longestByline {
            let span = sentences[index].span
            if matchesWhole(span, bylines, in: text) {
                result[index].kind = .byline
            } else if matchesWhole(span, timestamps, in: text) {
                result[index].kind = .dateline
            }
        }
        if let first = result.indices.first(where: { result[$0].kind == .body }),
            isTitle(sentences[first], layout: layout, text: text)
        {
            result[first].kind = .title
        }
        markDateline(sentences: sentences, layout: layout, text: text, into: &result)
        markPageHead(sentences: sentences, layout: layout, text: text, into: &result)
        markTrailingFurniture(sentences: sentences, text: text, into: &result)
        return result
    }

    /// Whether one of `patterns` matches the whole of `span`.
    private func matchesWhole(_ span: Range<Int>, _ patterns: PatternList, in text: NormalizedText) -> Bool {
        text.bytes.withUnsafeBufferPointer { bytes in
            patterns.patterns.contains { $0.matchesWhole(UnsafeBufferPointer(rebasing: bytes[span])) }
        }
    }

    /// Marks the sentences that lie inside a boilerplate line, or inside a label alone and the
    /// headline on the next line of its paragraph.
    private func markBoilerplate(
        layout: TextLayout, sentences: [(span: Range<Int>, paragraph: Int)], text: NormalizedText,
        into result: inout [(kind: SentenceKind, datelineEnd: Int?)]
    ) {
        let debrisRanges = text.bytes.withUnsafeBufferPointer { bytes in
            let tokens = Tokens(bytes)
            return layout.paragraphs.flatMap { paragraph in
                paragraph.compactMap { index -> Range<Int>? in
                    let line = layout.lines[index]
                    guard line.count <= longestBoilerplateLine,
                        let first = tokens.token(startingAtOrAfter: line.lowerBound, before: line.upperBound),
                        firstWords.contains(first, in: tokens)
                    else { return nil }
                    let string = text.string(line)
                    guard exactLines.contains(string.lowercased()) || linePrefixes.opens(line, in: bytes) else { return nil }
                    guard index + 1 < paragraph.upperBound, isLabel(string) else { return line }
                    let next = layout.lines[index + 1]
                    return Self.isHeadline(next, atMost: longestLinkedHeadline, in: bytes)
                        ? line.lowerBound..<next.upperBound : line
                }
            }
        }
        // The debris comes in text order; a label's range may take in the next line, which may
        // be debris of its own: its sentences are then already marked.
        var sentence = 0
        for debris in debrisRanges {
            while sentence < sentences.count && sentences[sentence].span.lowerBound < debris.lowerBound {
                sentence += 1
            }
            while sentence < sentences.count && sentences[sentence].span.upperBound <= debris.upperBound {
                result[sentence].kind = .boilerplate
                sentence += 1
            }
        }
    }

    /// Whether a whole line is a link's label and nothing else (`Baca juga:`, `Baca Juga`).
    private func isLabel(_ line: String) -> Bool {
        labels.contains(Self.withoutColon(line.lowercased()))
    }

    /// A headline: the article's first sentence is its whole first line, the article goes on
    /// after it, and it is short and has no final full stop or comma; or the sentence opens the
    /// first line in title case and the article goes on after it on that line (the segmenter
    /// split it off its lead: `Harga Cabai Meroket Jelang Ramadan JAKARTA, KOMPAS.com - …`).
    private func isTitle(
        _ sentence: (span: Range<Int>, paragraph: Int), layout: TextLayout, text: NormalizedText
    ) -> Bool {
        guard let firstLine = layout.lines.first, sentence.span.lowerBound == firstLine.lowerBound else { return false }
        return text.bytes.withUnsafeBufferPointer { bytes in
            let wholeLine = sentence.span == firstLine && layout.lines.count > 1
            let openingLine = sentence.span.upperBound < firstLine.upperBound && Tokens(bytes).isTitleCase(sentence.span)
            return (wholeLine || openingLine) && Self.isHeadline(sentence.span, atMost: longestTitle, in: bytes)
        }
    }

    /// Whether `span` reads as a headline: at most `words` words, and no final full stop, comma
    /// or colon.
    static func isHeadline(_ span: Range<Int>, atMost words: Int, in bytes: UnsafeBufferPointer<UInt8>)
        -> Bool
    {
        let last = bytes[span.upperBound - 1]
        guard last != UInt8(ascii: "."), last != UInt8(ascii: ","), last != UInt8(ascii: ":") else { return false }
        return Tokens(bytes).ranges(in: span, atMost: words + 1).count <= words
    }

    /// Finds the dateline at the start of the article's first body sentence; failing that, an
    /// outlet's dateline at the start of one of the next few paragraphs, after page furniture
    /// the lexicons do not know (a caption, a writer's line, a kicker): the body sentences
    /// before that lead are furniture too, since a story starts at its dateline.
    private func markDateline(
        sentences: [(span: Range<Int>, paragraph: Int)], layout: TextLayout, text: NormalizedText,
        into result: inout [(kind: SentenceKind, datelineEnd: Int?)]
    ) {
        let body = result.indices.filter { result[$0].kind == .body }
        guard let first = body.first else { return }
        if let dateline = dateline(opening: sentences[first].span, in: text) {
            mark(dateline, of: first, sentences: sentences, into: &result)
            return
        }
        // The openings of the lines that may hold the lead: the first `furnitureLines` lines, or
        // those of the first `furnitureParagraphs` paragraphs after the first body sentence's,
        // whichever reach further (a scraped page may put all its furniture in one paragraph,
        // a line each).
        let firstParagraph = sentences[first].paragraph
        let lastParagraph = min(layout.paragraphs.count - 1, firstParagraph + furnitureParagraphs)
        let lastLine = max(furnitureLines, layout.paragraphs[lastParagraph].upperBound)
        let lineStarts = Set(layout.lines.prefix(lastLine).map(\.lowerBound))
        for index in body.dropFirst() {
            let span = sentences[index].span
            guard span.lowerBound <= layout.lines[min(lastLine, layout.lines.count) - 1].lowerBound else { return }
            guard lineStarts.contains(span.lowerBound), let dateline = dateline(opening: span, in: text),
                isOutletDateline(dateline, before: span.upperBound, in: text)
                    || endsWithDashBeforeCapital(dateline, before: span.upperBound, in: text) && isLead(span, in: text)
            else { continue }
            for earlier in body where earlier < index { result[earlier].kind = .boilerplate }
            mark(dateline, of: index, sentences: sentences, into: &result)
            markTitle(among: sentences.prefix(index), before: span.lowerBound, layout: layout, text: text, into: &result)
            return
        }
    }

    /// Whether `span` is long enough for a lead that a bare place and dash open (`Jakarta -
    /// Timnas …`) after page furniture: a list line or a caption is shorter.
    private func isLead(_ span: Range<Int>, in text: NormalizedText) -> Bool {
        text.bytes.withUnsafeBufferPointer { Tokens($0).ranges(in: span, atMost: shortestLead).count >= shortestLead }
    }

    /// Marks `dateline` as the opening of sentence `index`, or the sentence as a dateline when
    /// the dateline is all of it.
    private func mark(
        _ dateline: Range<Int>, of index: Int, sentences: [(span: Range<Int>, paragraph: Int)],
        into result: inout [(kind: SentenceKind, datelineEnd: Int?)]
    ) {
        if dateline.upperBound >= sentences[index].span.upperBound {
            result[index].kind = .dateline
        } else {
            result[index].datelineEnd = dateline.upperBound
        }
    }

    /// The dateline that opens `span`, if one does.
    private func dateline(opening span: Range<Int>, in text: NormalizedText) -> Range<Int>? {
        let head = span.lowerBound..<min(span.upperBound, span.lowerBound + longestDateline)
        guard Self.hasDashOrColon(head, in: text) else { return nil }
        return text.bytes.withUnsafeBufferPointer { bytes -> Range<Int>? in
            for pattern in datelines.patterns {
                if let length = pattern.prefixMatch(in: UnsafeBufferPointer(rebasing: bytes[head])), length > 0 {
                    return SentenceSegmenter.trimmed(head.lowerBound..<head.lowerBound + length, in: bytes)
                }
            }
            return placeBeforeDash(head, in: bytes, text: text)
        }
    }

    /// Whether `dateline` names its outlet or agency, ends with a dash and is followed by a
    /// capital before `end` (`JAKARTA, KOMPAS.com - Harga …`, `Jakarta, CNN Indonesia -- Usulan
    /// …`, `Indramayu (ANTARA) - Petani …`): a dot, a bracket or a word in capitals, and a new
    /// sentence after the dash, which a name and title set off by a dash inside a sentence
    /// (`Menteri BUMN, Erick Thohir - yang …`) do not have.
    private func isOutletDateline(_ dateline: Range<Int>, before end: Int, in text: NormalizedText) -> Bool {
        guard endsWithDashBeforeCapital(dateline, before: end, in: text) else { return false }
        return text.bytes.withUnsafeBufferPointer { bytes in
            var capitals = 0
            for offset in dateline {
                let byte = bytes[offset]
                if byte == UInt8(ascii: ".") || byte == UInt8(ascii: "(") { return true }
                capitals = (0x41...0x5A).contains(byte) ? capitals + 1 : 0
                if capitals >= 3 { return true }
            }
            return false
        }
    }

    /// Whether `dateline` ends with a spaced dash and a capital or a number follows it before
    /// `end`.
    private func endsWithDashBeforeCapital(_ dateline: Range<Int>, before end: Int, in text: NormalizedText) -> Bool {
        text.bytes.withUnsafeBufferPointer { bytes in
            let tokens = Tokens(bytes)
            guard let last = tokens.token(endingAtOrBefore: dateline.upperBound, after: dateline.lowerBound),
                tokens.isDash(last),
                let next = tokens.token(startingAtOrAfter: dateline.upperBound, before: end)
            else { return false }
            return tokens.startsUppercase(tokens.core(next)) || tokens.startsNumeric(next)
        }
    }

    /// A dateline of a known place and a spaced dash before a capital that starts no other
    /// place (`Jakarta - Timnas …`, `Kuala Lumpur – Polisi …`, not `Indonesia - Vietnam …`):
    /// the place and the dash.
    private func placeBeforeDash(_ head: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>, text: NormalizedText)
        -> Range<Int>?
    {
        let tokens = Tokens(bytes)
        var words: [Range<Int>] = []
        var offset = head.lowerBound
        while let token = tokens.token(startingAtOrAfter: offset, before: head.upperBound), words.count <= longestPlace {
            if tokens.isDash(token) {
                guard !words.isEmpty,
                    let next = tokens.token(startingAtOrAfter: token.upperBound, before: head.upperBound),
                    tokens.startsUppercase(next),
                    places.value.contains(text.string(words[0].lowerBound..<words[words.count - 1].upperBound).lowercased()),
                    !places.value.contains(text.string(tokens.withoutTrailingPunctuation(next)).lowercased())
                else { return nil }
                return head.lowerBound..<token.upperBound
            }
            guard tokens.startsUppercase(token) else { return nil }
            words.append(token)
            offset = token.upperBound
        }
        return nil
    }

    /// Whether `range` holds a hyphen, en or em dash, or colon: every dateline ends with one.
    private static func hasDashOrColon(_ range: Range<Int>, in text: NormalizedText) -> Bool {
        text.bytes.withUnsafeBufferPointer { bytes in
            range.contains { offset in
                let byte = bytes[offset]
                if byte == UInt8(ascii: "-") || byte == UInt8(ascii: ":") { return true }
                // U+2013 and U+2014 are E2 80 93 and E2 80 94.
                return (byte == 0x93 || byte == 0x94) && offset >= 2 && bytes[offset - 1] == 0x80
                    && bytes[offset - 2] == 0xE2
            }
        }
    }

    /// The patterns of the `datelines`, `bylines` and `timestamps` lexicons that do not compile.
    var invalidPatterns: [(lexicon: String, pattern: String)] {
        datelines.invalidSources.map { ("datelines", $0) } + bylines.invalidSources.map { ("bylines", $0) }
            + timestamps.invalidSources.map { ("timestamps", $0) }
    }

    /// `text` without a final colon and the spaces before it (`baca juga :` is `baca juga`).
    private static func withoutColon(_ text: String) -> String {
        var label = Substring(text)
        if label.last == ":" { label.removeLast() }
        while label.last?.isWhitespace == true { label.removeLast() }
        return String(label)
    }

    private static func firstWord(_ text: String) -> String {
        String(text.prefix { !$0.isWhitespace })
    }
}
