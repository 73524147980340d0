extension XLIFFWriter {
    /// `<xliff srcLang trgLang>` → `<file>` → `<unit>` → `<segment>`/`<ignorable>`.
    func writeVersion2(_ bundle: XLIFFBundle, to output: XMLOutput) {
        output.startElement("xliff", namespace: version.namespace)
        output.attribute("version", version.rawValue)
        output.attribute("srcLang", bundle.sourceLanguage.code)
        output.attribute("trgLang", bundle.targetLanguage?.code)
        for file in bundle.files {
            output.startElement("file")
            output.attribute("id", file.id)
            output.attribute("original", file.original)
            writeNotes(file.notes, to: output)
            for unit in file.units { writeUnit(unit, to: output) }
            output.endElement()
        }
        output.endElement()
    }

    /// A unit that keeps its white space and its segmentation.
    private func writeUnit(_ unit: XLIFFUnit, to output: XMLOutput) {
        output.startElement("unit")
        output.attribute("id", unit.id)
        output.attribute("name", unit.name)
        output.attribute("canResegment", "no")
        output.attribute("xml:space", "preserve")
        writeNotes(unit.notes, to: output)
        for part in unit.parts {
            switch part {
            case .segment(let segment):
                output.startElement("segment")
                output.attribute("id", segment.id)
                output.attribute("state", segment.state?.name)
                writeContent("source", segment.source, to: output)
                if let target = segment.target { writeContent("target", target, to: output) }
                output.endElement()
            case .ignorable(let ignorable):
                output.startElement("ignorable")
                writeContent("source", XLIFFText(ignorable.source), to: output)
                if let target = ignorable.target { writeContent("target", XLIFFText(target), to: output) }
                output.endElement()
            }
        }
        output.endElement()
    }

    /// `<notes>` with numbered `<note>`s, when there are any.
    private func writeNotes(_ notes: [XLIFFNote], to output: XMLOutput) {
        guard !notes.isEmpty else { return }
        output.startElement("notes")
        for (index, note) in notes.enumerated() {
            output.element("note", attributes: [("id", "n\(index + 1)"), ("category", note.category)], text: note.text)
        }
        output.endElement()
    }

    /// `<source>` or `<target>`: protected runs as `<mrk translate="no">`, characters XML
    /// cannot carry as `<cp hex="…"/>`.
    private func writeContent(_ element: String, _ content: XLIFFText, to output: XMLOutput) {
        output.startElement(element)
        for run in content.runs {
            switch run {
            case .text(let text):
                writeCharacters(text, to: output)
            case .protected(let id, let text):
                output.startElement("mrk", inline: true)
                output.attribute("id", id)
                output.attribute("translate", "no")
                writeCharacters(text, to: output)
                output.endElement()
            }
        }
        output.endElement()
    }

    private func writeCharacters(_ text: String, to output: XMLOutput) {
        for piece in XMLCharacters.pieces(of: text) {
            switch piece {
            case .text(let text):
                output.text(text)
            case .forbidden(let scalar):
                output.startElement("cp", inline: true)
                output.attribute("hex", XLIFFError.hex(scalar.value))
                output.endElement()
            }
        }
    }
}
