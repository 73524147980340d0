/// Turns an analysed article into an ``XLIFFFile``: one unit per paragraph, one segment per
/// sentence, the white space between sentences kept as ignorables, protected spans marked and
/// notes that tell the translator where each sentence stands.
///
/// What goes in depends on the scope:
/// - ``Scope/summary``: the headline and the summary sentences (what is translated for
///   publication abroad), in article order, each with its rank;
/// - ``Scope/full``: the headline and every body sentence, summary sentences flagged.
///
/// Bylines, site debris and datelines never reach the translator. A dateline that opens the
/// first sentence (`Jakarta, PUBLIKASI –`) is left out of the segment and given in a file note
/// instead: it is the source outlet's house style, which the target publication replaces with
/// its own, and translating it word by word (or leaving it inside a sentence) would only have
/// to be undone; summaries leave it out for the same reason.
///
/// Ids are stable: the file id is given; units are `p` + the paragraph's number in the article,
/// segments `s` + the sentence's number, protected spans `m` + sentence + `.` + count, so the
/// same article exports to the same ids every time, whatever the scope.
///
/// ```swift
/// let extractor = XLIFFExtractor(scope: .summary)
/// let file = try extractor.file(
///     for: document, id: "f1", original: "artikel.txt",
///     summary: SummarySelection(rankedSentences: [3, 1, 7]),
///     protecting: ProtectedSpanFinder(lexicons: nsumm.lexicons).spans(in: document))
/// ```
public struct XLIFFExtractor: Sendable {
    /// How much of the article the bundle holds.
    public enum Scope: String, Sendable, Hashable, CaseIterable {
        /// The headline and the summary sentences.
        case summary
        /// The headline and all body sentences, summary sentences flagged.
        case full
    }

    /// How much of the article goes in.
    public var scope: Scope

    /// An extractor for `scope`.
    public init(scope: Scope = .summary) {
        self.scope = scope
    }

    /// The file for `document`.
    ///
    /// - Parameters:
    ///   - document: The analysed article.
    ///   - id: The file's id in the bundle (`f1`).
    ///   - original: The article's name for the `original` attribute and the notes.
    ///   - summary: The summary sentences and their ranks; required for ``Scope/summary``,
    ///     optional for ``Scope/full`` (then the notes flag them).
    ///   - spans: What must not be translated, in any order; overlapping spans keep the first.
    /// - Throws: ``XLIFFError/summaryMissing(document:)``, a selection error, or
    ///   ``XLIFFError/nothingToTranslate(document:)`` for an article without text.
    /// - Complexity: O(*n* + *s* log *s*) for *n* bytes of text and *s* spans.
    public func file(
        for document: Document, id: String, original: String,
        summary: SummarySelection? = nil, protecting spans: [ProtectedSpan] = []
    ) throws(XLIFFError) -> XLIFFFile {
        try check(summary, against: document)
        if scope == .summary && summary == nil { throw .summaryMissing(document: document.name) }
        let sentences = document.sentences
        let body = sentences.indices.filter { sentences[$0].kind == .body }
        let included = sentences.indices.filter { index in
            switch sentences[index].kind {
            case .title: return true
            case .body: return scope == .full || summary?.rank(of: index) != nil
            case .byline, .dateline, .boilerplate: return false
            }
        }
        guard !included.isEmpty else { throw .nothingToTranslate(document: document.name) }
        var context = UnitContext(
            document: document, summary: summary,
            bodyOrdinals: Dictionary(uniqueKeysWithValues: body.enumerated().map { ($1, $0 + 1) }),
            bodyCount: body.count,
            spans: ProtectedSpanCursor(spans.sorted { $0.range.utf8.lowerBound < $1.range.utf8.lowerBound }))
        var units: [XLIFFUnit] = []
        var first = 0
        while first < included.count {
            let paragraph = sentences[included[first]].paragraph
            var end = first
            while end < included.count && sentences[included[end]].paragraph == paragraph { end += 1 }
            units.append(context.unit(paragraph: paragraph, sentences: included[first..<end]))
            first = end
        }
        let notes = fileNotes(document: document, original: original, summary: summary, bodyCount: body.count)
        return XLIFFFile(id: id, original: original, notes: notes, units: units)
    }

    /// Checks that every selected sentence exists and is article text.
    private func check(_ summary: SummarySelection?, against document: Document) throws(XLIFFError) {
        for index in summary?.sentences ?? [] {
            guard document.sentences.indices.contains(index) else {
                throw .selectionOutOfRange(document: document.name, index: index, count: document.sentences.count)
            }
            let kind = document.sentences[index].kind
            guard kind == .body || kind == .title else {
                throw .selectionNotText(document: document.name, index: index, kind: kind)
            }
        }
    }

