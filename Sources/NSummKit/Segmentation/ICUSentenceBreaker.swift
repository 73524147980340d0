import CNSummICU

/// ICU's sentence break iterator, asked for candidate boundaries in UTF-8 text.
///
/// One instance is a template that is never iterated; ``session()`` clones it for one caller at
/// a time, which makes the template safe to share between threads.
final class ICUSentenceBreaker: @unchecked Sendable {
    // The template is only ever read (cloned), never iterated, after init.
    private let template: OpaquePointer

    /// Opens ICU's sentence rules for `locale`; nil when ICU cannot.
    init?(locale: String) {
        var status: Int32 = 0
        guard let breaker = nsumm_sentence_breaker_open(locale, &status) else { return nil }
        template = breaker
    }

    deinit {
        nsumm_sentence_breaker_close(template)
    }

    /// A private iterator for one caller; nil only when ICU runs out of memory.
    func session() -> Session? {
        var status: Int32 = 0
        guard let clone = nsumm_sentence_breaker_clone(template, &status) else { return nil }
        return Session(clone)
    }

    /// A clone of the template for one caller at a time.
    final class Session {
        private let breaker: OpaquePointer
        /// Scratch space for ICU's answers and for the ranges asked about, kept between calls.
        private var buffer: [Int32] = []
        private var rangePairs: [Int32] = []

        fileprivate init(_ breaker: OpaquePointer) {
            self.breaker = breaker
        }

        deinit {
            nsumm_sentence_breaker_close(breaker)
        }

        /// Appends to `result` ICU's boundaries strictly inside each of `ranges` of `bytes`
        /// (ascending, none overlapping the next), as ascending offsets into `bytes`. Each range
        /// is judged as a text of its own; line breaks count as spaces. ICU is set up once for
        /// as many ranges as 32-bit offsets reach; a range longer than that gets no boundaries.
        func appendBoundaries(in bytes: UnsafeBufferPointer<UInt8>, _ ranges: [Range<Int>], to result: inout [Int]) {
            let reach = Int(Int32.max)
            var first = 0
            while first < ranges.count {
                let base = ranges[first].lowerBound
                var end = first
                while end < ranges.count && ranges[end].upperBound - base < reach { end += 1 }
                guard end > first else {
                    first += 1
                    continue
                }
                rangePairs.removeAll(keepingCapacity: true)
                for range in ranges[first..<end] {
                    rangePairs.append(Int32(range.lowerBound - base))
                    rangePairs.append(Int32(range.upperBound - base))
                }
                let span = ranges[end - 1].upperBound - base
                let count = ask(span: span) { pairs, out in
                    nsumm_sentence_breaker_boundaries(
                        breaker, bytes.baseAddress! + base, pairs.baseAddress!, Int32(end - first), out.baseAddress!,
                        Int32(out.count))
                }
                for index in 0..<count { result.append(Int(buffer[index]) + base) }
                first = end
            }
        }

        /// ICU's boundaries strictly inside `range` of `bytes`, as offsets into `bytes`.
        /// `full` asks ICU about the whole range instead of the windows around terminators
        /// (same answer, slower; for tests).
        func boundaries(in bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, full: Bool = false) -> [Int] {
            var result: [Int] = []
            guard full else {
                appendBoundaries(in: bytes, [range], to: &result)
                return result
            }
            guard range.count < Int(Int32.max) else { return result }
            let count = ask(span: range.count) { _, out in
                nsumm_sentence_breaker_boundaries_full(
                    breaker, bytes.baseAddress! + range.lowerBound, Int32(range.count), out.baseAddress!, Int32(out.count))
            }
            for index in 0..<count { result.append(Int(buffer[index]) + range.lowerBound) }
            return result
        }

        /// Runs `call` with the range pairs and the answer buffer, growing the buffer while ICU
        /// finds it too small (at most one boundary per byte of `span`, so growing up to `span`
        /// always ends); returns the number of boundaries in `buffer`, 0 on any other failure.
        /// The buffer starts with room for a boundary every 32 bytes, four times what news text
        /// has (a retry scans the text again).
        private func ask(
            span: Int, _ call: (UnsafeBufferPointer<Int32>, UnsafeMutableBufferPointer<Int32>) -> Int32
        ) -> Int {
            guard span > 0 else { return 0 }
            let expected = min(span, max(1024, span / 32))
            if buffer.count < expected { buffer = [Int32](repeating: 0, count: expected) }
            while true {
                let count = rangePairs.withUnsafeBufferPointer { pairs in
                    buffer.withUnsafeMutableBufferPointer { call(pairs, $0) }
                }
                guard count == NSUMM_ICU_BUFFER_TOO_SMALL, buffer.count < span else { return max(0, Int(count)) }
                buffer = [Int32](repeating: 0, count: min(span, buffer.count * 2))
            }
        }
    }
}
