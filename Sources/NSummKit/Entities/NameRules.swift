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
enum NameRules {
    static func apply(_ context: inout SpotContext) {
        context.applyNameRules()
    }

    /// The classes that end a name or make a word no name by itself.
    static let titleLike: WordClass = [.title, .titleModifier, .subBody]
}

extension SpotContext {
    mutating func applyNameRules() {
        var index = 0
        var personNext = false  // a title came just before
        var firstWord = true
        var lastOrganizationEnd = -1  // the token after the last organisation name
        while index < count {
            let token = tokens[index]
            if !token.isWord {
                if !(isMark(index, 0x2C) || isMark(index, 0x2E) && index > 0
                    && classes(index - 1).contains(.title))
                {
                    personNext = false
                }
                index += 1
                continue
            }
            let first = firstWord
            firstWord = false
            if used[index] || !token.isCapitalized {
                if !used[index] { personNext = false }
                index += 1
                continue
            }
            let initial = first || opensClause(index)
            let looseCaps = initial || capitalsUninformative
            let gazetteer = gazetteerMatch(at: index)
            // 1. Titles and sub-bodies, unless a longer known name starts here (`Gus Dur`).
            if let cue = cue(at: index, NameRules.titleLike.union(.nonName)),
                cue.length >= (gazetteer?.length ?? 0)
            {
                let cueClasses = cue.classes
                if !cueClasses.isDisjoint(with: NameRules.titleLike) && isTitleHere(index, length: cue.length)
                    && !(gazetteer != nil && cueClasses.contains(.subBody) && !startsOrganization(index + cue.length))
                {
                    personNext = !cueClasses.contains(.subBody) || personNext
                    index = cueClasses.contains(.honorific)
                        ? skipHonorifics(from: index + cue.length)
                        : skipPortfolio(
                            from: index + cue.length,
                            ordinaryWords: classes(index).contains(.portfolioTitle)
                                || classes(index + cue.length - 1).contains(.portfolioTitle))
                    continue
                }
                if cueClasses.contains(.nonName) && gazetteer == nil {
                    index += cue.length
                    personNext = false
                    continue
                }
            }
            // 2. Gazetteer; but a one-word place that is also a given name, after a title and
            // before an unknown capitalised word, starts a person's name (`Bima Arya`).
            if let match = gazetteer, !(personNext && match.length == 1 && match.kind == .location
                && classes(index).contains(.givenName) && isCapitalizedWord(index + 1)
                && gazetteerMatch(at: index + 1) == nil && !isOrdinary(index + 1))
            {
                var end = index + match.length
                var kind = match.kind
                if kind == .organization {
                    end = regionalSeat(of: index..<end)
                    end = organizationTail(from: end) ?? end  // `PT Bank Central Asia Tbk`
                } else if let organization = organizationTail(from: end) {
                    // A known place that heads an organisation name: `Jakarta Institute`.
                    end = organization
                    kind = .organization
                }
                // At a sentence start, a one-word entry that is also an everyday word (`Lima`,
                // `Negara`) is not trusted, nor in capitals one that is an ordinary word. A place
                // right after an organisation is the branch's region (`Partai Demokrat Bali`),
                // and after a lowercase title the office's (`calon gubernur DKI`): part of how the
                // organisation or office is named, not a place mentioned.
                let branch = kind == .location
                    && (index == lastOrganizationEnd || index > 0 && isLowercaseWord(index - 1)
                        && classes(index - 1).contains(.title) && !classes(index - 1).contains(.honorific))
                let ordinary = looseCaps && match.length == 1
                    && (classes(index).contains(.ambiguousStart) || allCapsText && classes(index).contains(.common))
                if !ordinary && !branch {
                    emitName(index..<withAcronym(end, kind), kind)
                    if kind == .organization { lastOrganizationEnd = end }
                }
                // A ticket that starts with a known person: `Prabowo-Hatta` stays one name (as a
                // one-word pair is usually written and counted), `Prabowo Subianto-Hatta Rajasa`
                // is two.
                if kind == .person && !ordinary && isGluedHyphen(end) && isCapitalizedWord(end + 1) {
                    let second = extendRun(from: end + 1)
                    if match.length == 1 && second == end + 2 {
                        spans.removeLast()
                        for taken in index..<second { used[taken] = false }
                        emit(index..<second, .person)
                    } else {
                        emitName((end + 1)..<second, .person)
                    }
                    index = second
                    continue
                }
                index = end
                continue
            }
            // 3. Heads.
            if let head = cue(at: index, [.orgHead, .locationHead]),
                (index..<(index + head.length)).allSatisfy({ !tokens[$0].isWord || tokens[$0].isCapitalized })
            {
                let organization = head.classes.contains(.orgHead)
                let end = extendHeaded(from: index, headLength: head.length, organization: organization)
                if end > index + head.length {
                    let kind: EntityKind = organization ? .organization : .location
                    let through = withAcronym(end, kind)
                    emitName(index..<through, kind)
                    if organization { lastOrganizationEnd = through }
                    index = end
                    personNext = false
                    continue
                }
            }
            // 4. Runs. An ordinary word opening a sentence is no name; a stop word never is.
            let wordClasses = classes(index)
            if wordClasses.contains(.stop) && !wordClasses.contains(.givenName) || looseCaps && isOrdinary(index) {
                index += 1
                personNext = false
                continue
            }
            let end = extendRun(from: index)
            // A lone ordinary word (`Kabinet`, `Legislatif`) is no name either, unless a speech
            // verb stands next to it (`kata Ganjar`, `Ganjar berharap`).
            if end == index + 1 && isOrdinary(index) && !nextToPersonCue(index) {
                index += 1
                continue
            }
            // A run of ordinary words only (`Hak Interpelasi`, `Pemerintahan Daerah`) is a
            // capitalised phrase, not a name, unless a title or speech verb says it is a person.
            if end > index + 1 && !personNext && !nextToPersonCue(index) && !nextToPersonCue(end - 1)
                && (index..<end).allSatisfy({ isOrdinary($0) }) && !isSpelledOut(index..<end)
            {
                index = end
                continue
            }
            let kind = classify(index..<end, personNext: personNext)
            emitName(index..<withAcronym(end, kind), kind)
            personNext = false
            index = end
        }
    }

