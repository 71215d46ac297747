"""``face-attendance report``: export attendance for a date range as CSV, XLSX or PDF.

    face-attendance report --from 2026-03-02 --to 2026-03-06 --group 7B \\
        --format xlsx --output week.xlsx

Dates are local calendar days (``attendance.timezone`` or the system zone), both inclusive.
``--view all`` (the default) gives the summary, the register and the event log: one sheet
each in XLSX, one part each in the PDF, one file each for CSV (``NAME-summary.csv``...).
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import json
import sys
from typing import Any

from desktop_app.attendance import reports, rules
from desktop_app.cli import day_range_options, output_file


def register(sub: Any) -> argparse.ArgumentParser:
    p: argparse.ArgumentParser = sub.add_parser(
        "report",
        help="export attendance reports (CSV, XLSX, PDF)",
        description="Export attendance for a date range: per-person summary, register "
        "(P/L/A per day) and event log, in local time.",
    )
    day_range_options(p)
    p.add_argument(
        "--session",
        metavar="S",
        help="only this session (id, or name: every session of that name in the range)",
    )
    p.add_argument(
        "--view",
        choices=[*reports.VIEWS, "all"],
        default="all",
        help="which table(s) (default: all)",
    )
    p.add_argument(
        "--format",
        dest="fmt",
        choices=reports.FORMATS,
        help="csv, xlsx or pdf (default: from the --output file name)",
    )
    p.add_argument(
        "--output",
        "-o",
        type=output_file,
        required=True,
        metavar="FILE",
        help="file to write (CSV with several views: FILE-summary.csv, ...)",
    )
    p.add_argument(
        "--plain",
        action="store_true",
        help="CSV without the byte-order mark (for scripts rather than Excel)",
    )
    p.add_argument(
        "--one-file",
        action="store_true",
        help="CSV with several views: all in one file (each under its title) instead of one "
        "file per view",
    )
    p.add_argument(
        "--locale",
        metavar="NAME",
        help="dates, times, weekdays, numbers and the first day of the week in the PDF and the "
        "XLSX cover sheet as written in this locale, e.g. de_DE, en_US, zh_CN, ar (default: "
        "fixed English forms; CSV stays ISO 8601 and XLSX dates stay typed cells)",
    )
    p.add_argument("--json", action="store_true", help="print what was written as JSON")
    p.set_defaults(func=run)
    return p


def run(args: argparse.Namespace, ctx: Any) -> int:
    tz = rules.resolve_zone(ctx.settings.attendance.timezone)
    today = dt.datetime.now(tz).date()
    first = reports.parse_date(args.date_from, "--from date") if args.date_from else today
    last = reports.parse_date(args.date_to, "--to date") if args.date_to else first
    fmt = args.fmt or args.output.suffix.lower().lstrip(".")
    if fmt not in reports.FORMATS:
        raise reports.ReportError(
            f"Cannot tell the format from {args.output.name!r}: add --format csv, xlsx or pdf."
        )
    if not args.output.suffix:
        args.output = args.output.with_suffix(f".{fmt}")
    views = list(reports.VIEWS) if args.view == "all" else [args.view]
    formats = reports.formats_for(args.locale)  # an unknown name stops before any work
    grace = dt.timedelta(minutes=ctx.settings.attendance.grace_minutes)
    data = reports.build_report(
        ctx.db, tz, first, last, group=args.group, session=args.session, grace=grace
    )
    data = dataclasses.replace(data, formats=formats)
    paths = reports.export(
        data, fmt, args.output, views, bom=not args.plain, one_file=args.one_file
    )
    info = {
        "files": [str(p) for p in paths],
        "format": fmt,
        "views": [v for v in reports.VIEWS if v in views],
        "from": first.isoformat(),
        "to": last.isoformat(),
        "group": args.group,
        "session": args.session,
        "people": len(data.people),
        "sessions": len(data.sessions),
        "events": len(data.events),
        "timezone": data.zone_name,
        "locale": formats.locale,
        "warnings": paths.warnings,
    }
    if args.json:
        print(json.dumps(info, ensure_ascii=False))
        return 0
    for path in paths:
        print(f"wrote {path}")
    for warning in paths.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    print(
        f"{data.period}: people: {len(data.people)}, sessions: {len(data.sessions)}, "
        f"marks: {len(data.events):,}; times in {data.zone_name}."
    )
    if fmt == "pdf" and "events" in views and len(data.events) > reports.PDF_MAX_EVENTS:
        print(
            f"note: the PDF lists the first {reports.PDF_MAX_EVENTS:,} marks; "
            "use --format csv or xlsx for all of them."
        )
    return 0
