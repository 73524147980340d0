/// Persons, organisations and places: runs of capitalised words, cut and typed with the
/// lexicons.
///
/// Walking the tokens left to right, at each capitalised word not yet taken:
/// 1. a title, rank or honorific (`Presiden`, `Wakil Ketua`, `Dr.`) or a sub-body
///    (`DPP`, `Kantor Wilayah`) is skipped and makes a following name a person's; the
///    capitalised ordinary words of a portfolio after it (`Menteri Luar Negeri`) are skipped too;
/// 2. the longest gazetteer entry there is taken with its type;
/// 3. an organisation head (`Partai`, `Kementerian`, `PT`) or place head (`Pulau`, `Kota`)
///    opens a name that runs over the capitalised words, connectors (`dan`) and gazetteer
///    entries after it;
/// 4. otherwise the run of capitalised words (with initials and `bin`/`van`) is a name, typed
///    by its context: a title or speech verb next to it (person), `di`/`ke` before it (place),
///    an acronym or organisation tail (`Tbk`) or web domain (organisation), else person.
///
/// A capitalised ordinary word that opens a sentence or quotation (or any word when the text is
/// in capitals or Title Case) starts a name only when the gazetteer or the given names know it,
/// or when an unknown capitalised word follows it.
struct NameRules {
    private var context: SpotContext

    static func apply(_ context: inout SpotContext) {
        var rules = NameRules(context: context)
        context = SpotContext(bytes: context.bytes, lexicons: context.lexicons)  // release storage
        rules.run()
        context = rules.context
    }

    private init(context: SpotContext) {
        self.context = context
    }

    /// The classes that end a name or make a word no name by itself.
    private static let titleLike: WordClass = [.title, .titleModifier, .subBody]

    private mutating func run() {
        var index = 0
        var personNext = false  // a title came just before
        var firstWord = true
        while index < context.count {
            let token = context.tokens[index]
            if !token.isWord {
                if !(context.isMark(index, 0x2C) || context.isMark(index, 0x2E) && index > 0
                    && context.classes(index - 1).contains(.title))
                {
                    personNext = false
                }
                index += 1
                continue
            }
            let initial = firstWord || opensClause(index)
            firstWord = false
            if context.used[index] || !token.isCapitalized {
                if !context.used[index] { personNext = false }
                index += 1
                continue
            }
            let looseCaps = initial || context.capitalsUninformative
            let gazetteer = context.gazetteerMatch(at: index)
            // 1. Titles and sub-bodies, unless a longer known name starts here (`Gus Dur`).
            if let cue = context.cue(at: index, NameRules.titleLike.union(.nonName)),
                cue.length >= (gazetteer?.length ?? 0)
            {
                let classes = cue.classes
                if !classes.isDisjoint(with: NameRules.titleLike) && isTitleHere(index, length: cue.length)
                    && !(gazetteer != nil && classes.contains(.subBody) && !startsOrganization(index + cue.length))
                {
                    personNext = !classes.contains(.subBody) || personNext
                    index = skipPortfolio(from: index + cue.length)
                    continue
                }
                if classes.contains(.nonName) && gazetteer == nil {
                    index += cue.length
                    personNext = false
                    continue
                }
            }
            // 2. Gazetteer.
            if let match = gazetteer {
                var end = index + match.length
                var kind = match.kind
                if kind == .organization {
                    end = regionalSeat(of: index..<end)
                } else if let organization = organizationTail(from: end) {
                    // A known place that heads an organisation name: `Jakarta Institute`.
                    end = organization
                    kind = .organization
                }
                // At a sentence start, a one-word entry that is also an ordinary word (`Tempo`,
                // `Batu`) is not trusted.
                let ordinary = looseCaps && match.length == 1 && context.classes(index).contains(.common)
                    && !(context.tokens[index].has(EntityToken.allCaps) && !context.allCapsText)
                if !ordinary {
                    emitName(index..<withAcronym(end, kind), kind)
                }
                index = end
                continue
            }
            // 3. Heads.
            if let head = context.cue(at: index, [.orgHead, .locationHead]) {
                let organization = head.classes.contains(.orgHead)
                let end = extendHeaded(from: index, headLength: head.length, organization: organization)
                if end > index + head.length {
                    let kind: EntityKind = organization ? .organization : .location
                    emitName(index..<withAcronym(end, kind), kind)
                    index = end
                    personNext = false
                    continue
                }
            }
            // 4. Runs. An ordinary word opening a sentence is no name; a stop word never is.
            let classes = context.classes(index)
            if classes.contains(.stop) && !classes.contains(.givenName) || looseCaps && isOrdinary(index) {
                index += 1
                personNext = false
                continue
            }
            let end = extendRun(from: index)
            // A lone ordinary word (`Kabinet`, `Legislatif`) is no name either.
            if end == index + 1 && isOrdinary(index) && !personNext {
                index += 1
                continue
            }
            let kind = classify(index..<end, personNext: personNext)
            emitName(index..<withAcronym(end, kind), kind)
            personNext = false
            index = end
        }
    }

