import Foundation
import Testing

/// End-to-end tests of `nsumm entities`, run on the built binary.
@Suite struct EntitiesCLITests {
    /// Runs nsumm with `arguments` and `input` on standard input; returns status and output.
    func run(_ arguments: [String], input: String = "") throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = productsDirectory.appendingPathComponent("nsumm")
        process.arguments = arguments
        let stdin = Pipe()
        let stdout = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        try process.run()
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        let data = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    /// The JSON Lines protocol of the entity-spotting kit: one sentence a line in, one JSON
    /// array of {start, end, type} with Unicode scalar offsets into that line out.
    @Test func jsonlOneArrayPerLine() throws {
        let lines = [
            "Presiden Kassym-Jomart Tokayev meminta bantuan CSTO, Kamis (6/1).",
            "",
            "“Kami tidak mendukung,” kata Sabyr kepada Reuters di Almaty.",
            "tidak ada nama di sini",
            "Sekitar 2.500 pasukan dan dana Rp 5 juta dikirim ke Kazakhstan.",
        ]
        let file = FileManager.default.temporaryDirectory
            .appendingPathComponent("nsumm-entities-\(UUID().uuidString).txt")
        try Data(lines.map { $0 + "\n" }.joined().utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }

        for arguments in [["entities", "--format", "jsonl", file.path], ["entities", "--format", "jsonl", "-"]] {
            let input = arguments.last == "-" ? lines.map { $0 + "\n" }.joined() : ""
            let (status, output) = try run(arguments, input: input)
            #expect(status == 0)
            let outputLines = output.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
            #expect(outputLines.count == lines.count)
            var found: [[String]] = []
            for (line, json) in zip(lines, outputLines) {
                let array = try #require(
                    try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
                let scalars = Array(line.unicodeScalars)
                found.append(
                    array.map { item in
                        let start = item["start"] as! Int
                        let end = item["end"] as! Int
                        let text = String(String.UnicodeScalarView(scalars[start..<end]))
                        return "\(item["type"] as! String) \(text)"
                    })
            }
            #expect(
                found == [
                    ["PER Kassym-Jomart Tokayev", "ORG CSTO", "DATE Kamis (6/1)"],
                    [],
                    ["PER Sabyr", "ORG Reuters", "LOC Almaty"],
                    [],
                    ["QUANTITY 2.500 pasukan", "MONEY Rp 5 juta", "LOC Kazakhstan"],
                ])
        }
    }

    @Test func textAndJSONOnArticles() throws {
        let article = "Rusia Kirim Pasukan\n\nJakarta – Presiden Kassym-Jomart Tokayev meminta bantuan. Ia tiba di Almaty.\n"
        let (status, text) = try run(["entities", "-"], input: article)
        #expect(status == 0)
        #expect(text.contains("    PER      Kassym-Jomart Tokayev\n"))
        #expect(text.contains("[2] Ia tiba di Almaty.\n    LOC      Almaty\n"))

        let (jsonStatus, json) = try run(["entities", "--format", "json", "-"], input: article)
        #expect(jsonStatus == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let entities = try #require(object["entities"] as? [[String: Any]])
        let tokayev = try #require(entities.first { $0["text"] as? String == "Kassym-Jomart Tokayev" })
        #expect(tokayev["type"] as? String == "PER")
        #expect(tokayev["sentence"] as? Int == 1)
        let range = try #require(tokayev["range"] as? [String: [Int]])
        let bytes = Array(article.utf8)
        let utf8 = try #require(range["utf8"])
        #expect(String(decoding: bytes[utf8[0]..<utf8[1]], as: UTF8.self) == "Kassym-Jomart Tokayev")
        let scalars = Array(article.unicodeScalars)
        let scalarRange = try #require(range["scalars"])
        #expect(String(String.UnicodeScalarView(scalars[scalarRange[0]..<scalarRange[1]])) == "Kassym-Jomart Tokayev")
    }

    var productsDirectory: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent(".build/debug")
    }
}
