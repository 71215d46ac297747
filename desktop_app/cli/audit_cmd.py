"""``face-attendance audit verify [--json]`` and ``audit list [--limit N] [--json]``.

The audit log is hash-chained: each entry stores the hash of the previous one, so editing or
removing an entry breaks the chain from there on. ``verify`` names the first broken entry and
exits 1 when there is one.
"""

from __future__ import annotations

import argparse
import json
from typing import Any

from sqlalchemy import func, select

from desktop_app.storage import schema as m
from desktop_app.storage.records import AuditRecord
from desktop_app.storage.repositories import Audit


def register(sub: Any) -> argparse.ArgumentParser:
    p: argparse.ArgumentParser = sub.add_parser(
        "audit", help="show and verify the tamper-evident audit log"
    )
    asub = p.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    v = asub.add_parser("verify", help="check the hash chain; exit 1 at the first broken entry")
    v.add_argument("--json", action="store_true")
    ls = asub.add_parser("list", help="show the newest entries")
    ls.add_argument("--limit", type=int, default=50, help="how many (default 50; 0 = all)")
    ls.add_argument("--json", action="store_true")
    p.set_defaults(func=run)
    return p


def _entry_json(r: AuditRecord) -> dict[str, Any]:
    return {
        "id": r.id,
        "at_utc": r.at_utc.isoformat(),
        "actor": r.actor,
        "action": r.action,
        "target": r.target,
        "details": json.loads(r.details) if r.details else None,
        "hash": r.hash,
    }


def run(args: argparse.Namespace, ctx: Any) -> int:
    db = ctx.db
    if args.audit_command == "verify":
        anchor_of = getattr(db, "audit_anchor", None)
        anchor = anchor_of() if anchor_of is not None else None

        def check(s: Any) -> tuple[int, int | None, Any, bool]:
            total = int(s.scalar(select(func.count(m.AuditEntry.id))) or 0)
            head = s.execute(
                select(m.AuditEntry.id, m.AuditEntry.hash).order_by(m.AuditEntry.id.desc())
            ).first()
            cut = anchor is not None and Audit(s).hash_at(anchor[0]) != anchor[1]
            return total, Audit(s).verify(), head, cut

        from desktop_app.security.crypto import foreign_plaintext

        total, broken, head, truncated = db.run(check)
        head_id, head_hash = (int(head[0]), head[1]) if head is not None else (None, None)
        plain_templates, plain_probes = foreign_plaintext(db)
        ok = broken is None and not truncated and not plain_templates and not plain_probes
        if args.json:
            print(
                json.dumps(
                    {
                        "ok": ok,
                        "entries": total,
                        "plaintext_templates": list(plain_templates),
                        "plaintext_probe_events": list(plain_probes),
                        "first_broken_id": broken,
                        "truncated": truncated,
                        "head_id": head_id,
                        "head_hash": head_hash,
                    }
                )
            )
        elif broken is None and not truncated:
            print(f"audit log intact: {total} entries, hash chain verified")
            if head_id is not None:
                # Removing the newest entries leaves a valid (shorter) chain: note the head
                # somewhere else now and then, and compare.
                print(f"newest entry {head_id}, hash {head_hash}")
        elif broken is not None:
            print(
                f"audit log BROKEN at entry {broken}: it (or the one before it) was edited or "
                f"removed after it was written. Entries from {broken} on cannot be trusted."
            )
        if truncated and not args.json and anchor is not None:
            print(
                f"audit log CUT: this machine has seen {anchor[0]} entries (the key's anchor), "
                f"and entry {anchor[0]} is {'gone' if total < anchor[0] else 'different'}: the "
                "newest entries were removed or the log was replaced."
            )
        if (plain_templates or plain_probes) and not args.json:
            print(
                f"UNENCRYPTED face data in an encrypted database: templates "
                f"{list(plain_templates) or '-'}, marks {list(plain_probes) or '-'}. This app "
                "seals everything it writes, so these rows were put there by someone else; they "
                "are not used for recognition. Find out how, then erase them "
                "(face-attendance people show / erase)."
            )
        return 0 if ok else 1

    limit = args.limit if args.limit and args.limit > 0 else None

    def newest(s: Any) -> list[AuditRecord]:
        q = select(m.AuditEntry).order_by(m.AuditEntry.id.desc())
        if limit is not None:
            q = q.limit(limit)
        rows = list(s.scalars(q))[::-1]
        return [
            AuditRecord(r.id, r.at_utc, r.actor, r.action, r.target, r.details, r.prev_hash, r.hash)
            for r in rows
        ]

    entries = db.run(newest)
    if args.json:
        print(json.dumps([_entry_json(r) for r in entries]))
        return 0
    for r in entries:
        when = r.at_utc.strftime("%Y-%m-%d %H:%M:%S")
        target = f" {r.target}" if r.target else ""
        details = f" {r.details}" if r.details else ""
        print(f"{r.id:>6}  {when}Z  {r.actor:<12} {r.action}{target}{details}")
    if not entries:
        print("the audit log is empty")
    return 0
