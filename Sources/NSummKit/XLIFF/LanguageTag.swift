/// A well-formed BCP 47 language tag (RFC 5646 syntax), in canonical case: `id-ID`, `en-US`,
/// `zh-Hant-TW`, `sr-Latn`.
///
/// XLIFF needs BCP 47 for `srcLang`/`trgLang` (2.x) and `source-language`/`target-language`
/// (1.2); a POSIX locale such as `id_ID` fails the 2.x schema, and CAT tools match projects on
/// these codes. The check is syntactic: the tag is not looked up in the IANA registry.
///
/// ```swift
/// let target = try LanguageTag("en-us")   // en-US
/// try LanguageTag("id_ID")                 // throws: use a hyphen (id-ID)
/// ```
public struct LanguageTag: Sendable, Hashable, CustomStringConvertible {
    /// The tag, canonically cased.
    public let code: String

    /// Checks `string` and puts it in canonical case (language lower case, script title case,
    /// region upper case).
    public init(_ string: String) throws(XLIFFError) {
        if let problem = Self.problem(with: string) {
            throw .invalidLanguageTag(string, reason: problem)
        }
        code = Self.canonicalCase(string)
    }

    /// The tag, as written in XLIFF files.
    public var description: String { code }

    /// Indonesian as spoken in Indonesia, nsumm's default source language.
    public static let indonesian = try! LanguageTag("id-ID")

    /// Why `string` is not a well-formed tag, or nil when it is.
    private static func problem(with string: String) -> String? {
        if string.isEmpty { return "it is empty" }
        if string.contains("_") {
            return "use a hyphen, not an underscore (\(string.replacing("_", with: "-")))"
        }
        let subtags = string.split(separator: "-", omittingEmptySubsequences: false)
        guard subtags.allSatisfy({ !$0.isEmpty && $0.count <= 8 && $0.allSatisfy(\.isASCIIAlphanumeric) })
        else { return "subtags are 1 to 8 ASCII letters or digits separated by hyphens" }
        if subtags[0].lowercased() == "in" { return "'in' is the withdrawn code for Indonesian; use 'id'" }
        return subtags[0].lowercased() == "x" ? nil : grammarProblem(subtags.map { $0.lowercased() })
    }

    /// Walks RFC 5646's `langtag` production: language, extlang, script, region, variants,
    /// extensions, private use.
    private static func grammarProblem(_ subtags: [String]) -> String? {
        let language = subtags[0]
        guard language.count >= 2, language.allSatisfy(\.isLetter) else {
            return "the first subtag must be a language code of 2 to 8 letters (such as id or en)"
        }
        var index = 1
        if language.count <= 3 {
            var extlangs = 0
            while index < subtags.count, extlangs < 3, subtags[index].count == 3,
                subtags[index].allSatisfy(\.isLetter)
            {
                index += 1
                extlangs += 1
            }
        }
        if index < subtags.count, subtags[index].count == 4, subtags[index].allSatisfy(\.isLetter) {
            index += 1
        }
        if index < subtags.count,
            (subtags[index].count == 2 && subtags[index].allSatisfy(\.isLetter))
                || (subtags[index].count == 3 && subtags[index].allSatisfy(\.isNumber))
        {
            index += 1
        }
        while index < subtags.count, isVariant(subtags[index]) { index += 1 }
        var singletons: Set<String> = []
        while index < subtags.count, subtags[index].count == 1, subtags[index] != "x" {
            guard singletons.insert(subtags[index]).inserted else {
                return "extension '\(subtags[index])' appears twice"
            }
            index += 1
            let start = index
            while index < subtags.count, subtags[index].count >= 2 { index += 1 }
            if index == start { return "extension '\(subtags[start - 1])' has no value" }
        }
        if index < subtags.count, subtags[index] == "x" {
            return index + 1 < subtags.count ? nil : "private use 'x' has no value"
        }
        if index < subtags.count {
            return "'\(subtags[index])' is not a valid subtag at this place (expected language-Script-REGION, such as en-US)"
        }
        return nil
    }

    /// A variant: 5 to 8 letters or digits, or a digit and 3 letters or digits.
    private static func isVariant(_ subtag: String) -> Bool {
        subtag.count >= 5 || (subtag.count == 4 && subtag.first!.isNumber)
    }

    /// Language and other subtags lower case, 4-letter scripts title case, 2-letter regions
    /// upper case (only before any singleton).
    private static func canonicalCase(_ string: String) -> String {
        var parts: [String] = []
        var afterSingleton = false
        for (position, subtag) in string.split(separator: "-").enumerated() {
            let lower = subtag.lowercased()
            if position == 0 || afterSingleton {
                parts.append(lower)
            } else if lower.count == 1 {
                afterSingleton = true
                parts.append(lower)
            } else if lower.count == 2 {
                parts.append(lower.uppercased())
            } else if lower.count == 4 && lower.allSatisfy(\.isLetter) {
                parts.append(lower.prefix(1).uppercased() + lower.dropFirst())
            } else {
                parts.append(lower)
            }
            if position == 0 && lower == "x" { afterSingleton = true }
        }
        return parts.joined(separator: "-")
    }
}

extension Character {
    /// An ASCII letter or digit.
    fileprivate var isASCIIAlphanumeric: Bool {
        isASCII && (isLetter || isNumber)
    }
}
