import Foundation

/// Short Indonesian news articles written for these tests (not taken from any data set).
enum SummaryTestArticles {
    /// `Tests/Fixtures/banjir-bekasi.txt`: title, dateline, a quote over two sentences, a
    /// question, a fragment and a byline.
    static let flood = try! String(contentsOfFile: fixture("banjir-bekasi.txt"), encoding: .utf8)

    /// Index of each sentence of ``flood`` in the document.
    enum Flood {
        static let title = 0, lead = 1, rain = 2, rescue = 3, quoteOpen = 4, quoteClose = 5, question = 6,
            forecast = 7, fragment = 8, plan = 9, byline = 10
    }

    /// A market story whose words are chosen for the centrality formula.
    static let harvest = """
        Petani jagung panen raya di Grobogan. Petani jagung senang.

        Harga emas melonjak.

        """

    /// The path of a file in `Tests/Fixtures/`.
    static func fixture(_ name: String) -> String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures").appendingPathComponent(name).path
    }
}
