"""Report speed on a big synthetic year: 1,000 people x ~250 school days x 2 marks a day.

    .venv/bin/python benchmarks/bench_reports.py [--people 1000] [--days 365] [--keep DIR]

Builds a temporary SQLite database through the app's migrations (so the real indexes
exist), fills it with 10 groups of people, one session per group and weekday (08:00-15:00,
late after 08:10) and a check-in and a check-out per present person and day (about 4 %
absent, about 6 % late), prints EXPLAIN QUERY PLAN of the report query, then times
``face-attendance report`` for each format (view "all": summary + register + event log).
Each timing is what a user waits for: reading the database, computing the rules, writing.
Target: under 10 s per format. Not a test; numbers depend on the machine and its load.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from desktop_app.attendance import reports, rules  # noqa: E402
from desktop_app.config import load_settings  # noqa: E402
from desktop_app.storage.db import open_database  # noqa: E402

ZONE = "Europe/Berlin"


def _ts(at: dt.datetime) -> str:
    """SQLAlchemy's SQLite storage format for naive UTC datetimes."""
    return at.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


def fill(db_path: Path, people: int, days: int, seed: int = 7) -> tuple[int, int]:
    rng = random.Random(seed)
    tz = rules.resolve_zone(ZONE)
    con = sqlite3.connect(db_path)
    now = _ts(dt.datetime.now(dt.UTC))
    groups = [f"{7 + i // 2}{'AB'[i % 2]}" for i in range(10)]
    con.executemany(
        "INSERT INTO people (id, name, external_id, group_name, active, created_at) "
        "VALUES (?, ?, ?, ?, 1, ?)",
        [
            (i + 1, f"Student {i + 1:04d}", f"S{i + 1:05d}", groups[i % 10], now)
            for i in range(people)
        ],
    )
    # everyone in their group from before the history (as the 0003 migration fills it)
    con.execute("INSERT INTO memberships (person_id, group_name) SELECT id, group_name FROM people")
    first = dt.date(2025, 1, 1)
    sessions, events = [], []
    sid = 0
    eid = 0
    for day in rules.days_between(first, first + dt.timedelta(days=days - 1)):
        if day.weekday() >= 5:
            continue
        start = dt.datetime.combine(day, dt.time(8, 0), tzinfo=tz)
        for g_idx, group in enumerate(groups):
            sid += 1
            sessions.append(
                (
                    sid,
                    f"Day {group}",
                    group,
                    _ts(start),
                    _ts(start + dt.timedelta(hours=7)),
                    _ts(start + dt.timedelta(minutes=10)),
                    now,
                )
            )
            for pid in range(g_idx + 1, people + 1, 10):
                if rng.random() < 0.04:
                    continue
                late = rng.random() < 0.06
                t_in = start + dt.timedelta(
                    minutes=rng.uniform(11, 40) if late else rng.uniform(-25, 9)
                )
                t_out = start + dt.timedelta(hours=7, minutes=rng.uniform(-20, 30))
                for kind, at in (("check_in", t_in), ("check_out", t_out)):
                    eid += 1
                    # the camera tags a mark with the session open at that moment: none
                    # before Start or after the end (they count by the grace, or not at all)
                    tag = sid if start <= at < start + dt.timedelta(hours=7) else None
                    events.append(
                        (eid, pid, tag, kind, _ts(at), 0.41, "kiosk-1", "camera", "valid", 0, now)
                    )
    con.executemany(
        "INSERT INTO sessions (id, name, group_name, starts_at, ends_at, late_after, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        sessions,
    )
    con.executemany(
        "INSERT INTO attendance_events (id, person_id, session_id, kind, at_utc, score, device, "
        "source, status, probe_encrypted, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        events,
    )
    con.commit()
    con.execute("ANALYZE")
    con.close()
    return len(sessions), len(events)


def explain(db_path: Path) -> list[str]:
    con = sqlite3.connect(db_path)
    plans = []
    span = ["2025-01-01", "2026-01-01"]
    for label, sql, args in [
        (
            "all groups",
            "SELECT id, person_id, session_id, kind, at_utc FROM attendance_events "
            "WHERE status = 'valid' AND at_utc >= ? AND at_utc < ? ORDER BY at_utc, id",
            span,
        ),
        (
            "one group",
            "SELECT id, person_id, session_id, kind, at_utc FROM attendance_events "
            "WHERE status = 'valid' AND at_utc >= ? AND at_utc < ? AND person_id IN "
            "(SELECT id FROM people WHERE group_name = ? "
            "UNION SELECT person_id FROM memberships WHERE group_name = ?) ORDER BY at_utc, id",
            [*span, "7A", "7A"],
        ),
    ]:
        rows = con.execute("EXPLAIN QUERY PLAN " + sql, args).fetchall()
        plans.append(f"{label}: " + " | ".join(r[-1] for r in rows))
    con.close()
    return plans


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--people", type=int, default=1000)
    ap.add_argument("--days", type=int, default=365)
    ap.add_argument("--keep", type=Path, help="write the exports here instead of a temp dir")
    args = ap.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        cfg = tmp_path / "settings.toml"
        cfg.touch()
        settings = load_settings(
            config_file=cfg,
            environ={},
            data_dir=tmp_path / "data",
            attendance={"timezone": ZONE},
        )
        db = open_database(settings)  # migrations create the schema and its indexes
        db_path = settings.paths.database
        t0 = time.perf_counter()
        n_sessions, n_events = fill(db_path, args.people, args.days)
        print(
            f"filled {args.people} people, {n_sessions} sessions, {n_events:,} events "
            f"in {time.perf_counter() - t0:.1f} s"
        )
        for line in explain(db_path):
            print("query plan", line)
        out_dir = args.keep or tmp_path
        out_dir.mkdir(parents=True, exist_ok=True)
        tz = rules.resolve_zone(ZONE)
        first, last = dt.date(2025, 1, 1), dt.date(2025, 1, 1) + dt.timedelta(days=args.days - 1)

        def clock() -> tuple[float, float]:
            return time.perf_counter(), time.process_time()

        print("Wall = what the user waits; CPU = this process only (the machine may be shared).")
        print()
        print(
            "| format | read + rules: wall / CPU (s) | write: wall / CPU (s) "
            "| total: wall / CPU (s) | output |"
        )
        print("|---|---:|---:|---:|---:|")
        for fmt in reports.FORMATS:
            a = clock()
            data = reports.build_report(db, tz, first, last)
            b = clock()
            paths = reports.export(data, fmt, out_dir / f"year.{fmt}")
            c = clock()
            size = sum(p.stat().st_size for p in paths)
            print(
                f"| {fmt} | {b[0] - a[0]:.1f} / {b[1] - a[1]:.1f} "
                f"| {c[0] - b[0]:.1f} / {c[1] - b[1]:.1f} "
                f"| **{c[0] - a[0]:.1f}** / {c[1] - a[1]:.1f} | {size / 1e6:.1f} MB |"
            )
        db.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
