import FoundationEssentials
import NSummKit

/// One article to process: from a text file, or one record of a JSON Lines file.
struct Article {
    /// The name in messages: the path, or `file.jsonl:LINE`.
    let name: String
    /// The article's own name, for outputs: the path as given, or the record's id.
    let original: String
    /// The checked text.
    let source: SourceText
}

/// The articles behind one input: a text file, a JSON Lines file or standard input.
struct ArticleGroup {
    /// The input's path (`-` for standard input).
    let input: String
    /// Its articles, in order.
    let articles: [Article]
}

/// Reads all the articles of a run into memory, as a bundle needs them together: text files,
/// folders (expanded by ``InputFiles``: `*.txt`, or `*.jsonl` with `jsonl`) and, with `jsonl`,
/// JSON Lines files of `{"id": …, "text": …}` objects (other members ignored; a numeric id is
/// used as written).
struct ArticleInputs {
    let arguments: [String]
    let jsonl: Bool
    let decoder: TextDecoder

    /// The groups that could be read completely; problems go to `diagnostics` and their
    /// inputs are left out.
    func read(diagnostics: inout Diagnostics) -> [ArticleGroup] {
        var groups: [ArticleGroup] = []
        for item in InputFiles.expand(arguments, fileExtension: jsonl ? "jsonl" : "txt") {
            switch item {
            case .failure(_, let error):
                diagnostics.report(error.description, status: ExitStatus(error))
            case .file(let path):
                do {
                    groups.append(ArticleGroup(input: path, articles: try jsonl ? records(in: path) : [article(at: path)]))
                } catch {
                    diagnostics.report(error.message, status: error.status)
                }
            }
        }
        return groups
    }

    private func article(at path: String) throws(Problem) -> Article {
        do {
            return Article(name: path, original: path, source: try SourceText(contentsOfFile: path, decoder: decoder))
        } catch {
            throw Problem(error)
        }
    }

    /// The articles of a JSON Lines file; a bad record makes the whole file fail, so that no
    /// bundle silently lacks an article.
    private func records(in path: String) throws(Problem) -> [Article] {
        var articles: [Article] = []
        do {
            var reader = try LineReader(path: path, maximumLineBytes: decoder.maximumBytes)
            while let line = try reader.next() {
                let name = "\(path):\(line.number)"
                if let length = line.tooLongBytes {
                    throw Problem("\(name): the record is \(length) bytes, more than the limit of \(decoder.maximumBytes) bytes; raise it with --max-input-bytes")
                }
                let record: JSONLineRecord
                do {
                    record = try JSONLineRecord(line.bytes)
                } catch {
                    throw Problem("\(name): \(error.description); each line must be one JSON object such as {\"id\": 1, \"text\": \"…\"}")
                }
                guard let text = record.text, let id = record.id.flatMap(Self.idString), !id.isEmpty else {
                    throw Problem("\(name): needs an \"id\" and a string \"text\"")
                }
                do {
                    articles.append(Article(name: name, original: id, source: try SourceText(bytes: text, name: name, decoder: decoder)))
                } catch {
                    throw Problem(error)
                }
            }
        } catch let error as InputError {
            throw Problem(error)
        } catch let problem as Problem {
            throw problem
        } catch {
            throw Problem("\(path): \(error)")
        }
        if articles.isEmpty { throw Problem("\(path): holds no records") }
        return articles
    }

    /// A record id as text: a JSON string decoded, anything else as written.
    private static func idString(_ raw: [UInt8]) -> String? {
        guard raw.first == UInt8(ascii: "\"") else { return String(decoding: raw, as: UTF8.self) }
        return try? JSONDecoder().decode(String.self, from: Data(raw))
    }

    /// Why an input cannot be used: the message and the exit status.
    struct Problem: Error {
        let message: String
        let status: ExitStatus

        init(_ message: String, status: ExitStatus = .dataError) {
            self.message = message
            self.status = status
        }

        init(_ error: InputError) {
            self.init(error.description, status: ExitStatus(error))
        }
    }
}
