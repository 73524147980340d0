import Testing
@testable import NSummKit

@Suite struct SegmenterSmokeTests {
    let nsumm = try! NSumm(language: .indonesian)

    @Test func splitsTwoSentences() {
        let doc = nsumm.analyze("Dr. Budi datang ke Jakarta. Ia tersenyum.")
        #expect(doc.sentences.map { doc.text(of: $0) } == ["Dr. Budi datang ke Jakarta.", "Ia tersenyum."])
    }
}
