import NSummKit

/// The batch machinery of `nsumm summarize`: inputs read in order, summarized on `jobs`
/// threads in chunks, written back in order, with at most a few chunks a thread in memory.
struct SummaryBatch: Sendable {
    let summarizer: Summarizer
    let nsumm: NSumm
    let length: SummaryLength
    let decoder: TextDecoder
    let jobs: Int
    let showsProgress: Bool

    /// What one input gave: the bytes to write and, if it failed, what to report.
    struct Outcome: Sendable {
        let output: [UInt8]
        let problem: (message: String, status: ExitStatus)?
    }

    /// Inputs a chunk of work holds at most: small enough to spread over the threads, large
    /// enough that handing chunks over costs nothing next to the work.
    private static let filesPerChunk = 8
    private static let linesPerChunk = 64
    private static let bytesPerChunk = 1 << 20

    /// Summarizes article files; `renderer` decides the format.
    func runFiles(
        _ items: [InputFiles.Item], renderer: SummaryRenderer, output: inout StandardOutput,
        diagnostics: inout Diagnostics
    ) {
        var writer = OutcomeWriter(format: renderer.format, single: items.count == 1)
        var progress = ProgressBar(total: .items(items.count), enabled: showsProgress)
        var next = 0
        let map = OrderedParallelMap(jobs: min(jobs, max(1, items.count)), window: 4 * jobs) { (chunk: ArraySlice<InputFiles.Item>) in
            chunk.map { summarize($0, renderer: renderer) }
        }
        var done = 0
        map.run(
            next: {
                guard next < items.count else { return nil }
                let chunk = items[next..<min(items.count, next + Self.filesPerChunk)]
                next += chunk.count
                return chunk
            },
            consume: { outcomes in
                for outcome in outcomes { writer.write(outcome, to: &output, diagnostics: &diagnostics, progress: &progress) }
                done += outcomes.count
                progress.update(items: done, bytes: 0)
            })
        writer.finish(to: &output)
        progress.finish()
    }

    /// Summarizes the records of JSON Lines streams.
    func runJSONLines(
        _ items: [InputFiles.Item], renderer: SummaryRenderer, output: inout StandardOutput,
        diagnostics: inout Diagnostics
    ) {
        var writer = OutcomeWriter(format: renderer.format, single: false)
        var readers: [LineReader] = []
        for item in items {
            switch item {
            case .file(let path):
                do {
                    readers.append(try LineReader(path: path, maximumLineBytes: decoder.maximumBytes))
                } catch {
                    diagnostics.report(error.description, status: ExitStatus(error))
                }
            case .failure(_, let error):
                diagnostics.report(error.description, status: ExitStatus(error))
            }
        }
        let sizes = readers.map(\.totalBytes)
        var progress = ProgressBar(
            total: sizes.contains(where: { $0 == nil }) ? .unknown : .bytes(sizes.reduce(0) { $0 + $1! }),
            enabled: showsProgress)
        var current = 0
        var finishedBytes = 0
        var done = 0
        // Each chunk carries how far into all the input it ends, for the progress bar.
        let map = OrderedParallelMap(jobs: jobs, window: 4 * jobs) {
            (chunk: (name: String, lines: [LineReader.Line], end: Int)) in
            (outcomes: chunk.lines.map { summarize($0, in: chunk.name, renderer: renderer) }, end: chunk.end)
        }
        map.run(
            next: {
                while current < readers.count {
                    var lines: [LineReader.Line] = []
                    var bytes = 0
                    do {
                        while lines.count < Self.linesPerChunk && bytes < Self.bytesPerChunk,
                            let line = try readers[current].next()
                        {
                            lines.append(line)
                            bytes += line.bytes.count
                        }
                    } catch {
                        diagnostics.report("\(error)", status: .ioError)
                    }
                    let name = readers[current].name
                    let end = finishedBytes + readers[current].bytesRead
                    if lines.count < Self.linesPerChunk && bytes < Self.bytesPerChunk {
                        finishedBytes += readers[current].bytesRead
                        readers[current].close()
                        current += 1
                    }
                    if !lines.isEmpty { return (name, lines, end) }
                }
                return nil
            },
            consume: { chunk in
                for outcome in chunk.outcomes { writer.write(outcome, to: &output, diagnostics: &diagnostics, progress: &progress) }
                done += chunk.outcomes.count
                progress.update(items: done, bytes: chunk.end)
            })
        progress.finish()
    }

