"""Pure attendance rules: local days (midnight, DST), late/early/absent, summaries, register."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from zoneinfo import ZoneInfo

import pytest

from desktop_app.attendance import rules
from desktop_app.errors import ConfigError

TZ = ZoneInfo("Europe/Berlin")
UTC = dt.UTC


@dataclass(frozen=True)
class Ev:
    person_id: int
    at_utc: dt.datetime
    kind: str = "check_in"
    session_id: int | None = None
    source: str = "camera"


@dataclass(frozen=True)
class Sess:
    id: int
    starts_at: dt.datetime
    ends_at: dt.datetime | None = None
    late_after: dt.datetime | None = None
    group_name: str | None = None


@dataclass(frozen=True)
class P:
    id: int
    group_name: str | None = None


def local(y: int, mo: int, d: int, h: int, mi: int = 0) -> dt.datetime:
    return dt.datetime(y, mo, d, h, mi, tzinfo=TZ).astimezone(UTC)


def test_local_day_turns_at_local_midnight_not_utc_midnight() -> None:
    assert rules.local_date(dt.datetime(2026, 3, 1, 22, 59, 59, tzinfo=UTC), TZ) == dt.date(
        2026, 3, 1
    )
    assert rules.local_date(dt.datetime(2026, 3, 1, 23, 0, tzinfo=UTC), TZ) == dt.date(2026, 3, 2)


@pytest.mark.parametrize(
    ("day", "hours"),
    [(dt.date(2026, 3, 29), 23), (dt.date(2026, 10, 25), 25), (dt.date(2026, 3, 30), 24)],
)
def test_local_day_lasts_23_or_25_hours_on_dst_change_days(day: dt.date, hours: int) -> None:
    start, end = rules.day_bounds(day, TZ)
    assert (end - start) == dt.timedelta(hours=hours)
    assert start.astimezone(TZ).time() == dt.time(0) and end.astimezone(TZ).time() == dt.time(0)


def test_unknown_zone_is_a_config_error_naming_the_setting() -> None:
    with pytest.raises(ConfigError, match=r"attendance\.timezone"):
        rules.resolve_zone("Mars/Olympus_Mons")


def test_late_is_strictly_after_late_after_and_photo_marks_are_never_late() -> None:
    s = Sess(1, local(2026, 3, 2, 8), local(2026, 3, 2, 9, 30), local(2026, 3, 2, 8, 10), "7B")

    def status(ev: Ev) -> str:
        return rules.evaluate_person_in_session(s, 1, [ev], tagged={}).status

    on_time = status(Ev(1, local(2026, 3, 2, 8, 10), "present"))
    late = status(Ev(1, local(2026, 3, 2, 8, 11), "present"))
    photo = status(Ev(1, local(2026, 3, 2, 9, 0), "present", source="photo"))
    assert (on_time, late, photo) == ("P", "L", "P")


def test_the_first_arrival_decides_lateness_whatever_the_order_given() -> None:
    s = Sess(1, local(2026, 3, 2, 8), None, local(2026, 3, 2, 8, 10))
    evs = [Ev(1, local(2026, 3, 2, 8, 30)), Ev(1, local(2026, 3, 2, 8, 5))]
    assert rules.evaluate_person_in_session(s, 1, evs, tagged={}).status == "P"  # 08:05 first
    evs = [Ev(1, local(2026, 3, 2, 8, 5), "check_out"), Ev(1, local(2026, 3, 2, 8, 30))]
    assert (
        rules.evaluate_person_in_session(s, 1, evs, tagged={}).status == "L"
    )  # a check-out is no arrival


def test_early_leave_only_when_the_last_mark_is_a_check_out_before_the_end() -> None:
    s = Sess(1, local(2026, 3, 2, 8), local(2026, 3, 2, 12), local(2026, 3, 2, 8, 10))
    left = [Ev(1, local(2026, 3, 2, 8)), Ev(1, local(2026, 3, 2, 10), "check_out")]
    back = [*left, Ev(1, local(2026, 3, 2, 10, 30))]
    stayed = [Ev(1, local(2026, 3, 2, 8)), Ev(1, local(2026, 3, 2, 12, 5), "check_out")]
    assert rules.evaluate_person_in_session(s, 1, left, tagged={}).left_early
    assert not rules.evaluate_person_in_session(s, 1, back, tagged={}).left_early
    assert not rules.evaluate_person_in_session(s, 1, stayed, tagged={}).left_early


def test_absentees_are_the_groups_members_without_an_arrival() -> None:
    s = Sess(7, local(2026, 3, 2, 8), local(2026, 3, 2, 9), local(2026, 3, 2, 8, 10), "7B")
    people = [P(1, "7B"), P(2, "7B"), P(3, "7C"), P(4, "7B")]
    events = [
        Ev(1, local(2026, 3, 2, 8, 1), session_id=7),
        Ev(2, local(2026, 3, 2, 8, 30), session_id=7),  # late
        Ev(4, local(2026, 3, 2, 8, 40), "check_out", session_id=7),  # no arrival
        Ev(3, local(2026, 3, 2, 8, 1)),  # other group, untagged
        Ev(2, local(2026, 3, 2, 10, 0)),  # after the session: not in it
    ]
    tagged = {7: s}
    assert rules.absentees(s, people, events, tagged=tagged) == [4]
    assert rules.late_arrivals(s, people, events, tagged=tagged) == [2]
    # a session for everybody counts everybody, and untagged marks inside its window
    everyone = Sess(8, local(2026, 3, 2, 8), local(2026, 3, 2, 9))
    assert rules.absentees(everyone, people, events, tagged=tagged) == [1, 2, 4]  # 7's marks


def test_session_end_is_exclusive() -> None:
    s = Sess(1, local(2026, 3, 2, 8), local(2026, 3, 2, 9))
    assert rules.session_contains(s, local(2026, 3, 2, 8))
    assert not rules.session_contains(s, local(2026, 3, 2, 9))


def test_pick_session_prefers_own_group_then_everybody_never_another_group() -> None:
    mine = Sess(1, local(2026, 3, 2, 8), group_name="7B")
    other = Sess(2, local(2026, 3, 2, 8), group_name="7C")
    everyone = Sess(3, local(2026, 3, 2, 7))
    assert rules.pick_session([other, everyone, mine], "7B") is mine
    assert rules.pick_session([other, everyone], "7B") is everyone
    assert rules.pick_session([other], "7B") is None


def test_overlapping_finds_old_twin_sessions_of_a_group_only() -> None:
    h = lambda hour, mi=0: local(2026, 3, 2, hour, mi)  # noqa: E731
    maths = Sess(1, h(8), h(9), group_name="7B")
    twin = Sess(2, h(8, 5), None, group_name="7B")  # Start pressed twice, never ended
    art = Sess(3, h(9), h(10), group_name="7B")  # back to back with Maths
    parallel = Sess(4, h(8), h(9), group_name="7C")  # another class at the same time
    hall, hall_again = Sess(5, h(7), h(8)), Sess(6, h(7, 30), h(8))  # two for everybody
    found = rules.overlapping([art, twin, parallel, maths, hall, hall_again])
    assert {k: [x.id for x in v] for k, v in found.items()} == {
        1: [2],
        2: [1, 3],  # open-ended: it runs on into Art
        3: [2],
        5: [6],
        6: [5],
    }


def test_hours_pair_check_ins_and_outs_on_the_same_local_day_across_dst() -> None:
    evs = [
        Ev(1, local(2026, 3, 29, 1, 30)),  # before the clocks jump 02:00 -> 03:00
        Ev(1, local(2026, 3, 29, 3, 30), "check_out"),  # one real hour later
        Ev(1, local(2026, 3, 29, 23, 0)),  # unpaired: counts nothing
        Ev(1, local(2026, 3, 30, 0, 30), "check_out"),  # next local day
    ]
    assert rules.worked_seconds(evs, TZ) == pytest.approx(3600)


def test_analyse_register_and_summary_with_sessions() -> None:
    days = [dt.date(2026, 3, 27), dt.date(2026, 3, 30)]  # Friday, Monday (after DST)
    sessions = [
        Sess(
            i + 1,
            local(d.year, d.month, d.day, 8),
            local(d.year, d.month, d.day, 14),
            local(d.year, d.month, d.day, 8, 10),
            "7B",
        )
        for i, d in enumerate(days)
    ]
    people = [P(1, "7B"), P(2, "7B"), P(3, "7C")]
    events = [
        Ev(1, local(2026, 3, 27, 7, 55), session_id=1),
        Ev(1, local(2026, 3, 27, 13, 0), "check_out", session_id=1),  # left early
        Ev(1, local(2026, 3, 30, 8, 20), session_id=2),  # late
        Ev(1, local(2026, 3, 30, 14, 5), "check_out", session_id=2),
        Ev(2, local(2026, 3, 30, 8, 0), session_id=2),
    ]
    first, last = dt.date(2026, 3, 27), dt.date(2026, 3, 31)
    a = rules.analyse(people, events, sessions, TZ, first, last, tagged={x.id: x for x in sessions})
    assert a.register.cells[1] == {days[0]: "P", days[1]: "L"}
    assert a.register.cells[2] == {days[0]: "A", days[1]: "P"}
    assert a.register.cells[3] == {}  # no session of 7C: nothing expected
    s1 = a.summaries[1]
    assert (s1.days_present, s1.days_late, s1.days_absent, s1.left_early) == (2, 1, 0, 1)
    assert s1.hours == pytest.approx(5 + 5 / 60 + 5.75)  # 07:55-13:00 and 08:20-14:05
    assert s1.first_in == local(2026, 3, 27, 7, 55) and s1.last_out == local(2026, 3, 30, 14, 5)
    assert a.summaries[2].rate == pytest.approx(0.5)
    assert a.summaries[3].rate is None
    assert a.register.present_per_day[days[1]] == 2 and a.register.late_per_day[days[1]] == 1
    assert a.register.absent_per_day[days[0]] == 1


def test_analyse_without_sessions_expects_the_days_the_group_attended() -> None:
    people = [P(1, "7B"), P(2, "7B"), P(3, "7C")]
    events = [
        Ev(1, local(2026, 3, 2, 8)),
        Ev(2, local(2026, 3, 3, 8)),
        Ev(3, local(2026, 3, 4, 23, 30)),  # late evening: still the 4th locally
    ]
    a = rules.analyse(people, events, [], TZ, dt.date(2026, 3, 2), dt.date(2026, 3, 6), tagged={})
    assert a.register.cells[1] == {dt.date(2026, 3, 2): "P", dt.date(2026, 3, 3): "A"}
    assert a.register.cells[3] == {dt.date(2026, 3, 4): "P"}
    assert a.summaries[2].days_absent == 1


def test_several_sessions_a_day_combine_to_one_mark() -> None:
    assert rules.combine_day(["A", "A"]) == "A"
    assert rules.combine_day(["A", "P"]) == "P"
    assert rules.combine_day(["P", "L", "A"]) == "L"


def test_a_mark_outside_its_tagged_session_counts_like_one_without_a_session() -> None:
    """Maths 7B was edited to end 09:45 after the camera tagged marks into it until 10:00;
    Art 7B runs 09:45-10:45 and an assembly for everybody 09:40-10:00. A tagged mark stays
    with its session while that session's window holds it; outside it (or with its session
    gone) it counts wherever a mark without a session would."""
    h = lambda hour, mi=0: local(2026, 3, 2, hour, mi)  # noqa: E731
    maths = Sess(1, h(9), h(9, 45), group_name="7B")
    art = Sess(2, h(9, 45), h(10, 45), group_name="7B")
    hall = Sess(3, h(9, 40), h(10))
    tagged = {x.id: x for x in (maths, art, hall)}

    def counts_for(mi: int, tag: int | None) -> list[int]:
        e = Ev(1, h(9) + dt.timedelta(minutes=mi), session_id=tag)
        return [x.id for x in (maths, art, hall) if rules.event_in_session(e, x, tagged=tagged)]

    assert counts_for(30, 1) == [1]  # in Maths' window: held to Maths only
    assert counts_for(50, 1) == [2, 3]  # freed by the edit: Art and the assembly hold it
    assert counts_for(45, 1) == [2, 3]  # the end is not part of a session
    assert counts_for(50, 99) == [2, 3]  # its session is gone
    assert counts_for(50, None) == [2, 3]  # made without a session
    assert counts_for(35, 2) == [2]  # Art's grace: held to Art, not counted for Maths
    assert counts_for(120, 1) == []  # after everything: counted nowhere
    by_hand = Ev(1, h(9, 50), "present", session_id=1, source="manual")
    assert [
        x.id for x in (maths, art, hall) if rules.event_in_session(by_hand, x, tagged=tagged)
    ] == [1]  # put into Maths by the operator: stays there whatever its times

    # analyse (the reports) applies the same rule to every mark: one session at a time, and
    # all at once (where it records the earliest that counts it). An open-ended club holds
    # every free mark after its start; short lessons follow in the afternoon.
    club = Sess(4, h(8, 30), None, group_name="7B")
    half_hours = [dt.timedelta(minutes=30 * k) for k in range(8)]
    lessons = [
        Sess(10 + k, h(11) + d, h(11, 25) + d, group_name="7B") for k, d in enumerate(half_hours)
    ]
    day = dt.date(2026, 3, 2)
    for all_sessions in ((maths, art, hall, *lessons), (maths, art, hall, club, *lessons)):
        tagged = {x.id: x for x in all_sessions}
        for mi in range(-30, 480, 5):
            for tag, source in (*((t, "camera") for t in (None, 1, 2, 4, 12, 99)), (1, "manual")):
                e = Ev(1, h(9) + dt.timedelta(minutes=mi), session_id=tag, source=source)
                holders = [
                    x.id for x in all_sessions if rules.event_in_session(e, x, tagged=tagged)
                ]
                for x in all_sessions:
                    a = rules.analyse([P(1, "7B")], [e], [x], TZ, day, day, tagged=tagged)
                    assert (a.counted_in[0] == x.id) == (x.id in holders), (mi, tag, x.id)
                a = rules.analyse(
                    [P(1, "7B")], [e], list(all_sessions), TZ, day, day, tagged=tagged
                )
                first = min(holders, key=lambda i: tagged[i].starts_at, default=rules.NOT_COUNTED)
                assert a.counted_in[0] == first, (mi, tag)
