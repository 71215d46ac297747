"""The kiosk's second factor: an ambiguous match or a match to someone with a remembered
look-alike is never marked silently; the person types their ID number (or own PIN) and the
mark records it. State-machine tests use a fake clock and the real attendance service and
database; the last test recognises real faces (faces_hard's Kim Jin-sun, enrolled knowingly
as Jeong Se-hyun's look-alike) with the real models."""

from __future__ import annotations

import dataclasses
import time
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from desktop_app.attendance.kiosk_state import (
    KioskController,
    KioskParams,
    KioskPhase,
    KioskStateMachine,
)
from desktop_app.attendance.live import LiveLoop
from desktop_app.attendance.second_factor import (
    CodeWhenUnsure,
    check_code,
    id_matches,
    set_person_pin,
)
from desktop_app.attendance.service import AttendanceService
from desktop_app.errors import PermissionDenied
from desktop_app.recognition.types import Match, MatchStatus
from desktop_app.storage.repositories import Events, People
from tests.attendance.test_kiosk_state import UTC, FakeClock, face, frame


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def twins(db: Any) -> tuple[int, int]:
    def add(s: Any) -> tuple[int, int]:
        a = People(s).add("Ana Silva", external_id="S-1024").id
        b = People(s).add("Bea Silva", external_id="S-1025").id
        return a, b

    return db.run(add)


def kiosk(  # type: ignore[no-untyped-def]
    settings: Any, db: Any, clock: FakeClock, partners: dict[int, frozenset[int]], **kw: Any
):
    service = AttendanceService(settings, db, clock=clock.utc)
    machine = KioskStateMachine(
        KioskParams(greeting_seconds=4.0, unknown_after_seconds=3.0, **kw), clock=clock, tz=UTC
    )
    loop = LiveLoop(None, service, second_factor=CodeWhenUnsure(lambda: partners))
    return KioskController(None, service, machine, loop=loop)


def lookalike(f: Any, rival: int | None = None, status: MatchStatus = MatchStatus.KNOWN) -> Any:
    return dataclasses.replace(
        f, match=dataclasses.replace(f.match, status=status, lookalike=True, rival_id=rival)
    )


def events(db: Any) -> list[Any]:
    return db.run(lambda s: Events(s).query())


def test_id_numbers_match_loosely_but_only_their_owner() -> None:
    assert id_matches("S-1024", "s 1024") and id_matches("1024", "S-1024")
    assert not id_matches("1025", "S-1024") and not id_matches("", "S-1024")
    assert not id_matches("1024", None) and not id_matches("S1024X", "S-1024")


def test_lookalike_asks_for_the_id_number_and_marks_only_after_the_right_one(
    settings: Any, db: Any, clock: FakeClock, twins: tuple[int, int]
) -> None:
    ana, bea = twins
    k = kiosk(settings, db, clock, {ana: frozenset({bea}), bea: frozenset({ana})})
    f = lookalike(face(1, ana, "Ana Silva", confirmed=True))
    view = k.handle(frame(f)).view
    assert view.phase is KioskPhase.CODE and view.title == "Please type your ID number"
    assert events(db) == []  # never marked silently
    clock.advance(0.2)
    assert k.handle(frame(f)).view.phase is KioskPhase.CODE  # frames change nothing meanwhile
    wrong = k.submit_code("7777")
    assert wrong.phase is KioskPhase.CODE and "2 tries left" in wrong.subtitle
    assert events(db) == []
    # Bea's number names Bea, her look-alike: the code chooses between the two.
    view = k.submit_code("1025")
    assert view.phase is KioskPhase.GREETING and view.person_name == "Bea Silva"
    assert view.subtitle.endswith("confirmed by code")
    (ev,) = events(db)
    assert (ev.person_id, ev.confirmed_by) == (bea, "external_id")


def test_three_wrong_codes_or_the_timeout_mark_nobody(
    settings: Any, db: Any, clock: FakeClock, twins: tuple[int, int]
) -> None:
    ana, bea = twins
    k = kiosk(settings, db, clock, {ana: frozenset({bea}), bea: frozenset({ana})})
    k.handle(frame(lookalike(face(1, ana, "Ana Silva", confirmed=True))))
    for _ in range(2):
        assert k.submit_code("0000").phase is KioskPhase.CODE
    view = k.submit_code("0000")
    assert view.phase is KioskPhase.NOT_RECORDED and "front desk" in view.subtitle
    clock.advance(5)
    k.tick()
    # The same person steps up again (a new track) and lets the pad time out.
    k.handle(frame(lookalike(face(2, ana, "Ana Silva", confirmed=True))))
    assert k.view.phase is KioskPhase.CODE
    clock.advance(31)
    assert k.tick().phase is KioskPhase.NOT_RECORDED
    assert events(db) == []


