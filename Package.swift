// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "nsumm",
    products: [
        .library(name: "NSummKit", targets: ["NSummKit"]),
        .executable(name: "nsumm", targets: ["nsumm"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        // SIMD byte searches (SSE2 where available) for the scanners' hot loops.
        .target(name: "CNSummBytes", cSettings: [.unsafeFlags(["-O2"])]),
        // The only code that includes <unicode/*.h>: its public header uses plain C types, so
        // Swift never sees ICU's headers next to the copy Foundation bundles.
        .target(
            name: "CNSummICU",
            dependencies: ["CNSummBytes"],
            cSettings: [.unsafeFlags(["-O2"])],
            linkerSettings: [
                .linkedLibrary("icui18n"), .linkedLibrary("icuuc"), .linkedLibrary("icudata"),
            ]
        ),
        // libxml2 from Debian's libxml2-dev; the shim hides its optional ICU include.
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        // Turns Lexicons/ into Swift source at build time so the binary carries its data.
        .executableTarget(name: "LexiconEmbedder"),
        .plugin(
            name: "EmbedLexicons",
            capability: .buildTool(),
            dependencies: ["LexiconEmbedder"]
        ),
        .target(
            name: "NSummKit",
            dependencies: ["CNSummBytes", "CNSummICU", "CLibXML2"],
            plugins: ["EmbedLexicons"]
        ),
        .executableTarget(
            name: "nsumm",
            dependencies: [
                "NSummKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Release-build timing of the entity spotter: swift run -c release nsumm-bench-entities
        .executableTarget(
            name: "nsumm-bench-entities", dependencies: ["NSummKit"], path: "Benchmarks/EntitySpotter"),
        .testTarget(name: "NSummKitTests", dependencies: ["NSummKit"], exclude: ["Fixtures"]),
        .testTarget(name: "nsummTests", dependencies: ["nsumm"], exclude: ["Fixtures"]),
    ]
)
