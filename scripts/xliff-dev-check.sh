#!/usr/bin/env bash
# XLIFF targets on the summarizer kit's dev articles: every bundle nsumm writes passes the XLIFF
# kit's checker (1.2 and 2.1, full scope and summary scope with explicit selections), the
# xliff → merge round trip gives back the source text exactly, and export and merge of the whole
# set each take one call; prints the pass counts and the timings. Extra arguments go to
# scripts/xliff_dev_check.py (--limit N, --jobs N, --dev FILE).
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product nsumm >/dev/null
exec python3 scripts/xliff_dev_check.py --nsumm .build/release/nsumm \
  --checker ../shared/eval/xliff/check_xliff.sh --dev ../shared/eval/summ/dev.jsonl "$@"
