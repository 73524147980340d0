import Testing
@testable import NSummKit

@Suite struct LanguageTagTests {
    @Test(arguments: [
        ("id-ID", "id-ID"), ("en-us", "en-US"), ("ID", "id"), ("zh-hant-tw", "zh-Hant-TW"), ("es-419", "es-419"),
        ("sr-latn", "sr-Latn"), ("de-CH-1996", "de-CH-1996"), ("en-US-x-news", "en-US-x-news"), ("x-nsumm", "x-nsumm"),
        ("zh-yue-HK", "zh-yue-HK"),
    ])
    func acceptsAndCanonicalises(input: String, canonical: String) throws {
        #expect(try LanguageTag(input).code == canonical)
    }

    @Test(arguments: [
        ("id_ID", "id-ID"), ("in", "'id'"), ("", "empty"), ("e", "language code"), ("en--US", "hyphens"),
        ("en-toolongtag", "hyphens"), ("en-US-x", "private use"), ("en-a", "no value"), ("12-US", "language code"),
        ("en-US-US", "not a valid subtag"),
    ])
    func rejectsWithAReason(input: String, hint: String) {
        #expect {
            try LanguageTag(input)
        } throws: { error in
            guard case .invalidLanguageTag(let tag, let reason) = error as? XLIFFError else { return false }
            return tag == input && reason.contains(hint)
        }
    }
}
