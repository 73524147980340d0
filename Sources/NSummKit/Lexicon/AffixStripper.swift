/// Recognises derived Indonesian words whose root is a common word (`Pengiriman` from
/// `kirim`, `Dikerahkan` from `kerah`), so that a capitalised derived word opening a sentence
/// is not taken for a name. It tries only the prefixes and suffixes the word actually has (a
/// handful of hash lookups, no allocation), with the nasal rules of `meN-`/`peN-`.
enum AffixStripper {
    private static let suffixes: [[UInt8]] = ["nya", "lah", "kah", "pun", "kan", "an", "i"].map {
        Array($0.utf8)
    }
    /// Prefix, and the letter the nasal replaced (0: none).
    private static let prefixes: [([UInt8], UInt8)] = [
        ("meng", 0), ("meng", 0x6B), ("meny", 0x73), ("mem", 0), ("mem", 0x70), ("men", 0),
        ("men", 0x74), ("me", 0), ("peng", 0), ("peng", 0x6B), ("peny", 0x73), ("pem", 0),
        ("pem", 0x70), ("pen", 0), ("pen", 0x74), ("pe", 0), ("ber", 0), ("be", 0), ("ter", 0),
        ("te", 0), ("per", 0), ("di", 0), ("ke", 0), ("se", 0),
    ].map { (Array($0.0.utf8), $0.1) }

    /// Whether `bytes[range]`, an ASCII word in any case, is a common word of `lexicons` once
    /// affixes are stripped (the word itself is not looked up).
    static func hasCommonRoot(
        _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, in lexicons: EntityLexicons
    ) -> Bool {
        hasCommonRoot(bytes, range) { lexicons.isCommon(TokenHash.ascii($0, 0, $0.count)) }
    }

    /// Whether `bytes[range]`, an ASCII word in any case, is a word `isCommon` holds once
    /// affixes are stripped (the word itself is not looked up); `isCommon` is asked about
    /// lower-case candidate roots.
    static func hasCommonRoot(
        _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, isCommon: (UnsafeBufferPointer<UInt8>) -> Bool
    ) -> Bool {
        let length = range.count
        guard length >= 4, length <= 32 else { return false }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 64) { buffer in
            for offset in 0..<length {
                let byte = bytes[range.lowerBound + offset]
                guard (byte | 0x20) &- 0x61 < 26 else { return false }
                buffer[offset] = byte | 0x20
            }
            let word = UnsafeBufferPointer(rebasing: buffer[0..<length])
            let scratch = UnsafeMutableBufferPointer(rebasing: buffer[32..<64])
            // Up to two suffixes (a particle or possessive, then a derivational one), every
            // reading: `bentrokan` is `bentrok-an`, not `bentro-kan`.
            var stemEnds = (length, -1, -1, -1, -1)
            var found = 1
            func add(_ end: Int) {
                switch found {
                case 1: stemEnds.1 = end
                case 2: stemEnds.2 = end
                case 3: stemEnds.3 = end
                case 4: stemEnds.4 = end
                default: return
                }
                found += 1
            }
            for outer in suffixes where length > outer.count + 2 && hasSuffix(word, length, outer) {
                let end = length - outer.count
                add(end)
                for inner in suffixes where end > inner.count + 2 && hasSuffix(word, end, inner) {
                    add(end - inner.count)
                }
            }
            // Every prefix starts with one of m p b t d k s.
            let first = word[0]
            let prefixable = first == 0x6D || first == 0x70 || first == 0x62 || first == 0x74 || first == 0x64
                || first == 0x6B || first == 0x73
            for stemEnd in [stemEnds.0, stemEnds.1, stemEnds.2, stemEnds.3, stemEnds.4] where stemEnd > 0 {
                if stemEnd < length && root(word, 0, stemEnd, restored: 0, scratch, isCommon) { return true }
                guard prefixable else { continue }
                for (prefix, restored) in prefixes
                where stemEnd > prefix.count + 2 && starts(word, at: 0, with: prefix) {
                    if root(word, prefix.count, stemEnd, restored: restored, scratch, isCommon) { return true }
                    guard restored == 0 else { continue }
                    // Two prefixes: di-per-, ke-ber-, mem-per-.
                    for (inner, innerRestored) in prefixes
                    where innerRestored == 0 && stemEnd > prefix.count + inner.count + 2
                        && starts(word, at: prefix.count, with: inner)
                    {
                        if root(word, prefix.count + inner.count, stemEnd, restored: 0, scratch, isCommon) {
                            return true
                        }
                    }
                }
            }
            return false
        }
    }

    private static func hasSuffix(_ word: UnsafeBufferPointer<UInt8>, _ end: Int, _ suffix: [UInt8]) -> Bool {
        let start = end - suffix.count
        for offset in 0..<suffix.count where word[start + offset] != suffix[offset] { return false }
        return true
    }

    private static func starts(_ word: UnsafeBufferPointer<UInt8>, at start: Int, with prefix: [UInt8]) -> Bool {
        for offset in 0..<prefix.count where word[start + offset] != prefix[offset] { return false }
        return true
    }

    /// Whether the stem of `word` from `start` to `end`, after the letter `restored` (0: none)
    /// that a nasal prefix replaced, is a root `isCommon` holds; spelt out in `scratch`.
    private static func root(
        _ word: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, restored: UInt8,
        _ scratch: UnsafeMutableBufferPointer<UInt8>, _ isCommon: (UnsafeBufferPointer<UInt8>) -> Bool
    ) -> Bool {
        var count = 0
        if restored != 0 {
            scratch[0] = restored
            count = 1
        }
        for offset in start..<end {
            scratch[count] = word[offset]
            count += 1
        }
        return isCommon(UnsafeBufferPointer(rebasing: scratch[0..<count]))
    }
}
