import NSummKit

extension Nsumm.Xliff {
    /// Builds one bundle from articles: analysis, summary, protected spans, extraction, writing.
    struct Exporter {
        let nsumm: NSumm
        let extractor: XLIFFExtractor
        let writer: XLIFFWriter
        /// Finds URLs, e-mail addresses and codes; nil with `--protect none`.
        let finder: ProtectedSpanFinder?
        /// Which names are protected.
        let protection: Nsumm.Xliff.Protection
        /// The sentences `--select` names, which replace the summarizer's choice.
        let selection: SummarySelection?
        let summarizer: Summarizer
        let length: SummaryLength
        let languages: (source: LanguageTag, target: LanguageTag)

        /// The bundle of `articles`, as bytes.
        func bundle(of articles: [Article]) throws(XLIFFError) -> [UInt8] {
            var files: [XLIFFFile] = []
            for (index, article) in articles.enumerated() {
                let document = nsumm.analyze(article.source)
                let entities = finder != nil || selection == nil ? nsumm.entities(in: document) : []
                files.append(
                    try extractor.file(
                        for: document, id: "f\(index + 1)", original: article.original,
                        summary: selection ?? SummarySelection(summarizer.summarize(document, entities: entities, length: length)),
                        protecting: protectedSpans(in: document, entities: entities)))
            }
            return try writer.write(
                XLIFFBundle(sourceLanguage: languages.source, targetLanguage: languages.target, files: files))
        }

        /// What must not be translated in `document`: the names among `entities` that
        /// `--protect` covers, and the URLs, e-mail addresses and codes; nothing with
        /// `--protect none`.
        private func protectedSpans(in document: Document, entities: [Entity]) -> [ProtectedSpan] {
            guard let finder else { return [] }
            return entities.compactMap(ProtectedSpan.init).filter { protection.protects($0.kind) } + finder.spans(in: document)
        }
    }
}
