"""Concurrency benchmark: 2 processes on one SQLite file, 4 on one PostgreSQL database.

    .venv/bin/python benchmarks/reliability/concurrency.py [--seconds 60] [--rate 50]
        [--backend sqlite|postgresql|both] [--json out.json]

Each process marks attendance at ``--rate`` marks/s for ``--seconds`` (own people, a shared
person every 10th mark, 2 % re-sent marks), device 0 enrolls a person every second and
device 1 identifies a face every 0.1 s like a recognizer, its gallery refreshing itself
from the database stamp (enrollment visibility delay). PostgreSQL comes
from ``tests/pg_server.py`` (a throwaway cluster; skipped with the reason if impossible).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from benchmarks.reliability.concurrency_harness import run  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--seconds", type=float, default=60.0)
    ap.add_argument("--rate", type=float, default=50.0)
    ap.add_argument("--backend", choices=["sqlite", "postgresql", "both"], default="both")
    ap.add_argument("--json", type=Path)
    args = ap.parse_args()
    results = []
    with tempfile.TemporaryDirectory(prefix="conc-bench-") as tmp:
        work = Path(tmp)
        if args.backend in ("sqlite", "both"):
            (work / "sqlite").mkdir()
            url = f"sqlite:///{work / 'sqlite' / 'shared.sqlite3'}"
            rep = run(url, work / "sqlite", devices=2, rate=args.rate, seconds=args.seconds)
            results.append(rep.summary())
            print(json.dumps(results[-1], indent=2), flush=True)
        if args.backend in ("postgresql", "both"):
            from tests.pg_server import PgServer, PgUnavailable

            try:
                server = PgServer().start()
            except PgUnavailable as exc:
                results.append({"backend": "postgresql", "skipped": str(exc)})
                print(json.dumps(results[-1]), flush=True)
            else:
                try:
                    (work / "pg").mkdir()
                    rep = run(
                        server.create_database(),
                        work / "pg",
                        devices=4,
                        rate=args.rate,
                        seconds=args.seconds,
                        backend="postgresql",
                    )
                finally:
                    server.stop()
                results.append(rep.summary())
                print(json.dumps(results[-1], indent=2), flush=True)
    if args.json:
        args.json.write_text(json.dumps(results, indent=2))
    bad = [r for r in results if r.get("lost") or r.get("duplicated") or r.get("worker_failures")]
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
