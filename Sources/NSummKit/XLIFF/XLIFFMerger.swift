/// Turns a translated bundle back into text: each file's paragraphs rebuilt from their
/// segments' targets and the saved white space between them.
///
/// A segment's target is used when it is there, not blank, and at ``minimumState`` or above (a
/// segment whose state is unknown counts as translated when it has a target); otherwise the
/// source is used and an ``XLIFFIssue/Kind/untranslated`` issue says so. Protected spans
/// (names, URLs, codes) must come back unchanged; where one is missing from the translation or
/// its text changed, a ``XLIFFIssue/Kind/protectedSpanChanged`` issue names it.
///
/// ```swift
/// let result = try XLIFFReader().read(bytes, name: "artikel.xlf")
/// for file in XLIFFMerger().merge(result.bundle) {
///     print(file.text)                    // the translated title and paragraphs
///     file.issues.forEach { print($0) }
/// }
/// ```
public struct XLIFFMerger: Sendable {
    /// The lowest state a target must have to be used.
    public var minimumState: XLIFFState

    /// A merger that accepts targets at `minimumState` or above (``XLIFFState/translated`` by
    /// default, so unreviewed machine translation is not published by accident).
    public init(minimumState: XLIFFState = .translated) {
        self.minimumState = minimumState
    }

    /// Every file of `bundle`, merged.
    public func merge(_ bundle: XLIFFBundle) -> [MergedFile] {
        bundle.files.map(merge)
    }

    /// One file, merged.
    ///
    /// - Complexity: O(*n*) in the size of the file.
    public func merge(_ file: XLIFFFile) -> MergedFile {
        let label = XLIFFDocumentReader.label(id: file.id, original: file.original)
        var issues: [XLIFFIssue] = []
        let paragraphs = file.units.map { unit -> MergedFile.Paragraph in
            var text = ""
            var translated = true
            for part in unit.parts {
                switch part {
                case .ignorable(let ignorable):
                    text += ignorable.target ?? ignorable.source
                case .segment(let segment):
                    let problem = self.problem(with: segment)
                    if let problem {
                        translated = false
                        issues.append(
                            XLIFFIssue(kind: .untranslated, file: label, unit: unit.id, segment: segment.id, message: problem))
                        text += segment.source.plainText
                    } else {
                        let target = segment.target!
                        issues += protectedSpanIssues(segment, target: target, file: label, unit: unit.id)
                        text += target.plainText
                    }
                }
            }
            return MergedFile.Paragraph(unit: unit.id, name: unit.name, text: text, isTranslated: translated)
        }
        return MergedFile(id: file.id, original: file.original, paragraphs: paragraphs, issues: issues)
    }

    /// Why `segment`'s target cannot be used, or nil when it can.
    private func problem(with segment: XLIFFSegment) -> String? {
        guard let target = segment.target else { return "no translation; the source was used" }
        guard target.plainText.contains(where: { !$0.isWhitespace }) else {
            return "the translation is empty; the source was used"
        }
        let state = segment.state ?? .translated
        guard state >= minimumState else {
            return "the translation is at state \(state.name), below \(minimumState.name); the source was used"
        }
        return nil
    }

    /// One issue for each protected span of the source that the target lost or changed. With
    /// ids (2.x) the target's span of the same id must hold the same text; without, or when the
    /// tool dropped the markup, the text must still appear in the translation.
    private func protectedSpanIssues(_ segment: XLIFFSegment, target: XLIFFText, file: String, unit: String) -> [XLIFFIssue] {
        let targetSpans = target.protectedSpans
        let targetText = target.plainText
        return segment.source.protectedSpans.compactMap { span -> XLIFFIssue? in
            let message: String
            if let id = span.id, let match = targetSpans.first(where: { $0.id == id }) {
                guard match.text != span.text else { return nil }
                message = "protected span \(id) '\(span.text)' was changed to '\(match.text)'"
            } else {
                guard !targetText.contains(span.text) else { return nil }
                message = "protected span \(span.id.map { "\($0) " } ?? "")'\(span.text)' is missing from the translation"
            }
            return XLIFFIssue(kind: .protectedSpanChanged, file: file, unit: unit, segment: segment.id, message: message)
        }
    }
}
