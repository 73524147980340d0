import NSummKit

/// Runs a transform over a stream of inputs on several threads and hands the results back in
/// input order, holding at most `window` inputs in flight, so memory stays flat however long
/// the stream is.
///
/// ```swift
/// let map = OrderedParallelMap(jobs: 4, window: 16) { (chunk: [String]) in chunk.map(work) }
/// map.run(next: { reader.nextChunk() }, consume: { output.write($0) })
/// ```
///
/// `next` and `consume` run on the calling thread; `transform` on `jobs` worker threads (on the
/// calling thread itself when `jobs` is 1 or the system gives no thread, with no locking at all).
final class OrderedParallelMap<Input: Sendable, Output: Sendable>: @unchecked Sendable {
    private let jobs: Int
    private let window: Int
    private let transform: @Sendable (Input) -> Output
    /// Guards everything below.
    private let condition = Lock()
    private var queue: [(sequence: Int, input: Input)] = []
    private var queueHead = 0
    private var results: [Int: Output] = [:]
    private var noMoreInput = false
    private var runningWorkers = 0

    /// - Parameters:
    ///   - jobs: worker threads, at least 1.
    ///   - window: inputs in flight at most (queued, in work or waiting to be consumed); at
    ///     least `jobs`.
    init(jobs: Int, window: Int, transform: @escaping @Sendable (Input) -> Output) {
        self.jobs = max(1, jobs)
        self.window = max(window, max(1, jobs))
        self.transform = transform
    }

    /// Feeds every input from `next` (until it returns nil) through the transform and passes
    /// the results to `consume` in the same order.
    func run(next: () -> Input?, consume: (Output) -> Void) {
        // One job, or no thread to be had: the calling thread does it all.
        guard jobs > 1, startWorkers() else {
            while let input = next() { consume(transform(input)) }
            return
        }
        var submitted = 0
        var consumed = 0
        var inputLeft = true
        while inputLeft || consumed < submitted {
            if inputLeft && submitted - consumed < window {
                if let input = next() {
                    condition.lock()
                    queue.append((submitted, input))
                    condition.broadcast()
                    condition.unlock()
                    submitted += 1
                } else {
                    inputLeft = false
                    condition.lock()
                    noMoreInput = true
                    condition.broadcast()
                    condition.unlock()
                }
                // Hand over whatever is finished without waiting.
                while consumed < submitted, let output = takeResult(consumed, wait: false) {
                    consume(output)
                    consumed += 1
                }
                continue
            }
            if let output = takeResult(consumed, wait: true) {
                consume(output)
                consumed += 1
            }
        }
        condition.lock()
        while runningWorkers > 0 { condition.wait() }
        condition.unlock()
    }

    /// The result for `sequence`, waiting for it if `wait` is set.
    private func takeResult(_ sequence: Int, wait: Bool) -> Output? {
        condition.lock()
        defer { condition.unlock() }
        while results[sequence] == nil {
            guard wait else { return nil }
            condition.wait()
        }
        return results.removeValue(forKey: sequence)
    }

    /// Starts the worker threads, as many as the system gives of `jobs`; false when it gives
    /// none.
    private func startWorkers() -> Bool {
        condition.lock()
        runningWorkers = jobs
        condition.unlock()
        var started = 0
        for _ in 0..<jobs where DetachedThread.start(stackSize: 8 << 20, { [self] in work() }) {
            started += 1
        }
        condition.lock()
        runningWorkers -= jobs - started
        condition.unlock()
        return started > 0
    }

    /// A worker: takes inputs until there are no more.
    private func work() {
        while true {
            condition.lock()
            while queueHead == queue.count && !noMoreInput { condition.wait() }
            guard queueHead < queue.count else {
                runningWorkers -= 1
                condition.broadcast()
                condition.unlock()
                return
            }
            let (sequence, input) = queue[queueHead]
            queueHead += 1
            if queueHead > 64 && queueHead * 2 > queue.count {
                queue.removeFirst(queueHead)
                queueHead = 0
            }
            condition.unlock()
            let output = transform(input)
            condition.lock()
            results[sequence] = output
            condition.broadcast()
            condition.unlock()
        }
    }
}
