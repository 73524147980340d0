#!/usr/bin/env bash
# Builds the fuzz targets with AddressSanitizer and coverage, then runs one.
# Usage: Fuzz/run.sh TARGET [SECONDS] [extra libFuzzer flags...]
#   TARGET: FuzzSegmenter, FuzzEntities, FuzzSummarizer, FuzzXLIFFReader, FuzzRoundTrip
#   SECONDS: run time (default 60)
# The corpus lives in Fuzz/Corpus/TARGET (seeded from Fuzz/Seeds/TARGET, or else from
# Samples/); crashes are written to
# Fuzz/Crashes/TARGET and should become regression tests.
set -euo pipefail
cd "$(dirname "$0")"
target="${1:?usage: Fuzz/run.sh TARGET [SECONDS]}"
seconds="${2:-60}"
shift $(( $# >= 2 ? 2 : 1 ))
# Every module is built with AddressSanitizer and the coverage libFuzzer reads (inline 8-bit
# counters, a PC table, comparison tracing). Linking -sanitize=fuzzer would bring libFuzzer's
# own main into every executable, the build's tools included; instead each fuzz target has its
# main hand its check to LLVMFuzzerRunDriver from libFuzzer's no-main runtime.
runtime=$(find "$(dirname "$(dirname "$(command -v swiftc)")")/lib/clang" -name 'libclang_rt.fuzzer_no_main-*.a' | head -1)
[ -n "$runtime" ] || { echo "run.sh: libFuzzer runtime not found next to swiftc" >&2; exit 69; }
coverage=()
for option in -sanitizer-coverage-inline-8bit-counters -sanitizer-coverage-pc-table \
              -sanitizer-coverage-trace-compares -sanitizer-coverage-prune-blocks=0; do
  coverage+=(-Xswiftc -Xllvm -Xswiftc "$option")
done
# nsumm is a path dependency here, and SwiftPM does not plan its build again when a source file
# is added to it (the build then fails with "cannot find … in scope"): drop the old plan.
rm -f ../.build-fuzz/release.yaml ../.build-fuzz/release/description.json
swift build -c release --scratch-path ../.build-fuzz \
  -Xswiftc -sanitize=address -Xswiftc -sanitize-coverage=edge "${coverage[@]}" \
  -Xcc -fsanitize=fuzzer-no-link,address -Xlinker "$runtime" -Xlinker -lstdc++ \
  --product "$target" >&2
corpus="Corpus/$target"
crashes="Crashes/$target"
mkdir -p "$corpus" "$crashes"
if [ -z "$(ls -A "$corpus")" ]; then
  if [ -d "Seeds/$target" ]; then cp "Seeds/$target"/* "$corpus/"; else cp ../Samples/id/*.txt "$corpus/"; fi
fi
../.build-fuzz/release/"$target" "$corpus" -max_total_time="$seconds" -max_len=65536 \
  -artifact_prefix="$crashes/" -print_final_stats=1 "$@"
