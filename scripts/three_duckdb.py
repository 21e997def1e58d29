# Runs scripts/three.sql on a log with DuckDB's Python package (installed for the benchmark only,
# never a dependency of the tool):  python3 scripts/three_duckdb.py LOG.jsonl [THREADS]
import os, sys, duckdb
con = duckdb.connect()
if len(sys.argv) > 2:
    con.execute(f"SET threads = {int(sys.argv[2])}")
con.execute("SET VARIABLE log = ?", [sys.argv[1]])
lines = open(os.path.join(os.path.dirname(__file__), "three.sql"), encoding="utf-8").read().splitlines()
sql = "\n".join(l for l in lines if not l.startswith("--"))
*setup, last = [s for s in sql.split(";") if s.strip()]
for s in setup:
    con.execute(s)
for rule, checks, violations in con.execute(last).fetchall():
    print(f"{rule} {checks} checks, {violations} violations")
