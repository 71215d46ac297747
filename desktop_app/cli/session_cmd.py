"""``face-attendance session start|end|edit|list``: attendance sessions (a class, a shift).

    face-attendance session start "Maths 7B" --group 7B --end 09:45 --late-after 08:10
    face-attendance session start "Art 7B" --group 7B --end-running   # ends Maths 7B now
    face-attendance session end "Maths 7B"
    face-attendance session edit "Maths 7B" --at 08:00 --group 7B --reason "started late"
    face-attendance session list --open

Times are local (``attendance.timezone`` or the system zone): ``HH:MM`` means today,
``YYYY-MM-DD HH:MM`` a given day.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
from typing import Any

from desktop_app.attendance import rules
from desktop_app.attendance.service import SessionConflict, SessionError
from desktop_app.cli import day_range_options
from desktop_app.storage.records import SessionRecord
from desktop_app.storage.repositories import Sessions


def parse_local_time(text: str, tz: dt.tzinfo, *, today: dt.date, what: str) -> dt.datetime:
    """``HH:MM`` (today), ``YYYY-MM-DD HH:MM`` or ISO ``YYYY-MM-DDTHH:MM`` -> aware UTC."""
    raw = text.strip()
    named = None  # "02:40 CET": which of the two 02:40 of the night the clocks go back
    head, _, last = raw.rpartition(" ")
    if head and last.isalpha():
        raw, named = head.strip(), last.upper()
    try:
        if len(raw) <= 5 and ":" in raw:
            t = dt.time.fromisoformat(raw.zfill(5))
            local = dt.datetime.combine(today, t)
        else:
            local = dt.datetime.fromisoformat(raw.replace(" ", "T", 1))
    except ValueError as exc:
        raise SessionError(
            f"The {what} {text!r} is not a time; write HH:MM (today) or YYYY-MM-DD HH:MM."
        ) from exc
    if local.tzinfo is None:
        zone = getattr(tz, "key", tz)
        options = rules.wall_times(local, tz)
        if not options:
            # in the hour the clocks skip in spring: it would silently become an hour later
            raise SessionError(
                f"The {what} {text!r} does not exist in {zone}: the clocks go forward then. "
                "Write a time before or after the skipped hour."
            )
        if len(options) > 1:  # the hour the clocks go back: it comes twice
            both = {x.tzname(): x for x in options}
            if named not in both:
                first, second = (f"{raw} {x.tzname()}" for x in both.values())
                raise SessionError(
                    f"The {what} {text!r} comes twice in {zone} (the clocks go back then): "
                    f"write '{first}' for the first or '{second}' for the second."
                )
            options = [both[named]]
        local = options[0]
    if named is not None and local.tzname() != named:
        raise SessionError(f"The {what} {text!r}: {named} is not the zone's name then.")
    return local.astimezone(dt.UTC)


def session_dict(s: SessionRecord, tz: dt.tzinfo, now: dt.datetime) -> dict[str, Any]:
    def loc(x: dt.datetime | None) -> str | None:
        return x.astimezone(tz).isoformat(timespec="minutes") if x else None

    return {
        "id": s.id,
        "name": s.name,
        "group": s.group_name,
        "starts_at": loc(s.starts_at),
        "ends_at": loc(s.ends_at),
        "late_after": loc(s.late_after),
        "open": s.contains(now),
    }


def _with_overlaps(
    items: list[SessionRecord], tz: dt.tzinfo, now: dt.datetime
) -> list[dict[str, Any]]:
    """``session list --json``: each session, and (a key added, none changed) the ids of the
    listed sessions of its group that run at the same time (old databases; see _line)."""
    overlaps = rules.overlapping(items)
    return [
        {**session_dict(s, tz, now), "overlaps": [x.id for x in overlaps.get(s.id, [])]}
        for s in items
    ]


def register(sub: Any) -> argparse.ArgumentParser:
    p: argparse.ArgumentParser = sub.add_parser(
        "session", help="create, list and close attendance sessions"
    )
    ssub = p.add_subparsers(dest="session_command", metavar="ACTION", required=True)
    st = ssub.add_parser("start", help="open a session now (or at --at)")
    st.add_argument("name", metavar="NAME")
    st.add_argument("--group", metavar="G", help="the group it is for (default: everybody)")
    st.add_argument("--at", metavar="TIME", help="start time (default: now)")
    end = st.add_mutually_exclusive_group()
    end.add_argument("--end", metavar="TIME", help="end time (default: open until ended)")
    end.add_argument("--minutes", type=int, metavar="N", help="length in minutes")
    late = st.add_mutually_exclusive_group()
    late.add_argument("--late-after", metavar="TIME", help="arrivals after this are late")
    late.add_argument(
        "--late-minutes", type=int, metavar="N", help="late after N minutes from the start"
    )
    st.add_argument(
        "--end-running",
        action="store_true",
        help="end the group's running session when this one starts (a group has one at a time)",
    )
    st.add_argument("--json", action="store_true")
    en = ssub.add_parser("end", help="close a session now")
    en.add_argument("session", metavar="SESSION", help="id or name (name: the latest)")
    en.add_argument("--json", action="store_true")
    ed = ssub.add_parser(
        "edit", help="change a session afterwards (start, end, group...); reports follow"
    )
    ed.add_argument("session", metavar="SESSION", help="id or name (name: the latest)")
    ed.add_argument("--name", metavar="NAME", help="new name")
    ed.add_argument("--group", metavar="G", help='new group ("" = for everybody)')
    ed.add_argument("--at", metavar="TIME", help="new start time")
    ed.add_argument("--end", metavar="TIME", help='new end time ("" = open-ended)')
    ed.add_argument("--late-after", metavar="TIME", help='new "late after" time ("" = never)')
    ed.add_argument("--reason", default="", metavar="R", help="why (kept in the audit log)")
    ed.add_argument("--actor", default=None, help="operator name (default: your user name)")
    ed.add_argument("--json", action="store_true")
    ls = ssub.add_parser("list", help="sessions in a date range (default: today)")
    day_range_options(ls, until_today=True)
    ls.add_argument("--open", action="store_true", help="only sessions open now")
    ls.add_argument("--json", action="store_true")
    p.set_defaults(func=run)
    return p


def run(args: argparse.Namespace, ctx: Any) -> int:
    service = ctx.attendance
    tz = service.tz
    now = service.now()
    today = now.astimezone(tz).date()
    cmd = args.session_command
    if cmd == "start":
        start = parse_local_time(args.at, tz, today=today, what="--at time") if args.at else now
        start_day = start.astimezone(tz).date()
        ends = None
        if args.end:
            ends = parse_local_time(args.end, tz, today=start_day, what="--end time")
        elif args.minutes is not None:
            ends = start + dt.timedelta(minutes=args.minutes)
        late = None
        if args.late_after:
            late = parse_local_time(args.late_after, tz, today=start_day, what="--late-after time")
        elif args.late_minutes is not None:
            late = start + dt.timedelta(minutes=args.late_minutes)
        try:
            rec = service.start_session(
                args.name,
                group=args.group,
                # no --at: the service's own "now", so --end-running ends the running
                # session at the very moment this one starts (no mark falls in between)
                starts_at=start if args.at else None,
                ends_at=ends,
                late_after=late,
                end_running=args.end_running,
            )
        except SessionConflict as exc:
            if not exc.can_end or args.end_running:
                raise
            hint = f"{exc} (--end-running ends '{exc.other.name}' when this one starts.)"
            raise SessionConflict(hint, exc.other, can_end=True) from exc
        return _print(args, rec, tz, service.now(), "started")  # open from this moment
    if cmd == "end":
        rec = _find_session(ctx, args.session, now)
        rec = service.end_session(rec.id)
        return _print(args, rec, tz, service.now(), "ended")  # not "(open now)" once ended
    if cmd == "edit":
        return _edit(args, ctx, tz, now)
    # list
    from desktop_app.attendance.reports import parse_date

    first = parse_date(args.date_from, "--from date") if args.date_from else today
    last = parse_date(args.date_to, "--to date") if args.date_to else max(first, today)
    start, end = rules.range_bounds(first, last, tz)
    if args.open:
        items = service.current_sessions()
        if args.group:
            items = [s for s in items if s.group_name == args.group]
    else:
        items = ctx.db.run(lambda s: Sessions(s).list(start=start, end=end, group_name=args.group))
    if args.json:
        print(json.dumps(_with_overlaps(items, tz, now), ensure_ascii=False))
        return 0
    if not items:
        print("No sessions." if not args.open else "No session is open now.")
        return 0
    overlaps = rules.overlapping(items)
    for s in items:
        print(_line(s, tz, now) + _overlap_note(overlaps.get(s.id, [])))
    if overlaps:
        print(
            "!: runs at the same time as another session of its group (made before a group "
            "had one session at a time). Each mark counts in only one of them, so the other "
            "may list that person absent: read their registers together."
        )
    return 0


def _overlap_note(others: list[SessionRecord]) -> str:
    if not others:
        return ""
    return "  ! overlaps " + ", ".join(f"{x.id} '{x.name}'" for x in others)


def _edit(args: argparse.Namespace, ctx: Any, tz: dt.tzinfo, now: dt.datetime) -> int:
    from desktop_app.portable import operator_name

    rec = _find_session(ctx, args.session, now)
    day = rec.starts_at.astimezone(tz).date()
    changes: dict[str, Any] = {}
    if args.name is not None:
        changes["name"] = args.name
    if args.group is not None:
        changes["group"] = args.group.strip() or None
    if args.at is not None:
        changes["starts_at"] = parse_local_time(args.at, tz, today=day, what="--at time")
    for opt, key, what in (
        ("end", "ends_at", "--end time"),
        ("late_after", "late_after", "--late-after time"),
    ):
        text = getattr(args, opt)
        if text is not None:
            changes[key] = (
                parse_local_time(text, tz, today=day, what=what) if text.strip() else None
            )
    if not changes:
        raise SessionError("Say what to change: --name, --group, --at, --end or --late-after.")
    start = changes.get("starts_at")
    carried = ctx.attendance.marks_carried(rec, start) if start is not None else []
    rec = ctx.attendance.edit_session(
        rec.id, actor=(args.actor or operator_name()), reason=args.reason, **changes
    )
    code = _print(args, rec, tz, now, "changed")
    if carried and not args.json:
        print(
            f"Marks added into '{rec.name}' by hand or by a group photo that moved with it: "
            f"{len(carried)} (the originals are kept as corrected: `attendance list --all`)."
        )
    outside = ctx.attendance.marks_outside(rec)
    if outside and not args.json:
        print(
            f"Marks made in '{rec.name}' that its times now leave outside: {len(outside)}. "
            "They count like marks made without a session, for the session they fall in, if "
            "any (`attendance list` shows where)."
        )
    return code


def _find_session(ctx: Any, key: str, now: dt.datetime) -> SessionRecord:
    """By id, or by name: the open one of that name, else the latest."""

    def work(s: Any) -> SessionRecord:
        repo = Sessions(s)
        if key.strip().isdigit():
            return repo.get(int(key))
        open_ = [x for x in repo.open_at(now) if x.name == key.strip()]
        return open_[-1] if open_ else repo.find(key.strip())

    return ctx.db.run(work)


def _line(s: SessionRecord, tz: dt.tzinfo, now: dt.datetime) -> str:
    start = s.starts_at.astimezone(tz)
    end = rules.clock_text(s.ends_at.astimezone(tz)) if s.ends_at else "open"
    late = f", late after {rules.clock_text(s.late_after.astimezone(tz))}" if s.late_after else ""
    group = f" [{s.group_name}]" if s.group_name else ""
    state = " (open now)" if s.contains(now) else ""
    when = f"{start:%Y-%m-%d} {rules.clock_text(start)}"
    return f"{s.id:>5}  {when}-{end}  {s.name}{group}{late}{state}"


def _print(
    args: argparse.Namespace, rec: SessionRecord, tz: dt.tzinfo, now: dt.datetime, verb: str
) -> int:
    if args.json:
        print(json.dumps(session_dict(rec, tz, now), ensure_ascii=False))
    else:
        print(f"Session {verb}: {_line(rec, tz, now).strip()}")
    return 0