def test_an_ambiguous_track_asks_after_a_few_frames_instead_of_not_recognised(
    settings: Any, db: Any, clock: FakeClock, twins: tuple[int, int]
) -> None:
    ana, bea = twins
    k = kiosk(settings, db, clock, {})
    amb = face(3, ana, "Ana Silva")
    amb = dataclasses.replace(
        amb, match=Match(MatchStatus.AMBIGUOUS, ana, "Ana Silva", 0.3, 0.01, 1, 0.36, False, bea)
    )
    phases = []
    for _ in range(3):
        # a new object per frame, as the live loop makes them
        phases.append(k.handle(frame(dataclasses.replace(amb))).view.phase)
        clock.advance(0.2)
    assert phases == [KioskPhase.HOLD_STILL, KioskPhase.HOLD_STILL, KioskPhase.CODE]
    view = k.submit_code("S-1024")
    assert view.phase is KioskPhase.GREETING and view.person_name == "Ana Silva"
    assert [(e.person_id, e.confirmed_by) for e in events(db)] == [(ana, "external_id")]


def test_personal_pin_as_the_second_factor(
    settings: Any, db: Any, clock: FakeClock, twins: tuple[int, int]
) -> None:
    ana, bea = twins
    with pytest.raises(PermissionDenied):
        set_person_pin(db, ana, "12", actor="test")
    for easy in ("0000", "1234", "9876"):  # the same guessable PINs the admin PIN refuses
        with pytest.raises(PermissionDenied, match="too easy"):
            set_person_pin(db, ana, easy, actor="test")
    set_person_pin(db, ana, "4096", actor="test")
    assert check_code(db, [ana, bea], "1024", "pin").person is None  # the ID is not the PIN
    assert check_code(db, [bea], "4096", "pin").person is None  # only the PIN's owner
    k = kiosk(settings, db, clock, {ana: frozenset({bea})}, second_factor="pin")
    view = k.handle(frame(lookalike(face(1, ana, "Ana Silva", confirmed=True)))).view
    assert view.title == "Please type your PIN"
    assert k.submit_code("1024").phase is KioskPhase.CODE
    assert k.submit_code("4096").phase is KioskPhase.GREETING
    assert [(e.person_id, e.confirmed_by) for e in events(db)] == [(ana, "pin")]


