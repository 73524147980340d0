/// Finds what a translator must not translate besides names: URLs, e-mail addresses, handles
/// and hashtags, and codes that mix capitals and digits (`A320`, `COVID-19`, `H5N1`).
///
/// Numbers stay translatable, so a "code" is a word of capitals and digits that does not begin
/// like an amount or a count: `Rp50`, `KM12` and `No.5` start with an abbreviation of the
/// `abbreviations-number` lexicon, and `H-7` (seven days before a holiday) is a date. Bare
/// domains (`Kompas.com`) end in a label of the `domain-suffixes` lexicon. Only title and body
/// sentences are searched, datelines left out.
///
/// ```swift
/// let finder = ProtectedSpanFinder(lexicons: nsumm.lexicons)
/// let spans = finder.spans(in: nsumm.analyze("Pesawat A320 itu dipesan lewat www.garuda-indonesia.com."))
/// // [code "A320", url "www.garuda-indonesia.com"]
/// ```
public struct ProtectedSpanFinder: Sendable {
    private let numberPrefixes: Set<String>
    private let domainSuffixes: Set<String>

    /// Reads the abbreviations that stand before numbers and the domain suffixes from `lexicons`.
    public init(lexicons: LexiconSet) {
        numberPrefixes = Set(
            lexicons.words("abbreviations-number").map { $0.lowercased().filter { $0 != "." } })
        domainSuffixes = Set(lexicons.words("domain-suffixes").map { $0.lowercased() })
    }

    /// The spans in the title and body sentences of `document`, in order.
    ///
    /// - Complexity: O(*n*) in the length of the text.
    public func spans(in document: Document) -> [ProtectedSpan] {
        let mapper = OriginalRangeMapper(document.text)
        var spans: [ProtectedSpan] = []
        document.text.bytes.withUnsafeBufferPointer { bytes in
            for sentence in document.sentences where sentence.kind == .title || sentence.kind == .body {
                forEachWord(in: sentence.contentStart..<sentence.span.upperBound, bytes: bytes) { word in
                    guard let (kind, range) = classify(word, bytes: bytes) else { return }
                    spans.append(ProtectedSpan(kind: kind, range: mapper.map(range)))
                }
            }
        }
        return spans
    }

    /// Calls `body` with every run of non-white characters of `range`.
    private func forEachWord(
        in range: Range<Int>, bytes: UnsafeBufferPointer<UInt8>, _ body: (Range<Int>) -> Void
    ) {
        var index = range.lowerBound
        var wordStart: Int? = nil
        while index < range.upperBound {
            let (scalar, length) = UTF8Bytes.scalar(at: index, in: bytes)
            if UTF8Bytes.isWhite(scalar) {
                if let start = wordStart { body(start..<index) }
                wordStart = nil
            } else if wordStart == nil {
                wordStart = index
            }
            index += length
        }
        if let start = wordStart { body(start..<range.upperBound) }
    }

    /// The kind and range of the protected part of `word`, after opening and closing
    /// punctuation is trimmed.
    private func classify(_ word: Range<Int>, bytes: UnsafeBufferPointer<UInt8>)
        -> (ProtectedSpan.Kind, Range<Int>)?
    {
        var lower = word.lowerBound
        var upper = word.upperBound
        while lower < upper, Self.isOpening(UTF8Bytes.scalar(at: lower, in: bytes).0) {
            lower += UTF8Bytes.scalar(at: lower, in: bytes).1
        }
        while lower < upper {
            let start = UTF8Bytes.scalarStart(before: upper, in: bytes)
            guard Self.isClosing(UTF8Bytes.scalar(at: start, in: bytes).0) else { break }
            upper = start
        }
        guard upper - lower >= 2 else { return nil }
        let token = String(decoding: UnsafeBufferPointer(rebasing: bytes[lower..<upper]), as: UTF8.self)
        guard let kind = kind(of: token) else { return nil }
        return (kind, lower..<upper)
    }

