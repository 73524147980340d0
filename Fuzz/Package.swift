// swift-tools-version: 6.0
// libFuzzer targets for nsumm, kept out of the main package so that `swift build` and
// `swift test` never need the fuzzer runtime. Build and run them with ./run.sh, which
// instruments the whole build for coverage and links libFuzzer's no-main runtime.
import PackageDescription

/// A fuzz target: an executable whose `main` hands a `(bytes) -> Void` check to libFuzzer.
func fuzzTarget(_ name: String) -> Target {
    .executableTarget(
        name: name,
        dependencies: ["FuzzSupport", .product(name: "NSummKit", package: "nsumm")]
    )
}

let package = Package(
    name: "nsumm-fuzz",
    dependencies: [.package(name: "nsumm", path: "..")],
    targets: [
        .target(name: "CFuzzerDriver"),
        .target(name: "FuzzSupport", dependencies: ["CFuzzerDriver"]),
        fuzzTarget("FuzzSegmenter"),
        fuzzTarget("FuzzEntities"),
        fuzzTarget("FuzzSummarizer"),
        fuzzTarget("FuzzXLIFFReader"),
        fuzzTarget("FuzzRoundTrip"),
    ]
)