    /// Whether a lowercase speech verb or cue stands right before or after token `index`.
    private func nextToPersonCue(_ index: Int) -> Bool {
        if index > 0 && isLowercaseWord(index - 1) && classes(index - 1).contains(.personCue) {
            // Before the name only the speech tags count (`kata`, `ujar`), not verbs (`meminta`).
            let verb = tokens[index - 1].firstByte == 0x6D || tokens[index - 1].firstByte == 0x62
            if !verb { return true }
        }
        return isLowercaseWord(index + 1) && classes(index + 1).contains(.personCue)
    }

    /// Whether an organisation name starts at `index` (a head or a known organisation).
    private func startsOrganization(_ index: Int) -> Bool {
        guard isCapitalizedWord(index) else { return false }
        if cue(at: index, .orgHead) != nil { return true }
        return gazetteerMatch(at: index)?.kind == .organization
    }

    /// A known organisation whose name ends in an ordinary word (`Kejaksaan Tinggi`,
    /// `Pengadilan Negeri`) takes the place after it: `Kejaksaan Tinggi Sulawesi Selatan`.
    private func regionalSeat(of match: Range<Int>) -> Int {
        let last = match.upperBound - 1
        guard match.count >= 2, classes(last).contains(.regionalTail),
            isCapitalizedWord(match.upperBound),
            let place = gazetteerMatch(at: match.upperBound), place.kind == .location
        else { return match.upperBound }
        return match.upperBound + place.length
    }

    /// An organisation or place name followed by its acronym in brackets is one mention:
    /// `Komisi Pemilihan Umum (KPU)`. Returns the end including the brackets, if so.
    private func withAcronym(_ end: Int, _ kind: EntityKind) -> Int {
        guard kind == .organization, isMark(end, 0x28), end + 2 < count,
            isMark(end + 2, 0x29), isCapitalizedWord(end + 1),
            tokens[end + 1].has(EntityToken.allCaps) || tokens[end + 1].letters <= 8
                && !classes(end + 1).contains(.common)
        else { return end }
        return end + 3
    }

    /// Whether a word opens a sentence or a quotation inside the span.
    private func opensClause(_ index: Int) -> Bool {
        guard index > 0 else { return true }
        let previous = tokens[index - 1]
        if previous.isWord { return false }
        switch previous.firstByte {
        case 0x2E:  // . after a sentence, not after an initial or title (`H. Sutan`, `Dr. Sutan`)
            guard index >= 2, tokens[index - 2].isWord else { return true }
            let before = index - 2
            return tokens[before].letters > 2 && cue(at: before, .title) == nil
                && !(tokens[before].isCapitalized && tokens[before].letters <= 3)
        case 0x22, 0x27, 0x3F, 0x21, 0x3A: return true  // " ' ? ! :
        case 0xE2:  // “ ‘ (and other marks of the General Punctuation block)
            let third = bytes[Int(previous.start) + 2]
            return previous.length == 3 && (third == 0x9C || third == 0x98)
        default: return false
        }
    }

