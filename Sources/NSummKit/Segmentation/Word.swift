/// A run of non-space characters on one side of a candidate sentence boundary, with the
/// surrounding quotes and brackets told apart from its core.
///
/// For `(Tbk.)` the core is `Tbk.`; for `“Kami` it is `Kami`.
struct Word {
    /// The word without leading opening marks or trailing closing marks.
    let core: Substring
    /// What the word starts with, after opening quotes.
    let opening: Opening

    /// The class of a word's first character that matters for sentence breaking.
    enum Opening {
        case lowercase, digit, openingBracket, other
    }

    /// Splits `text` into core and marks.
    init(_ text: Substring) {
        var core = text
        while let first = core.unicodeScalars.first, Self.openers.contains(first) {
            core = core.dropFirst()
        }
        let bracketed = text.first == "(" || text.first == "["
        var trimmed = core
        while let last = trimmed.unicodeScalars.last, Self.closers.contains(last) {
            trimmed = trimmed.dropLast()
        }
        self.core = trimmed
        if bracketed {
            opening = .openingBracket
        } else if let first = core.unicodeScalars.first {
            if first.properties.isLowercase {
                opening = .lowercase
            } else if first.properties.numericType != nil {
                opening = .digit
            } else {
                opening = .other
            }
        } else {
            opening = .other
        }
    }

    /// The core without trailing punctuation: `Namun,` gives `Namun`.
    var bare: Substring {
        var bare = core
        while let last = bare.last, !last.isLetter && !last.isNumber { bare = bare.dropLast() }
        return bare
    }

    /// Whether the core ends with a full stop.
    var endsWithFullStop: Bool { core.hasSuffix(".") }

    /// Whether the core ends with an ellipsis (`...` or `…`).
    var endsWithEllipsis: Bool { core.hasSuffix("..") || core.hasSuffix("…") }

    /// Initials and dotted forms: `B.`, `B.J.`, `A.S.`, `S.H.`, `M.Si.` — either one capital
    /// letter with a full stop, or two or more groups of one to three letters, each with one.
    var isInitials: Bool {
        let groups = core.split(separator: ".", omittingEmptySubsequences: false).dropLast()
        guard core.hasSuffix("."), !groups.isEmpty,
            groups.allSatisfy({ (1...3).contains($0.count) && $0.allSatisfy(\.isLetter) })
        else { return false }
        if groups.count == 1 {
            return groups[groups.startIndex].count == 1
                && groups[groups.startIndex].first!.isUppercase
        }
        return true
    }

    /// `1.`, `12.`, `a.`: the marker of a numbered or lettered list item.
    var isListMarker: Bool {
        let body = core.dropLast()
        guard core.hasSuffix("."), !body.isEmpty else { return false }
        return (body.count <= 3 && body.allSatisfy(\.isNumber))
            || (body.count == 1 && body.first!.isLowercase)
    }

    private static let openers: Set<Unicode.Scalar> = [
        "(", "[", "{", "\"", "'", "\u{201C}", "\u{2018}", "\u{00AB}", "\u{2039}", "\u{201E}",
        "\u{201A}",
    ]
    private static let closers: Set<Unicode.Scalar> = [
        ")", "]", "}", "\"", "'", "\u{201D}", "\u{2019}", "\u{00BB}", "\u{203A}", "*",
    ]
}
