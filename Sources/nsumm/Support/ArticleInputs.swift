import Foundation
import NSummKit

/// One article to process: from a text file, or one record of a JSON Lines file.
struct Article {
    /// The name in messages: the path, or `file.jsonl:LINE (id)`.
    let name: String
    /// The article's own name, for outputs: the path as given, or the record's id.
    let original: String
    /// The checked text.
    let source: SourceText
}

/// The articles behind one command-line argument: a text file, a folder, a JSON Lines file or
/// standard input.
struct ArticleGroup {
    /// The argument, or for a folder the text file inside it.
    let input: String
    /// Its articles, in order.
    let articles: [Article]
}

/// Reads the inputs of a run: text files, folders (their `.txt` files, sorted, hidden files
/// left out, subfolders included) and, with `jsonl`, JSON Lines files holding one
/// `{"id": …, "text": …}` article a line (other keys ignored).
struct ArticleInputs {
    let arguments: [String]
    let jsonl: Bool
    let decoder: TextDecoder

    /// The groups that could be read; problems go to `diagnostics` and their inputs are left
    /// out.
    func read(diagnostics: inout Diagnostics) -> [ArticleGroup] {
        var groups: [ArticleGroup] = []
        for argument in arguments {
            var isDirectory: ObjCBool = false
            if argument != "-" && FileManager.default.fileExists(atPath: argument, isDirectory: &isDirectory)
                && isDirectory.boolValue
            {
                let files = textFiles(in: argument)
                if files.isEmpty {
                    diagnostics.report("\(argument): folder has no .txt files", status: .noInput)
                }
                for file in files {
                    if let group = readFile(file, diagnostics: &diagnostics) { groups.append(group) }
                }
            } else if let group = readFile(argument, diagnostics: &diagnostics) {
                groups.append(group)
            }
        }
        return groups
    }

    /// The `.txt` files below `folder`, sorted by path.
    private func textFiles(in folder: String) -> [String] {
        let base = folder.hasSuffix("/") ? String(folder.dropLast()) : folder
        let walker = FileManager.default.enumerator(atPath: base)
        var files: [String] = []
        while let relative = walker?.nextObject() as? String {
            let last = relative.split(separator: "/").last.map(String.init) ?? relative
            if last.hasPrefix(".") {
                walker?.skipDescendants()
                continue
            }
            if (walker?.fileAttributes?[.type] as? FileAttributeType) == .typeRegular
                && last.lowercased().hasSuffix(".txt")
            {
                files.append(base + "/" + relative)
            }
        }
        return files.sorted()
    }

    /// One file's articles.
    private func readFile(_ path: String, diagnostics: inout Diagnostics) -> ArticleGroup? {
        let source: SourceText
        do {
            source = try SourceText(contentsOfFile: path, decoder: decoder)
        } catch {
            diagnostics.report(error.description, status: ExitStatus(error))
            return nil
        }
        guard jsonl else { return ArticleGroup(input: path, articles: [Article(name: path, original: path, source: source)]) }
        do {
            return ArticleGroup(input: path, articles: try records(in: source))
        } catch let failure as RecordError {
            diagnostics.report(failure.message, status: failure.status)
            return nil
        } catch {
            diagnostics.report("\(path): \(error)", status: .dataError)
            return nil
        }
    }

    /// The articles of a JSON Lines file; blank lines are skipped.
    private func records(in file: SourceText) throws -> [Article] {
        var articles: [Article] = []
        let bytes = file.bytes[file.textStart...]
        var lineNumber = 0
        for line in bytes.split(separator: 0x0A, omittingEmptySubsequences: false) {
            lineNumber += 1
            guard line.contains(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }) else { continue }
            let place = "\(file.name):\(lineNumber)"
            guard let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any] else {
                throw RecordError(message: "\(place): not a JSON object; each line must be {\"id\": …, \"text\": …}", status: .dataError)
            }
            let id = (object["id"] as? String) ?? (object["id"] as? NSNumber)?.stringValue
            guard let id, !id.isEmpty, let text = object["text"] as? String else {
                throw RecordError(message: "\(place): needs a non-empty \"id\" and a string \"text\"", status: .dataError)
            }
            let name = "\(place) (\(id))"
            do {
                articles.append(Article(name: name, original: id, source: try SourceText(bytes: Array(text.utf8), name: name, decoder: decoder)))
            } catch {
                throw RecordError(message: error.description, status: ExitStatus(error))
            }
        }
        if articles.isEmpty { throw RecordError(message: "\(file.name): no articles in this JSON Lines file", status: .dataError) }
        return articles
    }

    /// A problem with one JSON Lines record.
    private struct RecordError: Error {
        let message: String
        let status: ExitStatus
    }
}
