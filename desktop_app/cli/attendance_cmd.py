"""``face-attendance attendance``: list and correct attendance events.

    face-attendance attendance list --from 2026-03-02 --group 7B
    face-attendance attendance add "Ana Lima" --at "2026-03-02 08:05" --reason "camera down"
    face-attendance attendance delete 1234 --reason "test scan"
    face-attendance attendance reassign 1234 --to "Ben Ode" --reason "recognised as Ana"
    face-attendance attendance undo-negative 77
    face-attendance attendance group-photo class.jpg --session "Maths 7B" --yes

Every correction needs ``--reason``; it goes into the audit log with the operator's name
(``--actor``, default: the logged-in user). Corrections keep the original event (status
"corrected" or "deleted"). ``reassign`` also remembers the face as "not this person" for
the wrongly matched person unless ``--keep-match``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path
from typing import Any

from desktop_app.attendance import rules
from desktop_app.attendance.reports import parse_date
from desktop_app.attendance.service import marks_on_days
from desktop_app.cli import day_range_options
from desktop_app.cli.session_cmd import _find_session, parse_local_time
from desktop_app.portable import operator_name
from desktop_app.storage.records import EventRecord
from desktop_app.storage.repositories import Events, Memberships, People, Sessions

KINDS = ("check_in", "check_out", "present")


def register(sub: Any) -> argparse.ArgumentParser:
    p: argparse.ArgumentParser = sub.add_parser(
        "attendance", help="list and correct attendance events"
    )
    asub = p.add_subparsers(dest="attendance_command", metavar="ACTION", required=True)

    ls = asub.add_parser(
        "list", help="events in a date range (default: today; with --session, its day)"
    )
    day_range_options(ls, until_today=True)
    ls.add_argument("--person", metavar="PERSON", help="id, external id or name")
    ls.add_argument("--session", metavar="S", help="session id or name")
    ls.add_argument("--all", action="store_true", help="include corrected and deleted events")
    ls.add_argument("--json", action="store_true")

    def actor(a: argparse.ArgumentParser) -> None:
        a.add_argument("--actor", default=None, help="operator name (default: your user name)")
        a.add_argument("--json", action="store_true")

    add = asub.add_parser("add", help="add a missed mark")
    add.add_argument("person", metavar="PERSON", help="id, external id or name")
    add.add_argument(
        "--at", required=True, metavar="TIME", help="HH:MM (today) or YYYY-MM-DD HH:MM, local time"
    )
    add.add_argument("--kind", choices=KINDS, default="check_in")
    add.add_argument("--session", metavar="S", help="session id or name")
    add.add_argument("--reason", required=True, metavar="R")
    actor(add)

    dele = asub.add_parser("delete", help="withdraw a wrong mark (kept as 'deleted')")
    dele.add_argument("event", type=int, metavar="EVENT_ID")
    dele.add_argument("--reason", required=True, metavar="R")
    actor(dele)

    re_ = asub.add_parser("reassign", help="give a mark to the right person")
    re_.add_argument("event", type=int, metavar="EVENT_ID")
    re_.add_argument("--to", required=True, metavar="PERSON", help="the right person")
    re_.add_argument("--reason", required=True, metavar="R")
    re_.add_argument(
        "--keep-match",
        action="store_true",
        help="do not store the face as 'not this person' for the wrong person",
    )
    actor(re_)

    undo = asub.add_parser("undo-negative", help="remove a 'not this person' example")
    undo.add_argument("template", type=int, metavar="TEMPLATE_ID")
    actor(undo)

    gp = asub.add_parser("group-photo", help="mark everybody recognised in a class photo")
    gp.add_argument("image", type=Path, metavar="IMAGE")
    gp.add_argument("--session", required=True, metavar="S", help="session id or name")
    gp.add_argument("--yes", action="store_true", help="mark them without asking")
    actor(gp)
    p.set_defaults(func=run)
    return p


def event_dict(
    e: EventRecord, tz: dt.tzinfo, sessions: dict[int, str], counted: int | None = None
) -> dict[str, Any]:
    """``session_id``/``session``: the session the mark was made into; ``counted_session_id``
    /``counted_session``: the one it counts for (``rules.counted_for``), or None."""
    return {
        "id": e.id,
        "person_id": e.person_id,
        "person": e.person_name,
        "kind": e.kind,
        "at": e.at_utc.astimezone(tz).isoformat(timespec="seconds"),
        "at_utc": e.at_utc.isoformat(timespec="seconds"),
        "session_id": e.session_id,
        "session": sessions.get(e.session_id) if e.session_id else None,
        "counted_session_id": counted,
        "counted_session": sessions.get(counted) if counted else None,
        "source": e.source,
        "device": e.device,
        "score": e.score,
        "status": e.status,
        "corrected_by": e.corrected_by,
        "reason": e.correction_reason,
        "replaced_by_id": e.replaced_by_id,
    }


def _event_line(
    e: EventRecord,
    tz: dt.tzinfo,
    sessions: dict[int, str],
    counted: int | None,
    days: dict[int, dt.date] | None = None,
) -> str:
    """One mark, with the session it counts for in brackets (and the one it was made into,
    when an edit of that one's times left it outside). A mark made on another day than its
    session's (``days``: session id -> ``rules.session_day``) says the day it counts on:
    "[Study 7B, on Mon 2026-03-02]"."""
    local = e.at_utc.astimezone(tz)
    kind = {"check_in": "check-in", "check_out": "check-out"}.get(e.kind, e.kind)
    where = [sessions.get(counted, str(counted))] if counted else []
    day = (days or {}).get(counted) if counted else None
    if day is not None and day != local.date():
        where[0] += f", on {day:%a %Y-%m-%d}"
    if e.session_id and e.session_id != counted:
        made_in = sessions.get(e.session_id, str(e.session_id))
        where.append(f"made in {made_in}, outside its times now")
    sess = f"  [{'; '.join(where)}]" if where else ""
    status = "" if e.status == "valid" else f"  ({e.status})"
    return (
        f"{e.id:>7}  {rules.zoned(f'{local:%Y-%m-%d %H:%M:%S}', local)}  "
        f"{e.person_name or e.person_id}  {kind}  "
        f"{e.source}{sess}{status}"
    )


def run(args: argparse.Namespace, ctx: Any) -> int:
    cmd = args.attendance_command
    service = ctx.attendance
    tz = service.tz
    now = service.now()
    today = now.astimezone(tz).date()
    if cmd == "list":
        return _list(args, ctx, tz, today)
    who = (args.actor or operator_name()).strip()
    if cmd == "add":
        person = ctx.db.run(lambda s: People(s).find(args.person))
        at = parse_local_time(args.at, tz, today=today, what="--at time")
        sid = _find_session(ctx, args.session, now).id if args.session else None
        ev = service.add_manual(
            person.id, at, args.kind, actor=who, reason=args.reason, session_id=sid
        )
        return _done(
            args,
            f"Added {args.kind} for {person.name} at "
            f"{at.astimezone(tz):%Y-%m-%d} {rules.clock_text(at.astimezone(tz))} (event {ev.id}).",
            {"event": ev.id, "person_id": person.id},
        )
    if cmd == "delete":
        ev = service.delete_event(args.event, actor=who, reason=args.reason)
        return _done(
            args,
            f"Event {ev.id} deleted (kept in the log as deleted).",
            {"event": ev.id, "status": ev.status},
        )
    if cmd == "reassign":
        person = ctx.db.run(lambda s: People(s).find(args.to))
        res = service.reassign_event(
            args.event,
            person.id,
            actor=who,
            reason=args.reason,
            not_this_person=not args.keep_match,
        )
        extra = ""
        if res.negative_template_id is not None:
            extra = (
                f" The face is kept as 'not this person' for the wrong match (template "
                f"{res.negative_template_id}; undo with `attendance undo-negative "
                f"{res.negative_template_id}`)."
            )
        elif not args.keep_match:
            extra = " (No face was stored with this mark, so no 'not this person' example.)"
        return _done(
            args,
            f"Event {res.original.id} re-assigned to {person.name} as event {res.event.id}."
            + extra,
            {
                "original": res.original.id,
                "event": res.event.id,
                "person_id": person.id,
                "negative_template_id": res.negative_template_id,
            },
        )
    if cmd == "undo-negative":
        service.undo_not_this_person(args.template, actor=who)
        return _done(
            args,
            f"Removed the 'not this person' example {args.template}.",
            {"removed_template": args.template},
        )
    if cmd == "group-photo":
        return _group_photo(args, ctx, who, now)
    raise AssertionError(cmd)


def _done(args: argparse.Namespace, text: str, payload: dict[str, Any]) -> int:
    print(json.dumps(payload) if args.json else text)
    return 0


def _list(args: argparse.Namespace, ctx: Any, tz: dt.tzinfo, today: dt.date) -> int:
    if args.session and not args.date_from:  # that session's days, not today
        found = ctx.db.run(lambda s: Sessions(s).find(args.session.strip()))
        today = rules.local_date(found.ends_at or found.starts_at, tz)
        first = rules.local_date(found.starts_at, tz)
    else:
        first = parse_date(args.date_from, "--from date") if args.date_from else today
    last = parse_date(args.date_to, "--to date") if args.date_to else max(first, today)
    start, end = rules.range_bounds(first, last, tz)

    grace = ctx.attendance.grace

    def work(
        s: Any,
    ) -> tuple[list[EventRecord], dict[int, str], list[int | None], dict[int, dt.date]]:
        pid = People(s).find(args.person).id if args.person else None
        chosen = Sessions(s).find(args.session.strip()) if args.session else None
        statuses = None if args.all else ("valid",)
        if chosen is None:  # a mark is on its session's day, as in the reports
            events = marks_on_days(
                s, tz, first, last, grace, person_id=pid, group_name=args.group, statuses=statuses
            ).events
        else:  # without dates: the marks its roll call reads (rules.reach), as the page
            lo, hi = (
                rules.reach([chosen], chosen.starts_at, chosen.starts_at, grace)
                if not args.date_from
                else (start, end)
            )
            events = Events(s).query(
                start=lo,
                end=hi,
                person_id=pid,
                group_name=args.group,
                statuses=statuses,
                # marks put into it by hand stay with it when an edit moves it to another day
                or_tagged=chosen.id,
            )
        tagged = Sessions(s).by_ids(e.session_id for e in events)
        if chosen is not None:  # the marks that count for it, as in its register
            of_chosen = Memberships(s).members([chosen])[chosen.id]
            events = rules.marks_for(chosen, events, of_chosen, tagged, grace)
        sessions = Sessions(s).list(start=start - grace, end=end + grace)
        members = Memberships(s).members(sessions)
        counted = rules.counted_for(events, sessions, members, tagged, grace)
        known = (*sessions, *tagged.values())
        names = {x.id: x.name for x in known}
        return events, names, counted, {x.id: rules.session_day(x, tz) for x in known}

    events, names, counted, days = ctx.db.run(work)
    if args.json:
        listed = [event_dict(e, tz, names, c) for e, c in zip(events, counted, strict=True)]
        print(json.dumps(listed, ensure_ascii=False))
        return 0
    if not events:
        print("No attendance events in that range.")
        return 0
    for e, c in zip(events, counted, strict=True):
        print(_event_line(e, tz, names, c, days))
    print(f"{len(events)} event(s); times in {getattr(tz, 'key', tz)}.")
    return 0


def _group_photo(args: argparse.Namespace, ctx: Any, who: str, now: dt.datetime) -> int:
    from desktop_app.attendance.group_photo import analyse_group_photo, confirm_group_photo

    session = _find_session(ctx, args.session, now)
    result = analyse_group_photo(ctx, args.image)
    known = result.known
    if not args.json:
        print(
            f"{args.image.name}: {len(result.faces)} face(s), {len(known)} recognised, "
            f"{len(result.unknown)} unknown."
        )
        for f in known:
            print(f"  {f.name} (id {f.person_id}, distance {f.distance:.3f})")
        for f in result.unknown:
            x1, y1, x2, y2 = (int(v) for v in f.box)
            print(
                f"  face {f.index}: {f.status} at ({x1},{y1})-({x2},{y2}); enroll them in the "
                "app to recognise them next time"
            )
    if not known:
        if args.json:
            print(
                json.dumps(
                    {
                        "session_id": session.id,
                        "faces": len(result.faces),
                        "recorded": [],
                        "unknown": len(result.unknown),
                    }
                )
            )
        else:
            print("Nobody to mark.")
        return 0
    if not args.yes:
        if not sys.stdin.isatty():
            print("Add --yes to mark these people present.", file=sys.stderr)
            return 1
        answer = input(f"Mark these {len(known)} people present in {session.name!r}? [y/N] ")
        if answer.strip().lower() not in ("y", "yes"):
            print("Nothing recorded.")
            return 1
    results = confirm_group_photo(ctx, result, session.id, person_ids=result.person_ids, actor=who)
    if args.json:
        print(
            json.dumps(
                {
                    "session_id": session.id,
                    "faces": len(result.faces),
                    "unknown": len(result.unknown),
                    "results": [
                        {
                            "person_id": r.person_id,
                            "person": r.person_name,
                            "status": r.status,
                            "event": r.event.id if r.event else None,
                        }
                        for r in results
                    ],
                },
                ensure_ascii=False,
            )
        )
    else:
        for r in results:
            print(f"  {r.message}")
        n = sum(1 for r in results if r.status == "recorded")
        print(f"Recorded {n} mark(s) in session {session.name!r}.")
    return 0
