import Foundation
import Testing

/// `nsumm summarize` end to end: the built binary on real files, folders and streams.
@Suite struct SummarizeCLITests {
    /// `Tests/Fixtures/banjir-bekasi.txt`, a news article written for these tests: title,
    /// dateline, quote, question, byline.
    static let flood = try! String(
        contentsOfFile: URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/banjir-bekasi.txt").path,
        encoding: .utf8)

    /// Article `number` of a batch: its first sentence names the number, so order shows.
    static func numbered(_ number: Int) -> String {
        "Kereta Cepat Nomor \(number)\n\nJakarta, KABARKITA – Kereta nomor \(number) tiba di Stasiun Halim tepat waktu pada Senin pagi. Penumpang memuji pelayanan petugas yang ramah.\n\nPT Kereta Cepat Indonesia China menambah jadwal perjalanan mulai bulan depan.\n"
    }

    @Test func textIsTheChosenSentencesWithoutTitleOrDateline() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("banjir.txt", Self.flood)
        let run = try NsummRunner.run(["summarize", file])
        #expect(run.status == 0)
        #expect(run.output == """
            Banjir setinggi satu meter merendam 350 rumah di Kecamatan Bekasi Timur, Jawa Barat, Selasa (14/3).
            Hujan deras sejak Senin malam membuat Kali Bekasi meluap.
            Badan Penanggulangan Bencana Daerah (BPBD) Kota Bekasi mengerahkan 40 petugas dan enam perahu karet untuk mengevakuasi warga.

            """)
        #expect(run.stderr.isEmpty)
    }

    @Test func jsonHoldsEverySentenceWithScoresAndEntities() throws {
        let folder = try TemporaryFolder()
        let run = try NsummRunner.run(["summarize", "--format", "json", "--sentences", "4", try folder.write("banjir.txt", Self.flood)])
        #expect(run.status == 0)
        let object = try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as! [String: Any]
        let sentences = object["sentences"] as! [[String: Any]]
        #expect(sentences.count == 11)
        #expect(sentences.compactMap { $0["rank"] as? Int }.sorted() == Array(1...9))
        #expect(sentences.filter { $0["selected"] as! Bool }.map { $0["index"] as! Int } == [1, 2, 3, 7])
        #expect(object["selection"] as! [Int] == [1, 2, 3, 7])
        #expect((sentences[1]["features"] as! [String: Double])["position"] == 1)
        #expect(sentences[0]["kind"] as! String == "title")
        #expect(sentences.contains { !($0["entities"] as! [Any]).isEmpty })
    }

    @Test func markdownHasTheTitleAndAList() throws {
        let folder = try TemporaryFolder()
        let run = try NsummRunner.run(["summarize", "--format", "markdown", "--sentences", "1", try folder.write("banjir.txt", Self.flood)])
        #expect(run.output == """
            ## Banjir Rendam Ratusan Rumah di Bekasi

            - Banjir setinggi satu meter merendam 350 rumah di Kecamatan Bekasi Timur, Jawa Barat, Selasa (14/3).

