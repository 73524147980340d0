import Testing
@testable import NSummKit

/// The word tests the segmentation rules build on, on words of real Indonesian news text.
@Suite struct TokensTests {
    /// Runs `body` with the tokens of `text` and their ranges, in order.
    private func withTokens<Result>(_ text: String, _ body: (Tokens, [Range<Int>]) -> Result) -> Result {
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBufferPointer { buffer in
            let tokens = Tokens(buffer)
            return body(tokens, tokens.ranges(in: 0..<buffer.count))
        }
    }

    /// The same word in another case, or with quotes and trailing punctuation, is the same
    /// word; a longer or different word is not.
    @Test func sameWordIgnoresCaseQuotesAndTrailingPunctuation() {
        withTokens("Kesehatan kesehatan, ‘akan \"akan' Kesehatannya Kesehatan. harga") { tokens, words in
            #expect(tokens.isSameWord(words[0], words[1]))
            #expect(tokens.isSameWord(words[2], words[3]))
            #expect(tokens.isSameWord(words[0], words[5]))
            #expect(!tokens.isSameWord(words[0], words[4]))
            #expect(!tokens.isSameWord(words[0], words[6]))
        }
    }

    /// A word's bytes are found where a word starts, not inside another word.
    @Test func wordStartSkipsMatchesInsideWords() {
        let text = "Harga cabai naik, DisHarga tidak, Harga turun"
        withTokens(text) { tokens, words in
            let found = tokens.wordStart(of: words[0], within: words[0].upperBound..<text.utf8.count)
            #expect(found == words[5].lowerBound)
            #expect(tokens.wordStart(of: words[1], within: words[1].upperBound..<text.utf8.count) == nil)
        }
    }

    /// `me-` and `ber-` verbs are active verbs, `di-` verbs passive; short words that only
    /// start like them are neither.
    @Test func activeAndPassiveVerbs() {
        withTokens("menerima bertemu dikeluarkan media berat dinas Menteri") { tokens, words in
            #expect(tokens.isActiveVerb(words[0]) && tokens.isActiveVerb(words[1]))
            #expect(tokens.isPassiveVerb(words[2]) && !tokens.isActiveVerb(words[2]))
            #expect(!tokens.isActiveVerb(words[3]) && !tokens.isActiveVerb(words[4]))
            #expect(!tokens.isPassiveVerb(words[5]))
            #expect(!tokens.isActiveVerb(words[6]))
        }
    }

    /// A lower-case word with a full stop, and nothing else, is the plain end of a sentence.
    @Test func lowercaseWordWithFullStop() {
        withTokens("mengatakan. Jakarta. dll.) 2024. tersebut") { tokens, words in
            #expect(tokens.isLowercaseWordWithFullStop(words[0]))
            #expect(!tokens.isLowercaseWordWithFullStop(words[1]))
            #expect(!tokens.isLowercaseWordWithFullStop(words[2]))
            #expect(!tokens.isLowercaseWordWithFullStop(words[3]))
            #expect(!tokens.isLowercaseWordWithFullStop(words[4]))
        }
    }

    /// Commas and semicolons are pauses, closing quotes aside; full stops end sentences,
    /// closing quotes aside; a word ending in a letter or digit ends neither.
    @Test func pausesAndSentenceEnds() {
        withTokens("kota, warga;\" pagi.\" Rp5.000 kemarin?) Jakarta") { tokens, words in
            #expect(tokens.endsWithPause(words[0]) && tokens.endsWithPause(words[1]))
            #expect(!tokens.endsWithPause(words[2]) && tokens.endsSentence(words[2]))
            #expect(!tokens.endsSentence(words[3]) && !tokens.endsWithPause(words[3]))
            #expect(tokens.endsSentence(words[4]))
            #expect(!tokens.endsSentence(words[5]) && !tokens.endsWithPause(words[5]))
        }
    }

    /// `-nya` words in any case and with punctuation after them; words that only contain or
    /// are `nya` are not.
    @Test func nyaSuffix() {
        withTokens("Sedikitnya SETIDAKNYA, hasilnya.\" nya Nyai Sonyaa") { tokens, words in
            #expect(tokens.endsWithNya(words[0]) && tokens.endsWithNya(words[1]) && tokens.endsWithNya(words[2]))
            #expect(!tokens.endsWithNya(words[3]) && !tokens.endsWithNya(words[4]) && !tokens.endsWithNya(words[5]))
        }
    }

    /// Two leading capitals mark an acronym such as a time zone; a capitalised word or a
    /// single capital does not.
    @Test func twoLeadingCapitals() {
        withTokens("WIB ET Warga W 7PM") { tokens, words in
            #expect(tokens.startsWithTwoCapitals(words[0]) && tokens.startsWithTwoCapitals(words[1]))
            #expect(!tokens.startsWithTwoCapitals(words[2]) && !tokens.startsWithTwoCapitals(words[3]))
            #expect(!tokens.startsWithTwoCapitals(words[4]))
        }
    }

    /// The first-letter tests answer ASCII and other letters alike.
    @Test func firstLetterClasses() {
        withTokens("warga Warga 2024 éclair Élysée ٣ “Kata") { tokens, words in
            #expect(tokens.startsLowercase(words[0]) && !tokens.startsUppercase(words[0]))
            #expect(tokens.startsUppercase(words[1]) && !tokens.startsLowercase(words[1]))
            #expect(tokens.startsNumeric(words[2]) && !tokens.startsLowercase(words[2]))
            #expect(tokens.startsLowercase(words[3]) && tokens.startsUppercase(words[4]))
            #expect(tokens.startsNumeric(words[5]))
            #expect(!tokens.startsUppercase(words[6]) && !tokens.startsLowercase(words[6]))
        }
    }
}