    /// A capitalised word that is an ordinary word, not known as a name.
    private func isOrdinary(_ index: Int) -> Bool {
        let wordClasses = classes(index)
        if wordClasses.contains(.givenName) { return false }
        if wordClasses.contains(.common) || wordClasses.contains(.nonName) || wordClasses.contains(.personCue) { return true }
        let token = tokens[index]
        guard token.letters >= 4, token.length <= 24, !token.has(EntityToken.allCaps) || allCapsText
        else { return false }
        var end = Int(token.end)
        // `Capresnya`, `Keppresnya`: a title, non-name or ordinary word with `-nya`.
        if token.length > 5, bytes[end - 3] == 0x6E, bytes[end - 2] == 0x79, bytes[end - 1] == 0x61,
            let stem = lexicons.info(TokenHash.ascii(bytes, Int(token.start), end - 3)),
            !stem.classes.isDisjoint(with: [.title, .nonName, .orgHead, .common])
        {
            return true
        }
        if token.has(EntityToken.hyphenated) {
            end = Int(token.start)
            while bytes[end] != 0x2D { end += 1 }
            // `Partai-partai`: the first part is the word.
            if lexicons.isCommon(TokenHash.ascii(bytes, Int(token.start), end)) { return true }
        }
        return AffixStripper.hasCommonRoot(bytes, Int(token.start)..<end, in: lexicons)
    }

    /// A title word inside a run of name words is part of the name when nothing capitalised
    /// follows it (`Lex Laksamana`); elsewhere it is a title.
    private func isTitleHere(_ index: Int, length: Int) -> Bool {
        let after = index + length
        if isCapitalizedWord(after) || isMark(after, 0x2E) || isMark(after, 0x2C)
            || isWord(after) && classes(after).contains(.titleModifier)
        {
            return true
        }
        // Titles at the end of a phrase (`kata Presiden.`) are still titles unless a name
        // runs into them.
        return !(index > 0 && isCapitalizedWord(index - 1) && cue(at: index - 1, NameRules.titleLike) == nil)
    }

    /// Skips capitalised ordinary words and connectors after a title (`Luar Negeri` in
    /// `Menteri Luar Negeri Retno Marsudi`) and further titles.
    private func skipPortfolio(from start: Int, ordinaryWords: Bool) -> Int {
        var ordinaryWords = ordinaryWords
        var index = start
        while index < count {
            if isMark(index, 0x2E) && index > 0 && tokens[index - 1].letters <= 4 {
                index += 1  // Dr. H. Prof.
                continue
            }
            guard isWord(index), !used[index] else { break }
            if tokens[index].isCapitalized {
                if let cue = cue(at: index, NameRules.titleLike), cue.length >= (gazetteerMatch(at: index)?.length ?? 0) {
                    index += cue.length
                    ordinaryWords = ordinaryWords || classes(index - 1).contains(.portfolioTitle)
                    continue
                }
                let wordClasses = classes(index)
                if let place = gazetteerMatch(at: index), place.kind == .location,
                    !(wordClasses.contains(.givenName) && isCapitalizedWord(index + place.length))
                {
                    // The region of an office: `Gubernur DKI Jakarta`, `Wali Kota Solo`.
                    index += place.length
                    continue
                }
                if gazetteerMatch(at: index) != nil || wordClasses.contains(.givenName)
                    || wordClasses.contains(.orgHead) || wordClasses.contains(.locationHead)
                {
                    break
                }
                if ordinaryWords && !wordClasses.contains(.nonName) && index + 1 < count && isOrdinary(index)
                    && (isCapitalizedWord(index + 1) || isLowercaseWord(index + 1)
                        && classes(index + 1).contains(.connector))
                {
                    index += 1
                    continue
                }
                break
            }
            if !classes(index).isDisjoint(with: [.connector, .orgConnector]) && isCapitalizedWord(index + 1)
                && index > start
            {
                index += 1
                continue
            }
            break
        }
        return index
    }

