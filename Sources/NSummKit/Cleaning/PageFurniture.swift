/// The page furniture a scraped page puts around an article's text, a line a piece: the
/// head before its first sentence of prose (site name, sections, headline, writer, time) and
/// the tail after its closing credit (tags, related headlines); see ``Cleaner``.
extension Cleaner {
    /// Marks as the title, among `sentences` (the page furniture before the lead), the longest
    /// headline in title case that is a whole line, when there is one; a title marked before
    /// (a site name or a section on the first line) is then furniture.
    func markTitle(
        among sentences: ArraySlice<(span: Range<Int>, paragraph: Int)>, before lead: Int, layout: TextLayout,
        text: NormalizedText, into result: inout [(kind: SentenceKind, datelineEnd: Int?)]
    ) {
        let lineSpans = Set(layout.lines.prefix { $0.lowerBound < lead })
        let best = text.bytes.withUnsafeBufferPointer { bytes -> (index: Int, words: Int)? in
            let tokens = Tokens(bytes)
            var best: (index: Int, words: Int)? = nil
            for index in sentences.indices where lineSpans.contains(sentences[index].span) {
                let span = sentences[index].span
                let words = tokens.ranges(in: span, atMost: longestTitle + 1).count
                guard words >= shortestTitle, words > best?.words ?? 0, tokens.isTitleCase(span),
                    Self.isHeadline(span, atMost: longestTitle, in: bytes)
                else { continue }
                best = (index, words)
            }
            return best
        }
        guard let best else { return }
        for index in sentences.indices where result[index].kind == .title { result[index].kind = .boilerplate }
        result[best.index].kind = .title
    }

    /// Whether `span` reads as a line of page furniture: a headline (see `isHeadline`) with no
    /// word that ends with a terminator, and no list item.
    func isFurnitureLine(_ span: Range<Int>, tokens: Tokens, bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        Self.isHeadline(span, atMost: longestTitle, in: bytes) && !LineBreakRule.isListItem(span, bytes)
            && !tokens.ranges(in: span).contains(where: tokens.endsSentence)
    }

    /// Marks the page's head: the body sentences before the first one that reads as prose (not
    /// a line of furniture, `isFurnitureLine`) (a section, the headline, a writer's line, a
    /// time: `Berita` ⏎ `Ekonomi Hijau` ⏎ `Ekspor Produk Turunan Nikel Tembus
    /// US$ 34 Miliar` ⏎ `Oleh Andi M. Arief` ⏎ `15 Januari 2024, 17:42`). The longest in title case
    /// is the title, unless the first line already is one of four words or more; the others are
    /// furniture.
    func markPageHead(
        sentences: [(span: Range<Int>, paragraph: Int)], layout: TextLayout, text: NormalizedText,
        into result: inout [(kind: SentenceKind, datelineEnd: Int?)]
    ) {
        let (prose, head, hasTitle) = text.bytes.withUnsafeBufferPointer { bytes in
            let tokens = Tokens(bytes)
            let prose = sentences.indices.first { index in
                result[index].kind == .body && !isFurnitureLine(sentences[index].span, tokens: tokens, bytes: bytes)
            }
            let head = (prose ?? 0) > 0 ? sentences.indices.prefix(prose ?? 0).filter { result[$0].kind == .body } : []
            let hasTitle = sentences.indices.prefix(prose ?? 0).contains { index in
                result[index].kind == .title
                    && tokens.ranges(in: sentences[index].span, atMost: shortestTitle).count >= shortestTitle
            }
            return (prose, head, hasTitle)
        }
        guard let prose, !head.isEmpty else { return }
        for index in head { result[index].kind = .boilerplate }
        if !hasTitle {
            markTitle(among: sentences.prefix(prose), before: sentences[prose].span.lowerBound, layout: layout, text: text, into: &result)
        }
    }

    /// Marks as furniture the lines of page furniture (`isFurnitureLine`) that follow a byline,
    /// a credit or known debris at the article's end (tags and related headlines after the
    /// credit: `… ujar Irwan.` ⏎ `(ams/ams)` ⏎ `kebakaran` ⏎ `pasar johar`), back to its last
    /// sentence of text; such lines before the first of those are text (a table of results
    /// before the editor's initials).
    func markTrailingFurniture(
        sentences: [(span: Range<Int>, paragraph: Int)], text: NormalizedText,
        into result: inout [(kind: SentenceKind, datelineEnd: Int?)]
    ) {
        guard let firstBody = result.indices.first(where: { result[$0].kind == .body }) else { return }
        text.bytes.withUnsafeBufferPointer { bytes in
            let tokens = Tokens(bytes)
            // Walking back from the end: the furniture lines since the last marker seen.
            var run: [Int] = []
            for index in sentences.indices.reversed() where index > firstBody {
                let isCredit = result[index].kind == .body && tokens.isBracketedCredit(sentences[index].span)
                if result[index].kind != .body || isCredit {
                    if isCredit { result[index].kind = .byline }
                    for line in run { result[line].kind = .boilerplate }
                    run = []
                } else if isFurnitureLine(sentences[index].span, tokens: tokens, bytes: bytes) {
                    run.append(index)
                } else {
                    return
                }
            }
        }
    }
}
