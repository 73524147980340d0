import FuzzSupport
import NSummKit

/// The XLIFF reader and merger on arbitrary bytes: either a clear error or a bundle that merges;
/// never a crash, a hang or a read of anything outside the input.
@main
struct FuzzXLIFFReader {
    static func check(_ bytes: [UInt8]) {
        guard let result = try? XLIFFReader().read(bytes, name: "fuzz.xlf") else { return }
        for file in XLIFFMerger().merge(result.bundle) {
            precondition(file.paragraphs.count <= file.paragraphs.count + file.issues.count + 1)
            _ = file.text
        }
        // What was read can be written again in its own version, or is refused with an error.
        _ = try? XLIFFWriter(version: result.version).write(result.bundle)
    }

    static func main() {
        runFuzzer { data, size in
            FuzzXLIFFReader.check(fuzzInput(data, size))
            return 0
        }
    }
}
