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
        var index = 0
        while index < context.count {
            if context.used[index] || !context.tokens[index].isWord {
                index += 1
                continue
            }
            if let (end, kind) = match(at: index, in: context) {
                context.emit(index..<end, kind)
                index = end
            } else {
                index += 1
            }
        }
    }

    private static func match(at index: Int, in context: SpotContext) -> (Int, EntityKind)? {
        let token = context.tokens[index]
        let classes = context.classes(index)
        if token.isNumeric {
            if let end = date(at: index, in: context) { return (extendTime(end, in: context), .date) }
            if let end = clock(at: index, in: context) { return (end, .time) }
            if let end = year(at: index, in: context) { return (end, .date) }
            return amount(at: index, in: context)
        }
        if classes.contains(.weekday) && token.isCapitalized {
            return (weekdayDate(at: index, in: context), .date)
        }
        if classes.contains(.month) && token.isCapitalized, let end = monthYear(at: index, in: context) {
            return (end, .date)
        }
        if classes.contains(.yearCue), context.isWord(index + 1), let end = year(at: index + 1, in: context) {
            return (end, .date)
        }
        if classes.contains(.timeCue), context.isWord(index + 1), let end = clock(at: index + 1, in: context, cued: true) {
            return (end, .time)
        }
        if let currency = context.cue(at: index, .currency), let end = number(at: index + currency.length, in: context) {
            return (end, .money)
        }
        return nil
    }

    // MARK: Dates

    /// `Kamis`, `Kamis (6/1)`, `Kamis, 6 Januari 2022`, `Selasa (28/10) malam`.
    private static func weekdayDate(at index: Int, in context: SpotContext) -> Int {
        var end = index + 1
        if context.isMark(end, 0x28), context.isWord(end + 1), context.tokens[end + 1].has(EntityToken.slashed),
            context.isMark(end + 2, 0x29)
        {
            end += 3
        } else if context.isMark(end, 0x2C), context.isWord(end + 1), let date = date(at: end + 1, in: context) {
            end = date
        } else if context.isWord(end), let date = date(at: end, in: context) {
            end = date
        }
        return extendTime(end, in: context)
    }

    /// Day part or clock time right after a date: `malam`, `pukul 10.00 WIB`.
    private static func extendTime(_ end: Int, in context: SpotContext) -> Int {
        var end = end
        if end < context.count, context.isWord(end), context.tokens[end].isWord,
            context.classes(end).contains(.timeCue), context.isWord(end + 1),
            let clock = clock(at: end + 1, in: context, cued: true)
        {
            end = clock
        }
        if end < context.count, let part = context.cue(at: end, .dayPart), context.isLowercaseWord(end) {
            end += part.length
        }
        return end
    }

    /// `5 Januari 2022`, `5 Januari`, `22-25 Januari 2013`, `2/12/2014`.
    private static func date(at index: Int, in context: SpotContext) -> Int? {
        let token = context.tokens[index]
        guard token.isNumeric else { return nil }
        if token.has(EntityToken.slashed) {
            let parts = context.numberParts(index)
            guard parts.count >= 2, parts.allSatisfy({ $0.separator == 0 || $0.separator == 0x2F }),
                parts[0].value >= 1, parts[0].value <= 31, parts[1].value >= 1, parts[1].value <= 12
            else { return nil }
            return parts.count == 3 ? index + 1 : nil
        }
        let parts = context.numberParts(index)
        guard parts.count <= 2, parts.allSatisfy({ $0.value >= 1 && $0.value <= 31 && $0.digits <= 2 }),
            parts.count == 1 || parts[1].separator == 0x2D
        else { return nil }
        guard context.isWord(index + 1), context.classes(index + 1).contains(.month),
            context.tokens[index + 1].isCapitalized
        else { return nil }
        var end = index + 2
        if context.isWord(end), let year = fourDigitYear(end, in: context), year > 0 { end += 1 }
        return end
    }

    /// `Januari 2022`; a month alone after `bulan`.
    private static func monthYear(at index: Int, in context: SpotContext) -> Int? {
        if context.isWord(index + 1), fourDigitYear(index + 1, in: context) != nil { return index + 2 }
        if index > 0, context.tokens[index - 1].isWord, context.classes(index - 1).contains(.yearCue) {
            return index + 1
        }
        return nil
    }

    private static func fourDigitYear(_ index: Int, in context: SpotContext) -> Int? {
        guard context.tokens[index].length == 4, let value = context.integer(index),
            value >= 1800, value <= 2199
        else { return nil }
        return value
    }

    /// A year (`2014`) or a range of years (`2014-2019`) not followed by a counted noun.
    private static func year(at index: Int, in context: SpotContext) -> Int? {
        let token = context.tokens[index]
        guard token.isNumeric else { return nil }
        if token.has(EntityToken.hyphenated) {
            let parts = context.numberParts(index)
            guard parts.count == 2, parts[0].digits == 4, parts[1].digits == 4 || parts[1].digits == 2,
                parts[0].value >= 1800, parts[0].value <= 2199
            else { return nil }
            return index + 1
        }
        guard fourDigitYear(index, in: context) != nil else { return nil }
        if countedNoun(index + 1, in: context) { return nil }
        return index + 1
    }

    // MARK: Times

    /// `10.30 WIB`, `14.00`, `10:30` after `pukul`; without `pukul`, a time zone is needed.
    private static func clock(at index: Int, in context: SpotContext, cued: Bool = false) -> Int? {
        let token = context.tokens[index]
        guard token.isNumeric else { return nil }
        var end = index + 1
        let parts = context.numberParts(index)
        if parts.count == 2, parts[1].separator == 0x2E, parts[1].digits == 2 {
            guard parts[0].value <= 24, parts[1].value <= 59 else { return nil }
        } else if parts.count == 1, parts[0].value <= 24, parts[0].digits <= 2,
            context.isMark(end, 0x3A), end + 1 < context.count, context.tokens[end + 1].isNumeric,
            context.tokens[end + 1].length == 2
        {
            end += 2
        } else if !(cued && parts.count == 1 && parts[0].value <= 24 && parts[0].digits <= 2) {
            return nil
        }
        if end < context.count, context.isWord(end), let zone = context.cue(at: end, .timeZone) {
            end += zone.length
        } else if !cued {
            return nil
        }
        return end
    }

    // MARK: Amounts

    /// A number and its multipliers: `2.500`, `1,2 miliar`, `5 juta`.
    private static func number(at index: Int, in context: SpotContext) -> Int? {
        guard index < context.count, context.tokens[index].isNumeric else { return nil }
        var end = index + 1
        while end < context.count, context.isWord(end), context.classes(end).contains(.multiplier),
            context.isLowercaseWord(end) || context.tokens[end].letters <= 2
        {
            end += 1
        }
        return end
    }

    /// Money, percentages and counted quantities that start with a number.
    private static func amount(at index: Int, in context: SpotContext) -> (Int, EntityKind)? {
        // A number glued to a name (`Golkar 1`, `Komisi 3`) belongs to the name.
        if index > 0, context.tokens[index - 1].isCapitalized,
            context.classes(index - 1).isDisjoint(with: [.currency, .month, .weekday, .common])
        {
            return nil
        }
        guard var end = number(at: index, in: context) else { return nil }
        if end < context.count, let percent = context.cue(at: end, .percent) {
            return (end + percent.length, .percent)
        }
        if end < context.count, let currency = context.cue(at: end, .currency), !context.tokens[end].isCapitalized
            || context.tokens[end].has(EntityToken.allCaps)
        {
            return (end + currency.length, .money)
        }
        if countedNoun(end, in: context) { end += 1 }
        return (end, .quantity)
    }

    /// A lowercase content word after a number: the noun it counts (`pasukan`, `anggota`).
    private static func countedNoun(_ index: Int, in context: SpotContext) -> Bool {
        guard context.isLowercaseWord(index), !context.used[index] else { return false }
        let classes = context.classes(index)
        if classes.contains(.stop) || classes.contains(.month) || classes.contains(.dayPart) {
            return false
        }
        // Verbs (`ditangkap`, `mengikuti`) are not counted nouns.
        let token = context.tokens[index]
        if !classes.contains(.common), token.length <= 24 {
            let word = Array(context.bytes[Int(token.start)..<Int(token.end)])
            if let first = word.first, first == 0x64 || first == 0x6D || first == 0x62 || first == 0x74,
                AffixStripper.hasCommonRoot(word, in: context.lexicons)
            {
                return false
            }
        }
        return true
    }
}
