# A plain stream checker of scripts/three.rules, the benchmark's baseline: one pass over a JSON
# Lines log, then each body judged.  python3 scripts/three_check.py LOG.jsonl
import json, sys
from datetime import date, timedelta

sizes, meetings, drafts = {}, {}, {}
with open(sys.argv[1], encoding="utf-8") as f:
    for line in f:
        e = json.loads(line)
        t, body = e["type"], e["body"]
        if t == "membership":
            sizes.setdefault(body, []).append((e["date"], e["members"]))
        elif t == "meeting":
            meetings.setdefault(body, []).append((e["id"], e["date"], e.get("present", 0), e.get("kind")))
        elif t == "document" and e.get("kind") == "draft" and "meeting" in e:
            d = drafts.get(e["meeting"])
            drafts[e["meeting"]] = e["date"] if d is None else min(d, e["date"])

months = [f"{y}-{m:02d}" for y in range(2021, 2026) for m in range(1, 13)]
counts = {r: [0, 0] for r in ("hop_hang_thang", "ty_le_du_hop", "gui_du_thao")}
for body in set(sizes) | set(meetings):
    held = {}
    size = sorted(sizes.get(body, []))
    for mid, day, present, kind in meetings.get(body, []):
        if day < "2021-01-01":
            continue
        if kind == "regular":
            held[day[:7]] = held.get(day[:7], 0) + 1
        members = max((s for s in size if s[0] <= day), default=(None, None))[1]
        counts["ty_le_du_hop"][0] += 1
        if members is not None and 3 * present < 2 * members:
            counts["ty_le_du_hop"][1] += 1
        counts["gui_du_thao"][0] += 1
        first = drafts.get(mid)
        if first is None or date.fromisoformat(first) > date.fromisoformat(day) - timedelta(days=2):
            counts["gui_du_thao"][1] += 1
    for month in months:
        counts["hop_hang_thang"][0] += 1
        if held.get(month, 0) < 1:
            counts["hop_hang_thang"][1] += 1
for rule, (checks, violations) in counts.items():
    print(f"{rule} {checks} checks, {violations} violations")
