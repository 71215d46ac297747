"""``face-attendance db upgrade|downgrade|current|check``: Alembic, through the app's URL."""

from __future__ import annotations

import argparse
import json
from typing import Any

from desktop_app.storage.db import describe, open_database


def register(sub: Any) -> argparse.ArgumentParser:
    p: argparse.ArgumentParser = sub.add_parser(
        "db", help="database migrations: upgrade, downgrade, current, check"
    )
    dsub = p.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    up = dsub.add_parser("upgrade", help="migrate to REVISION (default head)")
    up.add_argument("revision", nargs="?", default="head")
    down = dsub.add_parser("downgrade", help="migrate down to REVISION (e.g. -1, base)")
    down.add_argument("revision")
    cur = dsub.add_parser("current", help="show the database's revision and the code's head")
    cur.add_argument("--json", action="store_true")
    chk = dsub.add_parser(
        "check", help="fail if the database is not at head or drifts from the ORM"
    )
    chk.add_argument("--json", action="store_true")
    p.set_defaults(func=run)
    return p


def run(args: argparse.Namespace, ctx: Any) -> int:
    db = open_database(ctx.settings, migrate=False)
    try:
        where = describe(db.url)
        if args.db_command == "upgrade":
            db.check_not_newer()
            before = db.current_revision()
            copy = db.upgrade(args.revision)
            after = db.current_revision()
            print(f"{where}: {before or 'empty'} -> {after}")
            if copy:
                print(f"copy before migrating: {copy}")
            return 0
        if args.db_command == "downgrade":
            before = db.current_revision()
            copy = db.downgrade(args.revision)
            print(f"{where}: {before} -> {db.current_revision() or 'base'}")
            if copy:
                print(f"copy before downgrading: {copy}")
            return 0
        current, head = db.current_revision(), db.head_revision()
        if args.db_command == "current":
            if args.json:
                print(json.dumps({"database": where, "current": current, "head": head}))
            else:
                state = "up to date" if current == head else "needs `db upgrade`"
                print(f"{where}: revision {current or 'none (empty)'}; head {head} ({state})")
            return 0
        # check
        db.check_not_newer()
        diffs = [repr(d) for d in db.drift()] if current == head else []
        ok = current == head and not diffs
        if args.json:
            print(
                json.dumps(
                    {"database": where, "current": current, "head": head, "ok": ok, "drift": diffs}
                )
            )
        elif ok:
            print(f"{where}: at head {head}, schema matches the code (no drift)")
        elif current != head:
            print(
                f"{where}: at {current or 'none'}, head is {head}: run `face-attendance db upgrade`"
            )
        else:
            print(f"{where}: schema drifts from the code:")
            for d in diffs:
                print(f"  {d}")
        return 0 if ok else 1
    finally:
        db.dispose()