    /// Whether an organisation name starts at `index` (a head or a known organisation).
    private func startsOrganization(_ index: Int) -> Bool {
        guard context.isCapitalizedWord(index) else { return false }
        if context.cue(at: index, .orgHead) != nil { return true }
        return context.gazetteerMatch(at: index)?.kind == .organization
    }

    /// A known organisation whose name ends in an ordinary word (`Kejaksaan Tinggi`,
    /// `Pengadilan Negeri`) takes the place after it: `Kejaksaan Tinggi Sulawesi Selatan`.
    private func regionalSeat(of match: Range<Int>) -> Int {
        let last = match.upperBound - 1
        guard match.count >= 2, context.classes(last).contains(.common),
            context.isCapitalizedWord(match.upperBound),
            let place = context.gazetteerMatch(at: match.upperBound), place.kind == .location
        else { return match.upperBound }
        return match.upperBound + place.length
    }

    /// An organisation or place name followed by its acronym in brackets is one mention:
    /// `Komisi Pemilihan Umum (KPU)`. Returns the end including the brackets, if so.
    private func withAcronym(_ end: Int, _ kind: EntityKind) -> Int {
        guard kind == .organization, context.isMark(end, 0x28), end + 2 < context.count,
            context.isMark(end + 2, 0x29), context.isCapitalizedWord(end + 1),
            context.tokens[end + 1].has(EntityToken.allCaps) || context.tokens[end + 1].letters <= 8
                && !context.classes(end + 1).contains(.common)
        else { return end }
        return end + 3
    }

    /// Whether a word opens a sentence or a quotation inside the span.
    private func opensClause(_ index: Int) -> Bool {
        guard index > 0 else { return true }
        let previous = context.tokens[index - 1]
        if previous.isWord { return false }
        switch previous.firstByte {
        case 0x22, 0x27, 0x2E, 0x3F, 0x21, 0x3A: return true  // " ' . ? ! :
        case 0xE2:  // “ ‘ (and other marks of the General Punctuation block)
            let third = context.bytes[Int(previous.start) + 2]
            return previous.length == 3 && (third == 0x9C || third == 0x98)
        default: return false
        }
    }

    /// A capitalised word that is an ordinary word, not known as a name.
    private func isOrdinary(_ index: Int) -> Bool {
        let classes = context.classes(index)
        if classes.contains(.givenName) { return false }
        if classes.contains(.common) || classes.contains(.nonName) || classes.contains(.personCue) { return true }
        let token = context.tokens[index]
        guard token.letters >= 4, token.length <= 24, !token.has(EntityToken.allCaps) else { return false }
        var end = Int(token.end)
        if token.has(EntityToken.hyphenated) {
            end = Int(token.start)
            while context.bytes[end] != 0x2D { end += 1 }
        }
        return AffixStripper.hasCommonRoot(context.bytes, Int(token.start)..<end, in: context.lexicons)
    }

    /// A title word inside a run of name words is part of the name when nothing capitalised
    /// follows it (`Lex Laksamana`); elsewhere it is a title.
    private func isTitleHere(_ index: Int, length: Int) -> Bool {
        let after = index + length
        if context.isCapitalizedWord(after) || context.isMark(after, 0x2E) || context.isMark(after, 0x2C)
            || context.isWord(after) && context.classes(after).contains(.titleModifier)
        {
            return true
        }
        // Titles at the end of a phrase (`kata Presiden.`) are still titles unless a name
        // runs into them.
        return !(index > 0 && context.isCapitalizedWord(index - 1))
    }

