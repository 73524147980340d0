extension String {
    /// The string with every line break (and the white space around it) turned into one space,
    /// for one-line text output.
    var singleLine: String {
        guard contains(where: \.isNewline) else { return self }
        return split(whereSeparator: \.isNewline)
            .map { $0.trimmingWhitespace() }
            .joined(separator: " ")
    }
}