    /// Skips the full stops and further honorifics after an honorific: `Dr. H.`.
    private func skipHonorifics(from start: Int) -> Int {
        var index = start
        while index < count {
            if isMark(index, 0x2E) && index > 0 && tokens[index - 1].letters <= 4 {
                index += 1
                continue
            }
            if isCapitalizedWord(index), let cue = cue(at: index, .honorific),
                isCapitalizedWord(index + cue.length) || isMark(index + cue.length, 0x2E)
            {
                index += cue.length
                continue
            }
            break
        }
        return index
    }

    /// After a place name: an organisation tail that makes it an organisation (`Jakarta
    /// Institute`), returning where that ends.
    private func organizationTail(from end: Int) -> Int? {
        guard isCapitalizedWord(end), classes(end).contains(.orgTail) else { return nil }
        return end + 1
    }

    /// The end of a name opened by an organisation or place head at `start`.
    private func extendHeaded(from start: Int, headLength: Int, organization: Bool) -> Int {
        var index = start + headLength
        var end = index
        while index < count {
            if isCapitalizedWord(index) {
                if cue(at: index, [.title, .titleModifier, .subBody]) != nil && end > start + headLength {
                    break
                }
                if end > start + headLength && cue(at: index, [.orgHead, .locationHead]) != nil
                    && isCapitalizedWord(index + 1)
                {
                    break  // `Wisma Haji | Kota Madiun`
                }
                if let match = gazetteerMatch(at: index) {
                    if match.kind == .person { break }
                    if match.kind == .organization && organization && end > start + headLength
                        && cue(at: index, .orgHead) != nil
                    {
                        break  // `Fakultas Kehutanan | Universitas Gadjah Mada`
                    }
                    index += match.length
                    end = index
                    if organization && match.kind == .organization { break }
                    continue
                }
                let wordClasses = classes(index)
                if end > start + headLength {
                    if wordClasses.contains(.givenName) && !wordClasses.contains(.common) { break }
                    if wordClasses.contains(.nonName) { break }
                    // Another head after words of this name opens the next name.
                    if cue(at: index, [.orgHead, .locationHead]) != nil && isCapitalizedWord(index + 1) { break }
                }
                index += 1
                end = index
                continue
            }
            if isWord(index), !used[index] {
                let token = tokens[index]
                // Numbers right after the head: `Kodam 5`, `Densus 88`.
                if token.isNumeric && index == start + headLength && token.length <= 3 {
                    index += 1
                    end = index
                    continue
                }
                if isLowercaseWord(index) && classes(index).contains(.orgConnector)
                    && isCapitalizedWord(index + 1) && organization && end > start + headLength
                {
                    index += 1
                    continue
                }
            }
            // `&` inside a company name; a hyphen glued between two words.
            if (isMark(index, 0x26) || isGluedHyphen(index)) && isCapitalizedWord(index + 1) {
                index += 1
                continue
            }
            break
        }
        return end
    }

    /// A `-` with no space on either side, between two words: `Prabowo-Hatta`.
    private func isGluedHyphen(_ index: Int) -> Bool {
        isMark(index, 0x2D) && index > 0 && tokens[index - 1].isWord
            && !tokens[index].has(EntityToken.spaceBefore) && index + 1 < count
            && !tokens[index + 1].has(EntityToken.spaceBefore)
    }

    /// The end of a run of name words starting at `start`.
    private func extendRun(from start: Int) -> Int {
        var index = start + 1
        var end = index
        while index < count {
            if isCapitalizedWord(index) {
                // A regnal number: `Hamengku Buwono X`.
                if index - start >= 2 && isRoman(index) { return index + 1 }
                if let cue = cue(at: index, NameRules.titleLike.union(.nonName)) {
                    if cue.classes.contains(.nonName) { break }
                    if isTitleHere(index, length: cue.length) { break }
                }
                // A known organisation or a longer place ends the run; a one-word place may be
                // part of a name (`Badrodin Haiti`).
                if let match = gazetteerMatch(at: index), match.kind != .person,
                    !classes(index).contains(.givenName), match.kind == .organization || match.length > 1
                {
                    break
                }
                if classes(index).contains(.orgHead) && !classes(index).contains(.orgTail)
                    && index + 1 < count && isCapitalizedWord(index + 1)
                {
                    break
                }
                index += 1
                end = index
                continue
            }
            if isGluedHyphen(index) && isCapitalizedWord(index + 1) {
                index += 1
                continue
            }
            // Initials: `B.J. Habibie`, `M. Nuh`.
            if isMark(index, 0x2E), tokens[index - 1].letters <= 2,
                tokens[index - 1].has(EntityToken.allCaps), isCapitalizedWord(index + 1)
            {
                index += 1
                continue
            }
            if isLowercaseWord(index), classes(index).contains(.connector),
                !classes(index).contains(.stop), isCapitalizedWord(index + 1)
            {
                index += 1
                continue
            }
            break
        }
        return end
    }

