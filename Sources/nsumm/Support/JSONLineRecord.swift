/// One input record of a JSON Lines stream: a JSON object, of which nsumm reads the `"text"`
/// string and copies the `"id"` value as it is. Other members are checked and skipped.
///
/// ```swift
/// let record = try JSONLineRecord(Array(#"{"id": 7, "text": "Budi datang."}"#.utf8))
/// // record.id == Array("7".utf8), record.text == Array("Budi datang.".utf8)
/// ```
///
/// A small strict parser instead of `JSONSerialization`: it decodes only the one string that is
/// needed, which keeps a batch of many thousands of articles fast. It follows RFC 8259 (no
/// comments, no trailing commas, no unescaped control characters in strings, valid surrogate
/// pairs), and a repeated member counts by its last occurrence.
struct JSONLineRecord {
    /// The `id` member's value, exactly as written (a string keeps its quotes); nil without one.
    let id: [UInt8]?
    /// The `text` member's string as UTF-8 bytes, escapes decoded but not checked otherwise
    /// (``SourceText`` checks them, with a precise message); nil without one.
    let text: [UInt8]?

    /// Why a line is not a usable record; the message names the byte offset within the line.
    struct ParseError: Error, CustomStringConvertible {
        let offset: Int
        let reason: String
        var description: String { "column \(offset + 1): \(reason)" }
    }

    /// Parses one line (without its line break).
    init(_ line: [UInt8]) throws(ParseError) {
        var parser = Parser(line)
        (id, text) = try parser.record()
    }

    private struct Parser {
        let bytes: [UInt8]
        var offset = 0
        /// Nesting deeper than this is refused rather than recursed into.
        let maximumDepth = 256

        static let textKey = Array("text".utf8)
        static let idKey = Array("id".utf8)

        init(_ bytes: [UInt8]) { self.bytes = bytes }

        mutating func record() throws(ParseError) -> ([UInt8]?, [UInt8]?) {
            skipSpace()
            guard peek() == UInt8(ascii: "{") else { throw fail("expected a JSON object {\"id\": …, \"text\": …}") }
            offset += 1
            var id: [UInt8]? = nil
            var text: [UInt8]? = nil
            skipSpace()
            if peek() == UInt8(ascii: "}") {
                offset += 1
            } else {
                while true {
                    skipSpace()
                    let name = try memberName()
                    skipSpace()
                    try expect(UInt8(ascii: ":"))
                    skipSpace()
                    let start = offset
                    if name == Self.textKey {
                        guard peek() == UInt8(ascii: "\"") else { throw fail("\"text\" must be a string") }
                        text = try string()
                    } else if name == Self.idKey {
                        try skipValue(depth: 0)
                        guard String(validating: bytes[start..<offset], as: UTF8.self) != nil else {
                            offset = start
                            throw fail("\"id\" is not valid UTF-8")
                        }
                        id = Array(bytes[start..<offset])
                    } else {
                        try skipValue(depth: 0)
                    }
                    skipSpace()
                    if peek() == UInt8(ascii: ",") { offset += 1; continue }
                    try expectEnd(of: UInt8(ascii: "}"))
                    break
                }
            }
            skipSpace()
            guard offset == bytes.count else { throw fail("unexpected characters after the object") }
            return (id, text)
        }

        private func peek() -> UInt8? { offset < bytes.count ? bytes[offset] : nil }

        private func fail(_ reason: String) -> ParseError { ParseError(offset: offset, reason: reason) }

        private mutating func expect(_ byte: UInt8) throws(ParseError) {
            guard peek() == byte else {
                throw fail(peek() == nil ? "the line ends too early" : "expected '\(Character(Unicode.Scalar(byte)))'")
            }
            offset += 1
        }

        /// A member's name: a string.
        private mutating func memberName() throws(ParseError) -> [UInt8] {
            guard peek() == UInt8(ascii: "\"") else { throw fail("expected a member name in double quotes") }
            return try string()
        }

        /// The closing bracket of an object or array, after a member or element.
        private mutating func expectEnd(of close: UInt8) throws(ParseError) {
            guard peek() == close else {
                throw fail(peek() == nil ? "the line ends too early" : "expected ',' or '\(Character(Unicode.Scalar(close)))'")
            }
            offset += 1
        }

        private mutating func skipSpace() {
            while let byte = peek(), byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x0A { offset += 1 }
        }

        private mutating func skipValue(depth: Int) throws(ParseError) {
            guard depth < maximumDepth else { throw fail("nested too deeply") }
            guard let next = peek() else { throw fail("the line ends too early") }
            switch next {
            case UInt8(ascii: "\""):
                _ = try string()
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                let close = next == UInt8(ascii: "{") ? UInt8(ascii: "}") : UInt8(ascii: "]")
                let isObject = close == UInt8(ascii: "}")
                offset += 1
                skipSpace()
                if peek() == close { offset += 1; return }
                while true {
                    skipSpace()
                    if isObject {
                        _ = try memberName()
                        skipSpace()
                        try expect(UInt8(ascii: ":"))
                        skipSpace()
                    }
                    try skipValue(depth: depth + 1)
                    skipSpace()
                    if peek() == UInt8(ascii: ",") { offset += 1; continue }
                    try expectEnd(of: close)
                    return
                }
            case UInt8(ascii: "t"): try literal("true")
            case UInt8(ascii: "f"): try literal("false")
            case UInt8(ascii: "n"): try literal("null")
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): try number()
            default: throw fail("expected a JSON value")
            }
        }

