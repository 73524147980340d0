/// Decides whether a sentence boundary that ICU proposes after a full stop stands, using the
/// language's abbreviation lexicons in their three roles (as pySBD and CLDR do):
///
/// - `abbreviations-prefix`: stand before a name and never end a sentence there
///   (`Dr.`, `Prof.`, `H.`, `Hj.`, `Ir.`, `Tn.`, `Jl.`, `PT.`);
/// - `abbreviations-number`: stand before a number (`No.`, `Rp.`, `hlm.`);
/// - `abbreviations-general`: may end a sentence (`dll.`, `dsb.`, `Tbk.`), so they break before
///   a capitalised word but not before a number or a parenthesis.
///
/// Initials (`B.J.`, `B.`) and dotted degrees or acronyms (`S.H.`, `M.Si.`, `A.S.`) end a
/// sentence only when the next word is one that commonly opens a sentence
/// (`sentence-starters` and `stopwords`): `di A.S. Sejak itu` breaks, `B.J. Habibie` does not.
/// A numbered-list marker (`1.`, `a.`) at the start of a line never ends a sentence.
struct AbbreviationFilter: Sendable {
    private let prefix: Set<String>
    private let number: Set<String>
    private let general: Set<String>
    private let starters: Set<String>

    /// Reads the abbreviation and starter lexicons from `lexicons` (entries case-folded).
    init(lexicons: LexiconSet) {
        func folded(_ name: String) -> Set<String> { Set(lexicons.words(name).map { $0.lowercased() }) }
        prefix = folded("abbreviations-prefix")
        number = folded("abbreviations-number")
        general = folded("abbreviations-general")
        starters = folded("sentence-starters").union(folded("stopwords"))
    }

    /// Whether the boundary before `next` (the first word of the would-be sentence) stands after
    /// `previous` (the last word of the sentence before, terminator included). `atLineStart`
    /// says whether `previous` opens its line.
    func accepts(previous: Word, next: Word, atLineStart: Bool) -> Bool {
        guard previous.endsWithFullStop, !previous.endsWithEllipsis else { return true }
        let key = previous.core.lowercased()
        let known = prefix.contains(key) || number.contains(key) || general.contains(key)
        switch next.opening {
        case .lowercase:
            return true
        case .digit:
            return !known
        case .openingBracket:
            return !known
        case .other:
            break
        }
        if prefix.contains(key) { return false }
        if atLineStart && previous.isListMarker { return false }
        if general.contains(key) || number.contains(key) { return true }
        if previous.isInitials { return starters.contains(next.bare.lowercased()) }
        return true
    }
}
