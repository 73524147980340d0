import Foundation
import Testing
@testable import NSummKit

@Suite struct SortedWordListTests {
    /// Bisection needs the built-in file in byte order and in lower case.
    @Test func builtInCommonWordsAreSortedLowerCase() throws {
        let lexicons = try LexiconSet(language: .indonesian)
        let words = try #require(lexicons["common-words"]).words
        #expect(words.count > 20_000)
        #expect(words == words.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) })
        #expect(words.allSatisfy { $0 == $0.lowercased() })
    }

    /// Every word is found, in any case; words next to them in order are not.
    @Test func findsWhatTheSetFinds() throws {
        let lexicons = try LexiconSet(language: .indonesian)
        let list = try #require(SortedWordList(lexicon: "common-words", in: lexicons))
        let words = try #require(lexicons["common-words"]).words
        func found(_ word: String) -> Bool {
            let bytes = Array(word.utf8)
            return bytes.withUnsafeBufferPointer { list.contains(0..<bytes.count, in: Tokens($0)) }
        }
        for word in words { #expect(found(word), "\(word)") }
        #expect(found("Harga") && found("GEMPA") && found("aba") && found(words.last!))
        for word in ["hargaa", "gemp", "zzzzzz", "aaa", "Jakarta", ""] where !words.contains(word.lowercased()) {
            #expect(!found(word), "\(word)")
        }
    }

    /// A word's bytes alone are looked up as its token is.
    @Test func findsWordBytes() throws {
        let lexicons = try LexiconSet(language: .indonesian)
        let list = try #require(SortedWordList(lexicon: "common-words", in: lexicons))
        let set = WordSet(lexicon: "common-words", in: lexicons)
        for word in ["bijak", "Harga", "langkah", "kebijakan", "jakartaa", ""] {
            let bytes = Array(word.utf8)
            let (inList, inSet, asToken) = bytes.withUnsafeBufferPointer {
                (list.contains($0), set.contains($0), list.contains(0..<bytes.count, in: Tokens($0)))
            }
            #expect(inList == asToken && inSet == asToken, "\(word)")
        }
        let known = Array("bijak".utf8)
        #expect(known.withUnsafeBufferPointer { list.contains($0) })
    }

    /// With `firstWords`, a set holds the first word of every entry of several lexicons, and
    /// no later word of a longer entry.
    @Test func firstWordsOfEntries() throws {
        let lexicons = try LexiconSet(language: .indonesian)
        let set = WordSet(lexicons: ["gazetteer-countries", "gazetteer-organizations"], in: lexicons, firstWords: true)
        func holds(_ word: String) -> Bool {
            let bytes = Array(word.utf8)
            return bytes.withUnsafeBufferPointer { set.contains($0) }
        }
        let entries = try #require(lexicons["gazetteer-countries"]).words + #require(lexicons["gazetteer-organizations"]).words
        for entry in entries {
            let first = String(entry.prefix { $0 != " " })
            #expect(holds(first), "\(first)")
        }
        #expect(holds("afrika") && !holds("selatan") && !holds("zzz"))
    }

    /// A word set of the entries of some classes, read from the bytes or through the parser
    /// (when a user's file extends the lexicon), holds the same words.
    @Test func classFilteredWordSetsAgree() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("nsumm-classes-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "Dermaga\tlocation-head\n".write(to: folder.appendingPathComponent("entity-name-cues.tsv"), atomically: true, encoding: .utf8)
        let builtIn = try LexiconSet(language: .indonesian)
        let extended = try LexiconSet(language: .indonesian, userDirectories: [folder.path])
        let classes: Set<String> = ["location-head", "org-head"]
        let fast = WordSet(lexicon: "entity-name-cues", in: builtIn, classes: classes)
        let parsed = WordSet(lexicon: "entity-name-cues", in: extended, classes: classes)
        func holds(_ set: WordSet, _ word: String) -> Bool {
            let bytes = Array(word.utf8)
            return bytes.withUnsafeBufferPointer { set.contains(0..<bytes.count, in: Tokens($0)) }
        }
        let entries = try #require(builtIn["entity-name-cues"]).entries.filter { $0.count >= 2 }
        let heads = Set(entries.filter { classes.contains($0[1]) }.map { $0[0].lowercased() })
        for entry in entries {
            #expect(holds(fast, entry[0]) == heads.contains(entry[0].lowercased()), "\(entry[0])")
            #expect(holds(parsed, entry[0]) == holds(fast, entry[0]), "\(entry[0])")
        }
        #expect(holds(parsed, "Dermaga") && !holds(fast, "Dermaga"))
    }

    /// A user's file extending the lexicon is not sorted into it: no bisection then.
    @Test func userOverlayFallsBack() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("nsumm-sorted-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "zebra\n".write(to: folder.appendingPathComponent("common-words.txt"), atomically: true, encoding: .utf8)
        let lexicons = try LexiconSet(language: .indonesian, userDirectories: [folder.path])
        #expect(SortedWordList(lexicon: "common-words", in: lexicons) == nil)
    }
}
