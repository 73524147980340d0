/// Dates, times, amounts of money, percentages and counted quantities.
///
/// - dates: a weekday with an optional date (`Kamis (6/1)`, `Selasa, 26 Agustus 2014`,
///   `Selasa (28/10) malam`), `5 Januari 2022`, `22-25 Januari 2013`, `Januari 2022`,
///   `tahun 2014`, a year or range of years (`2014-2019`), `2/12/2014`;
/// - times: `pukul 10.30 WIB`, `10.30 WIB`;
/// - money: `Rp 5 juta`, `US$ 1,2 miliar`, `5 juta dolar AS`;
/// - percentages: `12,5 persen`, `40 %`;
/// - quantities: a number with its multiplier and the noun it counts (`2.500 pasukan`,
///   `18 anggota`).
///
/// Runs before the name rules, so weekdays and months are never taken for names.
enum NumericRules {
    static func apply(_ context: inout SpotContext) {
        context.applyNumericRules()
    }
}

extension SpotContext {
    /// Classes of the words a numeric expression can start with.
    static let numericStarts: WordClass = [.weekday, .month, .yearCue, .timeCue, .currency]

    mutating func applyNumericRules() {
        var index = 0
        while index < count {
            let token = tokens[index]
            if used[index] || !token.isWord
                || !token.isNumeric && info[index].classes.isDisjoint(with: SpotContext.numericStarts)
                    && info[index].cueLength == 0
            {
                index += 1
                continue
            }
            if let (end, kind) = numericMatch(at: index) {
                emit(index..<end, kind)
                index = end
            } else {
                index += 1
            }
        }
    }

    private func numericMatch(at index: Int) -> (Int, EntityKind)? {
        let token = tokens[index]
        let wordClasses = classes(index)
        if token.isNumeric {
            if let end = date(at: index) { return (extendTime(end), .date) }
            if let end = clock(at: index) { return (end, .time) }
            if let end = year(at: index) { return (end, .date) }
            return amount(at: index)
        }
        if wordClasses.contains(.weekday) && token.isCapitalized {
            return (weekdayDate(at: index), .date)
        }
        if wordClasses.contains(.month) && token.isCapitalized, let end = monthYear(at: index) {
            return (end, .date)
        }
        if wordClasses.contains(.yearCue), isWord(index + 1), let end = year(at: index + 1) {
            return (end, .date)
        }
        if wordClasses.contains(.timeCue), isWord(index + 1), let end = clock(at: index + 1, cued: true) {
            return (end, .time)
        }
        if let currency = cue(at: index, .currency), let end = number(at: index + currency.length) {
            return (end, .money)
        }
        return nil
    }

    // MARK: Dates

    /// `Kamis`, `Kamis (6/1)`, `Kamis, 6 Januari 2022`, `Selasa (28/10) malam`.
    private func weekdayDate(at index: Int) -> Int {
        var end = index + 1
        if isMark(end, 0x28), isWord(end + 1), tokens[end + 1].has(EntityToken.slashed),
            isMark(end + 2, 0x29)
        {
            end += 3
        } else if isMark(end, 0x2C), isWord(end + 1), let date = date(at: end + 1) {
            end = date
        } else if isWord(end), let date = date(at: end) {
            end = date
        }
        return extendTime(end)
    }

    /// Day part or clock time right after a date: `malam`, `pukul 10.00 WIB`.
    private func extendTime(_ end: Int) -> Int {
        var end = end
        if end < count, isWord(end), tokens[end].isWord,
            classes(end).contains(.timeCue), isWord(end + 1),
            let clock = clock(at: end + 1, cued: true)
        {
            end = clock
        }
        if end < count, let part = cue(at: end, .dayPart), isLowercaseWord(end) {
            end += part.length
        }
        return end
    }

    /// `5 Januari 2022`, `5 Januari`, `22-25 Januari 2013`, `2/12/2014`.
    private func date(at index: Int) -> Int? {
        let token = tokens[index]
        guard token.isNumeric else { return nil }
        if token.has(EntityToken.slashed) {
            let parts = numberParts(index)
            guard parts.count >= 2, parts.allSatisfy({ $0.separator == 0 || $0.separator == 0x2F }),
                parts[0].value >= 1, parts[0].value <= 31, parts[1].value >= 1, parts[1].value <= 12
            else { return nil }
            return parts.count == 3 ? index + 1 : nil
        }
        let parts = numberParts(index)
        guard parts.count <= 2, parts.allSatisfy({ $0.value >= 1 && $0.value <= 31 && $0.digits <= 2 }),
            parts.count == 1 || parts[1].separator == 0x2D
        else { return nil }
        guard isWord(index + 1), classes(index + 1).contains(.month),
            tokens[index + 1].isCapitalized
        else { return nil }
        var end = index + 2
        if isWord(end), let year = fourDigitYear(end), year > 0 { end += 1 }
        return end
    }

