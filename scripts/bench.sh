#!/usr/bin/env bash
# Release-build benchmark of `rules evaluate` over JSON Lines (see BENCHMARKS.md).
#   scripts/bench.sh            province scale: 1,117 cells × 5 years (~1 million events)
#   scripts/bench.sh 11170      ten times the cells (~10 million events)
# The Phổ Hòa rules are applied to every cell: `for dang_uy` becomes `for chi_bo`.
set -euo pipefail
cd "$(dirname "$0")/.."
cells=${1:-1117}
years=${2:-5}
work=${BENCH_DIR:-/tmp/rules-bench}
mkdir -p "$work"
swift build -c release --product rules >/dev/null
swift build -c release --product rules-bench >/dev/null
bin=$(swift build -c release --show-bin-path)
sed 's/for dang_uy/for chi_bo/' Rules/pho-hoa.rules > "$work/pho-hoa-cells.rules"
log="$work/cells-$cells-$years.jsonl"
[ -f "$log" ] || "$bin/rules-bench" "$cells" "$years" "$log"
events=$(wc -l < "$log")
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; $(date -u +%F)"
echo "log: $log ($events events, $(du -h "$log" | cut -f1))"
# The machine is shared and noisy (±15% from run to run): the log is evaluated `RUNS` times
# (default 3), every run is printed, and the fastest and the median are reported.
runs=${RUNS:-3}
: > "$work/walls.txt"
: > "$work/cpus.txt"
for r in $(seq "$runs"); do
  /usr/bin/time -v "$bin/rules" evaluate "$work/pho-hoa-cells.rules" "$log" --as-of 2026-01-31 --lang en \
    > "$work/out.txt" 2> "$work/time.txt" || true
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$work/time.txt")
  rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$work/time.txt")
  secs=$(echo "$wall" | awk -F: '{ if (NF==3) print $1*3600+$2*60+$3; else print $1*60+$2 }')
  # CPU time (user + system) on the one core the run uses: what a neighbour's load does not inflate.
  cpu=$(awk -F': ' '/User time/ {u = $2} /System time/ {s = $2} END {print u + s}' "$work/time.txt")
  echo "run $r: wall ${secs}s  cpu ${cpu}s  peak RSS: $((rss / 1024)) MiB  events/s: $(awk -v e="$events" -v s="$secs" 'BEGIN { printf "%d", e / s }') (per cpu-second: $(awk -v e="$events" -v s="$cpu" 'BEGIN { printf "%d", e / s }'))"
  echo "$secs" >> "$work/walls.txt"
  echo "$cpu" >> "$work/cpus.txt"
done
best=$(sort -n "$work/walls.txt" | head -1)
median=$(sort -n "$work/walls.txt" | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }')
echo "fastest: ${best}s = $(awk -v e="$events" -v s="$best" 'BEGIN { printf "%d", e / s }') events/s;" \
  "median: ${median}s = $(awk -v e="$events" -v s="$median" 'BEGIN { printf "%d", e / s }') events/s"
cpubest=$(sort -n "$work/cpus.txt" | head -1)
echo "least cpu: ${cpubest}s = $(awk -v e="$events" -v s="$cpubest" 'BEGIN { printf "%d", e / s }') events per cpu-second"
tail -n 3 "$work/out.txt"