    /// A Roman numeral in capitals (I to XXXIX).
    private func isRoman(_ index: Int) -> Bool {
        let token = tokens[index]
        guard token.has(EntityToken.allCaps), token.length <= 6 else { return false }
        for offset in Int(token.start)..<Int(token.end) {
            let byte = bytes[offset]
            if byte != 0x49 && byte != 0x56 && byte != 0x58 { return false }
        }
        return true
    }

    /// The type of a name run from its words and neighbours.
    private func classify(_ run: Range<Int>, personNext: Bool) -> EntityKind {
        if personNext { return .person }
        let first = tokens[run.lowerBound]
        var acronym = false
        if run.count == 1 && first.has(EntityToken.allCaps) && first.letters >= 2 && !allCapsText {
            acronym = !classes(run.lowerBound).contains(.givenName)
        }
        for index in run where classes(index).contains(.orgTail) && index > run.lowerBound {
            return .organization
        }
        if isWebDomain(run.upperBound - 1) { return .organization }
        let before = run.lowerBound - 1
        let after = run.upperBound
        if before >= 0, isWord(before) {
            let wordClasses = classes(before)
            if wordClasses.contains(.personCue) && !tokens[before].isCapitalized { return .person }
            if wordClasses.contains(.orgCue) { return .organization }
            if wordClasses.contains(.locationCue) && !acronym
                && !classes(run.lowerBound).contains(.givenName)
            {
                return run.count <= 2 ? .location : .person
            }
        }
        if acronym || isSpelledOut(run) { return .organization }
        if after < count, isWord(after), classes(after).contains(.personCue) {
            return .person
        }
        return .person
    }

    /// Whether the run is followed by its acronym in brackets, made of the initials of its
    /// words: `Lingkaran Survei Indonesia (LSI)`.
    private func isSpelledOut(_ run: Range<Int>) -> Bool {
        let end = run.upperBound
        guard run.count >= 2, isMark(end, 0x28), end + 2 < count, isMark(end + 2, 0x29), isWord(end + 1),
            tokens[end + 1].has(EntityToken.allCaps)
        else { return false }
        var initials: [UInt8] = []
        for index in run where tokens[index].isCapitalized { initials.append(tokens[index].firstByte | 0x20) }
        let acronym = tokens[end + 1]
        var position = 0
        for offset in Int(acronym.start)..<Int(acronym.end) {
            let letter = bytes[offset] | 0x20
            while position < initials.count && initials[position] != letter { position += 1 }
            guard position < initials.count else { return false }
            position += 1
        }
        return acronym.length >= 2
    }

    private func isWebDomain(_ index: Int) -> Bool {
        let token = tokens[index]
        guard token.has(EntityToken.dotted) else { return false }
        var position = Int(token.end) - 1
        while position > Int(token.start) && bytes[position] != 0x2E { position -= 1 }
        let suffixLength = Int(token.end) - position - 1
        guard suffixLength >= 2, suffixLength <= 4 else { return false }
        var suffix: UInt32 = 0
        for offset in (position + 1)..<Int(token.end) { suffix = suffix << 8 | UInt32(bytes[offset] | 0x20) }
        switch suffix {
        case 0x636F6D, 0x636F, 0x6964, 0x6E6574, 0x6F7267, 0x7476, 0x6E6577, 0x696E666F: return true  // com co id net org tv new info
        default: return false
        }
    }

    /// Emits a name. A person run with a hyphen between words is a ticket of two people when
    /// two or more words stand before the hyphen (`Joko Widodo-Jusuf Kalla`); with one word
    /// before it, it is a double given name (`Kassym-Jomart Tokayev`) or a ticket written as one
    /// name (`Jokowi-JK`).
    private mutating func emitName(_ run: Range<Int>, _ kind: EntityKind) {
        if kind == .person {
            for index in run where isMark(index, 0x2D) && isGluedHyphen(index) {
                let left = index - run.lowerBound
                guard left >= 2 else { break }
                emit(run.lowerBound..<index, .person)
                emitName((index + 1)..<run.upperBound, .person)
                used[index] = true
                return
            }
        }
        emit(run, kind)
    }
}
