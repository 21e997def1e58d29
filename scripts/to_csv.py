# Writes a JSON Lines event log as CSV (the same events, one column per key, a header first), for the
# benchmark's comparison of CSV input with JSON Lines:  python3 scripts/to_csv.py LOG.jsonl > LOG.csv
import csv, json, sys

with open(sys.argv[1], encoding="utf-8") as f:
    records = [json.loads(line) for line in f if line.strip()]
columns = ["type", "id", "date", "body"]
for r in records:
    for k in r:
        if k not in columns:
            columns.append(k)
out = csv.writer(sys.stdout, lineterminator="\n")
out.writerow(columns)
for r in records:
    out.writerow(["" if r.get(c) is None else str(r[c]).lower() if isinstance(r[c], bool) else r[c] for c in columns])
