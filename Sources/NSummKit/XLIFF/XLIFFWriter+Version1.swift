extension XLIFFWriter {
    /// `<xliff version="1.2">` → `<file>` with `<header>` → `<body>` → `<trans-unit>`.
    func writeVersion1(_ bundle: XLIFFBundle, to output: XMLOutput) throws(XLIFFError) {
        output.startElement("xliff", namespace: version.namespace)
        output.attribute("version", version.rawValue)
        for file in bundle.files {
            output.startElement("file")
            output.attribute("original", file.original)
            output.attribute("datatype", "plaintext")
            output.attribute("source-language", bundle.sourceLanguage.code)
            output.attribute("target-language", bundle.targetLanguage?.code)
            output.attribute("tool-id", "nsumm")
            output.startElement("header")
            output.startElement("tool")
            output.attribute("tool-id", "nsumm")
            output.attribute("tool-name", "nsumm")
            output.endElement()
            writeNotes(file.notes, to: output)
            output.endElement()
            output.startElement("body")
            for unit in file.units {
                try writeTransUnit(unit, file: file, languages: bundle, to: output)
            }
            output.endElement()
            output.endElement()
        }
        output.endElement()
    }

    /// A trans-unit: the paragraph in `<source>`, its sentences in `<seg-source>`, the target
    /// (when every segment has one) segmented the same way, then the notes.
    private func writeTransUnit(
        _ unit: XLIFFUnit, file: XLIFFFile, languages: XLIFFBundle, to output: XMLOutput
    ) throws(XLIFFError) {
        let place = "\(file.original), unit \(unit.id)"
        output.startElement("trans-unit")
        output.attribute("id", unit.id)
        output.attribute("resname", unit.name)
        output.attribute("xml:space", "preserve")
        output.startElement("source")
        output.attribute("xml:lang", languages.sourceLanguage.code)
        for part in unit.parts {
            switch part {
            case .segment(let segment): try writeContent(segment.source, place: place, segment: segment.id, to: output)
            case .ignorable(let ignorable): try writeCharacters(ignorable.source, place: place, segment: "-", to: output)
            }
        }
        output.endElement()
        try writeSegmented("seg-source", unit, side: \.source, spacing: \.source, place: place, to: output)
        let segments = unit.segments
        if segments.allSatisfy({ $0.target != nil }) {
            let states = segments.compactMap(\.state)
            try writeSegmented(
                "target", unit, side: { $0.target! }, spacing: { $0.target ?? $0.source }, place: place, to: output,
                attributes: [
                    ("xml:lang", languages.targetLanguage?.code),
                    ("state", states.count == segments.count ? states.min()!.version1Name : nil),
                ])
        }
        writeNotes(unit.notes, to: output)
        output.endElement()
    }

    /// `<seg-source>` or `<target>`: each segment in `<mrk mtype="seg" mid="…">`, the text
    /// between them as it is.
    private func writeSegmented(
        _ element: String, _ unit: XLIFFUnit, side: (XLIFFSegment) -> XLIFFText,
        spacing: (XLIFFIgnorable) -> String, place: String, to output: XMLOutput,
        attributes: [(String, String?)] = []
    ) throws(XLIFFError) {
        output.startElement(element)
        for (name, value) in attributes { output.attribute(name, value) }
        for part in unit.parts {
            switch part {
            case .segment(let segment):
                output.startElement("mrk", inline: true)
                output.attribute("mtype", "seg")
                output.attribute("mid", segment.id)
                try writeContent(side(segment), place: place, segment: segment.id, to: output)
                output.endElement()
            case .ignorable(let ignorable):
                try writeCharacters(spacing(ignorable), place: place, segment: "-", to: output)
            }
        }
        output.endElement()
    }

    /// `<note from="nsumm">` for each note (1.2 notes have no category).
    private func writeNotes(_ notes: [XLIFFNote], to output: XMLOutput) {
        for note in notes {
            output.element("note", attributes: [("from", "nsumm")], text: note.text)
        }
    }

    /// Text and `<mrk mtype="protected">` runs.
    private func writeContent(
        _ content: XLIFFText, place: String, segment: String, to output: XMLOutput
    ) throws(XLIFFError) {
        for run in content.runs {
            switch run {
            case .text(let text):
                try writeCharacters(text, place: place, segment: segment, to: output)
            case .protected(_, let text):
                output.startElement("mrk", inline: true)
                output.attribute("mtype", "protected")
                try writeCharacters(text, place: place, segment: segment, to: output)
                output.endElement()
            }
        }
    }

    /// Text, refusing characters XML 1.0 cannot carry: 1.2 has no way to encode them.
    private func writeCharacters(
        _ text: String, place: String, segment: String, to output: XMLOutput
    ) throws(XLIFFError) {
        if let scalar = text.unicodeScalars.first(where: { !XMLCharacters.isAllowed($0) }) {
            throw .unrepresentableCharacter(file: place, segment: segment, scalar: scalar.value)
        }
        output.text(text)
    }
}
