#!/usr/bin/env bash
# The whole test suite: unit tests and the end-to-end tests that run the built nsumm binary.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build --build-tests
swift test --skip-build
