/// Decides whether a sentence boundary that ICU proposes stands, using the language's
/// abbreviation lexicons in their three roles (as pySBD and CLDR do):
///
/// - `abbreviations-prefix`: stand before a name and never end a sentence there
///   (`Dr.`, `Prof.`, `H.`, `Hj.`, `Ir.`, `Tn.`, `Jl.`, `PT.`);
/// - `abbreviations-number`: stand before a number (`No.`, `Rp.`, `hlm.`);
/// - `abbreviations-general`: may end a sentence (`dll.`, `dsb.`, `Tbk.`), so they break before
///   a capitalised word but not before a number or a parenthesis.
///
/// Initials (`B.J.`, `B.`) and dotted degrees or acronyms (`S.H.`, `M.Si.`, `A.S.`) end a
/// sentence only when the next word is one that commonly opens a sentence
/// (``SegmentationLexicon/heads``): `di A.S. Sejak itu` breaks, `B.J. Habibie` does not.
/// A numbered-list marker (`1.`, `a.`) at the start of a line never ends a sentence, and a
/// quotation followed by a lower-case word goes on (`“Kenapa?” dia bertanya.` is one sentence).
struct AbbreviationFilter: Sendable {
    let lexicon: SegmentationLexicon

    /// Whether the boundary before `next` (the first word of the would-be sentence) stands after
    /// `previous` (the last word of the sentence before, terminator included). `atLineStart`
    /// says whether `previous` opens its line.
    func accepts(previous: Word, next: Word, atLineStart: Bool) -> Bool {
        if next.opening == .lowercase && previous.endsWithClosingMark { return false }
        guard previous.endsWithFullStop, !previous.endsWithEllipsis else { return true }
        let key = previous.core.lowercased()
        let known = lexicon.isAbbreviation(key)
        switch next.opening {
        case .digit, .openingBracket:
            return !known
        case .lowercase, .other:
            break
        }
        if lexicon.prefixAbbreviations.contains(key) { return false }
        if atLineStart && previous.isListMarker { return false }
        if known { return true }
        if previous.isInitials { return lexicon.heads.contains(next.bare.lowercased()) }
        return true
    }
}
