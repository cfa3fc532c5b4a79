#!/usr/bin/env bash
# How the HTML report copes with a 2,000-sentence article: builds one (seeded,
# invented text) with five source texts, writes the report, and times headless
# Chromium loading it (--dump-dom waits for load and scripts) against an empty
# page in the same run. Needs chromium on PATH and a release build.
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/big/sources"
python3 - "$work/big" <<'PY'
import random, sys, os
random.seed(7)
words = "harbour board pier quay ferry council budget fees crews tide dredging channel weir lake survey".split()
root = sys.argv[1]
lines = ["# A long article", "", "5 Sources", ""]
for p in range(200):
    sentences = []
    for s in range(10):
        body = " ".join(random.choice(words) for _ in range(14))
        marker = random.choice(["[1]", "[2]", "[3, 4]", "[5]", "", "[9]"])
        sentences.append(body.capitalize() + "." + marker)
    lines += [" ".join(sentences), ""]
open(os.path.join(root, "article.md"), "w").write("\n".join(lines))
for i in range(1, 6):
    text = " ".join(" ".join(random.choice(words) for _ in range(14)).capitalize() + "." for _ in range(40))
    open(os.path.join(root, "sources", f"{i}.txt"), "w").write(text)
PY
cargo build --release -q
start=$(date +%s.%N)
./target/release/citeaudit check "$work/big" --out "$work/out" --html "$work/report.html" --exit-zero -q
audit=$(echo "$(date +%s.%N) - $start" | bc)
echo "<!DOCTYPE html><title>empty</title>" > "$work/empty.html"
flags=(--headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking
       --disable-component-update --disable-sync)
load() {
  local best=999
  for _ in 1 2 3; do
    local s; s=$(date +%s.%N)
    chromium "${flags[@]}" --user-data-dir="$work/profile-$RANDOM" --dump-dom "file://$1" >"$work/dom" 2>/dev/null
    local t; t=$(echo "$(date +%s.%N) - $s" | bc)
    best=$(echo "if ($t < $best) $t else $best" | bc)
  done
  echo "$best"
}
empty=$(load "$work/empty.html")
report=$(load "$work/report.html")
sentences=$(grep -c '' "$work/out/audit.csv")
size=$(stat -c %s "$work/report.html")
echo "html report: $((sentences - 1)) sentences, $size bytes; citeaudit $audit s"
echo "chromium load (best of 3): report $report s, empty page $empty s, difference $(echo "$report - $empty" | bc) s"