    /// Skips capitalised ordinary words and connectors after a title (`Luar Negeri` in
    /// `Menteri Luar Negeri Retno Marsudi`) and further titles.
    private func skipPortfolio(from start: Int) -> Int {
        var index = start
        while index < context.count {
            if context.isMark(index, 0x2E) && index > 0 && context.tokens[index - 1].letters <= 4 {
                index += 1  // Dr. H. Prof.
                continue
            }
            guard context.isWord(index), !context.used[index] else { break }
            if context.tokens[index].isCapitalized {
                if let cue = context.cue(at: index, NameRules.titleLike) {
                    index += cue.length
                    continue
                }
                let classes = context.classes(index)
                if context.gazetteerMatch(at: index) != nil || classes.contains(.givenName)
                    || classes.contains(.orgHead) || classes.contains(.locationHead)
                {
                    break
                }
                if classes.contains(.common) && !classes.contains(.nonName) && index + 1 < context.count
                    && (context.isCapitalizedWord(index + 1) || context.isLowercaseWord(index + 1)
                        && context.classes(index + 1).contains(.connector))
                {
                    index += 1
                    continue
                }
                break
            }
            if context.classes(index).contains(.connector) && context.isCapitalizedWord(index + 1)
                && index > start
            {
                index += 1
                continue
            }
            break
        }
        return index
    }

    /// After a place name: an organisation tail that makes it an organisation (`Jakarta
    /// Institute`), returning where that ends.
    private func organizationTail(from end: Int) -> Int? {
        guard context.isCapitalizedWord(end), context.classes(end).contains(.orgTail) else { return nil }
        return end + 1
    }

    /// The end of a name opened by an organisation or place head at `start`.
    private func extendHeaded(from start: Int, headLength: Int, organization: Bool) -> Int {
        var index = start + headLength
        var end = index
        while index < context.count {
            if context.isCapitalizedWord(index) {
                if context.cue(at: index, [.title, .titleModifier, .subBody]) != nil && end > start + headLength {
                    break
                }
                if let match = context.gazetteerMatch(at: index) {
                    if match.kind == .person { break }
                    if match.kind == .organization && organization && end > start + headLength
                        && context.cue(at: index, .orgHead) != nil
                    {
                        break  // `Fakultas Kehutanan | Universitas Gadjah Mada`
                    }
                    index += match.length
                    end = index
                    if organization && match.kind == .organization { break }
                    continue
                }
                let classes = context.classes(index)
                if end > start + headLength {
                    if classes.contains(.givenName) && !classes.contains(.common) { break }
                    if classes.contains(.nonName) { break }
                    // Another head after words of this name opens the next name.
                    if context.cue(at: index, .orgHead) != nil && context.isCapitalizedWord(index + 1) { break }
                }
                index += 1
                end = index
                continue
            }
            if context.isWord(index), !context.used[index] {
                let token = context.tokens[index]
                // Numbers right after the head: `Kodam 5`, `Densus 88`.
                if token.isNumeric && index == start + headLength && token.length <= 3 {
                    index += 1
                    end = index
                    continue
                }
                if context.isLowercaseWord(index)
                    && !context.classes(index).isDisjoint(with: [.connector, .orgConnector])
                    && context.isCapitalizedWord(index + 1) && organization && end > start + headLength
                {
                    index += 1
                    continue
                }
            }
            // `&` inside a company name; a hyphen glued between two words.
            if (context.isMark(index, 0x26) || isGluedHyphen(index)) && context.isCapitalizedWord(index + 1) {
                index += 1
                continue
            }
            break
        }
        return end
    }

    /// A `-` with no space on either side, between two words: `Prabowo-Hatta`.
    private func isGluedHyphen(_ index: Int) -> Bool {
        context.isMark(index, 0x2D) && index > 0 && context.tokens[index - 1].isWord
            && !context.tokens[index].has(EntityToken.spaceBefore) && index + 1 < context.count
            && !context.tokens[index + 1].has(EntityToken.spaceBefore)
    }

