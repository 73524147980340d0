import Foundation
import Testing
@testable import NSummKit

/// The formula of every summarizer feature, on real Indonesian sentences.
@Suite struct SummaryFeatureTests {
    static let nsumm = try! NSumm(language: .indonesian)
    let summarizer = Summarizer(nsumm: nsumm)
    typealias Flood = SummaryTestArticles.Flood

    /// The profile of `text` and the candidate index of document sentence `sentence`.
    func profile(_ text: String, entities: [Entity] = []) -> ArticleProfile {
        summarizer.profile(of: Self.nsumm.analyze(text), entities: entities)
    }

    /// An empty selection.
    func none(_ profile: ArticleProfile) -> SummaryCoverage {
        SummaryCoverage(profile, tracking: false)
    }

    func candidate(_ sentence: Int, in profile: ArticleProfile) -> Int {
        profile.candidates.firstIndex { $0.sentence == sentence }!
    }

    @Test func onlyBodySentencesAreCandidates() {
        let profile = profile(SummaryTestArticles.flood)
        #expect(profile.candidates.map(\.sentence) == Array(Flood.lead...Flood.plan))
    }

    @Test(arguments: [(Flood.lead, 0), (Flood.rain, 1), (Flood.rescue, 2), (Flood.plan, 8)])
    func positionDecaysFromTheFirstBodySentence(sentence: Int, position: Int) {
        let profile = profile(SummaryTestArticles.flood)
        let value = PositionFeature(scale: 3).value(of: candidate(sentence, in: profile), in: profile, selection: none(profile))
        #expect(abs(value - exp(-Double(position) / 3)) < 1e-12)
    }

    @Test func paragraphPositionCountsWithinTheParagraph() {
        let profile = profile(SummaryTestArticles.flood)
        let feature = ParagraphPositionFeature()
        #expect(feature.value(of: candidate(Flood.lead, in: profile), in: profile, selection: none(profile)) == 1)
        #expect(feature.value(of: candidate(Flood.rain, in: profile), in: profile, selection: none(profile)) == 0.5)
        #expect(feature.value(of: candidate(Flood.rescue, in: profile), in: profile, selection: none(profile)) == 1)
    }

    @Test func quoteFollowsSpeechAcrossSentencesOfAParagraph() {
        let profile = profile(SummaryTestArticles.flood)
        let feature = QuoteFeature()
        #expect(feature.value(of: candidate(Flood.quoteOpen, in: profile), in: profile, selection: none(profile)) == 1)
        // "Bantuan makanan juga sudah datang," (29 letters) is quoted, the attribution after it
        // (kata Kepala BPBD Kota Bekasi, Agus Santoso, kepada wartawan: 49 letters) is not.
        let closing = feature.value(of: candidate(Flood.quoteClose, in: profile), in: profile, selection: none(profile))
        #expect(abs(closing - 29.0 / 78.0) < 1e-12)
        #expect(feature.value(of: candidate(Flood.lead, in: profile), in: profile, selection: none(profile)) == 0)
    }

    @Test func quotedTitlesWeighLittleAndSingleQuotesNothing() {
        let profile = profile(
            "Film “Pengabdi Setan” ditonton empat juta orang. Warga menyebut mereka ‘pahlawan’ kampung.")
        let feature = QuoteFeature()
        // "Pengabdi Setan" holds 13 of the 39 letters of the first sentence.
        #expect(abs(feature.value(of: 0, in: profile, selection: none(profile)) - 13.0 / 39.0) < 1e-12)
        #expect(feature.value(of: 1, in: profile, selection: none(profile)) == 0)
    }

    @Test func shortSentencesFallShortOfTheMinimum() {
        let profile = profile(SummaryTestArticles.flood)
        let feature = ShortSentenceFeature(minimumWords: 10)
        #expect(abs(feature.value(of: candidate(Flood.fragment, in: profile), in: profile, selection: none(profile)) - 0.7) < 1e-12)
        #expect(feature.value(of: candidate(Flood.rescue, in: profile), in: profile, selection: none(profile)) == 0)
        // The dateline does not count: the lead has 16 words after it ("14/3" is two).
        #expect(profile.candidates[candidate(Flood.lead, in: profile)].wordCount == 16)
    }

    /// The value for the last sentence of `text` (segmenters differ on whether a `?` inside a
    /// sentence ends it; the last sentence is the same question or statement either way).
    @Test(arguments: [
        ("Apakah banjir akan datang lagi?", 1.0),
        ("Warga bertanya, \"Siapa yang bertanggung jawab?\"", 1.0),
        ("Warga bertanya (siapa yang bertanggung jawab?)", 1.0),
        ("\"Siapa yang bertanggung jawab?\" tanya warga.", 0.0),
        ("Warga datang ke balai desa (benarkah?) untuk rapat.", 0.0),
    ])
    func questionsEndWithAQuestionMark(text: String, expected: Double) {
        let profile = profile(text)
        #expect(QuestionFeature().value(of: profile.candidates.count - 1, in: profile, selection: none(profile)) == expected)
    }

