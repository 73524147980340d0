/// Up to four numbers of a numeric token, each with its digit count and the separator before
/// it (0 for the first): `22-25` is (22, 2, 0), (25, 2, `-`). Kept inline, without allocation.
struct NumberParts {
    typealias Part = (value: Int, digits: Int, separator: UInt8)
    private var storage: (Part, Part, Part, Part) = ((0, 0, 0), (0, 0, 0), (0, 0, 0), (0, 0, 0))
    /// The number of parts (more than four are counted but not kept).
    private(set) var count = 0

    mutating func append(_ value: Int, _ digits: Int, _ separator: UInt8) {
        let part: Part = (value, digits, separator)
        switch count {
        case 0: storage.0 = part
        case 1: storage.1 = part
        case 2: storage.2 = part
        case 3: storage.3 = part
        default: break
        }
        count += 1
    }

    subscript(index: Int) -> Part {
        switch index {
        case 0: return storage.0
        case 1: return storage.1
        case 2: return storage.2
        default: return storage.3
        }
    }

    /// Whether every kept part satisfies `predicate`.
    func allSatisfy(_ predicate: (Part) -> Bool) -> Bool {
        for index in 0..<min(count, 4) where !predicate(self[index]) { return false }
        return true
    }
}
