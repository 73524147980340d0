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
        private var buffer: [Int32] = []

        fileprivate init(_ breaker: OpaquePointer) {
            self.breaker = breaker
        }

        deinit {
            nsumm_sentence_breaker_close(breaker)
        }

        /// ICU's boundaries strictly inside `range` of `bytes`, as offsets into `bytes`: a view of
        /// the session's buffer, valid until the next call. Line breaks count as spaces. `full`
        /// asks ICU about the whole text instead of the windows around terminators (same answer,
        /// slower; for tests).
        func boundaries(in bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, full: Bool = false)
            -> LazyMapSequence<ArraySlice<Int32>, Int>
        {
            let length = range.count
            guard length > 0, length < Int(Int32.max) else { return buffer[0..<0].lazy.map { Int($0) } }
            if buffer.isEmpty { buffer = [Int32](repeating: 0, count: min(length, 1024)) }
            let base = bytes.baseAddress! + range.lowerBound
            var count: Int32
            repeat {
                count = buffer.withUnsafeMutableBufferPointer { out in
                    full
                        ? nsumm_sentence_breaker_boundaries_full(
                            breaker, base, Int32(length), out.baseAddress!, Int32(out.count))
                        : nsumm_sentence_breaker_boundaries(
                            breaker, base, Int32(length), out.baseAddress!, Int32(out.count))
                }
                // At most one boundary per byte, so doubling up to `length` always ends.
                if count == NSUMM_ICU_BUFFER_TOO_SMALL {
                    buffer = [Int32](repeating: 0, count: min(length, buffer.count * 2))
                }
            } while count == NSUMM_ICU_BUFFER_TOO_SMALL
            let lowerBound = range.lowerBound
            return buffer[0..<max(0, Int(count))].lazy.map { Int($0) + lowerBound }
        }
    }
}
