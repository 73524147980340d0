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
