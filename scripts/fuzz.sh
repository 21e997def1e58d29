#!/usr/bin/env bash
# Builds the libFuzzer harness in Fuzz/ with the library's sources and runs each target for SECONDS.
#   scripts/fuzz.sh SECONDS [rules|events]
# Seed corpora come from Rules/, examples/, the broken-input corpus and Fuzz/regressions/. A crashing
# input is written to .build-fuzz/crashes/ and printed in base64; once fixed, keep it in
# Fuzz/regressions/TARGET-NAME, which the test suite replays (FuzzRegressionTests).
# Exits 0 when nothing crashed, 1 on a crash, 3 when the toolchain cannot build fuzzers.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:?usage: scripts/fuzz.sh SECONDS [rules|events]}
only=${2:-}
out=.build-fuzz
mkdir -p "$out/crashes"
printf '@_cdecl("LLVMFuzzerTestOneInput")\npublic func probe(_ d: UnsafePointer<UInt8>, _ n: Int) -> CInt { 0 }\n' > "$out/probe.swift"
if ! swiftc -sanitize=fuzzer -parse-as-library "$out/probe.swift" -o "$out/probe" > "$out/probe.log" 2>&1; then
  echo "fuzzing skipped: this toolchain cannot build with -sanitize=fuzzer ($(head -n 1 "$out/probe.log"))" >&2
  exit 3
fi
sources=$(find Sources/RulesKit -name '*.swift' | sort)
# The C helper is one inline function in a header: a module map is all swiftc needs to import it.
mkdir -p "$out/cprefetch"
printf 'module CPrefetch {\n  header "%s"\n  export *\n}\n' "$PWD/Sources/CPrefetch/include/CPrefetch.h" > "$out/cprefetch/module.modulemap"
# The linker's warnings about ASan's local symbols are noise; a failed build is not.
if ! swiftc -O -sanitize=fuzzer,address -parse-as-library -module-name RulesKit -I "$out/cprefetch" $sources Fuzz/Fuzzer.swift \
     -o "$out/fuzzer" > "$out/build.log" 2>&1; then
  grep -v "Cannot export local symbol" "$out/build.log" >&2
  exit 1
fi
# LeakSanitizer: Swift keeps enum payload pointers with tag bits set, so it reports the checked
# model held by a global as "leaked" (a false report seen on the empty input).
export ASAN_OPTIONS=detect_leaks=0
status=0
run() {
  local name=$1 corpus=$out/corpus-$1
  mkdir -p "$corpus"
  shift
  for seed in "$@"; do cp -n $seed "$corpus/" 2>/dev/null || true; done
  before=$(ls "$out/crashes" | wc -l)
  # A fixed seed: the same run on the same code, so a red CI is a finding, not luck.
  if ! RULES_FUZZ_TARGET=$name "$out/fuzzer" "$corpus" -seed=1 -max_total_time="$seconds" -max_len=65536 -timeout=10 \
       -rss_limit_mb=4096 -detect_leaks=0 -artifact_prefix="$out/crashes/$name"- -print_final_stats=1 > "$out/$name.log" 2>&1; then
    status=1
    tail -n 40 "$out/$name.log" >&2
    for f in $(ls -t "$out/crashes" | head -n $(( $(ls "$out/crashes" | wc -l) - before ))); do
      echo "crashing input $out/crashes/$f (base64):" >&2
      base64 "$out/crashes/$f" >&2
    done
  else
    grep -E "^(Done|stat::number_of_executed_units|stat::new_units_added)" "$out/$name.log" | sed "s/^/$name: /"
  fi
}
if [ -z "$only" ] || [ "$only" = rules ]; then
  run rules "Rules/*.rules" "Rules/*.rules.md" "Tests/RulesKitTests/Fixtures/broken/*.rules" "Fuzz/regressions/rules-*"
fi
if [ -z "$only" ] || [ "$only" = events ]; then
  run events "examples/*.jsonl" "examples/*.csv" "Fuzz/regressions/events-*"
fi
exit $status
