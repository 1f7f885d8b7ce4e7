#!/usr/bin/env bash
# Usage: Tests/Scripts/crash-soak.sh [KILLS=1000] [PANELIST=.build/release/panelist]
# The crash soak (outside `swift test`): a writer appends durably and prints "ack SEQ" after each
# fdatasync; it is SIGKILLed at a random moment, KILLS times. After every kill the journal is opened
# again (cutting back a torn tail), and every acknowledged action must be in it, in order, intact.
# Prints the figures: kills, acknowledged actions, actions lost, torn tails cut back.
set -euo pipefail
cd "$(dirname "$0")/../.."
KILLS=${1:-1000}
BIN=${2:-.build/release/panelist}
[ -x "$BIN" ] || BIN=.build/debug/panelist
[ -x "$BIN" ] || { echo "build panelist first (swift build -c release)"; exit 2; }
command -v jq >/dev/null || { echo "the soak checks records with jq (apt-get install jq)"; exit 2; }
DIR=$(mktemp -d /tmp/panelist-soak.XXXXXX)
export XDG_CONFIG_HOME="$DIR/config" XDG_STATE_HOME="$DIR/state"
J="$DIR/soak.jsonl"
acked=-1; torn=0; lost=0; total_acks=0
start=$(date +%s)
for ((k = 1; k <= KILLS; k++)); do
  "$BIN" journal _crash-writer "$J" 1000000 > "$DIR/out" 2> "$DIR/err" &
  pid=$!
  # A random moment between 5 and 200 ms.
  sleep "0.$(printf '%03d' $((5 + RANDOM % 195)))"
  kill -9 "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  n=$(grep -c '^ack ' "$DIR/out" || true)
  total_acks=$((total_acks + n))
  last=$(grep '^ack ' "$DIR/out" | tail -1 | cut -d' ' -f2 || true)
  [ -n "$last" ] && acked=$last
  [ -f "$J" ] || continue
  # Open again (recovery), appending nothing.
  if ! "$BIN" journal _crash-writer "$J" 0 > /dev/null 2> "$DIR/reopen"; then
    echo "kill $k: the journal no longer opens:"; cat "$DIR/reopen"; exit 1
  fi
  grep -q 'was cut back' "$DIR/reopen" && torn=$((torn + 1))
  # Every acknowledged action is there, in order: seq N holds "action N".
  have=$(jq -r 'select(.type == "comment") | "\(.seq) \(.text)"' "$J" | awk '$2 != "action" || $3 != $1 { bad++ } END { print NR, bad + 0 }')
  count=${have% *}; bad=${have#* }
  if [ "$bad" != 0 ] || [ "$count" -lt "$acked" ]; then
    lost=$((acked - count)); echo "kill $k: acknowledged $acked, journal holds $count actions ($bad wrong)"; exit 1
  fi
done
"$BIN" journal verify "$J" --allow-unsigned > "$DIR/verify" || { cat "$DIR/verify"; exit 1; }
echo "crash soak: $KILLS kills in $(( $(date +%s) - start )) s; $total_acks acknowledged appends (last seq $acked); $lost lost; $torn torn tails cut back; journal verifies ($(grep -c . "$J") records)"
rm -rf "$DIR"
