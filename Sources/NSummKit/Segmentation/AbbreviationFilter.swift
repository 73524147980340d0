/// Decides whether a sentence boundary that ICU proposes stands, using the language's
/// abbreviation lexicons in their three roles (as pySBD and CLDR do):
///
/// - `abbreviations-prefix`: stand before a name and end no sentence there (`Dr.`, `Prof.`,
///   `H.`, `Hj.`, `Ir.`, `Tn.`, `Jl.`, `PT.`), only before a sentence starter, which no name
///   is (`… berpangkat Kolonel Inf. Ia lulusan …`);
/// - `abbreviations-number`: stand before a number (`No.`, `Rp.`, `hlm.`);
/// - `abbreviations-general`: may end a sentence (`dll.`, `dsb.`, `Tbk.`), so they break before
///   a capitalised word but not before a number or a parenthesis.
///
/// Initials (`B.J.`, `B.`) and dotted degrees or acronyms (`S.H.`, `M.Si.`, `A.S.`) end a
/// sentence only when the next word is one that commonly opens a sentence
/// (``SegmentationLexicon/heads``, or a word ending in `-nya`): `di A.S. Sejak itu` and
/// `A.S. Nilainya` break, `B.J. Habibie` does not. A dotted abbreviation that looks like
/// initials (`M.H.`, `S.E.`) is read as initials after a word that opens a place or body name
/// or an abbreviation before names (`Jalan M.H. Thamrin`, `Jl. M.T. Haryono`) or after a bare
/// lower-case word other than a preposition or conjunction (`disetujui S.E. Harsono`), and as
/// a degree elsewhere
/// (`Ahmad, S.H., M.H. Sidang …`, `Allah S.W.T. Keluarga …`). A lone capital after a noun it labels
/// (``SegmentationLexicon/labelNouns``: `sesi I.`, `vitamin C.`) or a number (`Rp 300 T.`) is
/// that label or amount, no initial, and a
/// lower-case dotted word ending in a domain suffix (`bps.go.id.`) is a domain name.
/// A number abbreviation goes on before another abbreviation or an acronym (`No. Pol. B 1234`,
/// `No. HP`), unless it is a unit after a number (`10 km. BMKG …`). Of two words joined by a slash the last is looked up (`RT. 03/RW. 05`).
/// A time zone after a full stop belongs to the time before it (`pukul 7 malam. ET`).
/// A numbered-list marker (`1.`, `a.`) at the start of a line never ends a sentence, and a
/// quotation followed by a lower-case word goes on (`“Kenapa?” dia bertanya.` is one sentence).
/// An ellipsis in brackets marks words left out of a quotation and ends nothing
/// (`mengatakan, “[..] Sejak kami …`), and a `?` or `!` inside a word (a web address's
/// `details?id=…`) ends nothing either.
struct AbbreviationFilter: Sendable {
    let lexicon: SegmentationLexicon
    /// A word ending in `-nya` that is at least this long (`Hasilnya`) opens a sentence after
    /// initials; shorter ones may be names (`Sonya`).
    let shortestNyaOpener = 7

