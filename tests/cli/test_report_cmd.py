"""``face-attendance report``, ``session`` and ``attendance`` as a user types them."""

from __future__ import annotations

import csv
import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from desktop_app.cli import main
from desktop_app.config import load_settings
from desktop_app.storage.db import open_database
from desktop_app.storage.repositories import Audit, Events, People, Sessions, Templates

TZ = ZoneInfo("Europe/Berlin")
DAY = dt.date(2026, 3, 30)


def at(h: int, mi: int = 0) -> dt.datetime:
    return dt.datetime(DAY.year, DAY.month, DAY.day, h, mi, tzinfo=TZ).astimezone(dt.UTC)


@pytest.fixture
def cli(tmp_path: Path) -> Any:
    """Runs the CLI against a temp data dir in Europe/Berlin; returns (code, stdout, stderr)."""
    cfg = tmp_path / "settings.toml"
    cfg.write_text('[attendance]\ntimezone = "Europe/Berlin"\n')
    data = tmp_path / "data"

    def run(*args: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
        code = main([*args, "--data-dir", str(data), "--config", str(cfg)])
        out = capsys.readouterr()
        return code, out.out, out.err

    run.settings = load_settings(config_file=cfg, environ={}, data_dir=data)  # type: ignore[attr-defined]
    return run


@pytest.fixture
def seeded(cli: Any) -> dict[str, int]:
    db = open_database(cli.settings)

    def fill(s: Any) -> dict[str, int]:
        term = at(8) - dt.timedelta(days=30)  # the class was formed before the lesson
        ana = People(s).add("Ana Lima", external_id="S1", group_name="7B", member_since=term).id
        ben = People(s).add("Ben Ode", external_id="S2", group_name="7B", member_since=term).id
        sid = (
            Sessions(s)
            .add("Maths 7B", at(8), ends_at=at(9), late_after=at(8, 10), group_name="7B")
            .id
        )
        ev = Events(s).add(
            ana,
            "present",
            at(8, 2),
            source="camera",
            session_id=sid,
            probe_embedding=b"\x00" * 512,
            probe_embedder_id="dlib_resnet_v1",
        )
        return {"ana": ana, "ben": ben, "session": sid, "event": ev.id}

    ids = db.run(fill)
    db.dispose()
    return ids


@pytest.mark.parametrize("fmt", ["csv", "xlsx", "pdf"])
def test_report_writes_each_format(cli, seeded, tmp_path, capsys, fmt: str) -> None:
    out = tmp_path / f"week.{fmt}"
    code, stdout, err = cli(
        "report",
        "--from",
        "2026-03-30",
        "--to",
        "2026-03-31",
        "--group",
        "7B",
        "--format",
        fmt,
        "--output",
        str(out),
        capsys=capsys,
    )
    assert code == 0, err
    assert "people: 2, sessions: 1, marks: 1; times in Europe/Berlin" in stdout
    if fmt == "csv":
        files = sorted(tmp_path.glob("week-*.csv"))
        assert [f.name for f in files] == [
            "week-events.csv",
            "week-register.csv",
            "week-summary.csv",
        ]
        rows = list(csv.DictReader(files[0].read_text("utf-8-sig").splitlines()))
        assert rows[0]["Time"] == "08:02:00" and rows[0]["Name"] == "Ana Lima"
    else:
        assert out.stat().st_size > 1000


def test_report_single_view_plain_csv_and_json(cli, seeded, tmp_path, capsys) -> None:
    out = tmp_path / "reg.csv"
    code, stdout, _ = cli(
        "report",
        "--from",
        "2026-03-30",
        "--view",
        "register",
        "--plain",
        "--output",
        str(out),
        "--json",
        capsys=capsys,
    )
    assert code == 0
    info = json.loads(stdout)
    assert info["files"] == [str(out)] and info["views"] == ["register"]
    text = out.read_text("utf-8")
    assert not text.startswith("\ufeff")
    assert text.splitlines()[1].startswith("Ana Lima,S1,7B,P,")
    assert text.splitlines()[2].startswith("Ben Ode,S2,7B,A,")


def test_a_pupil_moved_after_the_lesson_stays_on_its_register_and_people_show_says_why(
    cli, seeded, tmp_path, capsys
) -> None:
    """Ben moves to 7C and Cem joins 7B after the lesson: the 7B register of that day still
    reads Ana P, Ben A (in 7B, the group he was in then), without Cem; `people show`
    lists Ben's two memberships."""
    db = open_database(cli.settings)
    db.run(lambda s: People(s).update(seeded["ben"], group_name="7C"))
    db.run(lambda s: People(s).add("Cem Neu", external_id="S3", group_name="7B"))
    db.dispose()
    out = tmp_path / "reg.csv"
    args = ("report", "--from", "2026-03-30", "--group", "7B", "--view", "register")
    code, _, err = cli(*args, "--plain", "--output", str(out), capsys=capsys)
    assert code == 0, err
    rows = [line.split(",")[:4] for line in out.read_text("utf-8").splitlines()[1:3]]
    assert rows == [["Ana Lima", "S1", "7B", "P"], ["Ben Ode", "S2", "7B", "A"]]
    assert "Cem Neu" not in out.read_text("utf-8")
    code, stdout, _ = cli("people", "show", "Ben Ode", "--json", capsys=capsys)
    history = json.loads(stdout)["memberships"]
    assert [(h["group"], h["since"] is not None, h["until"] is None) for h in history] == [
        ("7B", True, False),
        ("7C", True, True),
    ]
    code, stdout, _ = cli("people", "show", "Ben Ode", capsys=capsys)
    lines = [ln.strip() for ln in stdout.splitlines() if "member of" in ln]
    assert lines[0].startswith("member of: 7B from 2026-02-28") and "until now" in lines[1]


def test_report_errors_are_one_clear_line(cli, seeded, tmp_path, capsys) -> None:
    code, _, err = cli(
        "report", "--from", "30.03.2026", "--output", str(tmp_path / "x.pdf"), capsys=capsys
    )
    assert code == 1 and "write it as YYYY-MM-DD" in err
    code, _, err = cli(
        "report", "--from", "2026-03-30", "--output", str(tmp_path / "x.txt"), capsys=capsys
    )
    assert code == 1 and "add --format csv, xlsx or pdf" in err
    code, _, err = cli(
        "report",
        "--from",
        "2026-03-30",
        "--session",
        "Art",
        "--output",
        str(tmp_path / "x.pdf"),
        capsys=capsys,
    )
    assert code == 1 and "No session 'Art'" in err


def test_attendance_corrections_need_a_reason_and_are_audited(cli, seeded, capsys) -> None:
    with pytest.raises(SystemExit) as exc:
        cli("attendance", "delete", str(seeded["event"]), capsys=capsys)
    assert exc.value.code == 2  # argparse: --reason is required
    code, out, err = cli(
        "attendance",
        "reassign",
        str(seeded["event"]),
        "--to",
        "Ben Ode",
        "--reason",
        "it was Ben",
        "--actor",
        "secretary",
        "--json",
        capsys=capsys,
    )
    assert code == 0, err
    res = json.loads(out)
    assert res["negative_template_id"] is not None
    code, out, _ = cli(
        "attendance", "list", "--from", "2026-03-30", "--all", "--json", capsys=capsys
    )
    listed = {e["id"]: e for e in json.loads(out)}
    assert listed[seeded["event"]]["status"] == "corrected"
    assert listed[res["event"]]["person"] == "Ben Ode"
    assert listed[res["event"]]["at"] == "2026-03-30T08:02:00+02:00"
    code, out, _ = cli(
        "attendance", "undo-negative", str(res["negative_template_id"]), capsys=capsys
    )
    assert code == 0 and "Removed" in out
    code, out, _ = cli(
        "attendance",
        "add",
        "Ana Lima",
        "--at",
        "2026-03-30 08:30",
        "--kind",
        "check_in",
        "--reason",
        "forgot",
        capsys=capsys,
    )
    assert code == 0 and "Added check_in for Ana Lima at 2026-03-30 08:30" in out
    db = open_database(cli.settings)
    try:
        actions = [
            e.action
            for e in db.run(lambda s: Audit(s).list())
            if not e.action.startswith("encryption.")  # the key set up on first use
        ]
        assert actions == ["attendance.reassign", "template.negative.undo", "attendance.add"]
        assert db.run(lambda s: Templates(s).list(kind="negative")) == []
    finally:
        db.dispose()


def test_session_start_list_end(cli, capsys) -> None:
    code, out, err = cli(
        "session",
        "start",
        "Maths 7B",
        "--group",
        "7B",
        "--at",
        "2026-03-30 08:00",
        "--minutes",
        "90",
        "--late-minutes",
        "10",
        "--json",
        capsys=capsys,
    )
    assert code == 0, err
    s = json.loads(out)
    assert s["starts_at"] == "2026-03-30T08:00+02:00" and s["ends_at"] == "2026-03-30T09:30+02:00"
    assert s["late_after"] == "2026-03-30T08:10+02:00"
    code, out, _ = cli("session", "list", "--from", "2026-03-30", capsys=capsys)
    assert "Maths 7B [7B], late after 08:10" in out
    code, _, err = cli("session", "end", "Maths 7B", capsys=capsys)
    assert code == 1 and "already ended" in err
    code, _, err = cli("session", "start", "Late", "--at", "25:99", capsys=capsys)
    assert code == 1 and "is not a time" in err


def test_a_session_started_now_is_open_and_once_ended_it_is_not(cli, capsys) -> None:
    code, out, err = cli("session", "start", "Maths 7B", capsys=capsys)
    assert (
        code == 0 and out.startswith("Session started:") and out.rstrip().endswith("(open now)")
    ), out
    code, out, err = cli("session", "start", "Art 7C", "--group", "7C", "--json", capsys=capsys)
    assert code == 0 and json.loads(out)["open"] is True, err
    code, out, err = cli("session", "end", "Maths 7B", capsys=capsys)
    assert code == 0 and out.startswith("Session ended:") and "open now" not in out, out
    code, out, err = cli("session", "end", "Art 7C", "--json", capsys=capsys)
    assert code == 0 and json.loads(out)["open"] is False, err


def test_session_start_twice_is_refused_and_end_running_moves_on(cli, capsys) -> None:
    code, out, err = cli("session", "start", "Maths 7B", "--group", "7B", "--json", capsys=capsys)
    assert code == 0, err
    maths = json.loads(out)
    code, _, err = cli("session", "start", "Maths 7B", "--group", "7B", capsys=capsys)
    assert code == 1 and "'Maths 7B' (group 7B) has been running since" in err
    code, _, err = cli("session", "start", "Art 7C", "--group", "7C", capsys=capsys)
    assert code == 0, err  # another class in parallel
    code, out, _ = cli("session", "list", "--open", "--json", capsys=capsys)
    assert sorted(x["name"] for x in json.loads(out)) == ["Art 7C", "Maths 7B"]
    # an earlier start, a minute later: the running one can be ended when the next starts
    code, _, err = cli(
        "session", "start", "Art 7B", "--group", "7B", "--at", maths["starts_at"], capsys=capsys
    )
    assert code == 1 and "has been running" in err and "--end-running" not in err
    code, out, err = cli(
        "session", "start", "Art 7B", "--group", "7B", "--end-running", "--json", capsys=capsys
    )
    assert code == 0, err
    code, out, _ = cli("session", "list", "--open", "--json", capsys=capsys)
    assert sorted(x["name"] for x in json.loads(out)) == ["Art 7B", "Art 7C"]


def maths_started(
    cli: Any, capsys: pytest.CaptureFixture[str], *, minutes_ago: int
) -> tuple[dt.datetime, Callable[[int], str], int, Any]:
    """Maths 7B started through the CLI ``minutes_ago``: now (Berlin, to the minute), a
    "so many minutes ago" for --at/--end, the session's id and the database."""
    now = dt.datetime.now(TZ).replace(second=0, microsecond=0)

    def ago(minutes: int) -> str:
        return f"{now - dt.timedelta(minutes=minutes):%Y-%m-%d %H:%M}"

    code, out, err = cli(
        "session", "start", "Maths 7B", "--group", "7B", "--at", ago(minutes_ago), "--json",
        capsys=capsys,
    )  # fmt: skip
    assert code == 0, err
    return now, ago, json.loads(out)["id"], open_database(cli.settings)


def test_end_running_from_an_earlier_time_counts_a_camera_mark_in_the_new_session(
    cli, capsys
) -> None:
    from desktop_app.attendance.service import AttendanceService

    now, ago, maths_id, db = maths_started(cli, capsys, minutes_ago=30)
    term = now - dt.timedelta(days=30)  # in 7B since before the lessons
    ana = db.run(lambda s: People(s).add("Ana Lima", group_name="7B", member_since=term).id)
    assert AttendanceService(cli.settings, db).mark(ana).session_id == maths_id
    # Art "started ten minutes ago": Maths ends then, and Ana, seen just now, is in Art
    code, out, err = cli(
        "session", "start", "Art 7B", "--group", "7B", "--at", ago(10), "--end-running",
        "--json", capsys=capsys,
    )  # fmt: skip
    assert code == 0, err
    svc = AttendanceService(cli.settings, db)
    assert [(e.name, e.status) for e in svc.roll_call(maths_id)] == [("Ana Lima", "A")]
    art_id = json.loads(out)["id"]
    assert [(e.name, e.status) for e in svc.roll_call(art_id)] == [("Ana Lima", "P")]


def test_attendance_list_shows_a_mark_under_the_session_it_counts_for_after_an_edit(
    cli, capsys
) -> None:
    """Nobody pressed End on Maths, and the camera put Ben (there for Art) into it. After
    `session edit --end` and Art entered afterwards, `attendance list` shows his mark under
    Art, says where it was made, and each session's list holds what counts for it."""
    from desktop_app.attendance.service import AttendanceService

    now, ago, maths_id, db = maths_started(cli, capsys, minutes_ago=90)
    since = now - dt.timedelta(days=1)  # in the class before the lessons
    ben = db.run(lambda s: People(s).add("Ben Ode", group_name="7B", member_since=since).id)
    svc = AttendanceService(cli.settings, db)
    assert svc.mark(ben, at=now - dt.timedelta(minutes=40)).session_id == maths_id
    code, out, err = cli(
        "session", "edit", str(maths_id), "--end", ago(45), "--reason", "forgot End",
        capsys=capsys,
    )  # fmt: skip
    assert code == 0, err
    assert "Marks made in 'Maths 7B' that its times now leave outside: 1. They count" in out
    code, out, err = cli(
        "session", "start", "Art 7B", "--group", "7B", "--at", ago(45), "--end", ago(5),
        "--json", capsys=capsys,
    )  # fmt: skip
    assert code == 0, err
    art_id = json.loads(out)["id"]
    days = ("--from", f"{now - dt.timedelta(minutes=90):%Y-%m-%d}", "--to", f"{now:%Y-%m-%d}")
    code, out, err = cli(
        "attendance", "list", *days, "--session", "Art 7B", "--json", capsys=capsys
    )
    assert code == 0, err
    [mark] = json.loads(out)
    assert (mark["person"], mark["session"], mark["counted_session"]) == (
        "Ben Ode",
        "Maths 7B",
        "Art 7B",
    )
    assert (mark["session_id"], mark["counted_session_id"]) == (maths_id, art_id)
    code, out, _ = cli("attendance", "list", *days, "--session", str(maths_id), capsys=capsys)
    assert out.startswith("No attendance events")
    code, out, _ = cli("attendance", "list", *days, capsys=capsys)
    assert "Ben Ode  present  camera  [Art 7B; made in Maths 7B, outside its times now]" in out


def test_session_list_flags_old_overlapping_sessions_of_one_group(cli, seeded, capsys) -> None:
    """Start pressed twice before session 7 made two sessions of one class; nothing is
    merged, but `session list` says which ones split the class's marks."""
    db = open_database(cli.settings)
    twin = db.run(lambda s: Sessions(s).add("Maths 7B", at(8, 5), ends_at=at(9), group_name="7B"))
    other = db.run(lambda s: Sessions(s).add("Art 7C", at(8), ends_at=at(9), group_name="7C"))
    code, out, err = cli("session", "list", "--from", "2026-03-30", capsys=capsys)
    assert code == 0, err
    lines = {line.split()[0]: line for line in out.splitlines() if line[:5].strip().isdigit()}
    maths = seeded["session"]
    assert lines[str(maths)].endswith(f"! overlaps {twin.id} 'Maths 7B'")
    assert lines[str(twin.id)].endswith(f"! overlaps {maths} 'Maths 7B'")
    assert "overlaps" not in lines[str(other.id)]  # another group: parallel classes are fine
    assert "Each mark counts in only one of them" in out
    code, out, _ = cli("session", "list", "--from", "2026-03-30", "--json", capsys=capsys)
    rows = {x["id"]: x for x in json.loads(out)}
    assert rows[maths]["overlaps"] == [twin.id] and rows[other.id]["overlaps"] == []
    assert rows[maths]["starts_at"] == "2026-03-30T08:00+02:00"  # the keys as before
    assert list(rows[maths])[:7] == [
        "id", "name", "group", "starts_at", "ends_at", "late_after", "open"
    ]  # fmt: skip
    # nothing was merged or changed
    assert len(db.run(lambda s: Sessions(s).list())) == 3


def test_future_marks_are_refused_and_sessions_can_be_edited(cli, seeded, capsys) -> None:
    def add_ben(at: str, *extra: str) -> tuple[int, str, str]:
        return cli(
            "attendance", "add", "Ben Ode", "--at", at, "--reason", "r", *extra, capsys=capsys
        )

    later = (dt.datetime.now(TZ) + dt.timedelta(hours=2, minutes=30)).strftime("%Y-%m-%d %H:%M")
    code, _, err = add_ben(later)
    assert code == 1 and "in the future" in err
    code, _, err = add_ben("2026-03-30 10:30", "--session", "Maths 7B")
    assert code == 1 and "outside the session 'Maths 7B'" in err  # it ended at 09:00
    code, out, err = cli(
        "session", "edit", "Maths 7B", "--end", "11:00", "--reason", "double", "--json",
        capsys=capsys,
    )  # fmt: skip
    assert code == 0, err
    assert json.loads(out)["ends_at"] == "2026-03-30T11:00+02:00"
    code, _, err = add_ben("2026-03-30 10:30", "--session", "Maths 7B")
    assert code == 0, err
    code, _, err = cli("session", "edit", "Maths 7B", capsys=capsys)
    assert code == 1 and "Say what to change" in err


def test_a_camera_mark_reassigned_to_a_pupil_of_another_class_counts_in_that_class(
    cli, capsys, tmp_path: Path
) -> None:
    """Maths 7B and Art 7C at 08:00; the camera took Cem for Ana into Maths. `attendance
    reassign --to "Cem Aydın"`: Art's register and `attendance list --session` have Cem,
    Maths' has Ana absent."""
    db = open_database(cli.settings)

    def fill(s: Any) -> int:
        term = at(8) - dt.timedelta(days=30)
        ana = People(s).add("Ana Lima", group_name="7B", member_since=term).id
        People(s).add("Cem Aydın", group_name="7C", member_since=term)
        maths = Sessions(s).add("Maths 7B", at(8), ends_at=at(9), group_name="7B").id
        Sessions(s).add("Art 7C", at(8), ends_at=at(9), group_name="7C")
        return Events(s).add(ana, "present", at(8, 2), source="camera", session_id=maths).id

    event_id = db.run(fill)
    db.dispose()
    code, out, err = cli(
        "attendance", "reassign", str(event_id), "--to", "Cem Aydın", "--reason", "was Cem",
        "--keep-match", capsys=capsys,
    )  # fmt: skip
    assert code == 0, err
    days = ("--from", DAY.isoformat())
    code, out, _ = cli("attendance", "list", *days, "--session", "Art 7C", "--json", capsys=capsys)
    assert [(e["person"], e["session"], e["counted_session"]) for e in json.loads(out)] == [
        ("Cem Aydın", "Art 7C", "Art 7C")
    ]
    for name, who, mark in (("Art 7C", "Cem Aydın", "P"), ("Maths 7B", "Ana Lima", "A")):
        out_file = tmp_path / f"{name}.csv"
        code, _, err = cli(
            "report", *days, "--session", name, "--format", "csv", "--output", str(out_file),
            capsys=capsys,
        )  # fmt: skip
        assert code == 0, err
        register = (tmp_path / f"{name}-register.csv").read_text("utf-8-sig").splitlines()
        assert [r[0] for r in csv.reader(register)][1:-1] == [who]
        assert next(r for r in csv.reader(register) if r[0] == who)[3] == mark


def test_session_edit_says_how_many_marks_added_by_hand_moved_with_it(cli, seeded, capsys) -> None:
    """Maths 7B was entered on the wrong day; Ben was added into it by hand at its start.
    `session edit --at` the next day says that his mark moved with it (review10), and
    `attendance list` of that day lists it; Ana's camera mark stays where it was made."""
    code, _, err = cli(
        "attendance", "add", "Ben Ode", "--at", "2026-03-30 08:00", "--session", "Maths 7B",
        "--reason", "paper list", capsys=capsys,
    )  # fmt: skip
    assert code == 0, err
    code, out, err = cli(
        "session", "edit", "Maths 7B", "--at", "2026-03-31 08:00", "--end", "2026-03-31 09:00",
        "--reason", "wrong day", capsys=capsys,
    )  # fmt: skip
    assert code == 0, err
    assert "that moved with it: 1 (the originals are kept as corrected" in out, out
    code, out, _ = cli(
        "attendance", "list", "--from", "2026-03-31", "--to", "2026-03-31", "--json",
        capsys=capsys,
    )  # fmt: skip
    assert [(e["person"], e["at"], e["session"]) for e in json.loads(out)] == [
        ("Ben Ode", "2026-03-31T08:00:00+02:00", "Maths 7B")
    ]


def test_attendance_list_of_a_past_session_needs_no_dates(cli, seeded, capsys) -> None:
    """`attendance list --session "Maths 7B"` lists that lesson's marks (30 March), also
    Ben's, made at 07:55 before Start was pressed, not today's (review9: it looked at today
    only, so it found only the marks tagged with the session)."""
    db = open_database(cli.settings)
    db.run(lambda s: Events(s).add(seeded["ben"], "present", at(7, 55), source="camera"))
    db.dispose()
    code, out, err = cli("attendance", "list", "--session", "Maths 7B", "--json", capsys=capsys)
    assert code == 0, err
    assert [(e["person"], e["counted_session"]) for e in json.loads(out)] == [
        ("Ben Ode", "Maths 7B"),
        ("Ana Lima", "Maths 7B"),
    ]


def test_a_time_in_the_hour_skipped_in_spring_is_refused_not_moved(cli, capsys) -> None:
    """29 March 2026, Berlin: 02:00-03:00 does not exist. `session start --at 02:30` (or
    `attendance add --at`) used to save 03:30 without a word (review10 via zone)."""
    code, _, err = cli(
        "session", "start", "Night", "--at", "2026-03-29 02:30", "--end", "2026-03-29 04:00",
        capsys=capsys,
    )  # fmt: skip
    assert code == 1 and "'2026-03-29 02:30' does not exist in Europe/Berlin" in err
    code, out, err = cli("session", "list", "--from", "2026-03-29", capsys=capsys)
    assert "Night" not in out
    code, _, err = cli(
        "session", "start", "Night", "--at", "2026-03-29 01:30", "--end", "2026-03-29 03:30",
        capsys=capsys,
    )  # fmt: skip
    assert code == 0, err


def test_a_night_session_in_the_hour_that_comes_twice_names_its_zone(cli, capsys) -> None:
    """25 October 2026, Berlin: 02:00-03:00 comes twice. A session from the first 02:30
    (CEST) to the second 02:00 (CET) is written so, not as '02:30-02:00' (review10)."""
    start = dt.datetime(2026, 10, 25, 0, 30, tzinfo=dt.UTC)  # 02:30 CEST
    end = dt.datetime(2026, 10, 25, 1, 0, tzinfo=dt.UTC)  # 02:00 CET
    db = open_database(cli.settings)
    db.run(lambda s: Sessions(s).add("Night", start, ends_at=end))
    db.dispose()
    code, out, err = cli("session", "list", "--from", "2026-10-25", capsys=capsys)
    assert code == 0, err
    assert "2026-10-25 02:30 CEST-02:00 CET  Night" in out, out


def test_a_time_in_the_hour_that_comes_twice_must_say_which(cli, seeded, capsys) -> None:
    """25 October 2026, Berlin: 02:40 comes twice. `attendance add --at` asks which, takes
    '02:40 CET' (the second), and the lines name the zone (review10)."""
    args = ("attendance", "add", "Ana Lima", "--kind", "check_in", "--reason", "night shift")
    code, _, err = cli(*args, "--at", "2026-10-25 02:40", capsys=capsys)
    assert code == 1 and "comes twice in Europe/Berlin" in err, err
    assert "'2026-10-25 02:40 CEST' for the first or '2026-10-25 02:40 CET'" in err
    code, out, err = cli(*args, "--at", "2026-10-25 02:40 CET", capsys=capsys)
    assert code == 0 and "at 2026-10-25 02:40 CET" in out, (out, err)
    code, out, _ = cli(
        "attendance", "list", "--from", "2026-10-25", "--to", "2026-10-25", "--json",
        capsys=capsys,
    )  # fmt: skip
    [e] = json.loads(out)
    assert e["at_utc"] == "2026-10-25T01:40:00+00:00"
    code, out, _ = cli(
        "attendance", "list", "--from", "2026-10-25", "--to", "2026-10-25", capsys=capsys
    )
    assert "2026-10-25 02:40:00 CET  Ana Lima" in out, out


def test_list_from_a_day_lists_up_to_today_and_report_that_day(cli, seeded, capsys) -> None:
    """`attendance list --from D` and `session list --from D` read from D up to today (what
    scripts calling them rely on), `--to` ends earlier, and --help says which default each
    command has."""
    db = open_database(cli.settings)

    def next_day(s: Any) -> None:
        nxt = at(8) + dt.timedelta(days=1)
        sid = Sessions(s).add("Art 7B", nxt, ends_at=nxt + dt.timedelta(hours=1), group_name="7B")
        Events(s).add(seeded["ben"], "present", nxt, source="camera", session_id=sid.id)

    db.run(next_day)
    db.dispose()
    code, out, err = cli("attendance", "list", "--from", "2026-03-30", "--json", capsys=capsys)
    assert code == 0, err
    assert sorted(e["person"] for e in json.loads(out)) == ["Ana Lima", "Ben Ode"]
    code, out, _ = cli("session", "list", "--from", "2026-03-30", capsys=capsys)
    assert "Maths 7B" in out and "Art 7B" in out
    code, out, _ = cli(
        "attendance", "list", "--from", "2026-03-30", "--to", "2026-03-30", "--json",
        capsys=capsys,
    )  # fmt: skip
    assert [e["person"] for e in json.loads(out)] == ["Ana Lima"]  # not Ben's 31 March mark
    helps = {
        ("attendance", "list"): "default: today, or the --from day if it is later",
        ("session", "list"): "default: today, or the --from day if it is later",
        ("report",): "last day, YYYY-MM-DD (default: the --from day)",
    }
    for command, to_help in helps.items():
        with pytest.raises(SystemExit):
            cli(*command, "--help", capsys=capsys)
        shown = " ".join(capsys.readouterr().out.split())
        assert to_help in shown
        assert "only this group (class, team)" in shown
