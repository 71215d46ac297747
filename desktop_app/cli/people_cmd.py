"""``face-attendance people list|show|erase|import|pin``: the enrolled people.

``people remove`` is an alias of ``people erase`` (its old ``--with-events`` flag is accepted:
erasing deletes the marks unless ``--keep-statistics``)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from desktop_app.storage.records import PersonRecord


def register(sub: Any) -> argparse.ArgumentParser:
    p: argparse.ArgumentParser = sub.add_parser("people", help="list, show, import or erase people")
    psub = p.add_subparsers(dest="people_command", metavar="ACTION", required=True)
    ls = psub.add_parser("list", help="everyone enrolled")
    ls.add_argument("--group", help="only this group")
    ls.add_argument("--search", help="name or external id contains this")
    ls.add_argument("--all", action="store_true", help="include deactivated people")
    ls.add_argument("--json", action="store_true")
    show = psub.add_parser("show", help="one person and their face templates")
    show.add_argument("person", metavar="PERSON", help="id, external id or name")
    show.add_argument("--json", action="store_true")
    for name, helptext in (
        (
            "erase",
            "erase a person: face templates, chips, stored probe embeddings, index entries "
            "and their marks (or keep the marks anonymised with --keep-statistics)",
        ),
        ("remove", "alias of erase"),
    ):
        rm = psub.add_parser(name, help=helptext, description=helptext)
        rm.add_argument("person", metavar="PERSON", help="id, external id or name")
        rm.add_argument(
            "--keep-statistics",
            action="store_true",
            help="keep their attendance marks as anonymous rows (group and times only)",
        )
        rm.add_argument("--yes", action="store_true", help="do not ask for confirmation")
        rm.add_argument("--with-events", action="store_true", help=argparse.SUPPRESS)
        rm.add_argument("--json", action="store_true")
    pn = psub.add_parser(
        "pin",
        help="set (asked twice) or --clear a person's own kiosk PIN, the second factor when "
        "kiosk.second_factor is 'pin'",
    )
    pn.add_argument("person", metavar="PERSON", help="id, external id or name")
    pn.add_argument("--clear", action="store_true", help="remove the person's kiosk PIN")
    imp = psub.add_parser("import", help="import a roster CSV (name, external id, group, photo)")
    imp.add_argument("csv", type=Path, metavar="CSV")
    imp.add_argument("--consent", action="store_true", help="everyone listed agreed")
    imp.add_argument("--dry-run", action="store_true", help="check every row, import nothing")
    imp.add_argument(
        "--allow-lookalike",
        action="store_true",
        help="import people whose faces match another person (every pair is listed and "
        "remembered: stricter decision between them, a second factor at the kiosk)",
    )
    imp.add_argument(
        "--allow-weak",
        action="store_true",
        help="enroll photos refused only as too blurred because they are small or upscaled "
        "as weak samples (the person is asked for camera samples later)",
    )
    imp.add_argument(
        "--photos",
        type=Path,
        metavar="DIR",
        help="read photos from this folder (default: the CSV's folder); photo paths outside "
        "it are refused",
    )
    imp.add_argument("--json", action="store_true")
    p.set_defaults(func=run)
    return p


def _person_dict(p: PersonRecord) -> dict[str, Any]:
    return {
        "id": p.id,
        "name": p.name,
        "external_id": p.external_id,
        "group": p.group_name,
        "active": p.active,
        "templates": p.template_count,
        "consent_at": p.consent_at.isoformat() if p.consent_at else None,
        "consent_by": p.consent_by,
        "consent_text_version": p.consent_text_version,
        "created_at": p.created_at.isoformat() if p.created_at else None,
    }


def run(args: argparse.Namespace, ctx: Any) -> int:
    from desktop_app.attendance import rules
    from desktop_app.storage.repositories import (
        Events,
        Lookalikes,
        Memberships,
        People,
        Templates,
    )

    cmd = args.people_command
    if cmd == "list":
        people = ctx.db.run(
            lambda s: People(s).list(
                group_name=args.group, active=None if args.all else True, search=args.search
            )
        )
        if args.json:
            print(json.dumps([_person_dict(p) for p in people], ensure_ascii=False))
            return 0
        if not people:
            print("Nobody is enrolled yet (face-attendance enroll --name NAME PHOTO).")
            return 0
        print(f"{'id':>5}  {'name':30s} {'external id':14s} {'group':12s} templates")
        for p in people:
            flag = "" if p.active else "  (deactivated)"
            print(
                f"{p.id:>5}  {p.name[:30]:30s} {(p.external_id or '')[:14]:14s} "
                f"{(p.group_name or '')[:12]:12s} {p.template_count:>9}{flag}"
            )
        print(f"{len(people)} people")
        return 0
    if cmd == "show":

        def read(s: Any) -> tuple[PersonRecord, list[Any], int, list[Any], list[Any]]:
            person = People(s).find(args.person)
            templates = Templates(s).list(person_id=person.id, kind=None)
            events = len(Events(s).query(person_id=person.id, statuses=None))
            pairs = Lookalikes(s).list(person_id=person.id)
            return person, templates, events, pairs, Memberships(s).history(person.id)

        person, templates, n_events, pairs, history = ctx.db.run(read)
        memberships = [
            {
                "group": h.group_name,
                "since": h.since.isoformat() if h.since else None,
                "until": h.until.isoformat() if h.until else None,
            }
            for h in history
        ]
        lookalikes = [
            {
                "person_id": p.person_b_id if p.person_a_id == person.id else p.person_a_id,
                "name": p.person_b_name if p.person_a_id == person.id else p.person_a_name,
                "distance": p.distance,
            }
            for p in pairs
        ]
        rows = [
            {
                "id": t.id,
                "kind": t.kind,
                "embedder": t.embedder_id,
                "quality": t.quality,
                "source": t.source,
                "chip": bool(t.chip),
                "encrypted": t.encrypted,
                "weak": t.weak,
                "created_at": t.created_at.isoformat(),
            }
            for t in templates
        ]
        if args.json:
            print(
                json.dumps(
                    {
                        **_person_dict(person),
                        "events": n_events,
                        "face_templates": rows,
                        "lookalikes": lookalikes,
                        "memberships": memberships,
                    },
                    ensure_ascii=False,
                )
            )
            return 0
        d = _person_dict(person)
        for key in ("id", "name", "external_id", "group", "active", "consent_at", "consent_by"):
            print(f"{key:>14}: {d[key] if d[key] is not None else '-'}")
        print(f"{'events':>14}: {n_events}")
        print(f"{'templates':>14}: {len(rows)}")
        for r in rows:
            q = f"{r['quality']:.2f}" if r["quality"] is not None else "-"
            weak = "  WEAK (small photo: take camera samples)" if r["weak"] else ""
            print(
                f"    {r['id']:>5} {r['kind']:8s} {r['embedder']:16s} quality {q}  "
                f"{r['source'] or ''}{weak}"
            )
        for la in lookalikes:
            dist = f" (distance {la['distance']:.3f})" if la["distance"] is not None else ""
            print(f"{'look-alike':>14}: {la['name']} (id {la['person_id']}){dist}")
        tz = rules.resolve_zone(ctx.settings.attendance.timezone)
        for h in history:  # what decides the registers of past sessions they are on
            since = f"{h.since.astimezone(tz):%Y-%m-%d %H:%M}" if h.since else "before the history"
            until = f"until {h.until.astimezone(tz):%Y-%m-%d %H:%M}" if h.until else "until now"
            print(f"{'member of':>14}: {h.group_name or '(no group)'} from {since} {until}")
        return 0
    if cmd == "pin":
        return _pin(args, ctx)
    if cmd in ("erase", "remove"):
        return _erase(args, ctx)
    if cmd == "import":
        from desktop_app.attendance.roster import import_roster

        report = import_roster(
            ctx,
            args.csv,
            consent=args.consent,
            dry_run=args.dry_run,
            allow_lookalike=args.allow_lookalike,
            allow_weak=args.allow_weak,
            photo_folder=args.photos,
        )
        if args.json:
            print(json.dumps(report.to_dict(), default=str, ensure_ascii=False))
        else:
            for row in report.rows:
                reason = f": {row.reason}" if row.reason else ""
                print(f"  line {row.line}: {row.name} - {row.status}{reason}")
                for warning in row.warnings:
                    print(f"      warning: {warning}")
            for line in report.pair_lines():
                print(f"  {line}")
            for problem in report.problems:
                print(f"  {problem}")
            if report.ignored_columns:
                print(f"  {report.column_note()}")
            if args.dry_run:  # nothing is imported on a dry run: say what would be
                print(report.verdict())
            else:
                print(f"imported {report.imported} of {len(report.rows)} rows from {args.csv}")
                if not report.imported:  # all or nothing: say why the good rows are not in
                    print(report.verdict())
        return 1 if report.refused or report.rolled_back else 0
    raise AssertionError(cmd)


def _erase(args: argparse.Namespace, ctx: Any) -> int:
    from desktop_app.errors import PermissionDenied
    from desktop_app.security.retention import erase_person
    from desktop_app.storage.repositories import Events, People

    def read(s: Any) -> tuple[PersonRecord, int]:
        person = People(s).find(args.person)
        return person, len(Events(s).query(person_id=person.id, statuses=None))

    person, n_events = ctx.db.run(read)
    marks = (
        f"their {n_events} attendance marks are kept as anonymous rows"
        if args.keep_statistics
        else f"their {n_events} attendance marks are deleted"
    )
    question = (
        f"Erase {person.name} (id {person.id}): {person.template_count} face template(s), "
        f"face chips, stored probe embeddings and index entries; {marks}. This cannot be "
        "undone."
    )
    if not (args.yes or args.with_events):
        if not sys.stdin.isatty():
            raise PermissionDenied(f"{question} Pass --yes to confirm; nothing was changed.")
        print(question)
        if input("Type 'erase' to confirm: ").strip().lower() != "erase":
            print("Nothing was changed.")
            return 1
    receipt = erase_person(
        ctx.db,
        person.id,
        actor="cli",
        keep_statistics=args.keep_statistics,
        settings=ctx.settings,
    )
    copies = [str(p) for p in receipt.older_copies]
    if args.json:
        print(
            json.dumps(
                {
                    "receipt": receipt.receipt_id,
                    "person_id": person.id,
                    "templates": len(receipt.template_ids),
                    "events_deleted": len(receipt.event_ids),
                    "events_anonymised": receipt.events_anonymised,
                    "probe_embeddings_cleared": receipt.probes_cleared,
                    "older_copies": copies,
                    "copies_age_out": (
                        receipt.copies_age_out.isoformat() if receipt.copies_age_out else None
                    ),
                    "copies_by_count": receipt.copies_by_count,
                }
            )
        )
        return 0
    print(
        f"Erased {person.name} (id {person.id}): {len(receipt.template_ids)} face template(s), "
        f"{len(receipt.event_ids)} marks deleted, {receipt.events_anonymised} kept anonymised. "
        f"Audit receipt {receipt.receipt_id}."
    )
    if copies:
        by_count = "until newer copies replace them (privacy.backup_copies_keep)"
        until = by_count
        if receipt.copies_age_out:
            until = f"until they are pruned on {receipt.copies_age_out.astimezone():%Y-%m-%d}"
            if receipt.copies_by_count:
                dated = len(copies) - receipt.copies_by_count
                until = f"({dated} {until}, {receipt.copies_by_count} {by_count})"
        print(f"{len(copies)} older database copies in backups/ still hold them {until}:")
        for c in copies:
            print(f"  {c}")
    return 0


def _pin(args: argparse.Namespace, ctx: Any, ask: Any = None) -> int:
    """Set (asked twice, never on the command line) or clear a person's kiosk PIN."""
    import getpass

    from desktop_app.attendance.second_factor import set_person_pin
    from desktop_app.security import pin
    from desktop_app.storage.repositories import People

    ask = ask or getpass.getpass
    person = ctx.db.run(lambda s: People(s).find(args.person))
    if args.clear:
        set_person_pin(ctx.db, person.id, None, actor="cli")
        print(f"Kiosk PIN of {person.name} removed.")
        return 0
    first = pin.ask_new_pin(
        ask, f"New kiosk PIN for {person.name} (4-12 digits): ", label="A kiosk PIN"
    )
    set_person_pin(ctx.db, person.id, first, actor="cli")
    print(
        f"Kiosk PIN of {person.name} set. Kiosks with kiosk.second_factor = 'pin' ask for it "
        "when a face alone is not enough (a look-alike, an ambiguous match)."
    )
    return 0
