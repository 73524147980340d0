/// How many of a sentence's entities the summary does not mention yet: a sentence that brings
/// in a new person or place adds more than one about the same ones again.
///
/// `value = n / d`, where `d` is the number of distinct entities of the sentence (compared
/// case-insensitively, of the kinds in ``SummarizerConfiguration/entityKinds``) and `n` the
/// number of them that no sentence chosen so far contains; 0 for a sentence without entities.
/// Before the first choice every sentence with entities gets 1.
struct EntityNoveltyFeature: SentenceFeature {
    static let name = "entityNovelty"
    static let dependsOnSelection = true

    func value(of candidate: Int, in profile: ArticleProfile, selection: SummaryCoverage) -> Double {
        let entities = profile.candidates[candidate].entities
        return entities.isEmpty ? 0 : Double(selection.uncoveredEntities(of: candidate)) / Double(entities.count)
    }
}
