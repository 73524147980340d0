#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

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
        var inHeader = true
        Self.forEachLine(of: text) { bytes, line in
            switch bytes[line.lowerBound] {
            case UInt8(ascii: "#"):
                guard inHeader, let colon = line.first(where: { bytes[$0] == UInt8(ascii: ":") }) else { return }
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
                var fields: [String] = []
                Self.forEachField(of: line, in: bytes) { fields.append(Self.string($0, in: bytes)) }
                entries.append(fields)
            }
        }
        self.entries = entries
        self.removals = removals
        self.header = header
    }

    /// Calls `body` with the bytes of the first field of every entry of lexicon `text`, and of
    /// its second field when it has one (`Jalan` and `location-head` in a TSV), in file order,
    /// without making a string: the ``words`` of a lexicon with no `!` lines, for readers that
    /// only look words up.
    static func forEachWord(
        in text: String, _ body: (_ word: UnsafeBufferPointer<UInt8>, _ second: UnsafeBufferPointer<UInt8>?) -> Void
    ) {
        forEachLine(of: text) { bytes, line in
            guard bytes[line.lowerBound] != UInt8(ascii: "#"), bytes[line.lowerBound] != UInt8(ascii: "!") else { return }
            var fields: (Range<Int>?, Range<Int>?) = (nil, nil)
            forEachField(of: line, in: bytes) { field in
                if fields.0 == nil { fields.0 = field } else if fields.1 == nil { fields.1 = field }
            }
            guard let first = fields.0 else { return }
            body(UnsafeBufferPointer(rebasing: bytes[first]), fields.1.map { UnsafeBufferPointer(rebasing: bytes[$0]) })
        }
    }

    /// Calls `body` with every non-blank line of `text`, trimmed.
    private static func forEachLine(of text: String, _ body: (UnsafeBufferPointer<UInt8>, Range<Int>) -> Void) {
        var text = text
        text.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return }
            var lineStart = 0
            while lineStart < bytes.count {
                // memchr looks for the line feed many bytes at a time.
                var lineEnd = bytes.count
                if let found = memchr(base + lineStart, 0x0A, bytes.count - lineStart) {
                    lineEnd = UnsafePointer<UInt8>(found.assumingMemoryBound(to: UInt8.self)) - base
                }
                let line = trimmed(lineStart..<lineEnd, in: bytes)
                lineStart = lineEnd + 1
                if !line.isEmpty { body(bytes, line) }
            }
        }
    }

    /// Calls `body` with the trimmed tab-separated fields of the entry `line`, a leading `\!`
    /// read as `!`.
    private static func forEachField(
        of line: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>, _ body: (Range<Int>) -> Void
    ) {
        var fieldStart = line.lowerBound
        if bytes[fieldStart] == UInt8(ascii: "\\") && line.count > 1 && bytes[fieldStart + 1] == UInt8(ascii: "!") {
            fieldStart += 1
        }
        for offset in fieldStart...line.upperBound where offset == line.upperBound || bytes[offset] == 0x09 {
            body(trimmed(fieldStart..<offset, in: bytes))
            fieldStart = offset + 1
        }
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
        while upper > lower && UTF8Bytes.isASCIIWhite(bytes[upper - 1]) { upper -= 1 }
        return lower..<upper
    }

    /// The length of the space at `offset`: one for ASCII white space, three for a byte-order
    /// mark (a file saved with one), nil otherwise.
    private static func spaceLength(at offset: Int, in bytes: UnsafeBufferPointer<UInt8>, upTo end: Int) -> Int? {
        let byte = bytes[offset]
        if UTF8Bytes.isASCIIWhite(byte) { return 1 }
        if byte == 0xEF && offset + 2 < end && bytes[offset + 1] == 0xBB && bytes[offset + 2] == 0xBF { return 3 }
        return nil
    }

    private static func string(_ range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> String {
        String(decoding: bytes[range], as: UTF8.self)
    }
}
