import NSummKit

/// The `--explain` table: every sentence of an article with its kind, whether it was kept, its
/// rank, score and feature values, so that an editor sees why each sentence was kept or not.
///
/// ```text
/// weights: pos 1 (position), para 0 (paragraphPosition), quote -0.5, …
///   #  kind   kept  rank  score   pos  para quote …  ent  sentence
///   0  title     -     -      -     -     -     - …    0  Rusia Kirim Pasukan Bantu Konflik di Kazakhstan
///   1  body    yes     1  1.052  1.00  1.00  0.00 …    4  Rusia telah mengirimkan pasukan untuk membantu…
/// ```
struct ExplainTable {
    let summary: Summary
    let configuration: SummarizerConfiguration

    /// Short column labels for the built-in features; others use their first five letters.
    private static let labels: [String: String] = [
        "position": "pos", "paragraphPosition": "para", "quote": "quote", "shortSentence": "short",
        "question": "quest", "centrality": "centr", "entityDensity": "entD", "entityNovelty": "entN",
        "redundancy": "redun",
    ]

    /// The longest excerpt of a sentence in the text table, in characters.
    private static let excerptLength = 60

    private var featureLabels: [String] {
        summary.featureNames.map { Self.labels[$0] ?? String($0.prefix(5)) }
    }

    /// The weights line: each feature's label, weight and name.
    private var legend: String {
        "weights: "
            + zip(featureLabels, summary.featureNames).map { label, name in
                "\(label) \(configuration.weight(of: name)) (\(name))"
            }.joined(separator: ", ")
    }

    /// The cells of every row: header first.
    private var rows: [[String]] {
        var rows = [["#", "kind", "kept", "rank", "score"] + featureLabels + ["ent", "sentence"]]
        for index in summary.document.sentences.indices {
            let sentence = summary.sentence(index)
            var row = [String(index), sentence.kind.rawValue, sentence.isSelected ? "yes" : "-"]
            if let score = sentence.score {
                row += [String(score.rank), Self.number(score.total, decimals: 3)]
                row += score.values.map { Self.number($0, decimals: 2) }
            } else {
                row += Array(repeating: "-", count: 2 + featureLabels.count)
            }
            row += [String(sentence.entities.count), sentence.content]
            rows.append(row)
        }
        return rows
    }

    /// A plain-text table with aligned columns; sentences cut to 60 characters.
    var text: String {
        let rows = self.rows.map { row in
            row.dropLast() + [Self.excerpt(row[row.count - 1].split(whereSeparator: \.isNewline).joined(separator: " "))]
        }
        var widths = [Int](repeating: 0, count: rows[0].count)
        for row in rows { for (column, cell) in row.enumerated() { widths[column] = max(widths[column], cell.count) } }
        var text = legend + "\n"
        for row in rows {
            var line = ""
            for (column, cell) in row.enumerated() {
                let padding = String(repeating: " ", count: widths[column] - cell.count)
                let isLast = column == row.count - 1
                if column > 0 { line += "  " }
                // Numbers right-aligned, words (kind, kept, sentence) left-aligned.
                line += column == 1 || column == 2 || isLast ? cell + (isLast ? "" : padding) : padding + cell
            }
            text += line + "\n"
        }
        return text
    }

    /// A Markdown table with the whole sentences.
    var markdown: String {
        let rows = self.rows
        var text = Markdown.escaped(legend) + "\n\n"
        text += "| " + rows[0].map(Markdown.escaped).joined(separator: " | ") + " |\n"
        text += "|" + rows[0].indices.map { $0 == 1 || $0 == 2 || $0 == rows[0].count - 1 ? "---|" : "--:|" }.joined() + "\n"
        for row in rows.dropFirst() {
            let cells = row.dropLast() + [row[row.count - 1].split(whereSeparator: \.isNewline).joined(separator: " ")]
            text += "| " + cells.map(Markdown.escaped).joined(separator: " | ") + " |\n"
        }
        return text
    }

    private static func excerpt(_ sentence: String) -> String {
        sentence.count <= excerptLength ? sentence : sentence.prefix(excerptLength - 1) + "…"
    }

    /// `value` with `decimals` digits after the point (no exponent, `-0` shown as `0`).
    private static func number(_ value: Double, decimals: Int) -> String {
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let scaled = Int((abs(value) * scale).rounded())
        let sign = value < 0 && scaled != 0 ? "-" : ""
        let whole = scaled / Int(scale)
        let fraction = String(scaled % Int(scale))
        return sign + String(whole) + "." + String(repeating: "0", count: decimals - fraction.count) + fraction
    }
}