    /// Reads, analyses and summarizes one file.
    private func summarize(_ item: InputFiles.Item, renderer: SummaryRenderer) -> Outcome {
        switch item {
        case .failure(let name, let error):
            return failure(error.description, status: ExitStatus(error), name: name, id: nil, line: nil, renderer: renderer)
        case .file(let path):
            do {
                let source = try SourceText(contentsOfFile: path, decoder: decoder)
                let summary = summarizer.summarize(nsumm.analyze(source), length: length)
                return Outcome(output: renderer.render(summary, id: JSONWriter.quoted(path)), problem: nil)
            } catch {
                return failure(error.description, status: ExitStatus(error), name: path, id: nil, line: nil, renderer: renderer)
            }
        }
    }

    /// Parses and summarizes one JSON Lines record.
    private func summarize(_ line: LineReader.Line, in file: String, renderer: SummaryRenderer) -> Outcome {
        let name = "\(file):\(line.number)"
        if let length = line.tooLongBytes {
            let message = "\(name): the record is \(length) bytes, more than the limit of \(decoder.maximumBytes) bytes; raise it with --max-input-bytes"
            return failure(message, status: .dataError, name: name, id: nil, line: line.number, renderer: renderer)
        }
        let record: JSONLineRecord
        do {
            record = try JSONLineRecord(line.bytes)
        } catch {
            return failure(
                "\(name): \(error.description); each line must be one JSON object such as {\"id\": 1, \"text\": \"…\"}",
                status: .dataError, name: name, id: nil, line: line.number, renderer: renderer)
        }
        guard let text = record.text else {
            return failure(
                "\(name): the record has no \"text\" string", status: .dataError, name: name, id: record.id,
                line: line.number, renderer: renderer)
        }
        do {
            let source = try SourceText(bytes: text, name: name, decoder: decoder)
            let summary = summarizer.summarize(nsumm.analyze(source), length: length)
            return Outcome(output: renderer.render(summary, id: record.id ?? Array("null".utf8)), problem: nil)
        } catch {
            return failure(error.description, status: ExitStatus(error), name: name, id: record.id, line: line.number, renderer: renderer)
        }
    }

    private func failure(
        _ message: String, status: ExitStatus, name: String, id: [UInt8]?, line: Int?, renderer: SummaryRenderer
    ) -> Outcome {
        Outcome(
            output: renderer.render(failure: message, name: name, id: id ?? Array("null".utf8), line: line),
            problem: (message, status))
    }
}

/// Writes outcomes in order with the separators of their format: a blank line between the
/// labelled summaries of text and Markdown, commas inside a JSON array, one line each in JSON
/// Lines. Problems go to standard error as they come.
struct OutcomeWriter {
    let format: SummaryFormat
    /// Whether there is one input only (JSON: an object instead of an array).
    let single: Bool
    private var count = 0

    init(format: SummaryFormat, single: Bool) {
        self.format = format
        self.single = single
    }

    mutating func write(
        _ outcome: SummaryBatch.Outcome, to output: inout StandardOutput, diagnostics: inout Diagnostics,
        progress: inout ProgressBar
    ) {
        if let problem = outcome.problem {
            progress.finish()
            diagnostics.report(problem.message, status: problem.status)
        }
        guard !outcome.output.isEmpty else { return }
        switch format {
        case .text, .markdown:
            if count > 0 { output.write([0x0A]) }
        case .json where !single:
            output.write(count == 0 ? [UInt8(ascii: "["), 0x0A] : [UInt8(ascii: ","), 0x0A])
        case .json, .jsonl:
            break
        }
        output.write(outcome.output)
        if format != .text && format != .markdown || outcome.output.last != 0x0A { output.write([0x0A]) }
        count += 1
    }

    /// Closes the JSON array.
    mutating func finish(to output: inout StandardOutput) {
        guard format == .json && !single else { return }
        output.write(count == 0 ? Array("[]\n".utf8) : [UInt8(ascii: "]"), 0x0A])
    }
}
