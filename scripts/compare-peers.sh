#!/usr/bin/env bash
# compare-peers.sh runs exobot and the two peer baselines in ../shared/peers
# (NLP.js and a naive bleve top hit) on the same corpus export and the same
# evaluation questions, in one run, and prints quality and speed side by
# side. It is not part of CI: the peers live outside this repository.
#
#   scripts/compare-peers.sh [EVAL.jsonl ...]   (default: the eval-v2 and eval-v3 sets)
#
# Quality is scored the way the peers score it (see ../shared/peers/README.md):
# an in-scope question is right when the reply cites one of its sections, an
# out-of-scope one when it is declined, and an emergency counts for a peer
# only when it declines it (exobot must send it to care). exobot's speed is
# measured through the real binary, "exobot ask --json -", input and output
# included: the time for all the questions ten times over, less the time of
# a one-question run (start-up), divided by the number of questions less
# one; the best of five runs. The peers report their own in-process latency.
set -euo pipefail
cd "$(dirname "$0")/.."
peers=${PEERS:-../shared/peers}
[ -d "$peers" ] || { echo "no peers at $peers (set PEERS)" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

evals=("$@")
[ ${#evals[@]} -gt 0 ] || evals=(cmd/exobot/testdata/eval-v2.jsonl cmd/exobot/testdata/eval-v3.jsonl)

go build -o "$work/exobot" ./cmd/exobot
"$work/exobot" corpus export > "$work/corpus.json"
[ -d "$peers/nlpjs/node_modules" ] || npm ci --prefix "$peers/nlpjs" >/dev/null
(cd "$peers/naive-bleve" && go build -o "$work/naivebleve" .)

# One evaluation file in the peers' format, and the bare questions.
python3 - "$work" "${evals[@]}" <<'EOF'
import json, sys
work, files = sys.argv[1], sys.argv[2:]
m = {"answered": "answer", "declined": "decline", "urgent": "urgent", "any": "any"}
with open(f"{work}/eval.jsonl", "w") as e, open(f"{work}/questions.txt", "w") as q:
    for f in files:
        for line in open(f):
            if not line.strip():
                continue
            c = json.loads(line)
            e.write(json.dumps({"q": c["question"], "expect": m[c["expect"]], "sections": c.get("sections", [])}) + "\n")
            q.write(c["question"] + "\n")
EOF

echo "== quality and in-process speed of the peers"
node "$peers/nlpjs/run.js" "$work/corpus.json" "$work/eval.jsonl"
"$work/naivebleve" "$work/corpus.json" "$work/eval.jsonl"

echo "== exobot: ask --json - on the same questions"
"$work/exobot" ask --json - < "$work/questions.txt" > "$work/replies.jsonl"
python3 - "$work" <<'EOF'
import json, sys
work = sys.argv[1]
cases = [json.loads(l) for l in open(f"{work}/eval.jsonl")]
replies = [json.loads(l) for l in open(f"{work}/replies.jsonl")]
assert len(cases) == len(replies)
n = {"answer": [0, 0], "decline": [0, 0], "urgent": [0, 0]}
for c, r in zip(cases, replies):
    k = c["expect"]
    if k == "any":
        continue
    n[k][1] += 1
    if k == "answer":
        ok = r["status"] == "answered" and any(x["section"] in c["sections"] for x in r.get("citations") or [])
    elif k == "decline":
        ok = r["status"] in ("no_match", "help")
    else:
        ok = r["status"] == "urgent"
    n[k][0] += ok
print(json.dumps({"peer": "exobot", "answer_correct": n["answer"][0], "answer_total": n["answer"][1],
                  "decline_correct": n["decline"][0], "decline_total": n["decline"][1],
                  "urgent_sent_to_care": n["urgent"][0], "urgent_total": n["urgent"][1]}))
EOF
head -1 "$work/questions.txt" > "$work/one.txt"
# The questions ten times over, so that the batch outlasts the start-up
# many times and the subtraction below is not at the mercy of its noise.
for _ in 1 2 3 4 5 6 7 8 9 10; do cat "$work/questions.txt"; done > "$work/batch.txt"
best_all= best_one=
for _ in 1 2 3 4 5; do
  s=$(date +%s%N); "$work/exobot" ask --json - < "$work/batch.txt" > /dev/null; e=$(date +%s%N)
  all=$((e - s))
  s=$(date +%s%N); "$work/exobot" ask --json - < "$work/one.txt" > /dev/null; e=$(date +%s%N)
  one=$((e - s))
  [ -z "$best_all" ] || [ "$all" -lt "$best_all" ] && best_all=$all
  [ -z "$best_one" ] || [ "$one" -lt "$best_one" ] && best_one=$one
done
count=$(wc -l < "$work/batch.txt")
awk -v all="$best_all" -v one="$best_one" -v n="$count" 'BEGIN {
  printf "{\"peer\":\"exobot\",\"questions\":%d,\"run_ms\":%.1f,\"start_ms\":%.1f,\"per_question_us\":%.1f}\n", n, all/1e6, one/1e6, (all-one)/(n-1)/1e3 }'
