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

    /// Entries that `!` lines of this file remove, kept so that a user's file can take back
    /// built-in entries when it extends them.
    let removals: [String]

    /// Parses lexicon `text`; see the type's documentation for the format.
    ///
    /// A line that starts with `!` removes an earlier entry with that first field instead of
    /// adding one; it lets a user's lexicon take back a built-in entry (write `\!` for an entry
    /// that starts with `!`).
    ///
    /// - Complexity: O(n) in the length of `text`, plus O(entries) for each `!` line.
    public init(name: String, text: String) {
        self.name = name
        var entries: [[String]] = []
        var removals: [String] = []
        var header: [String: String] = [:]
        var text = text
        text.withUTF8 { bytes in
            var inHeader = true
            var lineStart = 0
            while lineStart < bytes.count {
                var lineEnd = lineStart
                while lineEnd < bytes.count && bytes[lineEnd] != 0x0A { lineEnd += 1 }
                let line = Self.trimmed(lineStart..<lineEnd, in: bytes)
                lineStart = lineEnd + 1
                guard !line.isEmpty else { continue }
                switch bytes[line.lowerBound] {
                case UInt8(ascii: "#"):
                    guard inHeader, let colon = line.first(where: { bytes[$0] == UInt8(ascii: ":") }) else { continue }
                    let key = Self.string(Self.trimmed(line.lowerBound + 1..<colon, in: bytes), in: bytes).lowercased()
                    if !key.isEmpty && !key.contains(" ") {
                        header[key] = Self.string(Self.trimmed(colon + 1..<line.upperBound, in: bytes), in: bytes)
                    }
                case UInt8(ascii: "!"):
                    inHeader = false
                    let removed = Self.string(Self.trimmed(line.lowerBound + 1..<line.upperBound, in: bytes), in: bytes)
                    entries.removeAll { $0[0] == removed }
                    removals.append(removed)
                default:
                    inHeader = false
                    var fieldStart = line.lowerBound
                    if bytes[fieldStart] == UInt8(ascii: "\\") && line.count > 1 && bytes[fieldStart + 1] == UInt8(ascii: "!") {
                        fieldStart += 1
                    }
                    var fields: [String] = []
                    for offset in fieldStart...line.upperBound where offset == line.upperBound || bytes[offset] == 0x09 {
                        fields.append(Self.string(Self.trimmed(fieldStart..<offset, in: bytes), in: bytes))
                        fieldStart = offset + 1
                    }
                    entries.append(fields)
                }
            }
        }
        self.entries = entries
        self.removals = removals
        self.header = header
    }

    /// This lexicon with `other`'s `!` removals applied and its entries added.
    func extended(by other: Lexicon) -> Lexicon {
        var merged = self
        let removed = Set(other.removals)
        merged.entries.removeAll { removed.contains($0[0]) }
        merged.entries.append(contentsOf: other.entries)
        return merged
    }

    /// `range` of `bytes` without ASCII white space (carriage returns included) or no-break
    /// spaces at either end.
    private static func trimmed(_ range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Range<Int> {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper, let length = spaceLength(at: lower, in: bytes, upTo: upper) { lower += length }
        while upper > lower && (bytes[upper - 1] == 0x20 || (0x09...0x0D).contains(bytes[upper - 1])) {
            upper -= 1
        }
        return lower..<upper
    }

    /// The length of the space at `offset`: one for ASCII white space, three for a byte-order
    /// mark (a file saved with one), nil otherwise.
    private static func spaceLength(at offset: Int, in bytes: UnsafeBufferPointer<UInt8>, upTo end: Int) -> Int? {
        let byte = bytes[offset]
        if byte == 0x20 || (0x09...0x0D).contains(byte) { return 1 }
        if byte == 0xEF && offset + 2 < end && bytes[offset + 1] == 0xBB && bytes[offset + 2] == 0xBF { return 3 }
        return nil
    }

    private static func string(_ range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> String {
        String(decoding: bytes[range], as: UTF8.self)
    }
}
