#!/bin/bash
# figs.sh BIN [ROOT]: the session figures — eval held back (all quarters, by kind), fresh and tuned; triage tuned and held back.
here=$(cd "$(dirname "$0")" && pwd)
B=$1
R=${2:-$(cd "$here/../.." && pwd)}
cd "$R" || exit 1
run() { EXOBOT=$B python3 "$here/evalrun.py" "$@"; }
echo "== eval held back, all quarters ($(ls cmd/exobot/testdata/holdback/*.jsonl | wc -l) files)"; run 'cmd/exobot/testdata/holdback/*.jsonl' --kinds
echo "== fresh v66"; run cmd/exobot/testdata/fresh/eval-v66.jsonl
echo "== fresh v69"; run cmd/exobot/testdata/fresh/eval-v69.jsonl
echo "== eval tuned"; run 'cmd/exobot/testdata/eval*.jsonl'
echo "== triage tuned"; run $(ls bot/testdata/triage*.jsonl | grep -v holdback)
echo "== triage held back ($(ls bot/testdata/*holdback*.jsonl | wc -l) files)"; run 'bot/testdata/*holdback*.jsonl'
