import Foundation
import Testing
@testable import NSummKit

/// User lexicons, ranges in the original input, order and concurrent use.
@Suite struct EntitySpotterLexiconTests {
    let nsumm = try! NSumm(language: .indonesian)

    @Test func gazetteerHits() {
        #expect(
            spotted(nsumm, "Delegasi Uni Eropa bertemu pejabat Kemenlu di Kuala Lumpur.")
                == ["ORG Uni Eropa", "ORG Kemenlu", "LOC Kuala Lumpur"])
        #expect(spotted(nsumm, "Laporan itu dikutip Reuters dan Kompas.com.") == ["ORG Reuters", "ORG Kompas.com"])
    }

    @Test func userLexiconAddsAndOverrides() throws {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("nsumm-entity-lexicons-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        // A new gazetteer that also retypes a built-in entry, and a built-in title taken back.
        try "# source: test\n# licence: CC0-1.0\nNusa Raya Sejahtera\tORG\nMoskwa\tORG\n"
            .write(to: folder.appendingPathComponent("gazetteer-zz-mine.tsv"), atomically: true, encoding: .utf8)
        try "!Pangeran\n".write(
            to: folder.appendingPathComponent("entity-titles.txt"), atomically: true, encoding: .utf8)
        let custom = try NSumm(language: .indonesian, lexiconDirectories: [folder.path])
        let sentence = "Investor Nusa Raya Sejahtera tiba di Moskwa bersama Pangeran Harun."
        // Built in, a phrase of ordinary words is no name; the user's gazetteer makes it one.
        #expect(spotted(nsumm, sentence) == ["LOC Moskwa", "PER Harun"])
        #expect(spotted(custom, sentence) == ["ORG Nusa Raya Sejahtera", "ORG Moskwa", "PER Pangeran Harun"])
        #expect(custom.lexicons.lexicons(named: "gazetteer").map(\.name).contains("gazetteer-zz-mine"))
    }

    @Test func rangesPointIntoTheOriginalInput() {
        // A byte-order mark, non-ASCII letters and a decomposed é (NFD) before the entities.
        let text = "\u{FEFF}Di kafé itu, rése\u{0301}p “kata” Presiden Kassym-Jomart Tokayev, Kamis (6/1)."
        let document = nsumm.analyze(SourceText(text))
        let entities = nsumm.entities(in: document)
        #expect(entities.map(\.text) == ["Kassym-Jomart Tokayev", "Kamis (6/1)"])
        let scalars = Array(text.unicodeScalars)
        let bytes = Array(text.utf8)
        for entity in entities {
            let byScalars = String(String.UnicodeScalarView(scalars[entity.range.scalars]))
            let byBytes = String(decoding: bytes[entity.range.utf8], as: UTF8.self)
            #expect(byScalars == entity.text)
            #expect(byBytes == entity.text)
        }
    }

    @Test func bylinesAndBoilerplateAreSkipped() {
        let document = nsumm.analyze("Sabyr tiba di London kemarin.\n\nBaca juga: Reuters di Almaty\n\n*Arya\n")
        #expect(nsumm.entities(in: document).map(\.text) == ["Sabyr", "London"])
    }

    @Test func sortedWithSentenceIndices() {
        let document = nsumm.analyze("Sabyr tiba di London. Ia bertemu wartawan Reuters pada Rabu (5/1).")
        let entities = nsumm.entities(in: document)
        #expect(entities.map(\.sentence) == [0, 0, 1, 1])
        #expect(entities.map(\.range.utf8.lowerBound) == entities.map(\.range.utf8.lowerBound).sorted())
    }

    @Test func sharedAcrossThreads() async {
        let spotter = nsumm
        let text = "Presiden Kassym-Jomart Tokayev meminta bantuan CSTO, Kamis (6/1), pukul 10.30 WIB."
        let expected = spotted(spotter, text)
        let results = await withTaskGroup(of: [String].self) { group in
            for _ in 0..<8 { group.addTask { spotted(spotter, text) } }
            var all: [[String]] = []
            for await result in group { all.append(result) }
            return all
        }
        #expect(results.allSatisfy { $0 == expected })
        #expect(expected.count == 4)
    }
}
