import CNSummICU

/// A regular expression from a lexicon file (ICU syntax), matched at the start of UTF-8 text
/// by ICU itself: no bridging to UTF-16 strings, and the compiled expression is shared by all
/// threads (each match works on a clone).
final class LinePattern: @unchecked Sendable {
    // The template is only ever cloned after init (see nsumm_regex_prefix).
    private let regex: OpaquePointer

    /// Compiles `pattern`; nil when it is not a valid ICU expression.
    init?(_ pattern: String) {
        var pattern = pattern
        let compiled = pattern.withUTF8 { nsumm_regex_open($0.baseAddress, Int32($0.count), nil) }
        guard let compiled else { return nil }
        regex = compiled
    }

    deinit {
        nsumm_regex_close(regex)
    }

    /// The length in bytes of the match that starts at the beginning of `text`, if any.
    func prefixMatch(in text: UnsafeBufferPointer<UInt8>) -> Int? {
        let length = nsumm_regex_prefix(regex, text.baseAddress, Int32(clamping: text.count))
        return length >= 0 ? Int(length) : nil
    }

    /// Whether the pattern matches all of `text`.
    func matchesWhole(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        prefixMatch(in: text) == text.count
    }
}