    /// Whether the boundary before `next` (the first token of the would-be sentence) stands
    /// after `previous` (the last token of the sentence before, terminator included).
    /// `atLineStart` says whether `previous` opens its line.
    func accepts(previous: Range<Int>, next: Range<Int>, atLineStart: Bool, in tokens: Tokens) -> Bool {
        if tokens.isBracketedEllipsis(previous) || Self.isInsideWord(previous, next, tokens) { return false }
        // Of two words joined by a slash (`RT. 03/RW. 05`), the last one is the abbreviation,
        // unless the slash is part of it (`s/d.`).
        let whole = tokens.core(previous)
        let wholeKnown = lexicon.abbreviations.contains(whole, in: tokens)
        let core = wholeKnown ? whole : tokens.afterLastSlash(whole)
        let nextCore = tokens.core(next)
        if !nextCore.isEmpty && tokens.startsLowercase(nextCore) && core.upperBound < previous.upperBound {
            return false
        }
        guard tokens.endsWithFullStop(core), !tokens.endsWithEllipsis(core), !nextCore.isEmpty else { return true }
        if tokens.startsLowercase(nextCore) { return true }
        let known = wholeKnown || core != whole && lexicon.abbreviations.contains(core, in: tokens)
        if tokens.startsNumeric(nextCore) || nextCore.lowerBound > next.lowerBound && tokens.isOpeningBracket(next) {
            return !known
        }
        // A prefix stands before its name, in brackets too (`Kol. (Purn.) Hasanuddin`), but not
        // as the last of a credit's parts in brackets (`(Ant/Dok.) Polisi …`).
        let endsCredit = core != whole && core.upperBound < previous.upperBound
        // A prefix that is also a unit is the unit after a number (`10 km. BMKG …`, not `KM.
        // Sinar Bangun`).
        if known && !endsCredit && lexicon.prefixAbbreviations.contains(core, in: tokens)
            && !(lexicon.numberAbbreviations.contains(core, in: tokens) && followsNumber(previous, tokens))
        {
            // No name starts with a connective or a pronoun: `… berpangkat Kolonel Inf. Ia …`.
            return lexicon.starters.contains(tokens.withoutTrailingPunctuation(nextCore), in: tokens)
        }
        if known && lexicon.numberAbbreviations.contains(core, in: tokens)
            && (lexicon.abbreviations.contains(nextCore, in: tokens) || tokens.isAcronym(nextCore))
            && !followsNumber(previous, tokens)
        {
            return false
        }
        if atLineStart && tokens.isListMarker(core) { return false }
        // An ordinary word, or an abbreviation that may end a sentence: the boundary stands,
        // unless a time zone follows, which belongs to the time before the stop (`pukul 7
        // malam. ET malam ini`).
        guard tokens.isInitials(core) else {
            return known || !tokens.startsWithTwoCapitals(nextCore)
                || !lexicon.timeZones.contains(tokens.withoutTrailingPunctuation(nextCore), in: tokens)
        }
        let before = tokens.token(endingAtOrBefore: previous.lowerBound, after: 0)
        // A number abbreviation that looks like an initial (`N.` of `SMP N. 2`) is an initial
        // before a word (`N. Thanabalan`).
        let knownDegree = known && !lexicon.numberAbbreviations.contains(core, in: tokens)
        if knownDegree && !opensName(before, tokens) && !isBareLowercaseWord(before, tokens) { return true }
        if isDomainName(core, tokens) { return true }
        if core.count == 2, let before,
            tokens.startsNumeric(before) || lexicon.labelNouns.contains(tokens.withoutTrailingPunctuation(before), in: tokens)
        {
            return true
        }
        return opensAfterInitials(tokens.withoutTrailingPunctuation(nextCore), tokens)
    }

    /// Whether a boundary between `previous` and `next` falls after a `?` or `!` inside a word,
    /// which it is part of (`…/details?id=…`, `…/#!/berita`, `Yahoo!Finance`).
    static func isInsideWord(_ previous: Range<Int>, _ next: Range<Int>, _ tokens: Tokens) -> Bool {
        next.lowerBound == previous.upperBound && (tokens.last(previous) == "?" || tokens.last(previous) == "!")
            && tokens.startsWithWordCharacter(next)
    }

    /// Whether a number stands right before `token`: a unit after it (`10 km.`, `5 jam.`) ends
    /// its clause like any word.
    private func followsNumber(_ token: Range<Int>, _ tokens: Tokens) -> Bool {
        guard let before = tokens.token(endingAtOrBefore: token.lowerBound, after: 0) else { return false }
        return tokens.startsNumeric(before)
    }

    /// Whether `token` (the word before a dotted form such as `M.H.`) opens a name, which the
    /// dotted form then belongs to: `Jalan`, `Universitas`, `Jl.`, `Dr.`.
    private func opensName(_ token: Range<Int>?, _ tokens: Tokens) -> Bool {
        guard let token else { return false }
        return lexicon.prefixAbbreviations.contains(tokens.core(token), in: tokens)
            || lexicon.nameHeads.contains(tokens.withoutTrailingPunctuation(token), in: tokens)
    }

    /// Whether `token` is a lower-case word with no punctuation after it and no preposition or
    /// conjunction (`disetujui`, not `di` or `dan`): a degree follows a name, so a dotted form
    /// after such a word is initials (`disetujui S.E. Harsono`), which a sentence head after it
    /// still ends (`gelar S.E. Kemudian …`); after `di` it is a place (`di A.S. Warga …`).
    private func isBareLowercaseWord(_ token: Range<Int>?, _ tokens: Tokens) -> Bool {
        guard let token else { return false }
        return tokens.startsLowercase(token) && tokens.withoutTrailingPunctuation(token) == token
            && !lexicon.continuingWords.contains(token, in: tokens)
    }

    /// Whether `word` opens a sentence after initials: a sentence head, or a long `-nya` word.
    private func opensAfterInitials(_ word: Range<Int>, _ tokens: Tokens) -> Bool {
        if lexicon.heads.contains(word, in: tokens) { return true }
        return word.count >= shortestNyaOpener && tokens.endsWithNya(word)
    }

    /// Whether the dotted lower-case `token` (`bps.go.id.`) is a domain name: its last label
    /// before the full stop is a domain suffix.
    private func isDomainName(_ token: Range<Int>, _ tokens: Tokens) -> Bool {
        guard tokens.startsLowercase(token) else { return false }
        let name = token.lowerBound..<(token.upperBound - 1)
        let label = tokens.afterLastDot(name)
        return label != name && lexicon.domainSuffixes.contains(label, in: tokens)
    }
}
