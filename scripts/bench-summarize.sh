#!/usr/bin/env bash
# Summarization benchmark: articles/s of `nsumm summarize --jsonl` on the summ kit's dev articles
# repeated to 50,000 records (1 and 2 threads), peak memory at 10,000 and 50,000 records (flat
# when streaming), wall time of one `nsumm summarize` call on a sample file, start-up included,
# and the peers' ms/article as the kit measures them.
# Usage: scripts/bench-summarize.sh [--no-peers]     (peers need /tmp/nsumm-eval, see README)
set -euo pipefail
cd "$(dirname "$0")/.."
KIT=../shared/eval/summ
PY=/tmp/nsumm-eval/bin/python
PEERS=yes
if [ "${1:-}" = "--no-peers" ] || [ ! -x "$PY" ]; then PEERS=no; fi
swift build -c release >/dev/null
BIN=.build/release/nsumm
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT

# The kit's articles as {"id", "text"} records, repeated.
make_input() {
  python3 - "$KIT/dev.jsonl" "$1" "$2" <<'PY'
import json, sys
articles = [json.loads(line) for line in open(sys.argv[1], encoding="utf-8")]
with open(sys.argv[3], "w", encoding="utf-8") as out:
    for n in range(int(sys.argv[2])):
        a = articles[n % len(articles)]
        out.write(json.dumps({"id": f"{n}-{a['id']}", "text": a["text"]}, ensure_ascii=False) + "\n")
PY
}
make_input 50000 "$OUT/50k.jsonl"
make_input 10000 "$OUT/10k.jsonl"

# Runs nsumm with /usr/bin/time; prints "seconds peak-KB".
timed() {
  /usr/bin/time -f '%e %M' -o "$OUT/time.txt" "$@" >"$OUT/stdout" 2>/dev/null
  cat "$OUT/time.txt"
}

echo "== JSON Lines batch, 50,000 records ($(($(stat -c %s "$OUT/50k.jsonl") / 1000000)) MB)"
for jobs in 1 2; do
  read -r seconds peak < <(timed "$BIN" summarize --jsonl --jobs "$jobs" "$OUT/50k.jsonl")
  awk -v j="$jobs" -v s="$seconds" -v p="$peak" \
    'BEGIN { printf "jobs %d: %.2f s, %.0f articles/s, peak RSS %.1f MB\n", j, s, 50000 / s, p / 1024 }'
done

echo "== peak memory while streaming (2 threads)"
for records in 10k 50k; do
  read -r seconds peak < <(timed "$BIN" summarize --jsonl --jobs 2 "$OUT/$records.jsonl")
  awk -v r="$records" -v p="$peak" 'BEGIN { printf "%s records: peak RSS %.1f MB\n", r, p / 1024 }'
done

echo "== one article, start-up included (median of 50 runs)"
python3 - "$BIN" <<'PY'
import statistics, subprocess, sys, time
def median_ms(command):
    times = []
    for _ in range(50):
        start = time.perf_counter()
        subprocess.run(command, stdout=subprocess.DEVNULL, check=True)
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)
print(f"nsumm summarize Samples/id/kazakhstan-csto.txt: {median_ms([sys.argv[1], 'summarize', 'Samples/id/kazakhstan-csto.txt']):.1f} ms")
print(f"nsumm --version (process start-up alone):      {median_ms([sys.argv[1], '--version']):.1f} ms")
PY

if [ "$PEERS" = yes ]; then
  echo "== peers on the kit's 200 articles (ms/article as the kit measures it, in-process)"
  "$PY" "$KIT/eval_summ.py" "$KIT/dev.jsonl" --baselines --bootstrap 0 \
    --only summa-textrank,sumy-textrank,sumy-lexrank,sumy-lsa,lexrank-pkg --out "$OUT/peers.md" >/dev/null 2>&1
  awk -F'|' '/^\| (summa|sumy|lexrank)/ { gsub(/^ +| +$/, "", $2); gsub(/ /, "", $10); printf "%-24s %6s ms/article\n", $2, $10 }' "$OUT/peers.md"
fi
