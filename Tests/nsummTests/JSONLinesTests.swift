import Testing
@testable import nsumm

/// The JSON Lines reader and writer that `nsumm summarize --jsonl` uses.
@Suite struct JSONLinesTests {
    func record(_ line: String) throws -> JSONLineRecord {
        try JSONLineRecord(Array(line.utf8))
    }

    @Test func readsTextAndCopiesTheIDAsWritten() throws {
        let record = try record(#"{"lang": "id", "id": "berita-1", "meta": {"tags": [1, 2.5e3, null, true]}, "text": "Budi datang."}"#)
        #expect(record.id == Array(#""berita-1""#.utf8))
        #expect(record.text == Array("Budi datang.".utf8))
        #expect(try self.record(#"{"text": "x", "id": -12.5}"#).id == Array("-12.5".utf8))
        #expect(try self.record(#"{"text": "x"}"#).id == nil)
    }

    @Test func decodesEscapes() throws {
        let record = try record(#"{"text": "Ia berkata, \"Siap!\"\n\nKota: Bandung \u00e9 \ud83d\ude00 \/ \\"}"#)
        #expect(String(decoding: record.text!, as: UTF8.self) == "Ia berkata, \"Siap!\"\n\nKota: Bandung é 😀 / \\")
    }

    @Test(arguments: [
        (#"["text"]"#, "column 1: expected a JSON object"),
        (#"{"text": 5}"#, "column 10: \"text\" must be a string"),
        (#"{"text": "a"} x"#, "column 15: unexpected characters after the object"),
        (#"{"text": "a",}"#, "column 14: expected a member name in double quotes"),
        (#"{"text": "a\qb"}"#, "column 14: unknown escape \\q"),
        (#"{"text": "\ud83d"}"#, "column 11: unpaired surrogate"),
        ("{\"text\": \"a\tb\"}", "column 12: control character inside a string"),
        (#"{"id": 01, "text": "a"}"#, "column 9: expected ',' or '}'"),
        (#"{"text": "a""#, "column 13: the line ends too early"),
    ])
    func rejectsMalformedLines(line: String, message: String) {
        #expect {
            try record(line)
        } throws: { error in
            "\(error)".hasPrefix(message)
        }
    }

    @Test func writerEscapesAndRounds() {
        var json = JSONWriter()
        json.objectStart()
        json.key("summary")
        json.string("Ia berkata, \"Siap!\"\n\u{1}\\")
        json.key("scores")
        json.arrayStart()
        json.number(0.123456789)
        json.number(2.0)
        json.number(-0.5)
        json.arrayEnd()
        json.objectEnd()
        #expect(String(decoding: json.bytes, as: UTF8.self) == #"{"summary":"Ia berkata, \"Siap!\"\n\u0001\\","scores":[0.123457,2,-0.5]}"#)
    }
}
