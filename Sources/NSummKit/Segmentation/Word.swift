/// A run of non-space characters on one side of a candidate sentence boundary, with the
/// surrounding quotes and brackets told apart from its core.
///
/// For `(Tbk.)` the core is `Tbk.`; for `“Kami` it is `Kami`.
struct Word {
    /// The word without leading opening marks or trailing closing marks.
    let core: Substring
    /// Whether closing quotes or brackets follow the core (`dia.”`).
    let endsWithClosingMark: Bool
    /// What the word starts with, after opening quotes.
    let opening: Opening

    /// The class of a word's first character that matters for sentence breaking.
    enum Opening {
        case lowercase, digit, openingBracket, other
    }

    /// Splits `text` into core and marks.
    init(_ text: Substring) {
        var core = text
        while let first = core.unicodeScalars.first, UTF8Bytes.isOpeningMark(first) {
            core = core.dropFirst()
        }
        let bracketed = text.first == "(" || text.first == "["
        var trimmed = core
        while let last = trimmed.unicodeScalars.last, UTF8Bytes.isClosingMark(last) {
            trimmed = trimmed.dropLast()
        }
        self.core = trimmed
        self.endsWithClosingMark = trimmed.endIndex < core.endIndex
        if bracketed {
            opening = .openingBracket
        } else if let first = core.unicodeScalars.first {
            if UTF8Bytes.isLowercase(first) {
                opening = .lowercase
            } else if UTF8Bytes.isNumeric(first) {
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
    var endsWithFullStop: Bool { core.utf8.last == UInt8(ascii: ".") }

    /// Whether the core ends with an ellipsis (`..` or `…`).
    var endsWithEllipsis: Bool {
        let utf8 = core.utf8
        guard utf8.count >= 2 else { return false }
        let last = utf8[utf8.index(before: utf8.endIndex)]
        let beforeLast = utf8[utf8.index(utf8.endIndex, offsetBy: -2)]
        return (last == 0x2E && beforeLast == 0x2E) || (last == 0xA6 && beforeLast == 0x80)
    }

    /// Initials and dotted forms: `B.`, `B.J.`, `A.S.`, `S.H.`, `M.Si.` — either one capital
    /// letter with a full stop, or two or more groups of one to three ASCII letters, each with
    /// one.
    var isInitials: Bool {
        var groups = 0
        var letters = 0
        var firstIsUpper = false
        for byte in core.utf8 {
            switch byte {
            case 0x2E:
                guard letters > 0 else { return false }
                groups += 1
                letters = 0
            case 0x41...0x5A, 0x61...0x7A:
                if groups == 0 && letters == 0 { firstIsUpper = byte <= 0x5A }
                letters += 1
                if letters > 3 { return false }
            default:
                return false
            }
        }
        guard letters == 0, groups > 0 else { return false }
        return groups > 1 || (firstIsUpper && core.utf8.count == 2)
    }

    /// `1.`, `12.`, `a.`: the marker of a numbered or lettered list item.
    var isListMarker: Bool {
        let body = core.dropLast()
        guard core.hasSuffix("."), !body.isEmpty else { return false }
        return (body.count <= 3 && body.allSatisfy(\.isNumber))
            || (body.count == 1 && body.first!.isLowercase)
    }
}
