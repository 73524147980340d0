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
/// Of two words joined by a slash the last is looked up (`RT. 03/RW. 05`).
/// An ellipsis in brackets marks words left out of a quotation and ends nothing
/// (`mengatakan, “[..] Sejak kami …`).
struct AbbreviationFilter: Sendable {
    let lexicon: SegmentationLexicon

    /// Whether the boundary before `next` (the first token of the would-be sentence) stands
    /// after `previous` (the last token of the sentence before, terminator included).
    /// `atLineStart` says whether `previous` opens its line.
    func accepts(previous: Range<Int>, next: Range<Int>, atLineStart: Bool, in tokens: Tokens) -> Bool {
        if tokens.isBracketedEllipsis(previous) { return false }
        // Of two words joined by a slash (`RT. 03/RW. 05`), the last one is the abbreviation,
        // unless the slash is part of it (`s/d.`).
        let whole = tokens.core(previous)
        let core = lexicon.abbreviations.contains(whole, in: tokens) ? whole : tokens.afterLastSlash(whole)
        let nextCore = tokens.core(next)
        if !nextCore.isEmpty && tokens.startsLowercase(nextCore) && core.upperBound < previous.upperBound {
            return false
        }
        guard tokens.endsWithFullStop(core), !tokens.endsWithEllipsis(core), !nextCore.isEmpty else { return true }
        if tokens.startsLowercase(nextCore) { return true }
        let known = lexicon.abbreviations.contains(core, in: tokens)
        if tokens.startsNumeric(nextCore) || nextCore.lowerBound > next.lowerBound && tokens.isOpeningBracket(next) {
            return !known
        }
        if lexicon.prefixAbbreviations.contains(core, in: tokens) { return false }
        if atLineStart && tokens.isListMarker(core) { return false }
        if known { return true }
        if tokens.isInitials(core) {
            return lexicon.heads.contains(tokens.withoutTrailingPunctuation(nextCore), in: tokens)
        }
        return true
    }
}
