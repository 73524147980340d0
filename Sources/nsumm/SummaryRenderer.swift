import ArgumentParser
import FoundationEssentials
import NSummKit

/// The output formats of `nsumm summarize`.
enum SummaryFormat: String, ExpressibleByArgument, CaseIterable {
    /// The chosen sentences, one a line.
    case text
    /// Everything about every sentence: offsets, features, score, rank, entities.
    case json
    /// One compact record an article: `{"id", "summary", "sentences"}`.
    case jsonl
    /// A heading and the chosen sentences as a list.
    case markdown
}

/// Turns summaries (and failures) into the bytes of one output format.
struct SummaryRenderer: Sendable {
    let format: SummaryFormat
    /// Whether to add the table of every sentence's features (text and Markdown).
    let explain: Bool
    /// Whether records are labelled with their input (several inputs in text or Markdown).
    let labelled: Bool
    /// The weights, for the `--explain` header.
    let configuration: SummarizerConfiguration

    /// The output for one summary; `id` is the JSON value naming the record (JSON Lines).
    func render(_ summary: Summary, id: [UInt8]) -> [UInt8] {
        switch format {
        case .text:
            var text = labelled ? "==> \(summary.document.name) <==\n" : ""
            for sentence in summary.selectedSentences { text += sentence + "\n" }
            if explain { text += "\n" + ExplainTable(summary: summary, configuration: configuration).text }
            return Array(text.utf8)
        case .markdown:
            var text = "## \(Markdown.escaped(heading(of: summary)))\n\n"
            for sentence in summary.selectedSentences { text += "- " + Markdown.escaped(sentence) + "\n" }
            if explain { text += "\n" + ExplainTable(summary: summary, configuration: configuration).markdown }
            return Array(text.utf8)
        case .json:
            // Encoding strings, numbers and arrays cannot fail.
            return [UInt8]((try? JSON.pretty(summary)) ?? Data())
        case .jsonl:
            return record(summary, id: id)
        }
    }

    /// The output for an input that could not be summarized (the message also goes to standard
    /// error): nothing in text and Markdown, an error record in JSON and JSON Lines.
    func render(failure message: String, name: String, id: [UInt8], line: Int?) -> [UInt8] {
        var json = JSONWriter(capacity: 128 + message.utf8.count)
        json.objectStart()
        switch format {
        case .text, .markdown:
            return []
        case .json:
            json.key("name")
            json.string(name)
        case .jsonl:
            json.key("id")
            json.raw(id)
            if let line {
                json.key("line")
                json.number(line)
            }
        }
        json.key("error")
        json.string(message)
        json.objectEnd()
        return json.bytes
    }

    /// `{"id", "summary", "sentences": [{"index", "text", "range", "score", "rank"}]}` with the
    /// chosen sentences; `text` and `range` leave the dateline out.
    private func record(_ summary: Summary, id: [UInt8]) -> [UInt8] {
        var json = JSONWriter(capacity: 1024)
        json.objectStart()
        json.key("id")
        json.raw(id)
        let texts = summary.selectedSentences
        json.key("summary")
        json.string(texts.joined(separator: " "))
        json.key("sentences")
        json.arrayStart()
        for (index, text) in zip(summary.selection, texts) {
            let range = summary.document.contentRange(of: summary.document.sentences[index])
            json.objectStart()
            json.key("index")
            json.number(index)
            json.key("text")
            json.string(text)
            json.key("range")
            json.objectStart()
            json.key("utf8")
            json.arrayStart()
            json.number(range.utf8.lowerBound)
            json.number(range.utf8.upperBound)
            json.arrayEnd()
            json.key("scalars")
            json.arrayStart()
            json.number(range.scalars.lowerBound)
            json.number(range.scalars.upperBound)
            json.arrayEnd()
            json.objectEnd()
            if let standing = summary.standing(ofSentence: index) {
                json.key("score")
                json.number(standing.total)
                json.key("rank")
                json.number(standing.rank)
            }
            json.objectEnd()
        }
        json.arrayEnd()
        json.objectEnd()
        return json.bytes
    }

    /// The article's title, or its name when it has none.
    private func heading(of summary: Summary) -> String {
        let document = summary.document
        if let title = document.sentences.first(where: { $0.kind == .title }) {
            return document.text(of: title)
        }
        return document.name
    }
}
