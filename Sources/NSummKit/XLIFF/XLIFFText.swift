/// The content of a `<source>` or `<target>`: text, with spans that must not be translated.
///
/// A protected span becomes `<mrk translate="no">` in XLIFF 2.x and `<mrk mtype="protected">`
/// in 1.2. Characters XML 1.0 cannot carry are plain characters here; the writer encodes them
/// (`<cp hex="…"/>` in 2.x).
///
/// ```swift
/// let text = XLIFFText([.text("Presiden "), .protected(id: "m1", text: "Joko Widodo"), .text(" tiba.")])
/// text.plainText   // "Presiden Joko Widodo tiba."
/// ```
public struct XLIFFText: Sendable, Hashable, ExpressibleByStringLiteral, CustomStringConvertible {
    /// One piece of the content.
    public enum Run: Sendable, Hashable {
        /// Text to translate.
        case text(String)
        /// Text to keep as it is: a name, URL or code. `id` is the inline id (always set in
        /// 2.x; 1.2 has none).
        case protected(id: String?, text: String)

        /// The characters of the run.
        public var text: String {
            switch self {
            case .text(let text), .protected(_, let text): return text
            }
        }
    }

    /// The runs, in order. Adjacent text runs are allowed; empty runs are not written.
    public var runs: [Run]

    /// Content made of `runs`.
    public init(_ runs: [Run]) {
        self.runs = runs
    }

    /// Plain text without protected spans.
    public init(_ text: String) {
        runs = text.isEmpty ? [] : [.text(text)]
    }

    /// Plain text without protected spans.
    public init(stringLiteral value: String) {
        self.init(value)
    }

    /// All characters, markup left out.
    public var plainText: String {
        runs.count == 1 ? runs[0].text : runs.map(\.text).joined()
    }

    /// The protected runs as (id, text) pairs, in order.
    public var protectedSpans: [(id: String?, text: String)] {
        runs.compactMap {
            if case .protected(let id, let text) = $0 { return (id, text) }
            return nil
        }
    }

    /// Whether the content has no characters at all.
    public var isEmpty: Bool { runs.allSatisfy { $0.text.isEmpty } }

    /// The plain text.
    public var description: String { plainText }
}