    /// The end of a run of name words starting at `start`.
    private func extendRun(from start: Int) -> Int {
        var index = start + 1
        var end = index
        while index < context.count {
            if context.isCapitalizedWord(index) {
                if let cue = context.cue(at: index, NameRules.titleLike.union(.nonName)) {
                    if cue.classes.contains(.nonName) { break }
                    if isTitleHere(index, length: cue.length) { break }
                }
                if let match = context.gazetteerMatch(at: index), match.kind != .person,
                    !context.classes(index).contains(.givenName)
                {
                    break
                }
                if context.classes(index).contains(.orgHead) && !context.classes(index).contains(.orgTail)
                    && index + 1 < context.count && context.isCapitalizedWord(index + 1)
                {
                    break
                }
                index += 1
                end = index
                continue
            }
            if isGluedHyphen(index) && context.isCapitalizedWord(index + 1) {
                index += 1
                continue
            }
            // Initials: `B.J. Habibie`, `M. Nuh`.
            if context.isMark(index, 0x2E), context.tokens[index - 1].letters <= 2,
                context.tokens[index - 1].has(EntityToken.allCaps), context.isCapitalizedWord(index + 1)
            {
                index += 1
                continue
            }
            if context.isLowercaseWord(index), context.classes(index).contains(.connector),
                !context.classes(index).contains(.stop), context.isCapitalizedWord(index + 1)
            {
                index += 1
                continue
            }
            break
        }
        return end
    }

    /// The type of a name run from its words and neighbours.
    private func classify(_ run: Range<Int>, personNext: Bool) -> EntityKind {
        if personNext { return .person }
        let first = context.tokens[run.lowerBound]
        var acronym = false
        if run.count == 1 && first.has(EntityToken.allCaps) && first.letters >= 2 && !context.allCapsText {
            acronym = !context.classes(run.lowerBound).contains(.givenName)
        }
        for index in run where context.classes(index).contains(.orgTail) && index > run.lowerBound {
            return .organization
        }
        if isWebDomain(run.upperBound - 1) { return .organization }
        let before = run.lowerBound - 1
        let after = run.upperBound
        if before >= 0, context.isWord(before) {
            let classes = context.classes(before)
            if classes.contains(.personCue) && !context.tokens[before].isCapitalized { return .person }
            if classes.contains(.orgCue) { return .organization }
            if classes.contains(.locationCue) && !acronym
                && !context.classes(run.lowerBound).contains(.givenName)
            {
                return run.count <= 2 ? .location : .person
            }
        }
        if acronym { return .organization }
        if after < context.count, context.isWord(after), context.classes(after).contains(.personCue) {
            return .person
        }
        return .person
    }

    private func isWebDomain(_ index: Int) -> Bool {
        let token = context.tokens[index]
        guard token.has(EntityToken.dotted) else { return false }
        var position = Int(token.end) - 1
        while position > Int(token.start) && context.bytes[position] != 0x2E { position -= 1 }
        let suffixLength = Int(token.end) - position - 1
        guard suffixLength >= 2, suffixLength <= 4 else { return false }
        var suffix: UInt32 = 0
        for offset in (position + 1)..<Int(token.end) { suffix = suffix << 8 | UInt32(context.bytes[offset] | 0x20) }
        switch suffix {
        case 0x636F6D, 0x636F, 0x6964, 0x6E6574, 0x6F7267, 0x7476, 0x6E6577, 0x696E666F: return true  // com co id net org tv new info
        default: return false
        }
    }

    /// Emits a name. A person run with a hyphen between words is a ticket of two people
    /// (`Prabowo-Hatta`, `Joko Widodo-Jusuf Kalla`) unless the hyphen joins a double given
    /// name (`Kassym-Jomart Tokayev`: one word before it, more than one after).
    private mutating func emitName(_ run: Range<Int>, _ kind: EntityKind) {
        if kind == .person {
            for index in run where context.isMark(index, 0x2D) && isGluedHyphen(index) {
                let left = index - run.lowerBound
                let right = run.upperBound - index - 1
                guard left >= 2 || right == 1 else { break }
                context.emit(run.lowerBound..<index, .person)
                emitName((index + 1)..<run.upperBound, .person)
                context.used[index] = true
                return
            }
        }
        context.emit(run, kind)
    }
}
