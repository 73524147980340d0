import Testing
@testable import NSummKit

@Suite struct SummarizerConfigurationTests {
    @Test func weightListsSetWeightsByName() throws {
        var configuration = SummarizerConfiguration()
        try configuration.setWeights("quote=-1, redundancy = -0.5,")
        #expect(configuration.weight(of: "quote") == -1)
        #expect(configuration.weight(of: "redundancy") == -0.5)
        #expect(configuration.weight(of: "position") == 1)
    }

    @Test(arguments: [
        ("qoute=-1", "unknown feature 'qoute'; the features are position, paragraphPosition, quote"),
        ("quote", "'quote': write name=number"),
        ("quote=banyak", "'quote': write name=number"),
        ("quote=inf", "'quote': must be a finite number"),
    ])
    func badWeightListsSayWhatIsWrong(list: String, message: String) {
        var configuration = SummarizerConfiguration()
        #expect {
            try configuration.setWeights(list)
        } throws: { error in
            "\(error)".hasPrefix(message)
        }
    }

    @Test func jsonKeepsDefaultsForKeysLeftOut() throws {
        let configuration = try SummarizerConfiguration(
            json: Array(#"{"weights": {"quote": -1}, "positionScale": 4, "entityKinds": ["PER", "DATE"]}"#.utf8))
        #expect(configuration.weight(of: "quote") == -1)
        #expect(configuration.weight(of: "shortSentence") == SummarizerConfiguration().weight(of: "shortSentence"))
        #expect(configuration.positionScale == 4)
        #expect(configuration.shortSentenceWords == 10)
        #expect(configuration.entityKinds == [.person, .date])
    }

    @Test func jsonRoundTrips() throws {
        var configuration = SummarizerConfiguration()
        try configuration.setWeights("entityDensity=0.3,redundancy=-0.25")
        configuration.shortSentenceWords = 7
        #expect(try SummarizerConfiguration(json: Array(configuration.json.utf8)) == configuration)
    }

    @Test(arguments: [
        (#"{"weight": {}}"#, "unknown configuration key 'weight'"),
        (#"{"weights": {"quote": "tinggi"}}"#, "'weights.quote': expected a number"),
        (#"{"weights": {"kutipan": 1}}"#, "unknown feature 'kutipan'"),
        (#"{"positionScale": 0}"#, "'positionScale': must be a positive number"),
        (#"{"shortSentenceWords": 0}"#, "'shortSentenceWords': must be at least 1"),
        (#"{"entityKinds": ["PERSON"]}"#, "'entityKinds': unknown kind 'PERSON'; the kinds are PER, ORG, LOC"),
        (#"{"weights": {"quote": -1}"#, "not a summarizer configuration"),
        (#"[1, 2]"#, "'(top level)': expected"),
    ])
    func badJSONSaysWhatIsWrong(json: String, message: String) {
        #expect {
            try SummarizerConfiguration(json: Array(json.utf8))
        } throws: { error in
            "\(error)".hasPrefix(message)
        }
    }
}