    @Test func centralityIsTheCosineWithTheRestOfTheArticle() {
        let profile = profile(SummaryTestArticles.harvest)
        let feature = CentralityFeature()
        // petani jagung panen raya grobogan · (petani jagung senang + harga emas melonjak)
        // = 2; |s| = √5, |rest| = √6.
        #expect(abs(feature.value(of: 0, in: profile, selection: none(profile)) - 2 / (5.0.squareRoot() * 6.0.squareRoot())) < 1e-12)
        #expect(feature.value(of: 2, in: profile, selection: none(profile)) == 0)
    }

    /// Entities given by hand, so that the formula is tested apart from the spotter.
    func entity(_ kind: EntityKind, _ text: String, sentence: Int) -> Entity {
        Entity(kind: kind, range: TextRange(utf8: 0..<0, scalars: 0..<0), sentence: sentence, text: text)
    }

    @Test func entityDensityCountsWordsInNamesOfTheConfiguredKinds() {
        let text = "Presiden Joko Widodo tiba di Jakarta pada Senin pagi."
        let entities = [
            entity(.person, "Joko Widodo", sentence: 0), entity(.location, "Jakarta", sentence: 0),
            entity(.date, "Senin pagi", sentence: 0),
        ]
        let profile = profile(text, entities: entities)
        // 3 of 9 words are in names; the date is not a counted kind by default.
        #expect(abs(EntityDensityFeature().value(of: 0, in: profile, selection: none(profile)) - 3.0 / 9.0) < 1e-12)
        var configuration = SummarizerConfiguration()
        configuration.entityKinds = Set(EntityKind.allCases)
        let all = Summarizer(nsumm: Self.nsumm, configuration: configuration)
            .profile(of: Self.nsumm.analyze(text), entities: entities)
        #expect(abs(EntityDensityFeature().value(of: 0, in: all, selection: none(all)) - 5.0 / 9.0) < 1e-12)
    }

    @Test func entityNoveltyIsTheShareOfEntitiesNotYetChosen() {
        let text = "Gubernur Anies Baswedan meninjau Kali Ciliwung. Anies bertemu Wali Kota Bima Arya di Bogor."
        let entities = [
            entity(.person, "Anies Baswedan", sentence: 0), entity(.location, "Kali Ciliwung", sentence: 0),
            entity(.person, "ANIES BASWEDAN", sentence: 1), entity(.person, "Bima Arya", sentence: 1),
            entity(.location, "Bogor", sentence: 1),
        ]
        let profile = profile(text, entities: entities)
        let feature = EntityNoveltyFeature()
        #expect(feature.value(of: 1, in: profile, selection: none(profile)) == 1)
        // The name matches case-insensitively: 2 of 3 entities are new.
        #expect(abs(feature.value(of: 1, in: profile, selection: SummaryCoverage(profile, choosing: [0])) - 2.0 / 3.0) < 1e-12)
    }

    @Test func redundancyIsTheLargestShareOfWordsAChosenSentenceHas() {
        let profile = profile(SummaryTestArticles.harvest)
        let feature = RedundancyFeature()
        #expect(feature.value(of: 1, in: profile, selection: none(profile)) == 0)
        // petani jagung senang: 2 of 3 content words are in the first sentence.
        #expect(abs(feature.value(of: 1, in: profile, selection: SummaryCoverage(profile, choosing: [0])) - 2.0 / 3.0) < 1e-12)
        #expect(feature.value(of: 1, in: profile, selection: SummaryCoverage(profile, choosing: [2])) == 0)
    }

    /// The selection a greedy choice keeps up to date gives the same counts as one that works
    /// them out for each candidate.
    @Test func trackedAndUntrackedSelectionsAgree() {
        let entities = [
            entity(.location, "Bekasi", sentence: 1), entity(.location, "Jawa Barat", sentence: 1),
            entity(.organization, "BPBD", sentence: 3), entity(.location, "Bekasi", sentence: 3),
            entity(.person, "Agus Santoso", sentence: 5), entity(.organization, "BPBD", sentence: 5),
        ]
        let profile = profile(SummaryTestArticles.flood, entities: entities)
        let rescue = candidate(Flood.rescue, in: profile)
        var tracked = SummaryCoverage(profile, tracking: true)
        var uncoveredInRescue: [Int] = []
        for sentence in [Flood.lead, Flood.quoteClose, Flood.plan] {
            tracked.add(candidate(sentence, in: profile))
            let direct = SummaryCoverage(profile, choosing: tracked.chosen[...])
            for candidate in profile.candidates.indices {
                #expect(tracked.mostSharedWords(with: candidate) == direct.mostSharedWords(with: candidate))
                #expect(tracked.uncoveredEntities(of: candidate) == direct.uncoveredEntities(of: candidate))
            }
            uncoveredInRescue.append(tracked.uncoveredEntities(of: rescue))
        }
        // The rescue sentence names BPBD and Bekasi: the lead covers Bekasi, the quote's close
        // BPBD.
        #expect(uncoveredInRescue == [1, 0, 0])
    }
}
