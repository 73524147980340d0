#if canImport(Glibc)
import Glibc
#endif

/// A one-line progress bar on standard error for long batches: it appears only when standard
/// error is a terminal and standard output is not (the bar would garble the output there), and
/// the batch has run for a second; it redraws at most ten times a second and clears itself at
/// the end.
///
/// ```text
/// [##########--------------]  41%  20500 articles  9870/s
/// ```
struct ProgressBar {
    /// What the progress is measured in: items of a known count, or bytes of a known size.
    enum Total {
        case items(Int)
        case bytes(Int)
        case unknown
    }

    private let total: Total
    private let enabled: Bool
    private let started = Self.now()
    private var lastDrawn = 0.0
    private var drawn = false

    /// A bar for a batch of `total`; `enabled` false (for `--no-progress`) keeps it quiet.
    init(total: Total, enabled: Bool) {
        self.total = total
        self.enabled = enabled && isatty(STDERR_FILENO) == 1 && isatty(STDOUT_FILENO) == 0
    }

    /// Redraws the bar if it is time: `items` done so far, `bytes` of the input consumed.
    mutating func update(items: Int, bytes: Int) {
        guard enabled else { return }
        let now = Self.now()
        guard now - started >= 1, now - lastDrawn >= 0.1 else { return }
        lastDrawn = now
        let fraction: Double?
        switch total {
        case .items(let count): fraction = count > 0 ? Double(items) / Double(count) : nil
        case .bytes(let size): fraction = size > 0 ? Double(bytes) / Double(size) : nil
        case .unknown: fraction = nil
        }
        let rate = Int(Double(items) / (now - started))
        var line = "\r"
        if let fraction {
            let clamped = min(1, max(0, fraction))
            let filled = Int(clamped * 24)
            line += "[" + String(repeating: "#", count: filled) + String(repeating: "-", count: 24 - filled) + "] "
            line += String(repeating: " ", count: 3 - min(3, String(Int(clamped * 100)).count)) + "\(Int(clamped * 100))%  "
        }
        line += "\(items) articles  \(rate)/s\u{1B}[K"
        write(line)
        drawn = true
    }

    /// Clears the bar, if it was drawn.
    mutating func finish() {
        if drawn { write("\r\u{1B}[K") }
        drawn = false
    }

    private func write(_ text: String) {
        var bytes = Array(text.utf8)
        bytes.withUnsafeMutableBytes { _ = Glibc.write(STDERR_FILENO, $0.baseAddress, $0.count) }
    }

    private static func now() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}
