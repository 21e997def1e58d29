-- The three rules of scripts/three.rules as SQL over the same JSON Lines log, for the benchmark's
-- comparison with DuckDB: `duckdb -c "SET VARIABLE log = 'LOG.jsonl'" -f scripts/three.sql`
-- (or scripts/three_duckdb.py). Prints each rule's checks and violations; every month 2021-01 to
-- 2025-12 is judged (the log is complete).
CREATE TEMP TABLE e AS
SELECT * FROM read_json(getvariable('log'), format = 'newline_delimited',
  columns = {type: 'VARCHAR', id: 'VARCHAR', date: 'DATE', body: 'VARCHAR', members: 'INTEGER',
             kind: 'VARCHAR', meeting: 'VARCHAR', present: 'INTEGER'});
CREATE TEMP TABLE m AS SELECT id, date, body, present FROM e WHERE type = 'meeting';
WITH bodies AS (SELECT DISTINCT body FROM e),
months AS (SELECT range AS month FROM range(DATE '2021-01-01', DATE '2026-01-01', INTERVAL 1 MONTH)),
held AS (SELECT body, date_trunc('month', date) AS month, count(*) AS n FROM m
         WHERE date >= DATE '2021-01-01' GROUP BY ALL),
monthly AS (SELECT count(*) AS checks, count(*) FILTER (WHERE coalesce(n, 0) < 1) AS violations
            FROM bodies CROSS JOIN months LEFT JOIN held USING (body, month)),
sizes AS (SELECT body, date, members FROM e WHERE type = 'membership'),
quorum AS (SELECT count(*) AS checks, count(*) FILTER (WHERE 3 * m.present < 2 * s.members) AS violations
           FROM m ASOF JOIN sizes s ON m.body = s.body AND m.date >= s.date WHERE m.date >= DATE '2021-01-01'),
drafts AS (SELECT meeting, min(date) AS first FROM e WHERE type = 'document' AND kind = 'draft' GROUP BY meeting),
draft AS (SELECT count(*) AS checks, count(*) FILTER (WHERE d.first IS NULL OR d.first > m.date - 2) AS violations
          FROM m LEFT JOIN drafts d ON d.meeting = m.id WHERE m.date >= DATE '2021-01-01')
SELECT 'hop_hang_thang' AS rule, * FROM monthly
UNION ALL SELECT 'ty_le_du_hop', * FROM quorum
UNION ALL SELECT 'gui_du_thao', * FROM draft;