        private mutating func literal(_ word: String) throws(ParseError) {
            let expected = Array(word.utf8)
            guard bytes.count - offset >= expected.count, Array(bytes[offset..<(offset + expected.count)]) == expected
            else { throw fail("expected a JSON value") }
            offset += expected.count
        }

        private mutating func number() throws(ParseError) {
            if peek() == UInt8(ascii: "-") { offset += 1 }
            guard let first = peek(), isDigit(first) else { throw fail("malformed number") }
            offset += 1
            if first != UInt8(ascii: "0") { while let byte = peek(), isDigit(byte) { offset += 1 } }
            if peek() == UInt8(ascii: ".") {
                offset += 1
                try digits()
            }
            if let byte = peek(), byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E") {
                offset += 1
                if let sign = peek(), sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") { offset += 1 }
                try digits()
            }
        }

        private mutating func digits() throws(ParseError) {
            guard let byte = peek(), isDigit(byte) else { throw fail("malformed number") }
            while let byte = peek(), isDigit(byte) { offset += 1 }
        }

        private func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

        /// The bytes of the string at the current offset, escapes decoded.
        private mutating func string() throws(ParseError) -> [UInt8] {
            let start = offset
            try expect(UInt8(ascii: "\""))
            var decoded: [UInt8] = []
            var runStart = offset
            while true {
                offset = Self.nextSpecial(in: bytes, from: offset)
                guard let byte = peek() else {
                    throw ParseError(offset: start, reason: "the string that starts here has no closing quote")
                }
                if byte == UInt8(ascii: "\"") {
                    decoded.append(contentsOf: bytes[runStart..<offset])
                    offset += 1
                    return decoded
                }
                if byte < 0x20 { throw fail("control character inside a string; escape it") }
                if byte != UInt8(ascii: "\\") {
                    offset += 1
                    continue
                }
                decoded.append(contentsOf: bytes[runStart..<offset])
                offset += 1
                let escapeStart = offset - 1
                guard let escape = peek() else {
                    throw ParseError(offset: start, reason: "the string that starts here has no closing quote")
                }
                offset += 1
                switch escape {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): decoded.append(escape)
                case UInt8(ascii: "b"): decoded.append(0x08)
                case UInt8(ascii: "f"): decoded.append(0x0C)
                case UInt8(ascii: "n"): decoded.append(0x0A)
                case UInt8(ascii: "r"): decoded.append(0x0D)
                case UInt8(ascii: "t"): decoded.append(0x09)
                case UInt8(ascii: "u"): decoded.append(contentsOf: try unicodeEscape(from: escapeStart))
                default: throw fail("unknown escape \\\(Character(Unicode.Scalar(escape)))")
                }
                runStart = offset
            }
        }

        /// The offset of the first quote, backslash or control character at or after `offset`
        /// (or the end): the bytes a string's plain runs are made of are skipped in one tight
        /// loop.
        private static func nextSpecial(in bytes: [UInt8], from offset: Int) -> Int {
            bytes.withUnsafeBufferPointer { buffer in
                var index = offset
                while index < buffer.count {
                    let byte = buffer[index]
                    if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte < 0x20 { break }
                    index += 1
                }
                return index
            }
        }

        /// The UTF-8 bytes of a `\uXXXX` escape (after the `u`; the backslash is at `start`), a
        /// surrogate pair taken whole.
        private mutating func unicodeEscape(from start: Int) throws(ParseError) -> [UInt8] {
            let unpaired = ParseError(offset: start, reason: "unpaired surrogate in a \\u escape")
            var value = try hex4()
            if (0xD800..<0xDC00).contains(value) {
                guard bytes.count - offset >= 6, bytes[offset] == UInt8(ascii: "\\"), bytes[offset + 1] == UInt8(ascii: "u")
                else { throw unpaired }
                offset += 2
                let low = try hex4()
                guard (0xDC00..<0xE000).contains(low) else { throw unpaired }
                value = 0x10000 + ((value - 0xD800) << 10) + (low - 0xDC00)
            } else if (0xDC00..<0xE000).contains(value) {
                throw unpaired
            }
            return Array(String(Character(Unicode.Scalar(value)!)).utf8)
        }

        private mutating func hex4() throws(ParseError) -> UInt32 {
            guard bytes.count - offset >= 4 else { throw fail("malformed \\u escape") }
            var value: UInt32 = 0
            for _ in 0..<4 {
                let byte = bytes[offset]
                let digit: UInt8
                switch byte {
                case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
                case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
                case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
                default: throw fail("malformed \\u escape")
                }
                value = value << 4 | UInt32(digit)
                offset += 1
            }
            return value
        }
    }
}
