#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The lead bias of news: the inverted pyramid puts what matters most in the first sentences.
///
/// `value = exp(−p / scale)`, where `p` is the sentence's position among the article's body
/// sentences (0 for the first; title, dateline, bylines and boilerplate do not count) and
/// `scale` is ``SummarizerConfiguration/positionScale``. With the default scale of 3 the first
/// five sentences get 1, 0.72, 0.51, 0.37 and 0.26.
struct PositionFeature: SentenceFeature {
    static let name = "position"
    /// The position at which the value has fallen to 1/e.
    let scale: Double

    func value(of candidate: Int, in profile: ArticleProfile, selection: SummaryCoverage) -> Double {
        exp(-Double(profile.candidates[candidate].position) / scale)
    }
}