    /// What `token` is, if it is to be protected.
    func kind(of token: String) -> ProtectedSpan.Kind? {
        let lower = token.lowercased()
        for prefix in ["http://", "https://", "www."] where lower.hasPrefix(prefix) && lower.count > prefix.count {
            return .url
        }
        let scalars = Array(token.unicodeScalars)
        if scalars[0] == "@" || scalars[0] == "#" {
            let rest = scalars.dropFirst()
            return rest.count >= 2 && rest.allSatisfy(Self.isHandleCharacter)
                && rest.contains(where: { $0.properties.isAlphabetic }) ? .handle : nil
        }
        guard scalars.allSatisfy(\.isASCII) else { return nil }
        if token.contains("@") { return isEmail(token) ? .email : nil }
        if isDomain(lower) { return .url }
        return isCode(scalars) ? .code : nil
    }

    /// `name@host.tld`.
    private func isEmail(_ token: String) -> Bool {
        let parts = token.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty,
            parts[0].unicodeScalars.allSatisfy({ Self.isAlphanumeric($0) || "._%+-".unicodeScalars.contains($0) })
        else { return false }
        let labels = parts[1].split(separator: ".", omittingEmptySubsequences: false)
        return labels.count >= 2 && labels.allSatisfy(Self.isDomainLabel)
            && labels.last!.count >= 2 && labels.last!.allSatisfy(\.isLetter)
    }

    /// `kompas.com`, `kemenkeu.go.id`: labels of letters, digits and hyphens, the last a known
    /// suffix, the first at least two characters with a letter.
    private func isDomain(_ lower: String) -> Bool {
        let labels = lower.split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2, labels.allSatisfy(Self.isDomainLabel),
            domainSuffixes.contains(String(labels.last!)),
            labels[0].count >= 2, labels[0].contains(where: \.isLetter)
        else { return false }
        return true
    }

    /// Capitals and digits, starting with a capital, groups joined by `-`, `/` or `.`, not an
    /// amount (`RP50`, `KM12`) and not a day count (`H-7`).
    private func isCode(_ scalars: [Unicode.Scalar]) -> Bool {
        guard let first = scalars.first, Self.isUppercase(first) else { return false }
        var hasDigit = false
        var previousWasSeparator = false
        for scalar in scalars {
            if Self.isSeparator(scalar) {
                if previousWasSeparator { return false }
                previousWasSeparator = true
                continue
            }
            previousWasSeparator = false
            if Self.isDigit(scalar) {
                hasDigit = true
            } else if !Self.isUppercase(scalar) {
                return false
            }
        }
        guard hasDigit, !previousWasSeparator else { return false }
        let letters = scalars.prefix(while: Self.isUppercase)
        if numberPrefixes.contains(String(String.UnicodeScalarView(letters)).lowercased()) { return false }
        if letters.count == 1, scalars[1] == "-", scalars.dropFirst(2).allSatisfy(Self.isDigit) { return false }
        return true
    }

    private static func isDomainLabel(_ label: Substring) -> Bool {
        !label.isEmpty && label.unicodeScalars.allSatisfy { isAlphanumeric($0) || $0 == "-" }
    }

    private static func isHandleCharacter(_ scalar: Unicode.Scalar) -> Bool {
        isAlphanumeric(scalar) || scalar == "_"
    }

    private static func isAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
        isDigit(scalar) || isUppercase(scalar) || ("a"..."z").contains(scalar)
    }

    private static func isUppercase(_ scalar: Unicode.Scalar) -> Bool { ("A"..."Z").contains(scalar) }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }

    private static func isSeparator(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "-" || scalar == "/" || scalar == "."
    }

    /// Punctuation that may open a word: brackets and quotation marks.
    private static func isOpening(_ scalar: Unicode.Scalar) -> Bool {
        "([{\"'“‘«<".unicodeScalars.contains(scalar)
    }

    /// Punctuation that may close a word: sentence marks, brackets and quotation marks.
    private static func isClosing(_ scalar: Unicode.Scalar) -> Bool {
        ".,;:!?)]}\"'”’»>".unicodeScalars.contains(scalar)
    }
}
