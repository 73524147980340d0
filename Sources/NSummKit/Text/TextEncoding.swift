/// Which encoding a ``TextDecoder`` reads its input in.
///
/// UTF-16 and UTF-32 input with a byte-order mark is always recognised and converted, since the
/// mark leaves no doubt. Other encodings are converted only when asked for: guessing the
/// charset of 8-bit text is unreliable, so it is never done silently.
public enum TextEncoding: Sendable, Hashable, CustomStringConvertible {
    /// UTF-8 (with or without a byte-order mark); anything else is an error.
    case utf8
    /// UTF-8 when the bytes are valid UTF-8; otherwise ICU's charset detector decides when it
    /// is sure enough, and `windows-1252` (the usual encoding of older Indonesian web pages) is
    /// taken when it is not.
    case automatic
    /// A charset ICU's converters know: `windows-1252`, `ISO-8859-1`, `UTF-16LE`, ….
    case named(String)

    /// Parses a command-line value: `utf-8`, `auto`, or a charset name.
    public init(_ value: String) {
        switch value.lowercased() {
        case "utf-8", "utf8": self = .utf8
        case "auto", "automatic", "detect": self = .automatic
        default: self = .named(value)
        }
    }

    /// `utf-8`, `auto`, or the charset name.
    public var description: String {
        switch self {
        case .utf8: return "utf-8"
        case .automatic: return "auto"
        case .named(let name): return name
        }
    }

    /// Whether ICU has a converter for `name`.
    public static func isKnown(_ name: String) -> Bool {
        CharsetConverter.isKnown(name)
    }
}
