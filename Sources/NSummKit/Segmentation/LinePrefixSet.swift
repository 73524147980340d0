/// Line openings, matched without regard to ASCII case: the prefix entries of `boilerplate`
/// (`Baca juga:*`, `Simak video*`), which open a line of site debris. The segmenter ends such a
/// line at its line break whatever its length (`Baca juga: Harga Beras Naik karena El Nino` ⏎
/// `Kenaikan dipicu …`); the cleaner marks it as debris.
struct LinePrefixSet: Sendable {
    /// The prefixes, lower case, by their first byte.
    private let prefixes: [UInt8: [[UInt8]]]

    /// The entries of `words` that end with `*`, without it.
    init<Words: Sequence>(prefixEntriesOf words: Words) where Words.Element == String {
        var prefixes: [UInt8: [[UInt8]]] = [:]
        for word in words where word.hasSuffix("*") && word.count > 1 {
            let prefix = Array(word.dropLast().lowercased().utf8)
            prefixes[prefix[0], default: []].append(prefix)
        }
        self.prefixes = prefixes
    }

    /// Whether `line` of `bytes` opens with one of the prefixes.
    func opens(_ line: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard !line.isEmpty, let candidates = prefixes[Self.lowered(bytes[line.lowerBound])] else { return false }
        return candidates.contains { prefix in
            prefix.count <= line.count
                && zip(prefix, bytes[line.lowerBound..<(line.lowerBound + prefix.count)]).allSatisfy { $0 == Self.lowered($1) }
        }
    }

    private static func lowered(_ byte: UInt8) -> UInt8 {
        (0x41...0x5A).contains(byte) ? byte | 0x20 : byte
    }
}
