#!/usr/bin/env bash
# The whole test suite: unit and end-to-end tests, then all of them again under
# AddressSanitizer and under ThreadSanitizer (each sanitizer builds in its own folder).
# Usage: scripts/test.sh [--quick]   (--quick: only the plain run)
set -euo pipefail
cd "$(dirname "$0")/.."
echo "== tests"
swift build --build-tests
swift test --skip-build
[ "${1:-}" = "--quick" ] && exit 0
# AddressSanitizer checks every memory access; its leak checker is off because the toolchain's
# own XCTest runner and Foundation (Process, Data(contentsOf:)) leak in the test process.
export ASAN_OPTIONS="detect_leaks=0"
for sanitizer in address thread; do
  echo "== tests under the ${sanitizer} sanitizer"
  swift build --build-tests --sanitize="$sanitizer" --scratch-path ".build-$sanitizer"
  swift test --skip-build --sanitize="$sanitizer" --scratch-path ".build-$sanitizer"
done
