/// Markdown helpers for output meant to be pasted into documents.
enum Markdown {
    /// `text` with the characters that Markdown would read as formatting backslash-escaped, so
    /// that it renders exactly as written (`*Arya` stays `*Arya`, `a|b` stays in its table cell).
    static func escaped(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count + 8)
        for character in text {
            if "\\`*_[]<>|".contains(character) { result.append("\\") }
            result.append(character)
        }
        return result
    }
}
