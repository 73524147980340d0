/// What the summarizer's features need to know about an article, measured in one pass over the
/// text of its candidate sentences: the body sentences, each without its dateline.
///
/// Sentences of any other kind (title, dateline, byline, boilerplate) are never candidates and
/// take no part in positions, word counts or quotes. Words and entities are kept as hashes in
/// flat arrays, sorted per sentence, so that features compare them without building strings.
struct ArticleProfile: Sendable {
    /// One candidate sentence.
    struct Candidate {
        /// Index of the sentence in ``Document/sentences``.
        let sentence: Int
        /// Position among the candidates, from 0.
        let position: Int
        /// Position among the candidates of its paragraph, from 0.
        let paragraphPosition: Int
        /// Number of words (see ``WordScanner``), dateline left out.
        let wordCount: Int
        /// Share of its letters and digits that stand inside quotation marks, from 0 to 1.
        let quotedShare: Double
        /// Whether it ends with a question mark (closing quotes and brackets aside).
        let isQuestion: Bool
        /// Number of words inside its entities.
        let entityWordCount: Int
        /// Its distinct content words: indices into ``ArticleProfile/contentWords``.
        let contentWords: Range<Int>
        /// Its distinct entities: indices into ``ArticleProfile/entityKeys``.
        let entities: Range<Int>
    }

    /// The candidates in article order.
    let candidates: [Candidate]
    /// The distinct content words of every candidate, as word hashes sorted per candidate.
    let contentWords: [UInt64]
    /// How often each entry of ``contentWords`` occurs in its candidate.
    let contentWordCounts: [Int32]
    /// How often each content word occurs in all candidates together.
    let articleWordCounts: WordCounts
    /// The distinct entities of every candidate, as hashes of their lowercased words, sorted per
    /// candidate.
    let entityKeys: [UInt64]

    /// Measures `document`.
    ///
    /// - Parameters:
    ///   - entities: the document's entities; only those of `countedKinds` count.
    ///   - stopWords: the words that are not content words.
    /// - Complexity: O(*n* log *n*) in the number of words of the body sentences.
    init(_ document: Document, entities: [Entity], countedKinds: Set<EntityKind>, stopWords: WordCounts) {
        // A plain list of at most eight kinds is searched faster than a Set is hashed.
        let counted = Array(countedKinds)
        let order = Self.bySentence(entities)
        var nextEntity = 0
        var candidates: [Candidate] = []
        candidates.reserveCapacity(document.sentences.count)
        // About one content word in ten bytes of news text.
        var contentWords: [UInt64] = []
        contentWords.reserveCapacity(document.text.bytes.count / 10)
        var contentWordCounts: [Int32] = []
        contentWordCounts.reserveCapacity(document.text.bytes.count / 10)
        // About one distinct content word in 16 bytes of news text; the table grows if needed.
        var articleWordCounts = WordCounts(capacity: document.text.bytes.count / 16)
        var entityKeys: [UInt64] = []
        var paragraph = -1
        var paragraphPosition = 0
        var quotes = QuoteTracker()
        var words: [UInt64] = []
        document.text.bytes.withUnsafeBufferPointer { bytes in
            for (index, sentence) in document.sentences.enumerated() {
                while nextEntity < order.count && entities[order[nextEntity]].sentence < index { nextEntity += 1 }
                guard sentence.kind == .body else { continue }
                if sentence.paragraph != paragraph {
                    paragraph = sentence.paragraph
                    paragraphPosition = 0
                    quotes = QuoteTracker()
                }
                let range = sentence.contentStart..<sentence.span.upperBound
                var wordCount = 0
                words.removeAll(keepingCapacity: true)
                WordScanner.forEachWord(in: bytes, range) { word in
                    wordCount += 1
                    if !word.isNumber && stopWords[word.hash] == 0 { words.append(word.hash) }
                }
                let wordStart = contentWords.count
                Self.appendCounted(&words, to: &contentWords, counts: &contentWordCounts)
                for offset in wordStart..<contentWords.count {
                    articleWordCounts.add(contentWords[offset], contentWordCounts[offset])
                }
                let entityStart = entityKeys.count
                var entityWords = 0
                while nextEntity < order.count && entities[order[nextEntity]].sentence == index {
                    let entity = order[nextEntity]
                    nextEntity += 1
                    guard counted.contains(entities[entity].kind) else { continue }
                    var key: UInt64 = 0
                    WordScanner.forEachWord(in: entities[entity].text) { word in
                        entityWords += 1
                        key = (key &* 0x100_0000_01b3) ^ word.hash
                    }
                    entityKeys.append(key)
                }
                entityKeys[entityStart...].sort()
                Self.removeAdjacentDuplicates(&entityKeys, from: entityStart)
                candidates.append(
                    Candidate(
                        sentence: index, position: candidates.count,
                        paragraphPosition: paragraphPosition, wordCount: wordCount,
                        quotedShare: quotes.quotedShare(of: bytes, range),
                        isQuestion: Self.endsWithQuestionMark(bytes, range),
                        entityWordCount: min(entityWords, wordCount),
                        contentWords: wordStart..<contentWords.count,
                        entities: entityStart..<entityKeys.count))
                paragraphPosition += 1
            }
        }
        self.candidates = candidates
        self.contentWords = contentWords
        self.contentWordCounts = contentWordCounts
        self.articleWordCounts = articleWordCounts
        self.entityKeys = entityKeys
    }

    /// The indices of `entities` ordered by sentence (the spotter gives them so already;
    /// others may not).
    private static func bySentence(_ entities: [Entity]) -> [Int] {
        let isSorted = entities.indices.dropFirst().allSatisfy { entities[$0 - 1].sentence <= entities[$0].sentence }
        return isSorted ? Array(entities.indices) : entities.indices.sorted {
            (entities[$0].sentence, $0) < (entities[$1].sentence, $1)
        }
    }

    /// Sorts `words`, and appends each distinct one with its count.
    private static func appendCounted(
        _ words: inout [UInt64], to distinct: inout [UInt64], counts: inout [Int32]
    ) {
        words.sort()
        var index = 0
        while index < words.count {
            var next = index + 1
            while next < words.count && words[next] == words[index] { next += 1 }
            distinct.append(words[index])
            counts.append(Int32(next - index))
            index = next
        }
    }

    private static func removeAdjacentDuplicates(_ keys: inout [UInt64], from start: Int) {
        guard keys.count - start > 1 else { return }
        var write = start + 1
        for read in (start + 1)..<keys.count where keys[read] != keys[write - 1] {
            keys[write] = keys[read]
            write += 1
        }
        keys.removeSubrange(write...)
    }

    /// Whether the last character before closing quotes, brackets and spaces is `?`.
    private static func endsWithQuestionMark(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        var end = range.upperBound
        while end > range.lowerBound {
            let start = UTF8Bytes.scalarStart(before: end, in: bytes)
            let scalar = UTF8Bytes.scalar(at: start, in: bytes).0
            switch scalar {
            case "?": return true
            case "\"", "'", ")", "]", "\u{201D}", "\u{2019}", "\u{00BB}": end = start
            default:
                if UTF8Bytes.isWhite(scalar) { end = start } else { return false }
            }
        }
        return false
    }
}