    /// `Januari 2022`; a month alone after `bulan`.
    private func monthYear(at index: Int) -> Int? {
        if isWord(index + 1), fourDigitYear(index + 1) != nil { return index + 2 }
        if index > 0, tokens[index - 1].isWord, classes(index - 1).contains(.yearCue) {
            return index + 1
        }
        return nil
    }

    private func fourDigitYear(_ index: Int) -> Int? {
        guard tokens[index].length == 4, let value = integer(index),
            value >= 1800, value <= 2199
        else { return nil }
        return value
    }

    /// A year (`2014`) or a range of years (`2014-2019`) not followed by a counted noun.
    private func year(at index: Int) -> Int? {
        let token = tokens[index]
        guard token.isNumeric else { return nil }
        if token.has(EntityToken.hyphenated) {
            let parts = numberParts(index)
            guard parts.count == 2, parts[0].digits == 4, parts[1].digits == 4 || parts[1].digits == 2,
                parts[0].value >= 1800, parts[0].value <= 2199
            else { return nil }
            return index + 1
        }
        guard fourDigitYear(index) != nil else { return nil }
        if countedNoun(index + 1) { return nil }
        return index + 1
    }

    // MARK: Times

    /// `10.30 WIB`, `14.00`, `10:30` after `pukul`; without `pukul`, a time zone is needed.
    private func clock(at index: Int, cued: Bool = false) -> Int? {
        let token = tokens[index]
        guard token.isNumeric else { return nil }
        var end = index + 1
        let parts = numberParts(index)
        if parts.count == 2, parts[1].separator == 0x2E, parts[1].digits == 2 {
            guard parts[0].value <= 24, parts[1].value <= 59 else { return nil }
        } else if parts.count == 1, parts[0].value <= 24, parts[0].digits <= 2,
            isMark(end, 0x3A), end + 1 < count, tokens[end + 1].isNumeric,
            tokens[end + 1].length == 2
        {
            end += 2
        } else if !(cued && parts.count == 1 && parts[0].value <= 24 && parts[0].digits <= 2) {
            return nil
        }
        if end < count, isWord(end), let zone = cue(at: end, .timeZone) {
            end += zone.length
        } else if !cued {
            return nil
        }
        return end
    }

    // MARK: Amounts

    /// A number and its multipliers: `2.500`, `1,2 miliar`, `5 juta`.
    private func number(at index: Int) -> Int? {
        guard index < count, tokens[index].isNumeric else { return nil }
        var end = index + 1
        while end < count, isWord(end), classes(end).contains(.multiplier),
            isLowercaseWord(end) || tokens[end].letters <= 2
        {
            end += 1
        }
        return end
    }

    /// Money, percentages and counted quantities that start with a number.
    private func amount(at index: Int) -> (Int, EntityKind)? {
        // A number glued to a name (`Golkar 1`, `Komisi 3`) belongs to the name.
        if index > 0, tokens[index - 1].isCapitalized,
            classes(index - 1).isDisjoint(with: [.currency, .month, .weekday, .common])
        {
            return nil
        }
        guard var end = number(at: index) else { return nil }
        if end < count, let percent = cue(at: end, .percent) {
            return (end + percent.length, .percent)
        }
        if end < count, let currency = cue(at: end, .currency), !tokens[end].isCapitalized
            || tokens[end].has(EntityToken.allCaps)
        {
            return (end + currency.length, .money)
        }
        if countedNoun(end) { end += 1 }
        return (end, .quantity)
    }

    /// A lowercase content word after a number: the noun it counts (`pasukan`, `anggota`).
    private func countedNoun(_ index: Int) -> Bool {
        guard isLowercaseWord(index), !used[index] else { return false }
        let wordClasses = classes(index)
        if wordClasses.contains(.stop) || wordClasses.contains(.month) || wordClasses.contains(.dayPart) {
            return false
        }
        // Verbs (`ditangkap`, `mengikuti`, `bertahan`) are not counted nouns.
        let token = tokens[index]
        let first = token.firstByte
        if !lexicons.isCommon(token.hash), first == 0x64 || first == 0x6D || first == 0x62 || first == 0x74,
            AffixStripper.hasCommonRoot(bytes, Int(token.start)..<Int(token.end), in: lexicons)
        {
            return false
        }
        return true
    }
}
