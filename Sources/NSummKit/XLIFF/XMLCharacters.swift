/// The characters XML 1.0 can carry: tab, line feed, carriage return, U+0020–U+D7FF,
/// U+E000–U+FFFD and U+10000–U+10FFFF. Everything else (the other C0 controls, U+FFFE, U+FFFF)
/// must be encoded (XLIFF 2's `<cp hex="…"/>`) or refused.
enum XMLCharacters {
    /// Whether XML 1.0 allows `scalar` in a document.
    @inline(__always)
    static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: return true
        default: return false
        }
    }

    /// `string` split into runs XML can carry and single characters it cannot, in order.
    static func pieces(of string: String) -> [Piece] {
        guard !string.unicodeScalars.allSatisfy(isAllowed) else { return [.text(string)] }
        var pieces: [Piece] = []
        var run = String.UnicodeScalarView()
        for scalar in string.unicodeScalars {
            if isAllowed(scalar) {
                run.append(scalar)
            } else {
                if !run.isEmpty { pieces.append(.text(String(run))) }
                run = String.UnicodeScalarView()
                pieces.append(.forbidden(scalar))
            }
        }
        if !run.isEmpty { pieces.append(.text(String(run))) }
        return pieces
    }

    /// `string` with every character XML cannot carry replaced by U+FFFD, for notes and
    /// attribute values, which have no way to encode them.
    static func replacingForbidden(in string: String) -> String {
        guard !string.unicodeScalars.allSatisfy(isAllowed) else { return string }
        return String(String.UnicodeScalarView(string.unicodeScalars.map { isAllowed($0) ? $0 : "\u{FFFD}" }))
    }

    /// A run of allowed text, or one forbidden character.
    enum Piece: Equatable {
        /// Characters XML allows.
        case text(String)
        /// A character XML forbids.
        case forbidden(Unicode.Scalar)
    }
}
