import Foundation

/// One lexicon file: a list of entries, one a line, optionally with tab-separated fields.
///
/// The file format, shared by every file under `Lexicons/<lang>/`:
///
/// ```text
/// # Abbreviations that stand before a name.
/// # source: where the entries come from
/// # licence: under which terms
/// Dr.
/// Prof.
/// ```
///
/// Lines starting with `#` are comments; `key: value` comments at the top form the header.
/// Blank lines are skipped and surrounding spaces trimmed. Tab-separated files (`.tsv`) hold
/// several fields an entry, such as `surface<TAB>type` in gazetteers.
public struct Lexicon: Sendable {
    /// The file name without its extension, such as `abbreviations-prefix`.
    public let name: String
    /// The entries in file order; each holds one field for plain lists, several for TSV.
    public private(set) var entries: [[String]]
    /// The header's `key: value` comment lines (keys lowercased), such as `source` and `licence`.
    public let header: [String: String]

    /// The first field of every entry.
    public var words: [String] { entries.map { $0[0] } }

    /// Parses lexicon `text`; see the type's documentation for the format.
    ///
    /// A line that starts with `!` removes an earlier entry with that first field instead of
    /// adding one; it lets a user's lexicon take back a built-in entry (write `\!` for an entry
    /// that starts with `!`).
    public init(name: String, text: String) {
        self.name = name
        var entries: [[String]] = []
        var header: [String: String] = [:]
        var inHeader = true
        for rawLine in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            let line = rawLine.trimmingCharacters(in: .whitespaces)
            if line.isEmpty { continue }
            if line.hasPrefix("#") {
                if inHeader, let colon = line.firstIndex(of: ":") {
                    let key = line[line.index(after: line.startIndex)..<colon]
                        .trimmingCharacters(in: .whitespaces).lowercased()
                    let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
                    if !key.isEmpty && !key.contains(" ") { header[key] = value }
                }
                continue
            }
            inHeader = false
            if line.hasPrefix("!") {
                let removed = String(line.dropFirst()).trimmingCharacters(in: .whitespaces)
                entries.removeAll { $0[0] == removed }
                continue
            }
            let unescaped = line.hasPrefix("\\!") ? String(line.dropFirst()) : line
            entries.append(
                unescaped.split(separator: "\t", omittingEmptySubsequences: false)
                    .map { $0.trimmingCharacters(in: .whitespaces) })
        }
        self.entries = entries
        self.header = header
    }

    /// This lexicon with `other`'s entries applied after its own (additions and `!` removals).
    func extended(by other: Lexicon) -> Lexicon {
        var merged = self
        for entry in other.entries { merged.entries.append(entry) }
        for removal in other.removals { merged.entries.removeAll { $0[0] == removal } }
        return merged
    }

    /// Entries a `!` line removed; kept so a user file can remove built-in entries.
    private(set) var removals: [String] = []
}

extension Lexicon {
    /// Parses `text` and remembers `!` removals so that they apply to the lexicon it extends.
    init(overlayNamed name: String, text: String) {
        self.init(name: name, text: text)
        self.removals = text.split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { $0.hasPrefix("!") }
            .map { String($0.dropFirst()).trimmingCharacters(in: .whitespaces) }
    }
}
