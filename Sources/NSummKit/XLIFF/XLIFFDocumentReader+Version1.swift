extension XLIFFDocumentReader {
    /// `<xliff version="1.2">` → `<file>` → `<body>` → `<group>`* → `<trans-unit>`. XLIFF 1.2
    /// puts the languages on each file; nsumm merges one language pair per bundle.
    mutating func readVersion1(_ root: XMLElement) throws(XLIFFError) -> XLIFFBundle {
        let fileElements = root.elements("file", namespace: namespace)
        guard let first = fileElements.first else {
            throw .malformed(name: name, line: root.line, message: "the document has no <file>")
        }
        let source = try language("source-language", of: first, required: true)!
        let target = try language("target-language", of: first, required: false)
        var files: [XLIFFFile] = []
        for (index, element) in fileElements.enumerated() {
            let languages = (
                try language("source-language", of: element, required: true),
                try language("target-language", of: element, required: false)
            )
            guard languages.0 == source, languages.1 == target else {
                throw .malformed(
                    name: name, line: element.line,
                    message: "this <file> has other languages than the first; merge one language pair per bundle")
            }
            let id = "f\(index + 1)"
            let original = element.attribute("original") ?? id
            let place = Place(file: Self.label(id: id, original: original))
            var units: [XLIFFUnit] = []
            for unit in transUnits(in: element.element("body", namespace: namespace)) {
                units.append(try readTransUnit(unit, place: place))
            }
            reportDuplicates(units.map(\.id), what: "trans-unit", at: place)
            let notes = element.element("header", namespace: namespace)?.elements("note", namespace: namespace) ?? []
            files.append(
                XLIFFFile(id: id, original: original, notes: notes.map { XLIFFNote(text: $0.textContent) }, units: units))
        }
        return XLIFFBundle(sourceLanguage: source, targetLanguage: target, files: files)
    }

    /// The trans-units of a body or group, those inside groups included, in document order.
    private func transUnits(in element: XMLElement?) -> [XMLElement] {
        (element?.elements ?? []).flatMap { child -> [XMLElement] in
            guard child.namespace == namespace else { return [] }
            switch child.name {
            case "trans-unit": return [child]
            case "group": return transUnits(in: child)
            default: return []
            }
        }
    }

    /// A trans-unit. With `<seg-source>`, each `<mrk mtype="seg">` is a segment and the text
    /// between them an ignorable, and the target's segments are matched by `mid`; without it,
    /// the whole source is one segment with the unit's id.
    private mutating func readTransUnit(_ element: XMLElement, place: Place) throws(XLIFFError) -> XLIFFUnit {
        let id = element.attribute("id") ?? "tu\(element.line)"
        var place = place
        place.unit = id
        guard let sourceElement = element.element("source", namespace: namespace) else {
            throw .malformed(name: name, line: element.line, message: "trans-unit \(id) has no <source>")
        }
        let targetElement = element.element("target", namespace: namespace)
        var state = targetElement?.attribute("state").map(XLIFFState.init(version1State:))
        if element.attribute("approved") == "yes" { state = max(state ?? .reviewed, .reviewed) }
        let notes = element.elements("note", namespace: namespace).map { XLIFFNote(text: $0.textContent) }
        let whole = XLIFFUnit(
            id: id, name: element.attribute("resname"), notes: notes,
            parts: [
                .segment(
                    XLIFFSegment(
                        id: id, source: content(of: sourceElement, at: place),
                        target: targetElement.map { content(of: $0, at: place) }, state: state))
            ])
        guard let segmented = element.element("seg-source", namespace: namespace) else { return whole }
        var parts = segmentedParts(of: segmented, at: place)
        guard parts.contains(where: { if case .segment = $0 { true } else { false } }) else {
            report(.inlineMarkup, at: place, "<seg-source> has no <mrk mtype=\"seg\">; the whole source was taken as one segment")
            return whole
        }
        guard let targetElement else { return XLIFFUnit(id: id, name: whole.name, notes: notes, parts: parts) }
        let targets = segmentTargets(of: targetElement, at: place)
        let segmentIDs = parts.compactMap { part -> String? in
            if case .segment(let segment) = part { return segment.id }
            return nil
        }
        if targets.isEmpty && segmentIDs.count > 1 {
            report(.unsegmentedTarget, at: place, "the target is not split into the source's \(segmentIDs.count) segments; it was taken as the translation of the whole paragraph")
            return whole
        }
        for (mid, _) in targets where !segmentIDs.contains(mid) {
            report(.idMismatch, at: place, "target segment mid '\(mid)' matches no segment of the source; ignored")
        }
        let wholeTarget = targets.isEmpty ? whole.segments[0].target : nil
        for index in parts.indices {
            guard case .segment(var segment) = parts[index] else { continue }
            segment.target = wholeTarget ?? targets.first { $0.mid == segment.id }?.text
            segment.state = segment.target == nil ? nil : state
            parts[index] = .segment(segment)
        }
        return XLIFFUnit(id: id, name: whole.name, notes: notes, parts: parts)
    }

    /// The segments (`<mrk mtype="seg">`) and the text between them.
    private mutating func segmentedParts(of element: XMLElement, at place: Place) -> [XLIFFUnit.Part] {
        var parts: [XLIFFUnit.Part] = []
        var ids: [String] = []
        for child in element.children {
            switch child {
            case .element(let mark) where mark.name == "mrk" && mark.namespace == namespace && mark.attribute("mtype") == "seg":
                let id = mark.attribute("mid") ?? "\(place.unit ?? "")-\(ids.count + 1)"
                ids.append(id)
                var segmentPlace = place
                segmentPlace.segment = id
                parts.append(.segment(XLIFFSegment(id: id, source: content(of: mark, at: segmentPlace))))
            case .element(let other):
                report(.inlineMarkup, at: place, "\(other.qualifiedName) between the segments of <seg-source> on line \(other.line); its text was kept untranslated")
                appendIgnorable(other.textContent, to: &parts)
            case .text(let text):
                appendIgnorable(text, to: &parts)
            }
        }
        reportDuplicates(ids, what: "segment mid", at: place)
        return parts
    }

    private func appendIgnorable(_ text: String, to parts: inout [XLIFFUnit.Part]) {
        guard !text.isEmpty else { return }
        if case .ignorable(let previous)? = parts.last {
            parts[parts.count - 1] = .ignorable(XLIFFIgnorable(source: previous.source + text))
        } else {
            parts.append(.ignorable(XLIFFIgnorable(source: text)))
        }
    }

    /// The target's `<mrk mtype="seg">` children by `mid`, in order.
    private mutating func segmentTargets(of element: XMLElement, at place: Place) -> [(mid: String, text: XLIFFText)] {
        var targets: [(mid: String, text: XLIFFText)] = []
        for case .element(let mark) in element.children
        where mark.name == "mrk" && mark.namespace == namespace && mark.attribute("mtype") == "seg" {
            guard let mid = mark.attribute("mid") else {
                report(.idMismatch, at: place, "a target segment on line \(mark.line) has no mid; ignored")
                continue
            }
            var segmentPlace = place
            segmentPlace.segment = mid
            targets.append((mid, content(of: mark, at: segmentPlace)))
        }
        return targets
    }

    /// The role of a 1.2 inline element: `<mrk mtype="protected">` is protected; the text of
    /// `<g>` and other `<mrk>`s is kept; `<x>`, `<bx>`, `<ex>`, `<ph>`, `<bpt>`, `<ept>` and
    /// `<it>` hold native code and are dropped.
    private static func role(of inline: XMLElement) -> InlineRole {
        switch inline.name {
        case "mrk" where inline.attribute("mtype") == "protected": return .protected(id: inline.attribute("mid"))
        case "mrk", "g": return .span
        case "x", "bx", "ex", "ph", "bpt", "ept", "it": return .code
        default: return .unknown
        }
    }

    /// The text of a 1.2 `<source>`, `<target>` or segment.
    private mutating func content(of element: XMLElement, at place: Place) -> XLIFFText {
        content(of: element, at: place, role: Self.role)
    }
}
