#!/usr/bin/env bash
# Sentence-splitting benchmark: MB/s of `nsumm segment` on the seg kit's ~20 MB bench, next to
# the peers the kit measures in the same run, and nsumm's peak memory on the same 20 MB.
# Usage: scripts/bench-segment.sh [--no-peers]     (peers need /tmp/nsumm-eval, see README)
set -euo pipefail
cd "$(dirname "$0")/.."
KIT=../shared/eval/seg
PY=/tmp/nsumm-eval/bin/python
PEERS="sentencex-id,icu-id,naive-punct"
if [ "${1:-}" = "--no-peers" ] || [ ! -x "$PY" ]; then PY=python3; PEERS=none; fi
swift build -c release --static-swift-stdlib >/dev/null
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT

echo "== throughput (kit bench, one process, single-threaded)"
"$PY" "$KIT/eval_seg.py" --bench-mb 20 --data "$KIT/dev.jsonl" --peers "$PEERS" \
  --cmd '.build/release/nsumm segment {file}' --name nsumm \
  --bench-json "$OUT/bench.json" --out "$OUT/bench.md" >/dev/null
sed -n '/| system/,/^$/p' "$OUT/bench.md"

echo "== peak memory on the same ~20 MB"
python3 "$KIT/eval_seg.py" --data "$KIT/dev.jsonl" --write-input "$OUT/dev.txt" >/dev/null
bytes=$(stat -c %s "$OUT/dev.txt")
copies=$(( (20000000 + bytes - 1) / bytes ))
for _ in $(seq "$copies"); do cat "$OUT/dev.txt"; done > "$OUT/bench.txt"
size=$(stat -c %s "$OUT/bench.txt")
/usr/bin/time -f '%M %e' -o "$OUT/time.txt" .build/release/nsumm segment "$OUT/bench.txt" >/dev/null
read -r peak seconds < "$OUT/time.txt"
awk -v size="$size" -v peak="$peak" -v s="$seconds" 'BEGIN {
  printf "input %.1f MB, %.2f s, peak RSS %.1f MB = %.2f x input\n", size/1e6, s, peak*1024/1e6, peak*1024/size }'