def test_a_code_checked_while_the_database_is_locked_is_taken_once_and_its_mark_kept(
    settings: Any, db: Any, clock: FakeClock, twins: tuple[int, int]
) -> None:
    """Another program holds the database while Ana types her number: the check and the mark
    run outside the controller's lock, so frames and the timer go on meanwhile; a second OK
    pressed meanwhile is not a second answer; neither the time-out nor Cancel can drop the
    mark on its way; once the database is free Ana is marked once."""
    import sqlite3
    import threading

    ana, bea = twins
    k = kiosk(settings, db, clock, {ana: frozenset({bea}), bea: frozenset({ana})})
    held = lookalike(face(1, ana, "Ana Silva", confirmed=True))
    k.handle(frame(held))
    other = sqlite3.connect(settings.data_dir / "attendance.sqlite3", isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    answers: list[Any] = []
    first = threading.Thread(target=lambda: answers.append(k.submit_code("S-1024")))
    try:
        first.start()
        deadline = time.monotonic() + 30
        while "another program" not in k.view.subtitle:  # the right number, the mark waits
            assert time.monotonic() < deadline and first.is_alive(), k.view
            time.sleep(0.05)
        # meanwhile the controller is free: frames and the timer never wait
        assert k.handle(frame(held)).view.phase is KioskPhase.CODE
        again = k.submit_code("1025")  # Bea's number, typed on top: not a second answer
        assert again.phase is KioskPhase.CODE and "another program" in again.subtitle
        clock.advance(120)  # far past the code's time
        assert k.tick().phase is KioskPhase.CODE
        assert k.cancel_code().phase is KioskPhase.CODE
        assert events(db) == []
    finally:
        other.execute("ROLLBACK")
        other.close()
    first.join(60)
    (view,) = answers
    assert view.phase is KioskPhase.GREETING and view.person_name == "Ana Silva"
    (ev,) = events(db)
    assert (ev.person_id, ev.confirmed_by) == (ana, "external_id")
    assert k.submit_code("S-1024").phase is KioskPhase.GREETING  # nothing held any more
    assert len(events(db)) == 1


# ---- real faces ---------------------------------------------------------------------------
@pytest.fixture
def app_ctx(settings: Any, models_dir: Path) -> Any:
    from desktop_app.context import AppContext
    from tests.recognition.conftest import LOOKALIKE_EMBEDDER, link_models, with_embedder

    app = AppContext(with_embedder(link_models(settings, models_dir), LOOKALIKE_EMBEDDER))
    yield app
    app.close()


def enroll_lookalikes(app: Any, faces_hard: Path) -> tuple[Any, Any]:
    """Jeong Se-hyun (ID K-81) and Kim Jin-sun (K-98), enrolled knowingly as his look-alike
    (under dlib's ResNet, ``LOOKALIKE_EMBEDDER``)."""
    enr = app.enrollment
    jeong = enr.enroll(
        "Jeong Se-hyun",
        [faces_hard / "Jeong_Se-hyun/0_Jeong_Se-hyun_0001.jpg"],
        external_id="K-81",
        consent=True,
    ).person
    kim = enr.enroll(
        "Kim Jin-sun",
        [faces_hard / "Kim_Jin-sun/0_Kim_Jin-sun_0001.jpg"],
        external_id="K-98",
        consent=True,
        allow_lookalike=True,
    ).person
    return jeong, kim


@pytest.mark.shared
@pytest.mark.slow
def test_real_lookalike_at_the_kiosk_marks_only_after_the_right_code(
    app_ctx: Any, faces_hard: Path, clock: FakeClock
) -> None:
    from desktop_app.vision.image_io import load_image

    jeong, kim = enroll_lookalikes(app_ctx, faces_hard)
    loop = LiveLoop.for_context(app_ctx, source="camera")
    loop.attendance = AttendanceService(app_ctx.settings, app_ctx.db, clock=clock.utc)
    machine = KioskStateMachine(KioskParams.from_settings(app_ctx.settings), clock=clock, tz=UTC)
    k = KioskController(loop.recognizer, loop.attendance, machine, loop=loop)

    # Kim steps up: another photo of her, in a camera-sized frame, for a few frames.
    photo = load_image(faces_hard / "Kim_Jin-sun/1_Kim_Jin-sun_0002.jpg")
    frame_bgr = np.full((480, 640, 3), 90, np.uint8)
    frame_bgr[65:415, 145:495] = photo
    phases = []
    for _ in range(8):
        phases.append(k.process(frame_bgr).view.phase)
        clock.advance(0.2)
        if phases[-1] is KioskPhase.CODE:
            break
    assert phases[-1] is KioskPhase.CODE, phases
    assert KioskPhase.GREETING not in phases
    held, request, _at, _left = machine.code
    assert held.match.person_id == kim.id and held.match.lookalike
    assert set(request.person_ids) == {kim.id, jeong.id}
    assert app_ctx.db.run(lambda s: Events(s).query()) == []

    assert k.submit_code("1234").phase is KioskPhase.CODE  # nobody's number
    assert app_ctx.db.run(lambda s: Events(s).query()) == []
    view = k.submit_code("98")
    assert view.phase is KioskPhase.GREETING and view.person_name == "Kim Jin-sun"
    assert "confirmed by code" in view.subtitle
    (ev,) = app_ctx.db.run(lambda s: Events(s).query())
    assert (ev.person_id, ev.confirmed_by, ev.source) == (kim.id, "external_id", "camera")


@pytest.mark.shared
@pytest.mark.slow
def test_kiosk_asks_a_weak_sample_person_for_the_code_then_takes_camera_samples(
    app_ctx: Any, faces_hard: Path, clock: FakeClock, tmp_path: Path
) -> None:
    import cv2

    from desktop_app.attendance.second_factor import CameraSamples
    from desktop_app.storage.repositories import Templates
    from desktop_app.vision.image_io import load_image, save_image

    folder = faces_hard / "Renee_Zellweger"
    small = tmp_path / "renee_id.png"  # her enrollment photo, softened: a small ID photo
    save_image(
        small, cv2.GaussianBlur(load_image(folder / "0_Renee_Zellweger_0001.jpg"), (0, 0), 3.0)
    )
    renee = app_ctx.enrollment.enroll(
        "Renee Zellweger", [small], external_id="R-17", consent=True, allow_weak=True
    ).person
    assert app_ctx.gallery.weak_people() == {renee.id}

    loop = LiveLoop.for_context(app_ctx, source="camera")
    loop.attendance = AttendanceService(app_ctx.settings, app_ctx.db, clock=clock.utc)
    machine = KioskStateMachine(KioskParams.from_settings(app_ctx.settings), clock=clock, tz=UTC)
    samples = CameraSamples(app_ctx.enrollment)
    k = KioskController(loop.recognizer, loop.attendance, machine, loop=loop, samples=samples)
    frame_bgr = np.full((480, 640, 3), 90, np.uint8)
    frame_bgr[65:415, 145:495] = load_image(folder / "1_Renee_Zellweger_0005.jpg")
    for _ in range(8):
        if k.process(frame_bgr).view.phase is KioskPhase.CODE:
            break
        clock.advance(0.2)
    assert machine.view.phase is KioskPhase.CODE
    assert "photo on file is small" in machine.view.subtitle
    view = k.submit_code("17")
    assert view.phase is KioskPhase.GREETING and "updating your photo" in view.subtitle
    assert samples.active
    for _ in range(12):  # she keeps looking at the camera while the card shows
        k.process(frame_bgr)
        clock.advance(0.1)
        if not samples.active:
            break
    assert samples.last_result is not None and samples.last_result.replaced_weak == 1
    left = app_ctx.db.run(lambda s: Templates(s).list(person_id=renee.id))
    assert left and not any(t.weak for t in left)
    assert app_ctx.gallery.weak_people() == frozenset()