    /// Headline, dateline, source and scope.
    private func fileNotes(
        document: Document, original: String, summary: SummarySelection?, bodyCount: Int
    ) -> [XLIFFNote] {
        var notes: [XLIFFNote] = []
        if let title = document.sentences.first(where: { $0.kind == .title }) {
            notes.append(XLIFFNote(category: "headline", text: "Headline: \(document.text(of: title))"))
        }
        if let dateline = Self.dateline(of: document) {
            notes.append(
                XLIFFNote(
                    category: "dateline",
                    text: "Dateline, left out of the text to translate (use the target publication's own): \(dateline)"))
        }
        notes.append(XLIFFNote(category: "source", text: "Source: \(original)"))
        let scopeText: String
        switch (scope, summary) {
        case (.summary, let summary?):
            scopeText = "Summary for publication abroad: the headline and the \(summary.count) summary sentences of \(bodyCount), in article order; each unit note gives a sentence's summary rank."
        case (.full, let summary?):
            scopeText = "Whole article: \(bodyCount) sentences; the unit notes flag the \(summary.count) summary sentences with their rank."
        case (.full, nil), (.summary, nil):
            scopeText = "Whole article: \(bodyCount) sentences."
        }
        notes.append(XLIFFNote(category: "scope", text: scopeText))
        return notes
    }

    /// The article's dateline: its dateline sentences (a place line, a publication time) and
    /// the dateline opening its first body sentence, joined by ` | `.
    private static func dateline(of document: Document) -> String? {
        var parts: [String] = []
        for sentence in document.sentences {
            if sentence.kind == .dateline { parts.append(document.text(of: sentence)) }
            if sentence.dateline != nil {
                parts.append(
                    document.string(sentence.span.lowerBound..<sentence.contentStart)
                        .trimmingWhitespace())
            }
        }
        return parts.isEmpty ? nil : parts.joined(separator: " | ")
    }
}

/// What building the units of one document needs: the document, the summary, sentence
/// numbering and the protected spans still to place.
private struct UnitContext {
    let document: Document
    let summary: SummarySelection?
    let bodyOrdinals: [Int: Int]
    let bodyCount: Int
    var spans: ProtectedSpanCursor

    /// The unit of paragraph `paragraph` holding `indices` (sentence indices, in order). Between
    /// two segments goes the white space that follows the first in the article.
    mutating func unit(paragraph: Int, sentences indices: ArraySlice<Int>) -> XLIFFUnit {
        let sentences = document.sentences
        var parts: [XLIFFUnit.Part] = []
        var notes: [XLIFFNote] = []
        var previous: Int? = nil
        for index in indices {
            if let previous {
                let gap = document.string(sentences[previous].span.upperBound..<sentences[previous + 1].span.lowerBound)
                if !gap.isEmpty { parts.append(.ignorable(XLIFFIgnorable(source: gap))) }
            }
            parts.append(.segment(segment(index)))
            notes.append(XLIFFNote(category: "position", text: positionNote(index)))
            previous = index
        }
        let isTitle = indices.allSatisfy { sentences[$0].kind == .title }
        return XLIFFUnit(
            id: "p\(paragraph + 1)", name: isTitle ? "title" : "paragraph-\(paragraph + 1)",
            notes: notes, parts: parts)
    }

    /// The segment of sentence `index`, without its dateline, protected spans marked.
    private mutating func segment(_ index: Int) -> XLIFFSegment {
        let sentence = document.sentences[index]
        let range = sentence.contentStart..<sentence.span.upperBound
        let original = document.text.originalOffset(range.lowerBound)..<sentence.range.utf8.upperBound
        var runs: [XLIFFText.Run] = []
        var cursor = range.lowerBound
        var protectedCount = 0
        for span in spans.spans(overlapping: original) {
            let lower = document.normalizedOffset(ofOriginal: max(span.lowerBound, original.lowerBound), in: range)
            let upper = document.normalizedOffset(ofOriginal: min(span.upperBound, original.upperBound), in: range)
            guard lower >= cursor, upper > lower else { continue }
            if lower > cursor { runs.append(.text(document.string(cursor..<lower))) }
            protectedCount += 1
            runs.append(.protected(id: "m\(index + 1).\(protectedCount)", text: document.string(lower..<upper)))
            cursor = upper
        }
        if cursor < range.upperBound { runs.append(.text(document.string(cursor..<range.upperBound))) }
        return XLIFFSegment(id: "s\(index + 1)", source: XLIFFText(runs))
    }

    /// Where sentence `index` stands in the article and in the summary.
    private func positionNote(_ index: Int) -> String {
        let sentence = document.sentences[index]
        guard sentence.kind == .body, let ordinal = bodyOrdinals[index] else {
            return "s\(index + 1): the headline."
        }
        var note = "s\(index + 1): sentence \(ordinal) of \(bodyCount) of the article (paragraph \(sentence.paragraph + 1))"
        if let summary {
            if let rank = summary.rank(of: index) {
                note += "; summary rank \(rank) of \(summary.count)"
            } else {
                note += "; not in the summary"
            }
        }
        return note + "."
    }
}

/// The protected spans of a document as UTF-8 ranges of the original input, sorted by start,
/// handed out segment by segment in article order.
private struct ProtectedSpanCursor {
    private let ranges: [Range<Int>]
    private var next = 0

    /// Takes spans sorted by their start.
    init(_ sorted: [ProtectedSpan]) {
        ranges = sorted.map(\.range.utf8)
    }

    /// The spans that overlap `range`; later calls must pass ranges that start no earlier.
    mutating func spans(overlapping range: Range<Int>) -> [Range<Int>] {
        while next < ranges.count && ranges[next].upperBound <= range.lowerBound { next += 1 }
        var result: [Range<Int>] = []
        var index = next
        while index < ranges.count && ranges[index].lowerBound < range.upperBound {
            if ranges[index].upperBound > range.lowerBound { result.append(ranges[index]) }
            index += 1
        }
        return result
    }
}
