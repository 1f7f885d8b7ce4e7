#!/usr/bin/env bash
# Usage: Tests/Scripts/fuzz.sh [SECONDS_PER_TARGET=60] [TARGET...]
# Builds the libFuzzer targets of Tests/Fuzz (swift build -c release -Xswiftc -sanitize=fuzzer) and
# runs each for a bounded time on its seed corpus (Tests/Fuzz/Corpus/<target>, made from the
# fixtures; FUZZ_SEEDS=1 regenerates it). New inputs go to Tests/Fuzz/.work/<target>; a crash is
# written to Tests/Fuzz/Crashes/. Prints executions and findings per target.
# Targets: FuzzJournalLine FuzzSheet FuzzReplayScore FuzzApplication (default: all).
set -euo pipefail
cd "$(dirname "$0")/../Fuzz"
SECONDS_PER=${1:-60}
shift || true
TARGETS=("$@")
[ ${#TARGETS[@]} -gt 0 ] || TARGETS=(FuzzJournalLine FuzzSheet FuzzReplayScore FuzzApplication)
declare -A CORPUS=([FuzzJournalLine]=journal-line [FuzzSheet]=sheet [FuzzReplayScore]=replay-score [FuzzApplication]=application)
# Inputs are kept short (FUZZ_MAX_LEN overrides): the seeds are read whole, mutations stay small and fast.
declare -A MAXLEN=([FuzzJournalLine]=4096 [FuzzSheet]=4096 [FuzzReplayScore]=4096 [FuzzApplication]=8192)
if [ "${FUZZ_SEEDS:-0}" = 1 ] || [ ! -d Corpus/journal-line ]; then
  swift build --product FuzzSeeds --scratch-path .build/seeds
  .build/seeds/debug/FuzzSeeds Corpus
fi
swift build -c release -Xswiftc -sanitize=fuzzer -Xswiftc -use-ld=lld  # gold crashes linking these
mkdir -p Crashes .work
status=0
for t in "${TARGETS[@]}"; do
  c=${CORPUS[$t]}
  mkdir -p ".work/$c"
  log=".work/$t.log"
  set +e
  # SWIFT_BACKTRACE=enable=no lets libFuzzer's own handler write the crashing input.
  SWIFT_BACKTRACE=enable=no ".build/release/$t" ".work/$c" "Corpus/$c" -max_total_time="$SECONDS_PER" -max_len="${FUZZ_MAX_LEN:-${MAXLEN[$t]}}" \
    -artifact_prefix="Crashes/$t-" -print_final_stats=1 > "$log" 2>&1
  rc=$?
  set -e
  runs=$(grep -Eo 'stat::number_of_executed_units: *[0-9]+' "$log" | grep -Eo '[0-9]+$' || echo "?")
  cov=$(grep -Eo 'cov: [0-9]+' "$log" | tail -1 || true)
  crashes=$(ls Crashes 2>/dev/null | grep -c "^$t-" || true)
  echo "$t: $runs executions in ${SECONDS_PER}s (max_len ${FUZZ_MAX_LEN:-${MAXLEN[$t]}}), $cov, exit $rc, $crashes crash file(s) (log: Tests/Fuzz/$log)"
  [ "$rc" = 0 ] || status=1
done
exit $status
