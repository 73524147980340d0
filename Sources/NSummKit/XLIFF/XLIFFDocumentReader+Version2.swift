extension XLIFFDocumentReader {
    /// `<xliff srcLang trgLang>` → `<file>` → `<group>`* → `<unit>` → `<segment>`/`<ignorable>`.
    mutating func readVersion2(_ root: XMLElement) throws(XLIFFError) -> XLIFFBundle {
        let source = try language("srcLang", of: root, required: true)!
        let target = try language("trgLang", of: root, required: false)
        var files: [XLIFFFile] = []
        for (index, element) in root.elements("file", namespace: namespace).enumerated() {
            let id = element.attribute("id") ?? "f\(index + 1)"
            let original = element.attribute("original") ?? id
            var place = Place(file: Self.label(id: id, original: original))
            var units: [XLIFFUnit] = []
            for unit in unitElements(in: element) {
                place.unit = unit.attribute("id")
                units.append(try readUnit(unit, number: units.count + 1, place: place))
            }
            place.unit = nil
            reportDuplicates(units.map(\.id), what: "unit", at: place)
            files.append(XLIFFFile(id: id, original: original, notes: notes(of: element), units: units))
        }
        reportDuplicates(files.map(\.id), what: "file", at: Place(file: name))
        return XLIFFBundle(sourceLanguage: source, targetLanguage: target, files: files)
    }

    /// The units of a file or group, those inside groups included, in document order.
    private func unitElements(in element: XMLElement) -> [XMLElement] {
        element.elements.flatMap { child -> [XMLElement] in
            guard child.namespace == namespace else { return [] }
            switch child.name {
            case "unit": return [child]
            case "group": return unitElements(in: child)
            default: return []
            }
        }
    }

    /// The notes in a `<notes>` child.
    private func notes(of element: XMLElement) -> [XLIFFNote] {
        (element.element("notes", namespace: namespace)?.elements("note", namespace: namespace) ?? []).map {
            XLIFFNote(category: $0.attribute("category"), text: $0.textContent)
        }
    }

    /// A unit with its segments and ignorables in order.
    private mutating func readUnit(_ element: XMLElement, number: Int, place: Place) throws(XLIFFError) -> XLIFFUnit {
        let id = element.attribute("id") ?? "u\(number)"
        var place = place
        place.unit = id
        var parts: [XLIFFUnit.Part] = []
        var ids: [String] = []
        for child in element.elements where child.namespace == namespace {
            guard child.name == "segment" || child.name == "ignorable" else { continue }
            guard let sourceElement = child.element("source", namespace: namespace) else {
                throw .malformed(name: name, line: child.line, message: "<\(child.name)> in unit \(id) has no <source>")
            }
            let targetElement = child.element("target", namespace: namespace)
            if child.name == "ignorable" {
                parts.append(
                    .ignorable(
                        XLIFFIgnorable(
                            source: content(of: sourceElement, at: place).plainText,
                            target: targetElement.map { content(of: $0, at: place).plainText })))
                continue
            }
            let segmentID = child.attribute("id") ?? "\(id)-\(parts.count + 1)"
            ids.append(segmentID)
            place.segment = segmentID
            var state = XLIFFState.initial
            if let value = child.attribute("state") {
                if let known = XLIFFState(name: value) {
                    state = known
                } else {
                    report(.untranslated, at: place, "unknown state '\(value)' read as initial")
                }
            }
            let source = content(of: sourceElement, at: place)
            ids += source.protectedSpans.compactMap(\.id)
            parts.append(
                .segment(
                    XLIFFSegment(
                        id: segmentID, source: source, target: targetElement.map { content(of: $0, at: place) },
                        state: state)))
            place.segment = nil
        }
        if parts.isEmpty {
            throw .malformed(name: name, line: element.line, message: "unit \(id) has no <segment>")
        }
        reportDuplicates(ids, what: "segment or inline", at: place)
        return XLIFFUnit(id: id, name: element.attribute("name"), notes: notes(of: element), parts: parts)
    }

    /// The role of a 2.x inline element: `<mrk translate="no">` is protected, `<cp>` its
    /// character; the text of other annotations and `<pc>` is kept; markers (`<sm>`, `<em>`)
    /// carry nothing; codes (`<ph>`, `<sc>`, `<ec>`) are dropped.
    private static func role(of inline: XMLElement) -> InlineRole {
        switch inline.name {
        case "cp":
            return .character(
                inline.attribute("hex").flatMap { UInt32($0, radix: 16) }.flatMap(Unicode.Scalar.init).map { String($0) })
        case "mrk" where inline.attribute("translate") == "no": return .protected(id: inline.attribute("id"))
        case "mrk", "pc": return .span
        case "sm", "em": return .marker
        case "ph", "sc", "ec": return .code
        default: return .unknown
        }
    }

    /// The text of a 2.x `<source>` or `<target>`.
    private mutating func content(of element: XMLElement, at place: Place) -> XLIFFText {
        content(of: element, at: place, role: Self.role)
    }
}
