import NSummKit

extension Nsumm.Xliff {
    /// Builds one bundle from articles: analysis, summary, protected spans, extraction, writing.
    struct Exporter {
        let nsumm: NSumm
        let extractor: XLIFFExtractor
        let writer: XLIFFWriter
        /// Finds URLs, e-mail addresses and codes; nil with `--protect none`.
        let finder: ProtectedSpanFinder?
        /// The sentences `--select` names.
        let selection: SummarySelection?
        let length: SummaryLengthOptions
        let languages: (source: LanguageTag, target: LanguageTag)

        /// The bundle of `articles`, as bytes.
        func bundle(of articles: [Article]) throws(ExportError) -> [UInt8] {
            var files: [XLIFFFile] = []
            for (index, article) in articles.enumerated() {
                let document = nsumm.analyze(article.source)
                let summary = summary(of: document)
                if extractor.scope == .summary && summary == nil { throw .summarizerUnavailable }
                do {
                    files.append(
                        try extractor.file(
                            for: document, id: "f\(index + 1)", original: article.original, summary: summary,
                            protecting: protectedSpans(in: document)))
                } catch {
                    throw .xliff(error)
                }
            }
            do {
                return try writer.write(
                    XLIFFBundle(sourceLanguage: languages.source, targetLanguage: languages.target, files: files))
            } catch {
                throw .xliff(error)
            }
        }

        /// The summary sentences of `document`: those `--select` names, or else the
        /// summarizer's choice at `length`.
        ///
        /// INTEGRATION: the summarizer (`Summarizer`/`Summary`, branch `summ`) is not in this
        /// branch; until it is, there is no summary to give, so `--scope summary` stops with
        /// ``ExportError/summarizerUnavailable`` and `--scope full` exports without summary
        /// flags. Once it is merged, the `return nil` below becomes the one call
        /// `nsumm.summarize(document, length: length.length)` turned into a
        /// `SummarySelection(rankedSentences:)`.
        private func summary(of document: Document) -> SummarySelection? {
            if let selection { return selection }
            return nil
        }

        /// What must not be translated in `document`: URLs, e-mail addresses and codes. (The
        /// names from the entity spotter join them once it is merged from branch `ner`.)
        private func protectedSpans(in document: Document) -> [ProtectedSpan] {
            finder?.spans(in: document) ?? []
        }
    }

    /// Why a bundle could not be made.
    enum ExportError: Error, CustomStringConvertible {
        /// The summary scope needs the summarizer, which this build lacks.
        case summarizerUnavailable
        /// The library refused an article or the bundle.
        case xliff(XLIFFError)

        var description: String {
            switch self {
            case .summarizerUnavailable:
                return "--scope summary needs the summarizer, which this build does not include yet; "
                    + "name the summary sentences with --select or export the whole article with --scope full"
            case .xliff(let error):
                return error.description
            }
        }

        /// 64 for the missing summarizer (another option works), 70 when memory ran out, 65
        /// otherwise (the article cannot be exported as it is).
        var status: ExitStatus {
            switch self {
            case .summarizerUnavailable: return .usage
            case .xliff(.outOfMemory): return .software
            case .xliff: return .dataError
            }
        }
    }
}