            """)
    }

    @Test func explainShowsEverySentenceAndTheWeights() throws {
        let folder = try TemporaryFolder()
        let run = try NsummRunner.run(["summarize", "--explain", try folder.write("banjir.txt", Self.flood)])
        let lines = run.output.split(separator: "\n", omittingEmptySubsequences: false)
        let table = lines.drop { !$0.hasPrefix("weights:") }
        #expect(table.first?.contains("quote -0.5 (quote)") == true)
        // The header and one row per sentence, then the final newline.
        #expect(table.count == 1 + 1 + 11 + 1)
        #expect(table.contains { $0.contains(" title ") && $0.contains("Banjir Rendam Ratusan Rumah") })
        #expect(table.contains { $0.contains(" yes ") && $0.contains("Badan Penanggulangan Bencana") })
        let markdown = try NsummRunner.run(["summarize", "--explain", "--format", "markdown", try folder.write("b.txt", Self.flood)])
        #expect(markdown.output.contains("| # | kind | kept | rank | score | pos |"))
    }

    @Test func foldersAreReadRecursivelyInSortedOrder() throws {
        let folder = try TemporaryFolder()
        for number in [3, 1, 12, 2] { _ = try folder.write("berita/\(String(format: "%02d", number)).txt", Self.numbered(number)) }
        _ = try folder.write("berita/arsip/00.txt", Self.numbered(100))
        _ = try folder.write("berita/.tersembunyi.txt", Self.numbered(99))
        _ = try folder.write("berita/catatan.md", Self.numbered(98))
        let run = try NsummRunner.run(["summarize", "--format", "jsonl", "--jobs", "3", folder.path + "/berita"])
        #expect(run.status == 0)
        let ids = try run.records().map { ($0["id"] as! String).replacingOccurrences(of: folder.path + "/berita/", with: "") }
        #expect(ids == ["01.txt", "02.txt", "03.txt", "12.txt", "arsip/00.txt"])
        #expect(try run.records()[4]["summary"] as! String == "Kereta nomor 100 tiba di Stasiun Halim tepat waktu pada Senin pagi. Penumpang memuji pelayanan petugas yang ramah. PT Kereta Cepat Indonesia China menambah jadwal perjalanan mulai bulan depan.")
    }

    @Test func aBadArticleIsReportedAndTheOthersStillSummarized() throws {
        let folder = try TemporaryFolder()
        _ = try folder.write("a.txt", Self.numbered(1))
        try Data([0x42, 0x75, 0x64, 0x69, 0xFF, 0x0A]).write(to: URL(fileURLWithPath: folder.path + "/b.txt"))
        _ = try folder.write("c.txt", Self.numbered(3))
        let run = try NsummRunner.run(["summarize", "--format", "jsonl", folder.path, folder.path + "/hilang.txt"])
        #expect(run.status == 65)
        let records = try run.records()
        #expect(records.count == 4)
        #expect((records[0]["summary"] as! String).hasPrefix("Kereta nomor 1 "))
        #expect((records[1]["error"] as! String).hasPrefix(folder.path + "/b.txt: line 1, column 5 (byte 4): invalid UTF-8"))
        #expect((records[2]["summary"] as! String).hasPrefix("Kereta nomor 3 "))
        #expect((records[3]["error"] as! String).hasSuffix("hilang.txt: no such file; check the path"))
        #expect(run.stderr.contains("b.txt: line 1, column 5 (byte 4): invalid UTF-8"))
        #expect(run.stderr.contains("hilang.txt: no such file"))
        // Text output leaves the bad one out and labels the others.
        let text = try NsummRunner.run(["summarize", "--sentences", "1", folder.path])
        #expect(text.output.contains("==> \(folder.path)/c.txt <==\nKereta nomor 3 "))
        #expect(text.status == 65)
    }

    @Test func jsonLinesStreamsKeepIDsOrderAndReportBadRecords() throws {
        let lines = [
            #"{"id": "a-1", "text": "Presiden meresmikan jembatan baru di Kalimantan Timur pada Kamis. Jembatan itu menghubungkan dua kabupaten."}"#,
            #"{"id": "a-2", "text": "tidak ditutup}"#,
            "",
            #"{"id": 3, "judul": "Tanpa teks"}"#,
            #"{"text": "Harga cabai rawit turun menjadi Rp 40.000 per kilogram.\n\nPedagang di Pasar Senen mengaku lega.", "id": {"sumber": "x"}}"#,
        ]
        let run = try NsummRunner.run(["summarize", "--jsonl", "--sentences", "1"], input: Data((lines.joined(separator: "\n") + "\n").utf8))
        #expect(run.status == 65)
        let records = try run.records()
        #expect(records.count == 4)
        #expect(records[0]["id"] as! String == "a-1")
        #expect(records[0]["summary"] as! String == "Presiden meresmikan jembatan baru di Kalimantan Timur pada Kamis.")
        let sentence = (records[0]["sentences"] as! [[String: Any]])[0]
        #expect(sentence["index"] as! Int == 0)
        #expect((sentence["range"] as! [String: [Int]])["utf8"] == [0, 65])
        #expect(records[1]["id"] is NSNull)
        #expect(records[1]["line"] as! Int == 2)
        #expect((records[1]["error"] as! String).hasPrefix("-:2: column 23: the string that starts here has no closing quote"))
        #expect(records[2]["id"] as! Int == 3)
        #expect(records[2]["error"] as! String == "-:4: the record has no \"text\" string")
        #expect(records[3]["id"] as! [String: String] == ["sumber": "x"])
        #expect(records[3]["summary"] as! String == "Harga cabai rawit turun menjadi Rp 40.000 per kilogram.")
        #expect(run.stderr.split(separator: "\n").count == 2)
    }

    @Test func outputIsTheSameOnOneThreadOrMany() throws {
        let folder = try TemporaryFolder()
        var stream = ""
        for number in 0..<200 {
            let text = number % 7 == 3 ? "bukan JSON" : #"{"id": \#(number), "text": "\#(Self.numbered(number).replacingOccurrences(of: "\n", with: "\\n"))"}"#
            stream += text + "\n"
        }
        let file = try folder.write("aliran.jsonl", stream)
        let one = try NsummRunner.run(["summarize", "--jsonl", "--jobs", "1", file])
        let many = try NsummRunner.run(["summarize", "--jsonl", "--jobs", "4", file])
        #expect(one.output == many.output)
        #expect(one.stderr == many.stderr)
        #expect(try many.records().count == 200)
        #expect(try many.records().map { $0["id"] as? Int } == (0..<200).map { $0 % 7 == 3 ? nil : $0 })
    }

    @Test func wordBudgetAndRatio() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("banjir.txt", Self.flood)
        let words = try NsummRunner.run(["summarize", "--words", "26", file])
        #expect(words.output.split(whereSeparator: \.isWhitespace).count <= 26)
        #expect(words.output.split(separator: "\n").count == 2)
        let ratio = try NsummRunner.run(["summarize", "--ratio", "0.5", file])
        #expect(ratio.output.split(separator: "\n").count == 5)
    }

    @Test func weightsAndConfigurationFilesChangeTheChoice() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("banjir.txt", Self.flood)
        let plain = try NsummRunner.run(["summarize", "--sentences", "4", "--weights", "quote=0,shortSentence=0", "--weights", "question=0", file])
        #expect(plain.output.contains("\"Kami sudah memindahkan 120 keluarga"))
        let config = try folder.write("bobot.json", #"{"weights": {"quote": 0, "shortSentence": 0, "question": 0}}"#)
        #expect(try NsummRunner.run(["summarize", "--sentences", "4", "--config", config, file]).output == plain.output)
        let printed = try NsummRunner.run(["summarize", "--config", config, "--weights", "redundancy=-0.5", "--print-config"])
        let weights = (try JSONSerialization.jsonObject(with: Data(printed.output.utf8)) as! [String: Any])["weights"] as! [String: Double]
        #expect(weights["quote"] == 0 && weights["redundancy"] == -0.5 && weights["position"] == 1)
    }

    @Test(arguments: [
        (["--sentences", "0"], 64, "--sentences must be at least 1"),
        (["--ratio", "0.2", "--words", "50"], 64, "choose one of --sentences, --ratio and --words"),
        (["--ratio", "1.5"], 64, "--ratio must be more than 0 and at most 1"),
        (["--explain", "--format", "json"], 64, "--explain adds a table to text and markdown output"),
        (["--jsonl", "--format", "markdown"], 64, "--jsonl writes JSON Lines"),
        (["--weights", "kutipan=1"], 64, "--weights: unknown feature 'kutipan'; the features are position"),
        (["--config", "/tidak/ada.json"], 66, "--config: /tidak/ada.json: no such file"),
        (["--jobs", "0"], 64, "--jobs must be at least 1"),
        (["--jsonl", "--encoding", "windows-1252"], 64, "--encoding applies to article files; JSON Lines are UTF-8"),
    ])
    func wrongUsageSaysWhatToDo(arguments: [String], status: Int32, message: String) throws {
        let folder = try TemporaryFolder()
        let run = try NsummRunner.run(["summarize"] + arguments + [try folder.write("a.txt", Self.flood)])
        #expect(run.status == status)
        #expect(run.stderr.contains(message))
        #expect(run.output.isEmpty)
    }

    @Test func badConfigurationFilesAreDataErrors() throws {
        let folder = try TemporaryFolder()
        let config = try folder.write("bobot.json", #"{"weights": {"quote": "rendah"}}"#)
        let run = try NsummRunner.run(["summarize", "--config", config, try folder.write("a.txt", Self.flood)])
        #expect(run.status == 65)
        #expect(run.stderr == "nsumm: \(config): 'weights.quote': expected a number; see nsumm summarize --print-config\n")
    }

    @Test func foldersWithoutArticlesAreReported() throws {
        let folder = try TemporaryFolder()
        _ = try folder.write("kosong/catatan.md", "x")
        let run = try NsummRunner.run(["summarize", folder.path + "/kosong"])
        #expect(run.status == 66)
        #expect(run.stderr.contains("kosong: cannot be read (it holds no *.txt file)"))
    }
}

extension NsummRunner.Result {
    /// The JSON Lines of standard output as objects.
    func records() throws -> [[String: Any]] {
        try output.split(separator: "\n").map { try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any] }
    }
}

/// A folder under the system's temporary folder, removed when the value goes away.
final class TemporaryFolder {
    let path: String

    init() throws {
        path = NSTemporaryDirectory() + "nsumm-test-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    /// Writes `text` to `name` (subfolders created) and returns the file's path.
    func write(_ name: String, _ text: String) throws -> String {
        let file = path + "/" + name
        try FileManager.default.createDirectory(
            atPath: (file as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(text.utf8).write(to: URL(fileURLWithPath: file))
        return file
    }
}
