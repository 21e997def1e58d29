#!/usr/bin/env bash
# Runs the test suite under AddressSanitizer and ThreadSanitizer (each in its own build folder).
#   scripts/sanitizers.sh [address|thread]
# Too slow for every CI run; run before resolving robustness work and report the result.
set -euo pipefail
cd "$(dirname "$0")/.."
# Leak reports are off: Swift's global caches (the prelude, holiday tables) and enum payloads with
# tag bits look unreferenced to LeakSanitizer. Memory errors and data races still fail the run.
export ASAN_OPTIONS=detect_leaks=0
for s in ${1:-address thread}; do
  echo "== -sanitize=$s"
  swift test --scratch-path ".build-$s" -Xswiftc "-sanitize=$s" 2>&1 | grep -E "Executed [0-9]+ tests|error:|ERROR: (Address|Thread)Sanitizer|SUMMARY" | tail -n 5
done
