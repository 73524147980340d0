extension StringProtocol {
    /// The text without the white space at either end (spaces, tabs and line breaks: Unicode's
    /// `White_Space`), as Foundation's `trimmingCharacters(in: .whitespacesAndNewlines)` gives
    /// it; for the package's own parsing of option values and messages.
    package func trimmingWhitespace() -> String {
        guard let first = firstIndex(where: { !$0.isWhitespace }),
            let last = lastIndex(where: { !$0.isWhitespace })
        else { return "" }
        return String(self[first...last])
    }
}
