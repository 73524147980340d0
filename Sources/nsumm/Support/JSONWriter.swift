/// Writes JSON straight into a byte buffer, for records written by the thousand (JSON Lines),
/// where `JSONEncoder` would cost more than the work that produced them.
///
/// ```swift
/// var json = JSONWriter()
/// json.objectStart(); json.key("id"); json.string("a-1"); json.objectEnd()
/// // json.bytes == Array(#"{"id":"a-1"}"#.utf8)
/// ```
///
/// The writer does not check the structure: callers pair starts and ends themselves. Commas
/// are placed automatically between members and elements.
struct JSONWriter {
    /// The JSON written so far.
    private(set) var bytes: [UInt8] = []
    /// Whether the next member or element needs a comma before it.
    private var needsComma = false

    init(capacity: Int = 1024) {
        bytes.reserveCapacity(capacity)
    }

    mutating func objectStart() { separate(); bytes.append(UInt8(ascii: "{")); needsComma = false }
    mutating func objectEnd() { bytes.append(UInt8(ascii: "}")); needsComma = true }
    mutating func arrayStart() { separate(); bytes.append(UInt8(ascii: "[")); needsComma = false }
    mutating func arrayEnd() { bytes.append(UInt8(ascii: "]")); needsComma = true }

    /// An object member's name and the colon; the value follows.
    mutating func key(_ name: String) {
        separate()
        appendQuoted(name)
        bytes.append(UInt8(ascii: ":"))
        needsComma = false
    }

    /// A string value, escaped as JSON requires (quotes, backslashes and control characters).
    mutating func string(_ value: String) { separate(); appendQuoted(value); needsComma = true }

    /// An integer value.
    mutating func number(_ value: Int) { raw(String(value).utf8) }

    /// A number rounded to 6 decimals (like the `--format json` output); never infinite or NaN
    /// here, but written as null if it were.
    mutating func number(_ value: Double) {
        guard value.isFinite else { raw("null".utf8); return }
        let rounded = (value * 1_000_000).rounded() / 1_000_000
        raw(rounded == rounded.rounded() && abs(rounded) < 1e15 ? String(Int(rounded)).utf8 : String(rounded).utf8)
    }

    /// A boolean value.
    mutating func bool(_ value: Bool) { raw((value ? "true" : "false").utf8) }

    /// A value that is JSON already (for example an `id` copied from the input).
    mutating func raw<Bytes: Sequence>(_ json: Bytes) where Bytes.Element == UInt8 {
        separate()
        bytes.append(contentsOf: json)
        needsComma = true
    }

    private mutating func separate() {
        if needsComma { bytes.append(UInt8(ascii: ",")) }
    }

    private mutating func appendQuoted(_ value: String) {
        bytes.append(UInt8(ascii: "\""))
        var value = value
        value.withUTF8 { utf8 in
            var runStart = 0
            var index = 0
            while index < utf8.count {
                let byte = utf8[index]
                if byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
                    bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
                    appendEscaped(byte)
                    runStart = index + 1
                }
                index += 1
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...]))
        }
        bytes.append(UInt8(ascii: "\""))
    }

    private mutating func appendEscaped(_ byte: UInt8) {
        switch byte {
        case 0x0A: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
        case 0x0D: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "r")])
        case 0x09: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "t")])
        case 0..<0x20:
            let hex = Array("0123456789abcdef".utf8)
            bytes.append(contentsOf: Array("\\u00".utf8) + [hex[Int(byte >> 4)], hex[Int(byte & 0xF)]])
        default:
            bytes.append(contentsOf: [UInt8(ascii: "\\"), byte])
        }
    }
}

extension JSONWriter {
    /// `value` as a JSON string literal.
    static func quoted(_ value: String) -> [UInt8] {
        var writer = JSONWriter(capacity: value.utf8.count + 2)
        writer.string(value)
        return writer.bytes
    }
}
