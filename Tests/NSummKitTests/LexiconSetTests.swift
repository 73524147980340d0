import Foundation
import Testing
@testable import NSummKit

@Suite struct LexiconSetTests {
    @Test func builtInLexiconsHaveSourceAndLicence() throws {
        let lexicons = try LexiconSet(language: .indonesian)
        for name in ["abbreviations-prefix", "abbreviations-number", "abbreviations-general", "stopwords", "boilerplate"] {
            let lexicon = try #require(lexicons[name])
            #expect(lexicon.header["source"] != nil, "\(name) names its source")
            #expect(lexicon.header["licence"] != nil, "\(name) names its licence")
            #expect(!lexicon.entries.isEmpty)
        }
    }

    @Test func parsesCommentsFieldsAndRemovals() {
        let lexicon = Lexicon(name: "t", text: "# source: test\n# licence: CC0\nsatu\n\n  dua\tORG \n!satu\n\\!seru\n")
        #expect(lexicon.entries == [["dua", "ORG"], ["!seru"]])
        #expect(lexicon.header == ["source": "test", "licence": "CC0"])
    }

    /// The byte-level word scan gives the same words as the parser, comments, fields, blanks,
    /// a byte-order mark and an escaped `\!` included.
    @Test func wordScanMatchesTheParser() throws {
        let text = "\u{FEFF}# source: test\n# licence: CC0\nsatu\n\n  Dua\tORG \n\\!seru\nkota tua\n"
        var scanned: [String] = []
        Lexicon.forEachWord(in: text) { word, _ in scanned.append(String(decoding: word, as: UTF8.self)) }
        #expect(scanned == Lexicon(name: "t", text: text).words)
        let lexicons = try LexiconSet(language: .indonesian)
        for name in ["common-words", "abbreviations-prefix", "stopwords", "gazetteer-places"] {
            let text = try #require(lexicons.soleText(of: name))
            var words: [String] = []
            Lexicon.forEachWord(in: text) { word, _ in words.append(String(decoding: word, as: UTF8.self)) }
            #expect(words == lexicons[name]?.words, "\(name)")
        }
    }

    @Test func userFolderAddsAndRemovesEntries() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("nsumm-lexicons-\(UUID())")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("id"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "Kapt.\n!Prof.\n".write(to: folder.appendingPathComponent("id/abbreviations-prefix.txt"), atomically: true, encoding: .utf8)
        let custom = try NSumm(language: .indonesian, lexiconDirectories: [folder.path])
        #expect(TestSupport.sentences("Ia dijemput Kapt. Budi. Mereka pergi.", nsumm: custom) == ["Ia dijemput Kapt. Budi.", "Mereka pergi."])
        #expect(TestSupport.sentences("Ia bertemu Prof. Budi.", nsumm: custom) == ["Ia bertemu Prof.", "Budi."])
    }

    @Test func invalidUserPatternIsReported() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("nsumm-patterns-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "^(unclosed\n".write(to: folder.appendingPathComponent("datelines.txt"), atomically: true, encoding: .utf8)
        #expect(throws: NSummError.lexicons(.invalidPattern(lexicon: "datelines", pattern: "^(unclosed"))) {
            try NSumm(language: .indonesian, lexiconDirectories: [folder.path])
        }
    }

    @Test func unknownLanguageSaysWhatIsAvailable() {
        #expect(throws: LexiconError.unknownLanguage(code: "xx", available: ["id"])) {
            try LexiconSet(language: Language("xx"))
        }
    }

    @Test func missingUserFolderIsAnError() {
        #expect(throws: LexiconError.self) {
            try LexiconSet(language: .indonesian, userDirectories: ["/nonexistent/nsumm"])
        }
    }
}
