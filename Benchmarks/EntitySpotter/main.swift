// Times the entity spotter in a release build:
//   swift run -c release nsumm-bench-entities [FILE...] (default: Samples/id/*.txt)
// Prints the time per article of nsumm.analyze (segmentation) and nsumm.entities (spotting)
// and the spotting throughput. One thread; each file is timed in seven rounds of about 0.2 s
// and the best round counts (the machine may be busy with other work).
import Foundation
import NSummKit

var paths = Array(CommandLine.arguments.dropFirst())
if paths.contains(where: { $0.hasPrefix("-") }) {
    print("usage: swift run -c release nsumm-bench-entities [FILE...]   (default: Samples/id/*.txt)")
    exit(paths.allSatisfy { $0 == "-h" || $0 == "--help" } ? 0 : 64)
}
let nsumm = try NSumm(language: .indonesian)
if paths.isEmpty {
    let folder = "Samples/id"
    paths = (try FileManager.default.contentsOfDirectory(atPath: folder)).sorted()
        .filter { $0.hasSuffix(".txt") }.map { "\(folder)/\($0)" }
}

func seconds(_ body: () -> Void) -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

for path in paths {
    guard let data = FileManager.default.contents(atPath: path) else {
        FileHandle.standardError.write(Data("nsumm-bench-entities: cannot read \(path)\n".utf8))
        exit(66)
    }
    let source = try SourceText(bytes: [UInt8](data), name: path)
    let document = nsumm.analyze(source)
    var sink = 0
    // Warm up and pick a repeat count that runs for about a second.
    // NSUMM_BENCH_REPEATS=N: exactly N spotting calls, no timing rounds (for `perf stat`).
    if let fixed = ProcessInfo.processInfo.environment["NSUMM_BENCH_REPEATS"].flatMap(Int.init) {
        for _ in 0..<fixed { sink &+= nsumm.entities(in: document).count }
        print("\(path): \(fixed) calls [\(sink & 1)]")
        continue
    }
    var repeats = 100
    while seconds({ for _ in 0..<repeats { sink &+= nsumm.entities(in: document).count } }) < 0.2 {
        repeats *= 2
    }
    // Best of seven rounds: the machine may be busy with other work.
    var spotting = Double.infinity
    for _ in 0..<7 {
        spotting = min(spotting, seconds { for _ in 0..<repeats { sink &+= nsumm.entities(in: document).count } })
    }
    let spotOnly = ProcessInfo.processInfo.environment["NSUMM_BENCH_SPOT_ONLY"] != nil
    var analysis = spotOnly ? 0 : Double.infinity
    for _ in 0..<(spotOnly ? 0 : 7) {
        analysis = min(analysis, seconds { for _ in 0..<repeats { sink &+= nsumm.analyze(source).sentences.count } })
    }
    let perSpot = spotting / Double(repeats) * 1e6
    let perAnalyze = analysis / Double(repeats) * 1e6
    let megabytes = Double(data.count) * Double(repeats) / spotting / 1e6
    print(
        String(
            format: "%@: %d bytes, %d sentences, %d entities; analyze %.1f µs, entities %.1f µs (%.0f MB/s), together %.1f µs = %.0f articles/s  [%d]",
            path, data.count, document.sentences.count, nsumm.entities(in: document).count, perAnalyze,
            perSpot, megabytes, perAnalyze + perSpot, 1e6 / (perAnalyze + perSpot), sink & 1))
}
