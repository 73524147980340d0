/// The state of reading one document: its name and namespace for lookups and messages, and
/// the issues found so far. The version-specific parts are in extensions.
struct XLIFFDocumentReader {
    let name: String
    let namespace: String
    var issues: [XLIFFIssue] = []

    /// Where in the document an issue is.
    struct Place {
        var file: String
        var unit: String? = nil
        var segment: String? = nil
    }

    /// Records an issue at `place`.
    mutating func report(_ kind: XLIFFIssue.Kind, at place: Place, _ message: String) {
        issues.append(XLIFFIssue(kind: kind, file: place.file, unit: place.unit, segment: place.segment, message: message))
    }

    /// The language tag in attribute `attribute` of `element`, checked.
    func language(_ attribute: String, of element: XMLElement, required: Bool) throws(XLIFFError) -> LanguageTag? {
        guard let value = element.attribute(attribute) else {
            if required { throw .malformed(name: name, line: element.line, message: "<\(element.name)> has no \(attribute)") }
            return nil
        }
        do {
            return try LanguageTag(value)
        } catch {
            throw .malformed(name: name, line: element.line, message: "\(attribute): \(error)")
        }
    }

    /// Reports ids that appear more than once among `ids`.
    mutating func reportDuplicates(_ ids: [String], what: String, at place: Place) {
        var seen: Set<String> = []
        for id in ids where !seen.insert(id).inserted {
            report(.idMismatch, at: place, "\(what) id '\(id)' appears more than once; the merge keeps the document order")
        }
    }

    /// Appends `text` to `runs`, joining it to a text run before it.
    static func append(_ text: String, to runs: inout [XLIFFText.Run]) {
        guard !text.isEmpty else { return }
        if case .text(let previous)? = runs.last {
            runs[runs.count - 1] = .text(previous + text)
        } else {
            runs.append(.text(text))
        }
    }

    /// The file label used in issues: `f1 (artikel.txt)`, or just the id when the file has no
    /// other name.
    static func label(id: String, original: String) -> String { original == id ? id : "\(id) (\(original))" }
}
